// Each deal's cadence summary: the replay's facts (core/domain/cadencefacts.h) kept per deal, so
// that a list, a count or the day's steps can be read without replaying every history. The
// pipeline writes them (Pipeline::summarize); this only stores and reads them.
#pragma once

#include "cadencefacts.h"
#include "database.h"

#include <QHash>

#include <functional>

#include <memory>
#include <optional>

namespace NineTouch {

namespace Sql {
class StatementCache;
}

// A deal's summary as stored: the facts, and the moments a query reads to tell the state
// without replaying (each invalid when it does not apply).
struct DealSummary
{
    qint64 dealId = 0;
    CadenceFacts facts;
    // What the honest report sums, copied from the deal: a report reads the summaries alone.
    QString currency;
    qint64 valueCents = 0;
    qint64 owner = 0; // Rep::id: a rep's board, queue and report read their own
    QDateTime firstDue; // the earliest pending step's due time
    QDateTime pastRuleAfter; // a step that stays pending is behind the rule after this
    QDateTime prepPastRuleAfter; // a preparation step is, until the meeting starts
    QDateTime staleFrom; // an open deal idle so long is stale from then

    friend bool operator==(const DealSummary &, const DealSummary &) = default;
};

// How far the summaries are current: under which basis (the rule's version and the settings
// it reads, as a fingerprint), and up to which change-log entry.
struct SummaryMark
{
    qint64 basis = 0;
    qint64 seq = 0;

    friend bool operator==(const SummaryMark &, const SummaryMark &) = default;
};

// A summary with a step due before a moment, with what a list names the deal by.
struct DueSummary
{
    DealSummary summary;
    QString title;
    QString contact;
};

// Open deals of one currency in one state: a line of the honest report.
struct StateCount
{
    QString currency;
    CadenceState state = CadenceState::NoMeeting;
    int count = 0;
    qint64 valueCents = 0;
};

// The open deals at a moment, as the honest report counts them.
struct OpenDeals
{
    QList<StateCount> byState; // by currency, then state; no empty line
    QList<qint64> stale; // by id
};

class SummaryRepository final
{
public:
    explicit SummaryRepository(Database &db);
    ~SummaryRepository();
    Q_DISABLE_COPY_MOVE(SummaryRepository)

    // None before the first summaries were written.
    Result<std::optional<SummaryMark>> mark() const;
    // Writes inside a transaction the caller holds.
    Status setMark(const SummaryMark &mark);
    Status forget(); // the mark: the summaries are then made again whole

    Status put(const DealSummary &summary, qint64 basis);
    Status remove(qint64 dealId);
    Status removeAll();

    // Every summary written under basis, by deal.
    Result<QHash<qint64, DealSummary>> all(qint64 basis) const;
    // The same in deal id order (the order DealRepository::list reads the deals in).
    Result<QList<DealSummary>> byDeal(qint64 basis) const;
    // The summaries with a step due before horizon (by the first_due index).
    Result<QList<DueSummary>> dueBefore(qint64 basis, const QDateTime &horizon,
                                        std::optional<qint64> owner = std::nullopt) const;
    // The open deals at now, counted and summed by currency and state (the state as
    // CadenceEngine::at tells it, from the moments stored with each summary), and the stale ones.
    Result<OpenDeals> openAt(qint64 basis, const QDateTime &now,
                             std::optional<qint64> owner = std::nullopt) const;

private:
    Error unreadable(qint64 dealId) const;
    // Each summary written under basis, in deal id order.
    Status forEach(qint64 basis, const std::function<void(DealSummary &&)> &take) const;

    Database &m_db;
    std::unique_ptr<Sql::StatementCache> m_statements;
};

} // namespace NineTouch
