#include "workcalendar.h"

namespace NineTouch {

WorkCalendar::WorkCalendar()
    : WorkCalendar(QTimeZone::utc(), { 1, 2, 3, 4, 5 }, QTime(9, 0), QTime(17, 0), {})
{
}

WorkCalendar::WorkCalendar(const QTimeZone &zone, QSet<int> workDays, QTime workStart,
                           QTime workEnd, QSet<QDate> holidays)
    : m_zone(zone)
    , m_workDays(std::move(workDays))
    , m_start(workStart)
    , m_end(workEnd)
    , m_holidays(std::move(holidays))
{
    Q_ASSERT(m_zone.isValid());
    Q_ASSERT(!m_workDays.isEmpty());
    Q_ASSERT(m_start < m_end);
}

bool WorkCalendar::isBusinessDay(QDate date) const
{
    return m_workDays.contains(date.dayOfWeek()) && !m_holidays.contains(date);
}

QDate WorkCalendar::addBusinessDays(QDate date, int n) const
{
    // At most a few hundred holidays: bound the walk so bad settings cannot loop.
    constexpr int maxWalk = 3660;
    if (n == 0) {
        for (int i = 0; i < maxWalk && !isBusinessDay(date); ++i)
            date = date.addDays(1);
        return date;
    }
    const int step = n > 0 ? 1 : -1;
    int left = n > 0 ? n : -n;
    for (int i = 0; i < maxWalk && left > 0; ++i) {
        date = date.addDays(step);
        if (isBusinessDay(date))
            --left;
    }
    return date;
}

QDateTime WorkCalendar::atLocal(QDate date, QTime time) const
{
    QDateTime dt(date, time, m_zone);
    if (!dt.isValid()) // working hours starting inside a DST gap: take the first valid minute
        dt = QDateTime(date, time.addSecs(3600), m_zone);
    return dt.toUTC();
}

QDateTime WorkCalendar::workStart(QDate date) const
{
    auto it = m_startCache.constFind(date.toJulianDay());
    if (it == m_startCache.cend())
        it = m_startCache.insert(date.toJulianDay(), atLocal(date, m_start).toSecsSinceEpoch());
    return QDateTime::fromSecsSinceEpoch(*it, Qt::UTC);
}

QDateTime WorkCalendar::workEnd(QDate date) const
{
    auto it = m_endCache.constFind(date.toJulianDay());
    if (it == m_endCache.cend())
        it = m_endCache.insert(date.toJulianDay(), atLocal(date, m_end).toSecsSinceEpoch());
    return QDateTime::fromSecsSinceEpoch(*it, Qt::UTC);
}

int WorkCalendar::offsetAt(qint64 secs) const
{
    // Offsets only change at transitions, which fall on quarter hours in every zone in use.
    const qint64 bucket = secs >= 0 ? secs / 900 : (secs - 899) / 900;
    auto it = m_offsetCache.constFind(bucket);
    if (it == m_offsetCache.cend())
        it = m_offsetCache.insert(
            bucket, m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(bucket * 900, Qt::UTC)));
    return *it;
}

const QTimeZone &WorkCalendar::zoneFor(const QString &id) const
{
    auto it = m_zones.constFind(id);
    if (it == m_zones.cend()) {
        QTimeZone zone(id.toUtf8());
        it = m_zones.insert(id, zone.isValid() ? zone : m_zone);
    }
    return *it;
}

QDate WorkCalendar::localDate(const QDateTime &instant) const
{
    const qint64 secs = instant.toSecsSinceEpoch();
    const qint64 local = secs + offsetAt(secs);
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return QDate(1970, 1, 1).addDays(days);
}

QDateTime instantAt(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // The wall-clock time read as if it were UTC; each offset the zone has around it gives a
    // candidate instant, kept when it reads back as that wall-clock time. A time in the
    // spring-forward gap has none (Qt 6.4 would silently move it); a time in the fall-back
    // hour has two, and the first is the one meant (RFC 5545 3.3.5).
    const QDateTime naive(date, time, Qt::UTC);
    QDateTime first;
    for (const qint64 probe : { -86400LL, 0LL, 86400LL }) {
        const int offset = zone.offsetFromUtc(naive.addSecs(probe));
        const QDateTime candidate = naive.addSecs(-offset).toTimeZone(zone);
        if (candidate.date() == date && candidate.time() == time
            && (!first.isValid() || candidate < first))
            first = candidate;
    }
    return first;
}

} // namespace NineTouch
