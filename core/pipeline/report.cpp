#include "report.h"

namespace NineTouch {

PipelineReport PipelineReport::from(const QList<DealStatusView> &deals)
{
    PipelineReport r;
    for (const DealStatusView &v : deals) {
        const Deal &d = v.history.deal;
        if (d.status != DealStatus::Open)
            continue;
        ++r.openDeals;
        CurrencyTotals &t = r.currencies[d.currency];
        t.openCents += d.valueCents;
        StateTotal &s = t.byState[v.cadence.state];
        ++s.count;
        s.valueCents += d.valueCents;
        if (v.cadence.stale)
            r.staleDeals.append(d.id);
    }
    return r;
}

} // namespace NineTouch
