// What the pipeline reads: one deal's history, every deal's row for the board and the lists
// (from the cadence summaries when they are current, else by replaying), the steps due.
#include "pipeline.h"

namespace NineTouch {

Result<DealHistory> Pipeline::history(qint64 id) const
{
    auto d = deal(id);
    if (!d)
        return d.error();
    return historyOf(std::move(d).value());
}

Result<DealHistory> Pipeline::historyOf(Deal d) const
{
    const qint64 id = d.id;
    auto meetings = m_activity.meetings(id);
    if (!meetings)
        return meetings.error();
    auto touches = m_activity.touches(id);
    if (!touches)
        return touches.error();
    auto tasks = m_activity.tasks(id);
    if (!tasks)
        return tasks.error();
    return DealHistory { std::move(d), std::move(meetings).value(), std::move(touches).value(),
                         std::move(tasks).value() };
}

Result<Cadence> Pipeline::cadence(qint64 id, const QDateTime &now) const
{
    auto h = history(id);
    if (!h)
        return h.error();
    return m_engine->evaluate(*h, now);
}

std::optional<qint64> Pipeline::listedOwner() const
{
    return m_scope == Scope::Mine ? std::optional<qint64>(me()) : std::nullopt;
}

QString Pipeline::loginOf(qint64 rep) const
{
    if (!m_logins.contains(rep)) {
        if (auto reps = m_deals.reps(); reps) {
            for (const Rep &r : std::as_const(*reps))
                m_logins.insert(r.id, r.login);
        }
    }
    return m_logins.value(rep);
}

DealFilter Pipeline::listed(DealFilter filter) const
{
    if (!filter.owner)
        filter.owner = listedOwner();
    return filter;
}

Result<QList<DealStatusView>> Pipeline::evaluateAll(const QDateTime &now, const DealFilter &filter,
                                                    CadenceEngine::Detail detail,
                                                    bool withText) const
{
    auto histories = historiesOf(listed(filter), withText);
    if (!histories)
        return histories.error();
    QList<DealStatusView> out;
    out.reserve(histories->size());
    for (DealHistory &h : std::move(histories).value()) {
        Cadence c = m_engine->evaluate(h, now, detail);
        out.append(DealStatusView { std::move(h), std::move(c) });
    }
    return out;
}

Result<QList<DealHistory>> Pipeline::historiesOf(const DealFilter &filter, bool withText) const
{
    auto deals = m_deals.list(filter);
    if (!deals)
        return deals.error();
    return m_activity.histories(std::move(deals).value(), withText);
}

Result<QList<DealRow>> Pipeline::rows(const QDateTime &now, const DealFilter &wanted) const
{
    const DealFilter filter = listed(wanted);
    auto before = currentMark();
    if (!before)
        return before.error();
    if (*before) {
        auto summaries = m_summaries.byDeal(m_basis);
        if (!summaries)
            return summaries.error();
        // Both in deal id order: each deal, as it is read, meets its summary walking the list
        // once (no second list of every deal is held meanwhile).
        QList<DealRow> out;
        out.reserve(summaries->size());
        auto s = summaries->begin();
        bool whole = true;
        const Status read = m_deals.forEachCard(filter, [&](DealCard &&d) {
            while (s != summaries->end() && s->dealId < d.id)
                ++s; // a deal the filter left out
            if (!whole || s == summaries->end() || s->dealId != d.id) {
                whole = false; // a summary the mark promised is missing: the replay
                return;
            }
            Cadence c = m_engine->at(s->facts, now);
            out.append(DealRow { std::move(d), std::move(s->facts), std::move(c) });
            ++s;
        });
        if (!read)
            return read.error();
        // Read from one state of the file: another program's write in between moves the mark.
        auto after = currentMark();
        if (!after)
            return after.error();
        if (whole && *after == *before)
            return out;
    }
    // The summaries are behind the file (another program wrote it just now): the replay.
    auto histories = historiesOf(filter);
    if (!histories)
        return histories.error();
    QList<DealRow> out;
    out.reserve(histories->size());
    for (DealHistory &h : *histories)
        out.append(rowOf(h.deal, m_engine->replay(h), now));
    return out;
}

DealRow Pipeline::rowOf(const Deal &deal, CadenceFacts facts, const QDateTime &now) const
{
    Cadence c = m_engine->at(facts, now);
    return DealRow { DealCard::of(deal), std::move(facts), std::move(c) };
}

Result<QList<DueStep>> Pipeline::stepsDue(const QDateTime &horizon, const QDateTime &now) const
{
    QList<DueStep> out;
    auto before = currentMark();
    if (!before)
        return before.error();
    bool read = false;
    if (*before) {
        auto due = m_summaries.dueBefore(m_basis, horizon, listedOwner());
        if (!due)
            return due.error();
        for (const DueSummary &d : std::as_const(*due)) {
            for (const Step &step : m_engine->at(d.summary.facts, now).steps) {
                if (step.due < horizon)
                    out.append(
                        DueStep { d.summary.dealId, d.title, d.contact, step, d.summary.owner });
            }
        }
        auto after = currentMark();
        if (!after)
            return after.error();
        read = *after == *before;
        if (!read)
            out.clear(); // another program wrote meanwhile: the replay below
    }
    if (!read) {
        // Summaries behind the file (another program wrote it just now): every row, which
        // rows() then reads by the replay.
        auto all = rows(now);
        if (!all)
            return all.error();
        for (const DealRow &r : std::as_const(*all)) {
            for (const Step &step : r.cadence.steps) {
                if (step.due < horizon)
                    out.append(DueStep { r.deal.id, r.deal.title, r.deal.contact.name, step,
                                         r.deal.owner });
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DueStep &a, const DueStep &b) {
        return a.step.due < b.step.due || (a.step.due == b.step.due && a.dealId < b.dealId);
    });
    return out;
}

} // namespace NineTouch
