#include "activityrepository.h"

#include "names.h"
#include "sqlhelpers.h"
#include "sqlitestatement.h"

#include <QFileInfo>

#include <algorithm>
#include <string>
#include <vector>

#include <QHash>
#include <QSqlQuery>

namespace NineTouch {

namespace {

const char meetingColumns[] =
    "SELECT id, deal_id, start_utc, tz, minutes, channel, agenda, status, uid, sequence "
    "FROM meetings";

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.dealId = q.value(1).toLongLong();
    m.start = Sql::toTime(q.value(2));
    m.tz = q.value(3).toString();
    m.minutes = q.value(4).toInt();
    m.channel = channelFromString(q.value(5).toString()).value_or(Channel::Phone);
    m.agenda = q.value(6).toString();
    m.status = meetingStatusFromString(q.value(7).toString()).value_or(MeetingStatus::Scheduled);
    m.uid = q.value(8).toString();
    m.sequence = q.value(9).toInt();
    return m;
}

Touch readTouch(const QSqlQuery &q, bool withText)
{
    Touch t;
    t.id = q.value(0).toLongLong();
    t.dealId = q.value(1).toLongLong();
    t.meetingId = q.value(2).toLongLong();
    t.kind = touchKindFromString(q.value(3).toString()).value_or(TouchKind::Note);
    t.at = Sql::toTime(q.value(4));
    t.outcome = q.value(5).toString();
    t.minutes = q.value(6).toInt();
    if (withText) {
        t.note = q.value(7).toString();
        t.body = q.value(8).toString();
    }
    return t;
}

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.dealId = q.value(1).toLongLong();
    t.kind = q.value(2).toString();
    t.due = Sql::toTime(q.value(3));
    t.doneAt = Sql::toTime(q.value(4));
    t.note = q.value(5).toString();
    return t;
}

const char taskColumns[] = "SELECT id, deal_id, kind, due, done_at, note FROM tasks";

} // namespace

Result<qint64> ActivityRepository::insertMeeting(const Meeting &m, const QDateTime &now)
{
    QSqlQuery &q =
        m_statements.get(m_db.connection(),
                         "INSERT INTO meetings (deal_id, start_utc, tz, minutes, channel, agenda, "
                         "status, uid, sequence, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Sql::bindAll(q,
                 { QVariant(m.dealId), Sql::fromTime(m.start), QVariant(m.tz), QVariant(m.minutes),
                   QVariant(toString(m.channel)), QVariant(m.agenda), QVariant(toString(m.status)),
                   QVariant(m.uid), QVariant(m.sequence), Sql::fromTime(now), Sql::fromTime(now) });
    if (!q.exec())
        return m_db.failure(q);
    return q.lastInsertId().toLongLong();
}

Status ActivityRepository::updateMeeting(const Meeting &m, const QDateTime &now)
{
    QSqlQuery &q = m_statements.get(
        m_db.connection(),
        "UPDATE meetings SET start_utc = ?, tz = ?, minutes = ?, channel = ?, "
        "agenda = ?, status = ?, uid = ?, sequence = ?, updated_at = ? WHERE id = ?");
    Sql::bindAll(q,
                 { Sql::fromTime(m.start), QVariant(m.tz), QVariant(m.minutes),
                   QVariant(toString(m.channel)), QVariant(m.agenda), QVariant(toString(m.status)),
                   QVariant(m.uid), QVariant(m.sequence), Sql::fromTime(now), QVariant(m.id) });
    if (!q.exec())
        return m_db.failure(q);
    return success();
}

QList<Meeting> ActivityRepository::meetings(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(meetingColumns)
              + QStringLiteral(" WHERE deal_id = ? ORDER BY start_utc, id"));
    q.addBindValue(dealId);
    QList<Meeting> all;
    if (q.exec()) {
        while (q.next())
            all.append(readMeeting(q));
    }
    return all;
}

std::optional<Meeting> ActivityRepository::scheduledMeeting(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(meetingColumns)
              + QStringLiteral(" WHERE deal_id = ? AND status = 'scheduled'"));
    q.addBindValue(dealId);
    if (q.exec() && q.next())
        return readMeeting(q);
    return std::nullopt;
}

Result<QList<Meeting>> ActivityRepository::scheduledMeetings() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(meetingColumns)
                + QStringLiteral(" WHERE status = 'scheduled' ORDER BY start_utc")))
        return m_db.failure(q);
    QList<Meeting> all;
    while (q.next())
        all.append(readMeeting(q));
    return all;
}

Result<qint64> ActivityRepository::insertTouch(const Touch &t)
{
    QSqlQuery &q =
        m_statements.get(m_db.connection(),
                         "INSERT INTO touches (deal_id, meeting_id, kind, at, outcome, note, body, "
                         "minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Sql::bindAll(q,
                 { QVariant(t.dealId),
                   t.meetingId ? QVariant(t.meetingId) : QVariant(QMetaType(QMetaType::LongLong)),
                   QVariant(toString(t.kind)), Sql::fromTime(t.at), QVariant(t.outcome),
                   QVariant(t.note), QVariant(t.body), QVariant(t.minutes) });
    if (!q.exec())
        return m_db.failure(q);
    return q.lastInsertId().toLongLong();
}

QList<Touch> ActivityRepository::touches(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, deal_id, meeting_id, kind, at, outcome, minutes, note, body "
                       "FROM touches WHERE deal_id = ? ORDER BY at, id"));
    q.addBindValue(dealId);
    QList<Touch> all;
    if (q.exec()) {
        while (q.next())
            all.append(readTouch(q, true));
    }
    return all;
}

Result<qint64> ActivityRepository::insertTask(const Task &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tasks (deal_id, kind, due, done_at, note) VALUES (?, ?, ?, ?, ?)"));
    Sql::bindAll(q,
                 { QVariant(t.dealId), QVariant(t.kind), Sql::fromTime(t.due),
                   Sql::fromTime(t.doneAt), QVariant(t.note) });
    if (!q.exec())
        return m_db.failure(q);
    return q.lastInsertId().toLongLong();
}

Status ActivityRepository::completeTasks(qint64 dealId, const QString &kind, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE tasks SET done_at = ? WHERE deal_id = ? AND kind = ? AND done_at IS NULL"));
    q.addBindValue(Sql::fromTime(at));
    q.addBindValue(dealId);
    q.addBindValue(kind);
    if (!q.exec())
        return m_db.failure(q);
    return success();
}

Status ActivityRepository::removeOpenTasks(qint64 dealId, const QString &kind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("DELETE FROM tasks WHERE deal_id = ? AND kind = ? AND done_at IS NULL"));
    q.addBindValue(dealId);
    q.addBindValue(kind);
    if (!q.exec())
        return m_db.failure(q);
    return success();
}

QList<Task> ActivityRepository::tasks(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(taskColumns) + QStringLiteral(" WHERE deal_id = ? ORDER BY due, id"));
    q.addBindValue(dealId);
    QList<Task> all;
    if (q.exec()) {
        while (q.next())
            all.append(readTask(q));
    }
    return all;
}

Status ActivityRepository::replaceAll(qint64 dealId, const QList<Meeting> &meetings,
                                      const QList<Touch> &touches, const QList<Task> &tasks)
{
    QSqlQuery q(m_db.connection());
    for (const char *table : { "touches", "tasks", "meetings" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE deal_id = ?").arg(QLatin1String(table)));
        q.addBindValue(dealId);
        if (!q.exec())
            return m_db.failure(q);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Meeting &m : meetings) {
        q.prepare(QStringLiteral(
            "INSERT INTO meetings (id, deal_id, start_utc, tz, minutes, channel, agenda, "
            "status, uid, sequence, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        Sql::bindAll(q,
                     { QVariant(m.id), QVariant(dealId), Sql::fromTime(m.start), QVariant(m.tz),
                       QVariant(m.minutes), QVariant(toString(m.channel)), QVariant(m.agenda),
                       QVariant(toString(m.status)), QVariant(m.uid), QVariant(m.sequence),
                       Sql::fromTime(now), Sql::fromTime(now) });
        if (!q.exec())
            return m_db.failure(q);
    }
    for (const Touch &t : touches) {
        q.prepare(QStringLiteral(
            "INSERT INTO touches (id, deal_id, meeting_id, kind, at, outcome, note, body, "
            "minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        Sql::bindAll(
            q,
            { QVariant(t.id), QVariant(dealId),
              t.meetingId ? QVariant(t.meetingId) : QVariant(QMetaType(QMetaType::LongLong)),
              QVariant(toString(t.kind)), Sql::fromTime(t.at), QVariant(t.outcome),
              QVariant(t.note), QVariant(t.body), QVariant(t.minutes) });
        if (!q.exec())
            return m_db.failure(q);
    }
    for (const Task &t : tasks) {
        q.prepare(QStringLiteral(
            "INSERT INTO tasks (id, deal_id, kind, due, done_at, note) VALUES (?, ?, ?, ?, ?, ?)"));
        Sql::bindAll(q,
                     { QVariant(t.id), QVariant(dealId), QVariant(t.kind), Sql::fromTime(t.due),
                       Sql::fromTime(t.doneAt), QVariant(t.note) });
        if (!q.exec())
            return m_db.failure(q);
    }
    return success();
}

namespace {

// Touch kinds by name, sorted for a binary search: read for every row of the board's path.
TouchKind kindOf(std::string_view name)
{
    static const auto table = [] {
        std::vector<std::pair<std::string, TouchKind>> t;
        for (int k = 0; k <= int(TouchKind::Reopened); ++k)
            t.emplace_back(toString(TouchKind(k)).toStdString(), TouchKind(k));
        std::sort(t.begin(), t.end());
        return t;
    }();
    const auto it =
        std::lower_bound(table.cbegin(), table.cend(), name,
                         [](const auto &entry, std::string_view n) { return entry.first < n; });
    return it != table.cend() && it->first == name ? it->second : TouchKind::Note;
}

} // namespace

Result<QList<DealHistory>> ActivityRepository::histories(QList<Deal> deals, bool withText) const
{
    QList<DealHistory> out;
    out.reserve(deals.size());
    QHash<qint64, qsizetype> index;
    index.reserve(deals.size());
    for (Deal &d : deals) {
        index.insert(d.id, out.size());
        out.append(DealHistory { std::move(d), {}, {}, {} });
    }
    auto slot = [&](qint64 dealId) -> DealHistory * {
        const auto it = index.constFind(dealId);
        return it == index.cend() ? nullptr : &out[*it];
    };
    StringPool pool;
    auto failed = [&](const SqliteStatement &q) {
        return storageError(QStringLiteral("%1: reading the pipeline failed (%2).")
                                .arg(QFileInfo(m_db.path()).fileName(), q.errorText()));
    };

    {
        SqliteStatement q(
            m_db.connection(),
            "SELECT id, deal_id, start_utc, tz, minutes, channel, agenda, status, uid, sequence "
            "FROM meetings ORDER BY deal_id, start_utc, id");
        while (q.next()) {
            DealHistory *h = slot(q.integer(1));
            if (!h)
                continue;
            Meeting m;
            m.id = q.integer(0);
            m.dealId = q.integer(1);
            m.start = q.time(2);
            m.tz = q.text(3, pool);
            m.minutes = int(q.integer(4));
            m.channel = channelFromUtf8(q.view(5)).value_or(Channel::Phone);
            m.status = meetingStatusFromUtf8(q.view(7)).value_or(MeetingStatus::Scheduled);
            // The board needs neither; a deal's own history (and JSON) reads them.
            if (withText || m.status == MeetingStatus::Scheduled) {
                m.agenda = q.text(6);
                m.uid = q.text(8);
            }
            m.sequence = int(q.integer(9));
            h->meetings.append(std::move(m));
        }
        if (!q.isValid() || q.failed())
            return failed(q);
    }
    {
        // Table order is cheaper than the index's; each deal's touches are sorted below.
        SqliteStatement q(
            m_db.connection(),
            withText ? "SELECT id, deal_id, meeting_id, kind, at, outcome, minutes, note, body "
                       "FROM touches"
                     : "SELECT id, deal_id, meeting_id, kind, at, outcome, minutes FROM touches");
        while (q.next()) {
            DealHistory *h = slot(q.integer(1));
            if (!h)
                continue;
            Touch t;
            t.id = q.integer(0);
            t.dealId = q.integer(1);
            t.meetingId = q.integer(2);
            t.kind = kindOf(q.view(3));
            t.at = q.time(4);
            if (!q.view(5).empty())
                t.outcome = q.text(5, pool);
            t.minutes = int(q.integer(6));
            if (withText) {
                t.note = q.text(7);
                t.body = q.text(8);
            }
            h->touches.append(std::move(t));
        }
        if (!q.isValid() || q.failed())
            return failed(q);
    }
    {
        SqliteStatement q(
            m_db.connection(),
            "SELECT id, deal_id, kind, due, done_at, note FROM tasks ORDER BY deal_id, due, id");
        while (q.next()) {
            DealHistory *h = slot(q.integer(1));
            if (!h)
                continue;
            Task t;
            t.id = q.integer(0);
            t.dealId = q.integer(1);
            t.kind = q.text(2, pool);
            t.due = q.time(3);
            t.doneAt = q.time(4);
            t.note = q.text(5);
            h->tasks.append(std::move(t));
        }
        if (!q.isValid() || q.failed())
            return failed(q);
    }
    const auto byTime = [](const Touch &a, const Touch &b) {
        return a.at < b.at || (a.at == b.at && a.id < b.id);
    };
    for (DealHistory &h : out) {
        if (!std::is_sorted(h.touches.cbegin(), h.touches.cend(), byTime))
            std::sort(h.touches.begin(), h.touches.end(), byTime);
    }
    return out;
}

} // namespace NineTouch
