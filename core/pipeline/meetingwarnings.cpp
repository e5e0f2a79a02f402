// Pipeline::meetingWarnings: what the rep hears about a meeting's time before it reaches the
// prospect (core/cadence/meetingtimes.h decides; here it is said in the rep's words).
#include "pipeline.h"

#include "meetingtimes.h"
#include "reptext.h"

namespace NineTouch {

Result<QStringList> Pipeline::meetingWarnings(qint64 dealId, const QDateTime &start, int minutes,
                                              const QString &tz) const
{
    auto d = deal(dealId);
    if (!d)
        return d.error();
    auto others = meetingsOfOtherDeals(dealId);
    if (!others)
        return others.error();
    const WorkCalendar &rep = m_engine->calendar();
    // The prospect's clock is where they are: their own zone when the deal knows it, else the
    // meeting's (a Berlin contact's meeting written in Singapore time is still 20:00 for them).
    const QTimeZone &zone = rep.zoneFor(!d->contact.tz.isEmpty() ? d->contact.tz : tz);
    const MeetingTimes times(rep, zone);
    const QDateTime repLocal = start.toTimeZone(rep.zone());
    const QDateTime theirs = start.toTimeZone(zone);
    const QString who = d->contact.name.isEmpty() ? tr("the prospect") : d->contact.name;
    QStringList out;
    using Kind = MeetingConflict::Kind;
    for (const MeetingConflict &c : times.conflicts(start, minutes, *others)) {
        switch (c.kind) {
        case Kind::RepDayOff:
            out << tr("For you it is %1: not one of your working days.")
                       .arg(RepText::dayTime(repLocal));
            break;
        case Kind::RepOffHours:
            out << tr("For you it is %1: outside your working hours (%2–%3).")
                       .arg(RepText::dayTime(repLocal), RepText::time(rep.workStartTime()),
                            RepText::time(rep.workEndTime()));
            break;
        case Kind::ProspectDayOff:
            out << tr("For %1 it is %2 (%3 time): not a working day there.")
                       .arg(who, RepText::dayTime(theirs), RepText::place(zone));
            break;
        case Kind::ProspectOffHours:
            out << tr("For %1 it is %2 (%3 time): outside working hours there.")
                       .arg(who, RepText::dayTime(theirs), RepText::place(zone));
            break;
        case Kind::Overlap: {
            const auto other = deal(c.other.dealId);
            const QString name = other ? other->title : tr("deal %1").arg(c.other.dealId);
            out << tr("It overlaps your meeting for %1 at %2.")
                       .arg(name, RepText::dayTime(c.other.start.toTimeZone(rep.zone())));
            break;
        }
        }
    }
    return out;
}

} // namespace NineTouch
