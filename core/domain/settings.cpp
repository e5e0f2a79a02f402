#include "settings.h"

#include "validation.h"

#include <QRegularExpression>

#include <algorithm>

namespace NineTouch {

namespace {

const QStringList dayNames { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                             QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                             QStringLiteral("sun") };

struct Range
{
    const char *name;
    int min;
    int max;
};

// The domain's bounds: a reminder one to two business days ahead, a re-engage task
// 90 to 180 days out; the others kept to what a rep would sensibly choose.
constexpr Range policyRanges[] = {
    { "cycles", 1, 6 },           { "reminder_days", 1, 2 }, { "deadline_days", 1, 10 },
    { "reengage_days", 90, 180 }, { "slot_days", 1, 10 },
};

} // namespace

Status checkPolicyValue(const QString &name, int value)
{
    for (const Range &r : policyRanges) {
        if (name == QLatin1String(r.name)) {
            if (value < r.min || value > r.max)
                return inputError(Settings::tr("%1 must be between %2 and %3; %4 was given.")
                                      .arg(name)
                                      .arg(r.min)
                                      .arg(r.max)
                                      .arg(value));
            return success();
        }
    }
    Q_UNREACHABLE();
    return success();
}

QTimeZone Settings::zone() const
{
    if (!repTz.isEmpty()) {
        QTimeZone z(repTz.toUtf8());
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

WorkCalendar Settings::calendar() const
{
    return WorkCalendar(zone(), workDays, workStart, workEnd, holidays);
}

const QStringList &Settings::keys()
{
    static const QStringList all {
        QStringLiteral("rep.name"),
        QStringLiteral("rep.email"),
        QStringLiteral("rep.signature"),
        QStringLiteral("rep.tz"),
        QStringLiteral("rep.currency"),
        QStringLiteral("work.days"),
        QStringLiteral("work.hours"),
        QStringLiteral("holidays"),
        QStringLiteral("cadence.cycles"),
        QStringLiteral("cadence.reminder_days"),
        QStringLiteral("cadence.deadline_days"),
        QStringLiteral("cadence.reengage_days"),
        QStringLiteral("cadence.slot_days"),
    };
    return all;
}

QString Settings::value(const QString &key) const
{
    if (key == QLatin1String("rep.name"))
        return repName;
    if (key == QLatin1String("rep.email"))
        return repEmail;
    if (key == QLatin1String("rep.signature"))
        return repSignature;
    if (key == QLatin1String("rep.tz"))
        return QString::fromUtf8(zone().id());
    if (key == QLatin1String("rep.currency"))
        return currency;
    if (key == QLatin1String("work.days")) {
        QList<int> days = workDays.values();
        std::sort(days.begin(), days.end());
        QStringList names;
        for (int d : days)
            names << dayNames.at(d - 1);
        return names.join(QLatin1Char(','));
    }
    if (key == QLatin1String("work.hours"))
        return workStart.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
            + workEnd.toString(QStringLiteral("HH:mm"));
    if (key == QLatin1String("holidays")) {
        QList<QDate> days = holidays.values();
        std::sort(days.begin(), days.end());
        QStringList text;
        for (const QDate &d : days)
            text << d.toString(Qt::ISODate);
        return text.join(QLatin1Char(','));
    }
    if (key == QLatin1String("cadence.cycles"))
        return QString::number(policy.cycles);
    if (key == QLatin1String("cadence.reminder_days"))
        return QString::number(policy.reminderDays);
    if (key == QLatin1String("cadence.deadline_days"))
        return QString::number(policy.deadlineDays);
    if (key == QLatin1String("cadence.reengage_days"))
        return QString::number(policy.reengageDays);
    if (key == QLatin1String("cadence.slot_days"))
        return QString::number(policy.slotDays);
    return {};
}

Status Settings::set(const QString &key, const QString &raw)
{
    const QString value = raw.trimmed();
    if (key == QLatin1String("rep.name")) {
        if (Status s = checkText(key, value, 200, false); !s)
            return s;
        repName = value;
    } else if (key == QLatin1String("rep.email")) {
        if (!value.isEmpty() && !isEmailAddress(value))
            return inputError(
                tr("rep.email: '%1' is not an email address (like name@example.com).").arg(value));
        repEmail = value;
    } else if (key == QLatin1String("rep.signature")) {
        if (Status s = checkText(key, raw, 2000, true); !s)
            return s;
        // The shell cannot easily pass a newline: "\n" in the value means one.
        repSignature = QString(raw).replace(QLatin1String("\\n"), QLatin1String("\n"));
    } else if (key == QLatin1String("rep.tz")) {
        if (auto zoneError = checkTimeZone(key, value); !zoneError)
            return zoneError.error();
        repTz = value;
    } else if (key == QLatin1String("rep.currency")) {
        if (Status s = checkCurrency(key, value); !s)
            return s;
        currency = value.toUpper();
    } else if (key == QLatin1String("work.days")) {
        QSet<int> days;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int i = int(dayNames.indexOf(part.trimmed().toLower()));
            if (i < 0)
                return inputError(tr("work.days: '%1' is not a weekday; use mon, tue, wed, thu, "
                                     "fri, sat, sun separated by commas.")
                                      .arg(part.trimmed()));
            days.insert(i + 1);
        }
        if (days.isEmpty())
            return inputError(tr("work.days: at least one working day is needed (e.g. "
                                 "mon,tue,wed,thu,fri)."));
        workDays = days;
    } else if (key == QLatin1String("work.hours")) {
        static const QRegularExpression re(
            QStringLiteral("^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$"));
        const auto m = re.match(value);
        const QTime from =
            m.hasMatch() ? QTime::fromString(m.captured(1), QStringLiteral("H:mm")) : QTime();
        const QTime to =
            m.hasMatch() ? QTime::fromString(m.captured(2), QStringLiteral("H:mm")) : QTime();
        if (!from.isValid() || !to.isValid() || from >= to)
            return inputError(tr("work.hours: '%1' is not a working-hours range; write it like "
                                 "09:00-17:00, start before end.")
                                  .arg(value));
        workStart = from;
        workEnd = to;
    } else if (key == QLatin1String("holidays")) {
        QSet<QDate> days;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QDate d = QDate::fromString(part.trimmed(), Qt::ISODate);
            if (!d.isValid())
                return inputError(tr("holidays: '%1' is not a date; write dates like 2026-12-25, "
                                     "separated by commas.")
                                      .arg(part.trimmed()));
            days.insert(d);
        }
        holidays = days;
    } else if (key.startsWith(QLatin1String("cadence."))) {
        const QString name = key.mid(8);
        bool ok = false;
        const int n = value.toInt(&ok);
        int *field = name == QLatin1String("cycles") ? &policy.cycles
            : name == QLatin1String("reminder_days") ? &policy.reminderDays
            : name == QLatin1String("deadline_days") ? &policy.deadlineDays
            : name == QLatin1String("reengage_days") ? &policy.reengageDays
            : name == QLatin1String("slot_days")     ? &policy.slotDays
                                                     : nullptr;
        if (!field)
            return inputError(tr("Unknown setting '%1'; 'settings' lists them all.").arg(key));
        if (!ok)
            return inputError(tr("%1: '%2' is not a whole number.").arg(key, value));
        if (Status s = checkPolicyValue(name, n); !s)
            return inputError(tr("%1: %2").arg(key, s.error().message));
        *field = n;
    } else {
        return inputError(tr("Unknown setting '%1'; 'settings' lists them all.").arg(key));
    }
    return success();
}

} // namespace NineTouch
