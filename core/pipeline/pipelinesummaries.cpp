// Each deal's cadence summary, kept current by every write: see docs/architecture.md, "The
// cadence summary". The replay (CadenceEngine::replay) stays the one source of the rule; a
// summary is its result stored, and check() compares the two.
#include "pipeline.h"

#include "settingsrepository.h"
#include "transfer.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace NineTouch {

namespace {

// Past this many deals changed in one write (an import, the demo, a changed rule), the
// summaries are rebuilt from one bulk read instead of a read per deal.
constexpr qsizetype bulkFrom = 64;

} // namespace

qint64 Pipeline::basisOf(const Settings &s)
{
    // Everything the replay reads besides a deal's own history: the rule's version, the
    // policy and the working calendar.
    QByteArray text = "rule=" + QByteArray::number(CadenceEngine::ruleVersion);
    for (const char *key :
         { "cadence.cycles", "cadence.reminder_days", "cadence.deadline_days",
           "cadence.reengage_days", "cadence.slot_days", "work.days", "work.hours", "holidays" })
        text += QByteArray(";") + key + '=' + s.value(QLatin1String(key)).toUtf8();
    text += ";zone=" + s.zone().id();
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    return qint64(qFromBigEndian<quint64>(digest.constData()) >> 1); // positive, 63 bits
}

DealSummary Pipeline::summaryOf(const Deal &deal, CadenceFacts facts, const CadenceEngine &engine)
{
    DealSummary s;
    s.dealId = deal.id;
    s.currency = deal.currency;
    s.valueCents = deal.valueCents;
    s.owner = deal.owner;
    for (const PendingStep &p : std::as_const(facts.steps)) {
        if (!s.firstDue.isValid() || p.step.due < s.firstDue)
            s.firstDue = p.step.due;
        if (p.step.kind == StepKind::SetMeeting)
            continue; // never behind the rule
        QDateTime &after = p.lapses ? s.prepPastRuleAfter : s.pastRuleAfter;
        const QDateTime moment = engine.pastRuleAfter(p.step.due);
        if (!after.isValid() || moment < after)
            after = moment;
    }
    if (facts.status == DealStatus::Open && facts.idleSince.isValid())
        s.staleFrom = CadenceEngine::staleFrom(facts.idleSince);
    s.facts = std::move(facts);
    return s;
}

Status Pipeline::summarize()
{
    auto mark = m_summaries.mark();
    if (!mark)
        return mark.error();
    // The rule as the file's settings are now: this very write may have changed them, or
    // another program may have since this one last looked.
    auto settings = SettingsRepository(*m_db).load();
    if (!settings)
        return settings.error();
    const qint64 basis = basisOf(*settings);
    std::unique_ptr<WorkCalendar> calendar;
    std::unique_ptr<CadenceEngine> ownEngine;
    const CadenceEngine *engine = m_engine.get();
    if (basis != m_basis) {
        calendar = std::make_unique<WorkCalendar>(settings->calendar());
        ownEngine = std::make_unique<CadenceEngine>(settings->policy, *calendar);
        engine = ownEngine.get();
    }

    const bool sameBasis = *mark && (*mark)->basis == basis;
    auto batch = m_db->changesSince(sameBasis ? (*mark)->seq : -1);
    if (!batch)
        return batch.error();
    if (sameBasis && !batch->incomplete && batch->deals.size() < bulkFrom) {
        for (qint64 id : std::as_const(batch->deals)) {
            auto d = m_deals.find(id);
            if (!d)
                return d.error();
            if (!*d) { // removed
                if (Status s = m_summaries.remove(id); !s)
                    return s;
                continue;
            }
            auto h = historyOf(std::move(**d));
            if (!h)
                return h.error();
            if (Status s = m_summaries.put(summaryOf(h->deal, engine->replay(*h), *engine), basis);
                !s)
                return s;
        }
        return m_summaries.setMark({ basis, batch->lastSeq });
    }

    // A new rule, new settings, a file written by something that keeps no summaries, or
    // a large write: every deal again, from one read.
    if (Status s = m_summaries.removeAll(); !s)
        return s;
    auto histories = historiesOf({});
    if (!histories)
        return histories.error();
    for (const DealHistory &h : std::as_const(*histories)) {
        if (Status s = m_summaries.put(summaryOf(h.deal, engine->replay(h), *engine), basis); !s)
            return s;
    }
    auto last = m_db->changesSince(-1);
    if (!last)
        return last.error();
    return m_summaries.setMark({ basis, last->lastSeq });
}

Result<std::optional<SummaryMark>> Pipeline::currentMark() const
{
    auto mark = m_summaries.mark();
    if (!mark)
        return mark.error();
    if (!*mark || (*mark)->basis != m_basis)
        return std::optional<SummaryMark>();
    auto last = m_db->changesSince(-1);
    if (!last)
        return last.error();
    if ((*mark)->seq != last->lastSeq)
        return std::optional<SummaryMark>();
    return *mark;
}

Result<bool> Pipeline::summariesCurrent() const
{
    auto mark = currentMark();
    if (!mark)
        return mark.error();
    return mark->has_value();
}

Status Pipeline::bringSummariesCurrent()
{
    auto current = summariesCurrent();
    if (!current)
        return current.error();
    if (*current)
        return success();
    return m_db->write([] { return success(); }); // the write's last step does it
}

Result<QMap<QString, qint64>> Pipeline::copyFrom(const Pipeline &source)
{
    auto sourceCurrent = source.summariesCurrent();
    if (!sourceCurrent)
        return sourceCurrent.error();
    QHash<qint64, DealSummary> expected;
    qint64 expectedBasis = 0;
    if (*sourceCurrent) {
        auto all = source.m_summaries.all(source.m_basis);
        if (!all)
            return all.error();
        expected = std::move(*all);
        expectedBasis = source.m_basis;
    }
    Transfer::Counts counts;
    const Status s = m_db->write([&]() -> Status {
        auto copied = Transfer::copy(source.database(), *m_db);
        if (!copied)
            return copied.error();
        counts = *copied;
        // Every summary again, from the histories now here, before the copy commits.
        if (Status forgot = m_summaries.forget(); !forgot)
            return forgot;
        if (Status made = summarize(); !made)
            return made;
        auto settings = SettingsRepository(*m_db).load();
        if (!settings)
            return settings.error();
        const qint64 basis = basisOf(*settings);
        if (!*sourceCurrent || basis != expectedBasis)
            return success();
        auto made = m_summaries.all(basis);
        if (!made)
            return made.error();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            DealSummary copied = made->value(it.key());
            copied.owner = it.value().owner; // each database numbers its reps (Transfer maps)
            if (copied != it.value())
                return storageError(tr("Deal %1 reads differently once copied, so nothing was "
                                       "copied: the cadence summaries of the source may be "
                                       "out of date.")
                                        .arg(it.key()));
        }
        return success();
    });
    if (!s)
        return s.error();
    if (Status reloaded = reloadSettings(); !reloaded)
        return reloaded.error();
    return counts;
}

Status Pipeline::rebuildSummaries()
{
    // Without a mark, the write's last step makes every summary again.
    return m_db->write([&] { return m_summaries.forget(); });
}

Result<SummaryCheck> Pipeline::checkSummaries() const
{
    SummaryCheck check;
    auto current = summariesCurrent();
    if (!current)
        return current.error();
    check.current = *current;
    auto stored = m_summaries.all(m_basis);
    if (!stored)
        return stored.error();
    auto histories = historiesOf({});
    if (!histories)
        return histories.error();
    for (const DealHistory &h : std::as_const(*histories)) {
        ++check.deals;
        const auto found = stored->constFind(h.deal.id);
        if (found == stored->cend()) {
            check.missing << h.deal.id;
            continue;
        }
        if (summaryOf(h.deal, m_engine->replay(h), *m_engine) != *found)
            check.drifted << h.deal.id;
    }
    return check;
}

} // namespace NineTouch
