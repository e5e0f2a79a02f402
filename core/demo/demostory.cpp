#include "demostory.h"

namespace NineTouch::Demo {

// The first moment at or after t that a rep works: inside working hours on a business day, a
// few minutes into it when t fell outside. Never earlier than t, so the order of a history
// stays as written.
QDateTime workingMoment(const WorkCalendar &cal, QRandomGenerator &rng, const QDateTime &t)
{
    const QDate day = cal.localDate(t);
    if (cal.isBusinessDay(day) && t >= cal.workStart(day) && t < cal.workEnd(day))
        return t;
    const QDate next = cal.isBusinessDay(day) && t < cal.workStart(day)
        ? day
        : cal.nextBusinessDay(day.addDays(1));
    return cal.workStart(next).addSecs(60 * (5 + rng.bounded(40)));
}

// The last moment at or before t that a rep works with time left that day for what follows
// (a recap and an invite): t itself early enough in working hours, else three quarters of an
// hour before the end of that working day or the one before. For what already happened.
QDateTime workedBefore(const WorkCalendar &cal, const QDateTime &t)
{
    constexpr int roomSecs = 45 * 60;
    QDate day = cal.localDate(t);
    if (cal.isBusinessDay(day) && t >= cal.workStart(day)
        && t < cal.workEnd(day).addSecs(-roomSecs))
        return t;
    if (!cal.isBusinessDay(day) || t < cal.workStart(day)) {
        do
            day = day.addDays(-1);
        while (!cal.isBusinessDay(day));
    }
    return cal.workEnd(day).addSecs(-roomSecs);
}

// Whether the contact is at work then: 08:00 to 17:30 in their zone (any time without one).
bool atWorkThere(const QString &tz, const QDateTime &t)
{
    const QTimeZone theirs(tz.toUtf8());
    const QTime local = t.toTimeZone(theirs).time();
    return !theirs.isValid() || (local >= QTime(8, 0) && local <= QTime(17, 30));
}

// A business-day slot `days` business days from t (back when negative), at a whole or half
// hour inside the rep's working hours, and at an hour the contact is at work too when the two
// days overlap.
QDateTime slotFrom(const WorkCalendar &cal, QRandomGenerator &rng, const QString &tz,
                   const QDateTime &t, int days)
{
    const QDate d = cal.addBusinessDays(cal.localDate(t), days);
    const QDateTime start = cal.workStart(d);
    const int span = qMax(1, int(start.secsTo(cal.workEnd(d)) / 1800) - 2);
    QList<QDateTime> both;
    for (int i = 0; i < span; ++i) {
        const QDateTime s = start.addSecs(1800LL * i);
        if (atWorkThere(tz, s))
            both << s;
    }
    if (!both.isEmpty())
        return both.at(rng.bounded(int(both.size())));
    return start.addSecs(1800LL * rng.bounded(span));
}

} // namespace NineTouch::Demo
