#include "report.h"

#include <algorithm>
#include <array>

namespace NineTouch {

PipelineReport PipelineReport::from(const QList<DealRow> &deals)
{
    // Every deal at a reload and at each tick of the clock (BoardCounts keeps it between them):
    // a plain array per currency by state, and a deal's currency looked up only when it is not
    // the last one's.
    constexpr int states = int(CadenceState::Won) + 1;
    struct Sums
    {
        QString currency;
        qint64 openCents = 0;
        std::array<StateTotal, states> byState {};
    };
    PipelineReport r;
    QList<Sums> sums;
    Sums *last = nullptr;
    for (const DealRow &v : deals) {
        const DealCard &d = v.deal;
        if (d.status != DealStatus::Open)
            continue;
        ++r.openDeals;
        if (!last || last->currency != d.currency) {
            last = nullptr;
            for (Sums &s : sums) {
                if (s.currency == d.currency)
                    last = &s;
            }
            if (!last)
                last = &sums.emplaceBack(Sums { d.currency, 0, {} });
        }
        last->openCents += d.valueCents;
        StateTotal &s = last->byState[size_t(v.cadence.state)];
        ++s.count;
        s.valueCents += d.valueCents;
        if (v.cadence.stale)
            r.staleDeals.append(d.id);
    }
    std::sort(r.staleDeals.begin(), r.staleDeals.end()); // the rows come in any order
    for (const Sums &s : std::as_const(sums)) {
        CurrencyTotals &t = r.currencies[s.currency];
        t.openCents = s.openCents;
        for (int state = 0; state < states; ++state) {
            if (s.byState[size_t(state)].count > 0)
                t.byState.insert(CadenceState(state), s.byState[size_t(state)]);
        }
    }
    return r;
}

void PipelineReport::add(const DealRow &row)
{
    const DealCard &d = row.deal;
    if (d.status != DealStatus::Open)
        return;
    ++openDeals;
    CurrencyTotals &t = currencies[d.currency];
    t.openCents += d.valueCents;
    StateTotal &s = t.byState[row.cadence.state];
    ++s.count;
    s.valueCents += d.valueCents;
    if (row.cadence.stale) {
        const auto at = std::lower_bound(staleDeals.begin(), staleDeals.end(), d.id);
        if (at == staleDeals.end() || *at != d.id)
            staleDeals.insert(at, d.id);
    }
}

void PipelineReport::remove(const DealRow &row)
{
    const DealCard &d = row.deal;
    if (d.status != DealStatus::Open)
        return;
    // A row is only counted out as it was counted in: anything else is a drift of the caller's.
    const auto currency = currencies.find(d.currency);
    Q_ASSERT_X(currency != currencies.end(), "PipelineReport::remove", "a currency never counted");
    if (currency == currencies.end())
        return;
    const auto state = currency->byState.find(row.cadence.state);
    Q_ASSERT_X(state != currency->byState.end(), "PipelineReport::remove", "a state never counted");
    if (state == currency->byState.end())
        return;
    --openDeals;
    currency->openCents -= d.valueCents;
    state->valueCents -= d.valueCents;
    if (--state->count == 0)
        currency->byState.erase(state);
    if (currency->byState.isEmpty())
        currencies.erase(currency);
    if (row.cadence.stale) {
        const auto at = std::lower_bound(staleDeals.begin(), staleDeals.end(), d.id);
        if (at != staleDeals.end() && *at == d.id)
            staleDeals.erase(at);
    }
}

Result<PipelineReport> PipelineReport::of(const Pipeline &pipeline, const QDateTime &now)
{
    return of(pipeline, now, pipeline.listedOwner());
}

Result<PipelineReport> PipelineReport::of(const Pipeline &pipeline, const QDateTime &now,
                                          std::optional<qint64> owner)
{
    const auto replayed = [&]() -> Result<PipelineReport> {
        auto views = pipeline.rows(now, DealFilter { std::nullopt, DealStatus::Open, owner });
        if (!views)
            return views.error();
        return from(*views);
    };
    auto before = pipeline.currentMark();
    if (!before)
        return before.error();
    if (!*before)
        return replayed();
    auto open = pipeline.summaries().openAt(pipeline.basis(), now, owner);
    if (!open)
        return open.error();
    // Counted from one state of the file: another program's write in between moves the mark.
    auto after = pipeline.currentMark();
    if (!after)
        return after.error();
    if (*after != *before)
        return replayed();
    PipelineReport r;
    for (const StateCount &c : std::as_const(open->byState)) {
        r.openDeals += c.count;
        CurrencyTotals &t = r.currencies[c.currency];
        t.openCents += c.valueCents;
        StateTotal &s = t.byState[c.state];
        s.count += c.count;
        s.valueCents += c.valueCents;
    }
    r.staleDeals = std::move(open->stale);
    return r;
}

} // namespace NineTouch
