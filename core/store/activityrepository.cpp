#include "activityrepository.h"

#include "names.h"
#include "sql/access.h"
#include "sql/rowreader.h"
#include "sql/sqlhelpers.h"

#include <algorithm>
#include <string>
#include <vector>

#include <QHash>
#include <QSqlQuery>

namespace NineTouch {

namespace {

// The columns and the one reader of each row type, for one deal's history and for the board's
// bulk read alike. withText: the fields the board does not need (agenda, uid of past meetings,
// a touch's note and exact text).
const char meetingColumns[] =
    "SELECT id, deal_id, start_utc, tz, minutes, channel, agenda, status, uid, sequence "
    "FROM meetings";
const char touchColumns[] =
    "SELECT id, deal_id, meeting_id, kind, at, outcome, tried, slot_utc, proposed, minutes, "
    "rep, note, body, message_id, raw FROM touches";
const char touchColumnsBrief[] =
    "SELECT id, deal_id, meeting_id, kind, at, outcome, tried, slot_utc, proposed, minutes, "
    "rep FROM touches";
const char taskColumns[] = "SELECT id, deal_id, kind, due, done_at, note FROM tasks";

// Touch kinds by name, sorted for a binary search: read for every row of the board's path.
TouchKind kindOf(std::string_view name)
{
    static const auto table = [] {
        std::vector<std::pair<std::string, TouchKind>> t;
        for (int k = 0; k <= int(TouchKind::Away); ++k)
            t.emplace_back(toString(TouchKind(k)).toStdString(), TouchKind(k));
        std::sort(t.begin(), t.end());
        return t;
    }();
    const auto it =
        std::lower_bound(table.cbegin(), table.cend(), name,
                         [](const auto &entry, std::string_view n) { return entry.first < n; });
    return it != table.cend() && it->first == name ? it->second : TouchKind::Note;
}

Meeting readMeeting(const RowReader &q, StringPool &pool, bool withText)
{
    Meeting m;
    m.id = q.integer(0);
    m.dealId = q.integer(1);
    m.start = q.time(2);
    m.tz = q.text(3, pool);
    m.minutes = int(q.integer(4));
    m.channel = channelFromUtf8(q.view(5)).value_or(Channel::Phone);
    m.status = meetingStatusFromUtf8(q.view(7)).value_or(MeetingStatus::Scheduled);
    if (withText || m.status == MeetingStatus::Scheduled) {
        m.agenda = q.text(6);
        m.uid = q.text(8);
    }
    m.sequence = int(q.integer(9));
    return m;
}

Touch readTouch(const RowReader &q, bool withText)
{
    Touch t;
    t.id = q.integer(0);
    t.dealId = q.integer(1);
    t.meetingId = q.integer(2);
    t.kind = kindOf(q.view(3));
    t.at = q.time(4);
    t.outcome = callOutcomeFromUtf8(q.view(5)).value_or(CallOutcome::None);
    t.tried = int(q.integer(6));
    t.slot = q.time(7);
    t.proposed = q.integer(8) != 0;
    t.minutes = int(q.integer(9));
    t.rep = q.integer(10);
    if (withText) {
        t.note = q.text(11);
        t.body = q.text(12);
        t.messageId = q.text(13);
        t.raw = q.blob(14);
    }
    return t;
}

Task readTask(const RowReader &q)
{
    Task t;
    t.id = q.integer(0);
    t.dealId = q.integer(1);
    t.kind = taskKindFromUtf8(q.view(2)).value_or(TaskKind::Reengage);
    t.due = q.time(3);
    t.doneAt = q.time(4);
    t.note = q.text(5);
    return t;
}

// Runs sql (with the deal id bound to its ?, when given) and hands every row to visit.
template<typename Visit>
Status forEachRow(const Database &db, const QByteArray &sql, std::optional<qint64> dealId,
                  Visit visit)
{
    RowReader q(Sql::connection(db), sql.constData());
    if (dealId)
        q.bind(1, *dealId);
    StringPool pool;
    while (q.next())
        visit(q, pool);
    if (!q.isValid() || q.failed())
        return Sql::readFailure(db, q.errorText());
    return success();
}

template<typename Row, typename Read>
Result<QList<Row>> readAll(const Database &db, const QByteArray &sql, std::optional<qint64> dealId,
                           Read read)
{
    QList<Row> rows;
    if (Status s =
            forEachRow(db, sql, dealId, [&](auto &q, auto &pool) { rows.append(read(q, pool)); });
        !s)
        return s.error();
    return rows;
}

} // namespace

ActivityRepository::ActivityRepository(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Sql::StatementCache>())
{
}

ActivityRepository::~ActivityRepository() = default;

Result<qint64> ActivityRepository::insertMeeting(const Meeting &m, const QDateTime &now)
{
    QSqlQuery &q =
        m_statements->get(m_db,
                          "INSERT INTO meetings (deal_id, start_utc, tz, minutes, channel, agenda, "
                          "status, uid, sequence, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    Sql::bindAll(q,
                 { QVariant(m.dealId), Sql::fromTime(m.start), QVariant(m.tz), QVariant(m.minutes),
                   QVariant(toString(m.channel)), QVariant(m.agenda), QVariant(toString(m.status)),
                   QVariant(m.uid), QVariant(m.sequence), Sql::fromTime(now), Sql::fromTime(now) });
    if (!q.exec())
        return Sql::failure(m_db, q);
    return Sql::insertedId(q);
}

Status ActivityRepository::updateMeeting(const Meeting &m, const QDateTime &now)
{
    QSqlQuery &q = m_statements->get(
        m_db,
        "UPDATE meetings SET start_utc = ?, tz = ?, minutes = ?, channel = ?, "
        "agenda = ?, status = ?, uid = ?, sequence = ?, updated_at = ? WHERE id = ?");
    Sql::bindAll(q,
                 { Sql::fromTime(m.start), QVariant(m.tz), QVariant(m.minutes),
                   QVariant(toString(m.channel)), QVariant(m.agenda), QVariant(toString(m.status)),
                   QVariant(m.uid), QVariant(m.sequence), Sql::fromTime(now), QVariant(m.id) });
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Result<QList<Meeting>> ActivityRepository::meetings(qint64 dealId) const
{
    return readAll<Meeting>(
        m_db, QByteArray(meetingColumns) + " WHERE deal_id = ? ORDER BY start_utc, id", dealId,
        [](auto &q, auto &pool) { return readMeeting(q, pool, true); });
}

Result<std::optional<Meeting>> ActivityRepository::scheduledMeeting(qint64 dealId) const
{
    const auto found = readAll<Meeting>(
        m_db, QByteArray(meetingColumns) + " WHERE deal_id = ? AND status = 'scheduled'", dealId,
        [](auto &q, auto &pool) { return readMeeting(q, pool, true); });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Meeting>();
    return std::optional<Meeting>(found->constFirst());
}

Result<QList<Meeting>> ActivityRepository::scheduledMeetings() const
{
    return readAll<Meeting>(
        m_db, QByteArray(meetingColumns) + " WHERE status = 'scheduled' ORDER BY start_utc",
        std::nullopt, [](auto &q, auto &pool) { return readMeeting(q, pool, true); });
}

Result<qint64> ActivityRepository::insertTouch(const Touch &t)
{
    QSqlQuery &q = m_statements->get(
        m_db,
        "INSERT INTO touches (deal_id, meeting_id, kind, at, outcome, tried, slot_utc, proposed, "
        "note, body, minutes, message_id, raw, rep) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    Sql::bindAll(q,
                 { QVariant(t.dealId),
                   t.meetingId ? QVariant(t.meetingId) : QVariant(QMetaType(QMetaType::LongLong)),
                   QVariant(toString(t.kind)), Sql::fromTime(t.at), QVariant(toString(t.outcome)),
                   QVariant(t.tried), Sql::fromTime(t.slot), QVariant(t.proposed ? 1 : 0),
                   QVariant(t.note), QVariant(t.body), QVariant(t.minutes), QVariant(t.messageId),
                   t.raw.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(t.raw),
                   QVariant(t.rep ? t.rep : m_db.rep()) });
    if (!q.exec())
        return Sql::failure(m_db, q);
    return Sql::insertedId(q);
}

Result<QList<Touch>> ActivityRepository::touchesWithMessageId(const QString &messageId) const
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("SELECT id, deal_id, kind FROM touches WHERE message_id = ? "
                             "ORDER BY id"));
    q.addBindValue(messageId);
    if (!q.exec())
        return Sql::failure(m_db, q);
    QList<Touch> found;
    while (q.next()) {
        Touch t;
        t.id = q.value(0).toLongLong();
        t.dealId = q.value(1).toLongLong();
        t.kind = kindOf(q.value(2).toString().toStdString());
        t.messageId = messageId;
        found << t;
    }
    return found;
}

Result<qint64> ActivityRepository::dealOfMeetingUid(const QString &uid) const
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(
        QStringLiteral("SELECT deal_id FROM meetings WHERE uid = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(uid);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<MailSeen> ActivityRepository::mailSeen(const QString &mailbox) const
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral(
        "SELECT uidvalidity, last_uid FROM mail_seen WHERE rep = ? AND mailbox = ?"));
    q.addBindValue(m_db.rep());
    q.addBindValue(mailbox);
    if (!q.exec())
        return Sql::failure(m_db, q);
    if (!q.next())
        return MailSeen {};
    return MailSeen { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

Status ActivityRepository::setMailSeen(const QString &mailbox, const MailSeen &seen)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral("INSERT INTO mail_seen (rep, mailbox, uidvalidity, last_uid) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (rep, mailbox) DO UPDATE SET "
                             "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid"));
    q.addBindValue(m_db.rep());
    q.addBindValue(mailbox);
    q.addBindValue(seen.uidValidity);
    q.addBindValue(seen.lastUid);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Result<QList<Touch>> ActivityRepository::touches(qint64 dealId) const
{
    return readAll<Touch>(m_db, QByteArray(touchColumns) + " WHERE deal_id = ? ORDER BY at, id",
                          dealId, [](auto &q, auto &) { return readTouch(q, true); });
}

Result<qint64> ActivityRepository::insertTask(const Task &t)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral(
        "INSERT INTO tasks (deal_id, kind, due, done_at, note) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id"));
    Sql::bindAll(q,
                 { QVariant(t.dealId), QVariant(toString(t.kind)), Sql::fromTime(t.due),
                   Sql::fromTime(t.doneAt), QVariant(t.note) });
    if (!q.exec())
        return Sql::failure(m_db, q);
    return Sql::insertedId(q);
}

Status ActivityRepository::completeTasks(qint64 dealId, TaskKind kind, const QDateTime &at)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(QStringLiteral(
        "UPDATE tasks SET done_at = ? WHERE deal_id = ? AND kind = ? AND done_at IS NULL"));
    q.addBindValue(Sql::fromTime(at));
    q.addBindValue(dealId);
    q.addBindValue(toString(kind));
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status ActivityRepository::removeOpenTasks(qint64 dealId, TaskKind kind)
{
    QSqlQuery q(Sql::connection(m_db));
    q.prepare(
        QStringLiteral("DELETE FROM tasks WHERE deal_id = ? AND kind = ? AND done_at IS NULL"));
    q.addBindValue(dealId);
    q.addBindValue(toString(kind));
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Result<QList<Task>> ActivityRepository::tasks(qint64 dealId) const
{
    return readAll<Task>(m_db, QByteArray(taskColumns) + " WHERE deal_id = ? ORDER BY due, id",
                         dealId, [](auto &q, auto &) { return readTask(q); });
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
    // Each row goes straight into its deal's history: no intermediate lists of 200,000 rows.
    Status s = forEachRow(m_db, QByteArray(meetingColumns) + " ORDER BY deal_id, start_utc, id",
                          std::nullopt, [&](auto &q, auto &pool) {
                              if (DealHistory *h = slot(q.integer(1)))
                                  h->meetings.append(readMeeting(q, pool, withText));
                          });
    // Each deal's touches fill a list of their exact size: no growth, no slack (the index
    // counts them without reading the table).
    if (s)
        s = forEachRow(m_db, "SELECT deal_id, count(*) FROM touches GROUP BY deal_id", std::nullopt,
                       [&](auto &q, auto &) {
                           if (DealHistory *h = slot(q.integer(0)))
                               h->touches.reserve(q.integer(1));
                       });
    // Table order is cheaper than the index's; each deal's touches are sorted below.
    if (s)
        s = forEachRow(m_db, QByteArray(withText ? touchColumns : touchColumnsBrief), std::nullopt,
                       [&](auto &q, auto &) {
                           if (DealHistory *h = slot(q.integer(1)))
                               h->touches.append(readTouch(q, withText));
                       });
    if (s)
        s = forEachRow(m_db, QByteArray(taskColumns) + " ORDER BY deal_id, due, id", std::nullopt,
                       [&](auto &q, auto &) {
                           if (DealHistory *h = slot(q.integer(1)))
                               h->tasks.append(readTask(q));
                       });
    if (!s)
        return s.error();
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
