#include "report.h"

namespace NineTouch {

PipelineReport PipelineReport::from(const QList<DealRow> &deals)
{
    PipelineReport r;
    for (const DealRow &v : deals) {
        const Deal &d = v.deal;
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

Result<PipelineReport> PipelineReport::of(const Pipeline &pipeline, const QDateTime &now)
{
    const auto replayed = [&]() -> Result<PipelineReport> {
        auto views = pipeline.rows(now, DealFilter { std::nullopt, DealStatus::Open });
        if (!views)
            return views.error();
        return from(*views);
    };
    auto before = pipeline.currentMark();
    if (!before)
        return before.error();
    if (!*before)
        return replayed();
    auto counts = pipeline.summaries().openByState(pipeline.basis(), now);
    if (!counts)
        return counts.error();
    auto stale = pipeline.summaries().staleAt(pipeline.basis(), now);
    if (!stale)
        return stale.error();
    // Counted from one state of the file: another program's write in between moves the mark.
    auto after = pipeline.currentMark();
    if (!after)
        return after.error();
    if (*after != *before)
        return replayed();
    PipelineReport r;
    for (const StateCount &c : std::as_const(*counts)) {
        r.openDeals += c.count;
        CurrencyTotals &t = r.currencies[c.currency];
        t.openCents += c.valueCents;
        StateTotal &s = t.byState[c.state];
        s.count += c.count;
        s.valueCents += c.valueCents;
    }
    r.staleDeals = std::move(stale).value();
    return r;
}

} // namespace NineTouch
