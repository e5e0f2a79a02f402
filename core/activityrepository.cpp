#include "activityrepository.h"

#include "names.h"
#include "sqlhelpers.h"

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

// Touch kinds are read for every row of the board's path: look them up in a hash.
TouchKind kindOf(const QString &text)
{
    static const QHash<QString, TouchKind> kinds = [] {
        QHash<QString, TouchKind> h;
        for (int k = 0; k <= int(TouchKind::Reopened); ++k)
            h.insert(toString(TouchKind(k)), TouchKind(k));
        return h;
    }();
    return kinds.value(text, TouchKind::Note);
}

Touch readTouch(const QSqlQuery &q, bool withText)
{
    Touch t;
    t.id = q.value(0).toLongLong();
    t.dealId = q.value(1).toLongLong();
    t.meetingId = q.value(2).toLongLong();
    t.kind = kindOf(q.value(3).toString());
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO meetings (deal_id, start_utc, tz, minutes, channel, agenda, status, uid, "
            "sequence, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Sql::bindAll(q, { QVariant(m.dealId), Sql::fromTime(m.start), QVariant(m.tz),
                               QVariant(m.minutes), QVariant(toString(m.channel)),
                               QVariant(m.agenda), QVariant(toString(m.status)), QVariant(m.uid),
                               QVariant(m.sequence), Sql::fromTime(now), Sql::fromTime(now) });
    if (!q.exec())
        return m_db.failure(q);
    return q.lastInsertId().toLongLong();
}

Status ActivityRepository::updateMeeting(const Meeting &m, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "UPDATE meetings SET start_utc = ?, tz = ?, minutes = ?, channel = ?, agenda = ?, "
            "status = ?, uid = ?, sequence = ?, updated_at = ? WHERE id = ?"));
    Sql::bindAll(q, { Sql::fromTime(m.start), QVariant(m.tz), QVariant(m.minutes),
                               QVariant(toString(m.channel)), QVariant(m.agenda),
                               QVariant(toString(m.status)), QVariant(m.uid), QVariant(m.sequence),
                               Sql::fromTime(now), QVariant(m.id) });
    if (!q.exec())
        return m_db.failure(q);
    return success();
}

QList<Meeting> ActivityRepository::meetings(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(meetingColumns) + QStringLiteral(" WHERE deal_id = ? ORDER BY start_utc, id"));
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
    q.prepare(QLatin1String(meetingColumns) + QStringLiteral(" WHERE deal_id = ? AND status = 'scheduled'"));
    q.addBindValue(dealId);
    if (q.exec() && q.next())
        return readMeeting(q);
    return std::nullopt;
}

Result<QList<Meeting>> ActivityRepository::scheduledMeetings() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(meetingColumns) + QStringLiteral(" WHERE status = 'scheduled' ORDER BY start_utc")))
        return m_db.failure(q);
    QList<Meeting> all;
    while (q.next())
        all.append(readMeeting(q));
    return all;
}

Result<qint64> ActivityRepository::insertTouch(const Touch &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO touches (deal_id, meeting_id, kind, at, outcome, note, "
                             "body, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    Sql::bindAll(q, { QVariant(t.dealId),
                               t.meetingId ? QVariant(t.meetingId) : QVariant(QMetaType(QMetaType::LongLong)),
                               QVariant(toString(t.kind)), Sql::fromTime(t.at), QVariant(t.outcome),
                               QVariant(t.note), QVariant(t.body), QVariant(t.minutes) });
    if (!q.exec())
        return m_db.failure(q);
    return q.lastInsertId().toLongLong();
}

Status ActivityRepository::removeTouch(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM touches WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q);
    return success();
}

QList<Touch> ActivityRepository::touches(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, deal_id, meeting_id, kind, at, outcome, minutes, note, body "
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
    q.prepare(QStringLiteral("INSERT INTO tasks (deal_id, kind, due, done_at, note) VALUES (?, ?, ?, ?, ?)"));
    Sql::bindAll(q, { QVariant(t.dealId), QVariant(t.kind), Sql::fromTime(t.due),
                               Sql::fromTime(t.doneAt), QVariant(t.note) });
    if (!q.exec())
        return m_db.failure(q);
    return q.lastInsertId().toLongLong();
}

Status ActivityRepository::completeTasks(qint64 dealId, const QString &kind, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tasks SET done_at = ? WHERE deal_id = ? AND kind = ? AND done_at IS NULL"));
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
    q.prepare(QStringLiteral("DELETE FROM tasks WHERE deal_id = ? AND kind = ? AND done_at IS NULL"));
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

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(meetingColumns) + QStringLiteral(" ORDER BY deal_id, start_utc, id")))
        return m_db.failure(q);
    while (q.next()) {
        if (DealHistory *h = slot(q.value(1).toLongLong()))
            h->meetings.append(readMeeting(q));
    }
    q.finish();

    const QString touchSql = withText
            ? QStringLiteral("SELECT id, deal_id, meeting_id, kind, at, outcome, minutes, note, body "
                             "FROM touches ORDER BY deal_id, at, id")
            : QStringLiteral("SELECT id, deal_id, meeting_id, kind, at, outcome, minutes "
                             "FROM touches ORDER BY deal_id, at, id");
    if (!q.exec(touchSql))
        return m_db.failure(q);
    while (q.next()) {
        if (DealHistory *h = slot(q.value(1).toLongLong()))
            h->touches.append(readTouch(q, withText));
    }
    q.finish();

    if (!q.exec(QLatin1String(taskColumns) + QStringLiteral(" ORDER BY deal_id, due, id")))
        return m_db.failure(q);
    while (q.next()) {
        if (DealHistory *h = slot(q.value(1).toLongLong()))
            h->tasks.append(readTask(q));
    }
    return out;
}

} // namespace NineTouch
