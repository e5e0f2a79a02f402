#include "meetingtimes.h"

#include <algorithm>

namespace NineTouch {

namespace {

// A shared slot is looked for this far ahead before the rep's hours alone decide.
constexpr qint64 sharedHorizonSecs = 42LL * 86400;

bool within(const WorkCalendar &side, const QDateTime &start, const QDateTime &end)
{
    const QDate day = side.localDate(start);
    return start >= side.workStart(day) && end <= side.workEnd(day);
}

} // namespace

MeetingTimes::MeetingTimes(const WorkCalendar &rep, const QTimeZone &prospectZone)
    : m_rep(rep)
    , m_prospect(prospectZone.isValid() ? prospectZone : rep.zone(), rep.workDays(),
                 rep.workStartTime(), rep.workEndTime(), {})
{
}

QList<MeetingConflict> MeetingTimes::conflicts(const QDateTime &start, int minutes,
                                               const QList<Meeting> &others) const
{
    using Kind = MeetingConflict::Kind;
    QList<MeetingConflict> out;
    const QDateTime end = start.addSecs(qint64(std::max(minutes, 1)) * 60);
    if (!m_rep.isBusinessDay(m_rep.localDate(start)))
        out.append({ Kind::RepDayOff, {} });
    else if (!within(m_rep, start, end))
        out.append({ Kind::RepOffHours, {} });
    // On the rep's own clock the prospect's week is the rep's: said once, as the rep's.
    const bool sameClock =
        m_prospect.zone().offsetFromUtc(start) == m_rep.zone().offsetFromUtc(start);
    if (sameClock) {
        // nothing more to say
    } else if (!m_prospect.isBusinessDay(m_prospect.localDate(start))) {
        out.append({ Kind::ProspectDayOff, {} });
    } else if (!within(m_prospect, start, end)) {
        out.append({ Kind::ProspectOffHours, {} });
    }
    for (const Meeting &m : others) {
        if (m.status == MeetingStatus::Scheduled && m.start < end && start < m.end())
            out.append({ Kind::Overlap, m });
    }
    return out;
}

QDateTime MeetingTimes::fit(const WorkCalendar &side, QDateTime t, qint64 length)
{
    const QDate day = side.localDate(t);
    if (!side.isBusinessDay(day))
        return side.workStart(side.nextBusinessDay(day));
    t = std::max(t, side.workStart(day));
    if (t.addSecs(length) > side.workEnd(day))
        return side.workStart(side.addBusinessDays(day, 1));
    return t;
}

QDateTime MeetingTimes::search(QDateTime t, qint64 length, const QList<Meeting> &busy,
                               bool both) const
{
    const QDateTime from = t;
    // Each pass moves t forward or returns; bounded so that impossible settings cannot loop.
    for (int pass = 0; pass < 10000; ++pass) {
        if (both && from.secsTo(t) > sharedHorizonSecs)
            return {};
        const QDateTime forRep = fit(m_rep, t, length);
        if (forRep != t) {
            t = forRep;
            continue;
        }
        if (both) {
            const QDateTime forProspect = fit(m_prospect, t, length);
            if (forProspect != t) {
                t = forProspect;
                continue;
            }
        }
        const QDateTime end = t.addSecs(length);
        const auto clash = std::find_if(busy.cbegin(), busy.cend(), [&](const Meeting &m) {
            return m.status == MeetingStatus::Scheduled && m.start < end && t < m.end();
        });
        if (clash == busy.cend())
            return t;
        t = clash->end();
    }
    return {};
}

QDateTime MeetingTimes::nextFreeSlot(QDateTime from, int minutes, const QList<Meeting> &busy) const
{
    const qint64 length = qint64(minutes) * 60;
    const QDateTime shared = search(from, length, busy, true);
    return shared.isValid() ? shared : search(from, length, busy, false);
}

} // namespace NineTouch
