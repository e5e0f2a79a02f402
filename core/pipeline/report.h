// The honest pipeline: what the open pipeline is really worth, by cadence state.
#pragma once

#include "pipeline.h"

#include <QMap>

namespace NineTouch {

struct StateTotal
{
    int count = 0;
    qint64 valueCents = 0;

    friend bool operator==(const StateTotal &, const StateTotal &) = default;
};

struct CurrencyTotals
{
    qint64 openCents = 0;
    QMap<CadenceState, StateTotal> byState; // no state without a deal

    friend bool operator==(const CurrencyTotals &, const CurrencyTotals &) = default;
};

struct PipelineReport
{
    QMap<QString, CurrencyTotals> currencies; // never converted; none without an open deal
    QList<qint64> staleDeals; // by id
    int openDeals = 0;

    // The report of these rows, in any order.
    static PipelineReport from(const QList<DealRow> &deals);
    // One row counted in or out again, as from() would count it (a closed deal counts nothing):
    // what a change of one deal costs the board's header.
    void add(const DealRow &row);
    void remove(const DealRow &row);
    // The open pipeline at now: counted in SQL from the cadence summaries, or from a replay
    // while they are behind the file.
    // The deals the pipeline's lists show (Pipeline::Scope)...
    static Result<PipelineReport> of(const Pipeline &pipeline, const QDateTime &now);
    // ... or one rep's (owner), or the whole team's (none).
    static Result<PipelineReport> of(const Pipeline &pipeline, const QDateTime &now,
                                     std::optional<qint64> owner);

    friend bool operator==(const PipelineReport &, const PipelineReport &) = default;
};

} // namespace NineTouch
