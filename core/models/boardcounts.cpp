#include "boardcounts.h"

namespace NineTouch {

void BoardCounts::count(const DealRow &row, int sign)
{
    if (sign > 0)
        m_report.add(row);
    else
        m_report.remove(row);
    countStage(row, sign);
}

void BoardCounts::countStage(const DealRow &row, int sign)
{
    const DealCard &d = row.deal;
    ByStage &stages = d.status == DealStatus::Open ? m_open : m_closed;
    QMap<QString, Money> &byCurrency = stages[d.stageId];
    Money &m = byCurrency[d.currency];
    m.deals += sign;
    m.cents += sign * d.valueCents;
    if (m.deals <= 0)
        byCurrency.remove(d.currency);
    if (byCurrency.isEmpty())
        stages.remove(d.stageId);
}

void BoardCounts::recount(const QList<DealRow> &rows)
{
    m_report = PipelineReport::from(rows);
    m_open.clear();
    m_closed.clear();
    for (const DealRow &v : rows)
        countStage(v, +1);
}

QMap<QString, qint64> BoardCounts::stageTotals(qint64 stageId, bool withClosed) const
{
    QMap<QString, qint64> t;
    for (const ByStage *stages : { &m_open, withClosed ? &m_closed : nullptr }) {
        if (!stages)
            continue;
        const auto byCurrency = stages->constFind(stageId);
        if (byCurrency == stages->cend())
            continue;
        for (auto it = byCurrency->cbegin(); it != byCurrency->cend(); ++it)
            t[it.key()] += it->cents;
    }
    return t;
}

} // namespace NineTouch
