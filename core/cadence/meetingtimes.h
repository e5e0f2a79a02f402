// When a meeting can be: inside both sides' working hours, on days both work, and not on top of
// another meeting of the rep's. The prospect's working week is taken to be the rep's (the same
// days and hours, read on the prospect's own clock, without the rep's holidays): NineTouch
// knows no more about it, and a rep who proposes 03:30 on a Sunday should hear about it.
#pragma once

#include "types.h"
#include "workcalendar.h"

#include <QList>

namespace NineTouch {

struct MeetingConflict
{
    enum class Kind {
        RepDayOff, // not one of the rep's working days (or a holiday)
        RepOffHours, // outside the rep's working hours
        ProspectDayOff, // the prospect's day off, on their clock
        ProspectOffHours, // outside the prospect's working hours, on their clock
        Overlap, // on top of another scheduled meeting of the rep's
    };
    Kind kind;
    Meeting other; // for an overlap: the meeting it collides with
};

class MeetingTimes final
{
public:
    // rep: the rep's calendar; prospectZone: the meeting's zone (the rep's when invalid).
    MeetingTimes(const WorkCalendar &rep, const QTimeZone &prospectZone);

    // The prospect's week: the rep's days and hours on the prospect's clock.
    const WorkCalendar &prospect() const { return m_prospect; }

    // What is wrong with a meeting from start for minutes, among the rep's other meetings.
    QList<MeetingConflict> conflicts(const QDateTime &start, int minutes,
                                     const QList<Meeting> &others) const;

    // The first moment from `from` when a meeting of `minutes` fits both sides' working hours
    // and no scheduled meeting of busy. When the two working days never overlap (Berlin and
    // Honolulu), the rep's hours alone. Invalid when nothing fits (settings that leave no time).
    QDateTime nextFreeSlot(QDateTime from, int minutes, const QList<Meeting> &busy) const;

private:
    // One side's hours: t moved to where a meeting of length fits that side's working day.
    static QDateTime fit(const WorkCalendar &side, QDateTime t, qint64 length);
    QDateTime search(QDateTime t, qint64 length, const QList<Meeting> &busy, bool both) const;

    const WorkCalendar &m_rep;
    WorkCalendar m_prospect;
};

} // namespace NineTouch
