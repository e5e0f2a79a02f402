// What the board's headers show, kept deal by deal: the honest report (PipelineReport) and each
// stage's values by currency, open and closed apart. A changed deal is counted out as it was and
// in as it is, so a drop costs the deals it moves, not a sum over every deal; a recount makes
// them again from all the rows (a reload, or the report at a tick, when states move).
#pragma once

#include "report.h"

#include <QHash>
#include <QMap>

namespace NineTouch {

class BoardCounts final
{
public:
    void add(const DealRow &row) { count(row, +1); }
    void remove(const DealRow &row) { count(row, -1); }
    void recount(const QList<DealRow> &rows);
    // The report again, the stages' values unchanged (the clock moved, no deal did).
    void recountReport(const QList<DealRow> &rows) { m_report = PipelineReport::from(rows); }

    const PipelineReport &report() const { return m_report; }
    // A stage's open deals' values by currency (and its won and lost ones too).
    QMap<QString, qint64> stageTotals(qint64 stageId, bool withClosed) const;

private:
    void count(const DealRow &row, int sign); // in (+1) or out (-1) of the report and stage
    void countStage(const DealRow &row, int sign);

    struct Money
    {
        int deals = 0;
        qint64 cents = 0;
    };
    using ByStage = QHash<qint64, QMap<QString, Money>>; // no currency without a deal
    PipelineReport m_report;
    ByStage m_open;
    ByStage m_closed;
};

} // namespace NineTouch
