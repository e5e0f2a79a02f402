#include "summaryrepository.h"

#include "names.h"
#include "sql/access.h"
#include "sql/rowreader.h"
#include "sql/sqlhelpers.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace NineTouch {

namespace {

// The pending steps as one text: "kind@seconds" with flags after a colon (c: a CANCEL,
// l: lapses at the meeting's start), separated by semicolons. Read back exactly.
QString stepsText(const QList<PendingStep> &steps)
{
    QStringList parts;
    parts.reserve(steps.size());
    for (const PendingStep &s : steps) {
        QString part = toString(s.step.kind) + QLatin1Char('@')
            + QString::number(s.step.due.toSecsSinceEpoch());
        if (s.step.cancel || s.lapses)
            part += QLatin1Char(':') + QLatin1String(s.step.cancel ? "c" : "")
                + QLatin1String(s.lapses ? "l" : "");
        parts << part;
    }
    return parts.join(QLatin1Char(';'));
}

std::optional<QList<PendingStep>> stepsFromText(QStringView text)
{
    QList<PendingStep> steps;
    if (text.isEmpty())
        return steps;
    for (QStringView part : text.split(QLatin1Char(';'))) {
        const qsizetype at = part.indexOf(QLatin1Char('@'));
        if (at < 0)
            return std::nullopt;
        const auto kind = stepKindFromString(part.left(at));
        QStringView rest = part.mid(at + 1);
        QStringView flags;
        if (const qsizetype colon = rest.indexOf(QLatin1Char(':')); colon >= 0) {
            flags = rest.mid(colon + 1);
            rest = rest.left(colon);
        }
        bool ok = false;
        const qint64 secs = rest.toLongLong(&ok);
        if (!kind || !ok)
            return std::nullopt;
        steps.append(PendingStep { Step { *kind, QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                                          flags.contains(QLatin1Char('c')) },
                                   flags.contains(QLatin1Char('l')) });
    }
    return steps;
}

} // namespace

SummaryRepository::SummaryRepository(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Sql::StatementCache>())
{
}

SummaryRepository::~SummaryRepository() = default;

Result<std::optional<SummaryMark>> SummaryRepository::mark() const
{
    QSqlQuery q(Sql::connection(m_db));
    if (!q.exec(QStringLiteral("SELECT basis, seq FROM summary_mark WHERE id = 1")))
        return Sql::failure(m_db, q);
    if (!q.next())
        return std::optional<SummaryMark>();
    return std::optional<SummaryMark>(
        SummaryMark { q.value(0).toLongLong(), q.value(1).toLongLong() });
}

Status SummaryRepository::setMark(const SummaryMark &mark)
{
    QSqlQuery &q = m_statements->get(m_db,
                                     "INSERT INTO summary_mark (id, basis, seq) VALUES (1, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, "
                                     "seq = excluded.seq");
    q.addBindValue(mark.basis);
    q.addBindValue(mark.seq);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status SummaryRepository::forget()
{
    QSqlQuery q(Sql::connection(m_db));
    if (!q.exec(QStringLiteral("DELETE FROM summary_mark")))
        return Sql::failure(m_db, q);
    return success();
}

Status SummaryRepository::put(const DealSummary &s, qint64 basis)
{
    const CadenceFacts &f = s.facts;
    QSqlQuery &q = m_statements->get(
        m_db,
        "INSERT INTO deal_summary (deal_id, basis, status, currency, value_cents, "
        "base_state, cycle, cycles, "
        "touches, max_touches, missed_calls, effort_touches, effort_call_attempts, "
        "effort_call_minutes, effort_meetings_held, effort_stakeholders, meeting_start, "
        "deadline, last_sign_of_life, idle_since, breakup_now, steps, first_due, "
        "past_rule_after, prep_past_rule_after, stale_from, meeting_zone, owner) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) "
        "ON CONFLICT (deal_id) DO UPDATE SET basis = excluded.basis, status = excluded.status, "
        "currency = excluded.currency, value_cents = excluded.value_cents, "
        "base_state = excluded.base_state, cycle = excluded.cycle, cycles = excluded.cycles, "
        "touches = excluded.touches, max_touches = excluded.max_touches, "
        "missed_calls = excluded.missed_calls, effort_touches = excluded.effort_touches, "
        "effort_call_attempts = excluded.effort_call_attempts, "
        "effort_call_minutes = excluded.effort_call_minutes, "
        "effort_meetings_held = excluded.effort_meetings_held, "
        "effort_stakeholders = excluded.effort_stakeholders, "
        "meeting_start = excluded.meeting_start, deadline = excluded.deadline, "
        "last_sign_of_life = excluded.last_sign_of_life, idle_since = excluded.idle_since, "
        "breakup_now = excluded.breakup_now, steps = excluded.steps, "
        "first_due = excluded.first_due, past_rule_after = excluded.past_rule_after, "
        "prep_past_rule_after = excluded.prep_past_rule_after, stale_from = excluded.stale_from, "
        "meeting_zone = excluded.meeting_zone, owner = excluded.owner");
    Sql::bindAll(q,
                 { s.dealId,
                   basis,
                   toString(f.status),
                   s.currency,
                   s.valueCents,
                   toString(f.baseState),
                   f.cycle,
                   f.cycles,
                   f.touches,
                   f.maxTouches,
                   f.missedCalls,
                   f.effort.touches,
                   f.effort.callAttempts,
                   f.effort.callMinutes,
                   f.effort.meetingsHeld,
                   f.effort.stakeholders,
                   Sql::fromTime(f.meetingStart),
                   Sql::fromTime(f.deadline),
                   Sql::fromTime(f.lastSignOfLife),
                   Sql::fromTime(f.idleSince),
                   f.breakupNow ? 1 : 0,
                   stepsText(f.steps),
                   Sql::fromTime(s.firstDue),
                   Sql::fromTime(s.pastRuleAfter),
                   Sql::fromTime(s.prepPastRuleAfter),
                   Sql::fromTime(s.staleFrom),
                   f.meetingZone,
                   s.owner });
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status SummaryRepository::remove(qint64 dealId)
{
    QSqlQuery &q = m_statements->get(m_db, "DELETE FROM deal_summary WHERE deal_id = ?");
    q.addBindValue(dealId);
    if (!q.exec())
        return Sql::failure(m_db, q);
    return success();
}

Status SummaryRepository::removeAll()
{
    QSqlQuery q(Sql::connection(m_db));
    if (!q.exec(QStringLiteral("DELETE FROM deal_summary")))
        return Sql::failure(m_db, q);
    return success();
}

namespace {

constexpr const char *summaryColumns =
    "s.deal_id, s.status, s.base_state, s.cycle, s.cycles, s.touches, s.max_touches, "
    "s.missed_calls, s.effort_touches, s.effort_call_attempts, s.effort_call_minutes, "
    "s.effort_meetings_held, s.effort_stakeholders, s.meeting_start, s.deadline, "
    "s.last_sign_of_life, s.idle_since, s.breakup_now, s.steps, s.first_due, "
    "s.past_rule_after, s.prep_past_rule_after, s.stale_from, s.currency, s.value_cents, "
    "s.meeting_zone, s.owner";
constexpr int summaryColumnCount = 27;

// The row's summary from summaryColumns; none when a word in it is not one this version
// knows.
std::optional<DealSummary> readSummary(const RowReader &q)
{
    DealSummary s;
    s.dealId = q.integer(0);
    CadenceFacts &f = s.facts;
    const auto status = dealStatusFromString(q.text(1));
    const auto state = cadenceStateFromString(q.text(2));
    auto steps = stepsFromText(q.text(18));
    if (!status || !state || !steps)
        return std::nullopt;
    f.status = *status;
    f.baseState = *state;
    f.cycle = int(q.integer(3));
    f.cycles = int(q.integer(4));
    f.touches = int(q.integer(5));
    f.maxTouches = int(q.integer(6));
    f.missedCalls = int(q.integer(7));
    f.effort = Effort { int(q.integer(8)), int(q.integer(9)), int(q.integer(10)),
                        int(q.integer(11)), int(q.integer(12)) };
    f.meetingStart = q.time(13);
    f.deadline = q.time(14);
    f.lastSignOfLife = q.time(15);
    f.idleSince = q.time(16);
    f.breakupNow = q.integer(17) != 0;
    f.steps = std::move(*steps);
    s.firstDue = q.time(19);
    s.pastRuleAfter = q.time(20);
    s.prepPastRuleAfter = q.time(21);
    s.staleFrom = q.time(22);
    s.currency = q.text(23);
    s.valueCents = q.integer(24);
    f.meetingZone = q.text(25);
    s.owner = q.integer(26);
    return s;
}

// An open deal's state at ?2 (milliseconds), as CadenceEngine::at tells it: by the deadline
// once the break-up email went out; past the rule once a pending step is (a preparation step
// only until the meeting starts); else the state the replay left. As the state's number
// (CadenceState), NULL for a stored state no longer known.
QByteArray stateAtNow()
{
    QByteArray base = "CASE s.base_state";
    for (int state = 0; state <= int(CadenceState::Won); ++state)
        base += " WHEN '" + toString(CadenceState(state)).toLatin1() + "' THEN "
            + QByteArray::number(state);
    base += " END";
    return "CASE WHEN s.deadline IS NOT NULL "
           "THEN CASE WHEN ?2 <= s.deadline * 1000 THEN "
        + QByteArray::number(int(CadenceState::AwaitingDecision)) + " ELSE "
        + QByteArray::number(int(CadenceState::PastRule))
        + " END "
          "WHEN ?2 > s.past_rule_after * 1000 "
          "OR (?2 > s.prep_past_rule_after * 1000 AND ?2 < s.meeting_start * 1000) "
          "THEN "
        + QByteArray::number(int(CadenceState::PastRule)) + " ELSE " + base + " END";
}

} // namespace

Status SummaryRepository::forEach(qint64 basis,
                                  const std::function<void(DealSummary &&)> &take) const
{
    static const QByteArray sql = QByteArray("SELECT ") + summaryColumns
        + " FROM deal_summary s WHERE s.basis = ? ORDER BY s.deal_id";
    RowReader q(Sql::connection(m_db), sql.constData());
    if (!q.isValid())
        return Sql::readFailure(m_db, q.errorText());
    q.bind(1, basis);
    while (q.next()) {
        auto s = readSummary(q);
        if (!s)
            return unreadable(q.integer(0));
        take(std::move(*s));
    }
    if (q.failed())
        return Sql::readFailure(m_db, q.errorText());
    return success();
}

Result<QHash<qint64, DealSummary>> SummaryRepository::all(qint64 basis) const
{
    QHash<qint64, DealSummary> out;
    if (Status s = forEach(basis, [&out](DealSummary &&s) { out.emplace(s.dealId, std::move(s)); });
        !s)
        return s.error();
    return out;
}

Result<QList<DealSummary>> SummaryRepository::byDeal(qint64 basis) const
{
    QList<DealSummary> out;
    if (Status s = forEach(basis, [&out](DealSummary &&s) { out.append(std::move(s)); }); !s)
        return s.error();
    return out;
}

Result<QList<DueSummary>> SummaryRepository::dueBefore(qint64 basis, const QDateTime &horizon,
                                                       std::optional<qint64> owner) const
{
    static const QByteArray all = QByteArray("SELECT ") + summaryColumns
        + ", d.title, coalesce(c.name, '') FROM deal_summary s "
          "JOIN deals d ON d.id = s.deal_id LEFT JOIN contacts c ON c.id = d.contact_id "
          "WHERE s.first_due < ? AND s.basis = ?";
    static const QByteArray ones = all + " AND s.owner = ?";
    RowReader q(Sql::connection(m_db), (owner ? ones : all).constData());
    if (!q.isValid())
        return Sql::readFailure(m_db, q.errorText());
    q.bind(1, horizon.toSecsSinceEpoch() + (horizon.time().msec() > 0 ? 1 : 0));
    q.bind(2, basis);
    if (owner)
        q.bind(3, *owner);
    QList<DueSummary> out;
    while (q.next()) {
        auto s = readSummary(q);
        if (!s)
            return unreadable(q.integer(0));
        out.append(DueSummary { std::move(*s), q.text(summaryColumnCount),
                                q.text(summaryColumnCount + 1) });
    }
    if (q.failed())
        return Sql::readFailure(m_db, q.errorText());
    return out;
}

Result<OpenDeals> SummaryRepository::openAt(qint64 basis, const QDateTime &now,
                                            std::optional<qint64> owner) const
{
    // One pass over the report's covering index, grouped here: SQL's GROUP BY on the state at
    // now sorts every open deal first (50 of 65 ms over 77,000 of them), where the index already
    // gives them by currency.
    // PostgreSQL chooses its own plan, and has no INDEXED BY.
    static const QByteArray select = "SELECT s.currency, " + stateAtNow()
        + ", s.value_cents, s.stale_from <= ?3, s.deal_id FROM deal_summary s ";
    // A rep's own: the owner is the index's last column, so the index alone still answers.
    static const QByteArray where = " WHERE s.status = 'open' AND s.basis = ?1";
    static const QByteArray ones = where + " AND s.owner = ?4";
    static const QByteArray sqlite = select + "INDEXED BY deal_summary_report" + where;
    static const QByteArray sqliteOnes = select + "INDEXED BY deal_summary_report" + ones;
    static const QByteArray postgres = select + where;
    static const QByteArray postgresOnes = select + ones;
    const bool server = m_db.engine() == Database::Engine::PostgreSQL;
    RowReader q(
        Sql::connection(m_db),
        (server ? (owner ? postgresOnes : postgres) : (owner ? sqliteOnes : sqlite)).constData());
    if (!q.isValid())
        return Sql::readFailure(m_db, q.errorText());
    q.bind(1, basis);
    q.bind(2, now.toMSecsSinceEpoch());
    // stale_from is a whole second (a midnight): at or before now, to the millisecond.
    q.bind(3, now.toSecsSinceEpoch());
    if (owner)
        q.bind(4, *owner);
    constexpr int states = int(CadenceState::Won) + 1;
    struct Currency
    {
        std::string code;
        std::array<StateCount, states> byState {};
    };
    std::vector<Currency> currencies;
    Currency *last = nullptr;
    OpenDeals out;
    while (q.next()) {
        const std::string_view code = q.view(0);
        if (!last || last->code != code) {
            const auto it = std::find_if(currencies.begin(), currencies.end(),
                                         [code](const Currency &c) { return c.code == code; });
            last = it != currencies.end()
                ? &*it
                : &currencies.emplace_back(Currency { std::string(code) });
        }
        const qint64 state = q.integer(1);
        if (q.isNull(1) || state < 0 || state >= states)
            return unreadable(q.integer(4));
        StateCount &c = last->byState[size_t(state)];
        ++c.count;
        c.valueCents += q.integer(2);
        if (q.integer(3) != 0)
            out.stale.append(q.integer(4));
    }
    if (q.failed())
        return Sql::readFailure(m_db, q.errorText());
    std::sort(currencies.begin(), currencies.end(),
              [](const Currency &a, const Currency &b) { return a.code < b.code; });
    for (const Currency &c : currencies) {
        const QString code = QString::fromStdString(c.code);
        for (int state = 0; state < states; ++state) {
            StateCount line = c.byState[size_t(state)];
            if (line.count == 0)
                continue;
            line.currency = code;
            line.state = CadenceState(state);
            out.byState.append(line);
        }
    }
    std::sort(out.stale.begin(), out.stale.end());
    return out;
}

Error SummaryRepository::unreadable(qint64 dealId) const
{
    return storageError(Database::tr("%1: the cadence summary of deal %2 cannot be read.")
                            .arg(m_db.path())
                            .arg(dealId));
}

} // namespace NineTouch
