// The honest pipeline: what the open pipeline is really worth, by cadence state.
#pragma once

#include "pipeline.h"

#include <QMap>

namespace NineTouch {

struct StateTotal
{
    int count = 0;
    qint64 valueCents = 0;
};

struct CurrencyTotals
{
    qint64 openCents = 0;
    QMap<CadenceState, StateTotal> byState;
};

struct PipelineReport
{
    QMap<QString, CurrencyTotals> currencies; // never converted between currencies
    QList<qint64> staleDeals;
    int openDeals = 0;

    static PipelineReport from(const QList<DealRow> &deals);
    // The open pipeline at now: counted in SQL from the cadence summaries, or from a replay
    // while they are behind the file.
    static Result<PipelineReport> of(const Pipeline &pipeline, const QDateTime &now);
};

} // namespace NineTouch
