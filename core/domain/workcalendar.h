// The rep's working time: zone, working weekdays and hours, holidays; business-day arithmetic.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace NineTouch {

// Answers are cached per date and per quarter hour, so evaluating thousands of
// deals costs a handful of time-zone look-ups. Not thread-safe: one per thread.
class WorkCalendar final
{
public:
    WorkCalendar();
    WorkCalendar(const QTimeZone &zone, QSet<int> workDays, QTime workStart, QTime workEnd,
                 QSet<QDate> holidays);

    const QTimeZone &zone() const { return m_zone; }
    const QSet<int> &workDays() const { return m_workDays; }
    QTime workStartTime() const { return m_start; }
    QTime workEndTime() const { return m_end; }
    const QSet<QDate> &holidays() const { return m_holidays; }

    bool isBusinessDay(QDate date) const;
    // The business day n business days after (n > 0) or before (n < 0) date; n == 0: date
    // itself when it is a business day, else the next one.
    QDate addBusinessDays(QDate date, int n) const;
    QDate nextBusinessDay(QDate date) const { return addBusinessDays(date, 0); }

    // Start and end of working hours on date, in UTC.
    QDateTime workStart(QDate date) const;
    QDateTime workEnd(QDate date) const;

    // The rep's local date of an instant.
    QDate localDate(const QDateTime &instant) const;
    // A zone by IANA id, built once (constructing a QTimeZone is costly); the rep's zone
    // when the id is empty or unknown.
    const QTimeZone &zoneFor(const QString &id) const;

    // An instant in the rep's zone, for display.
    QDateTime toLocal(const QDateTime &instant) const { return instant.toTimeZone(m_zone); }

private:
    QDateTime atLocal(QDate date, QTime time) const;
    int offsetAt(qint64 secsSinceEpoch) const;

    QTimeZone m_zone;
    QSet<int> m_workDays;
    QTime m_start;
    QTime m_end;
    QSet<QDate> m_holidays;

    mutable QHash<qint64, qint64> m_startCache; // julian day -> UTC seconds
    mutable QHash<qint64, qint64> m_endCache;
    mutable QHash<qint64, int> m_offsetCache; // quarter hour -> UTC offset seconds
    mutable QHash<QString, QTimeZone> m_zones;
};

// A local date and time in a zone as an instant. Refuses (returns an invalid
// QDateTime) a time that does not exist there, such as one in the spring-forward
// gap: Qt 6.4 would otherwise silently pick another time. A time that happens twice (the
// fall-back hour) is its first occurrence.
QDateTime instantAt(QDate date, QTime time, const QTimeZone &zone);

} // namespace NineTouch
