#include "settings.h"

#include "validation.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace NineTouch {

namespace {

const QStringList dayNames { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                             QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                             QStringLiteral("sun") };

struct Range
{
    Field setting;
    Field override;
    int min;
    int max;
};

// The domain's bounds: a reminder one to two business days ahead, a re-engage task
// 90 to 180 days out; the others kept to what a rep would sensibly choose.
constexpr Range policyRanges[] = {
    { Field::DefaultCycles, Field::Cycles, 1, 6 },
    { Field::DefaultReminderDays, Field::ReminderDays, 1, 2 },
    { Field::DefaultDeadlineDays, Field::DeadlineDays, 1, 10 },
    { Field::DefaultReengageDays, Field::ReengageDays, 90, 180 },
    { Field::DefaultSlotDays, Field::SlotDays, 1, 10 },
};

struct Key
{
    const char *name;
    Field field;
};

constexpr Key settingKeys[] = {
    { "rep.name", Field::RepName },
    { "rep.email", Field::RepEmail },
    { "rep.signature", Field::RepSignature },
    { "rep.tz", Field::RepTimeZone },
    { "rep.currency", Field::RepCurrency },
    { "work.days", Field::WorkDays },
    { "work.hours", Field::WorkHours },
    { "holidays", Field::Holidays },
    { "cadence.cycles", Field::DefaultCycles },
    { "cadence.reminder_days", Field::DefaultReminderDays },
    { "cadence.deadline_days", Field::DefaultDeadlineDays },
    { "cadence.reengage_days", Field::DefaultReengageDays },
    { "cadence.slot_days", Field::DefaultSlotDays },
    { "mail.smtp", Field::MailSmtp },
    { "mail.imap", Field::MailImap },
    { "mail.user", Field::MailUser },
};

} // namespace

Status checkPolicyValue(Field field, int value)
{
    for (const Range &r : policyRanges) {
        if (field == r.setting || field == r.override) {
            if (value < r.min || value > r.max)
                return inputError(field,
                                  Settings::tr("must be between %1 and %2; %3 was given.")
                                      .arg(r.min)
                                      .arg(r.max)
                                      .arg(value));
            return success();
        }
    }
    Q_UNREACHABLE();
    return success();
}

Status checkMailServer(Field field, const QString &text, const QString &plain, const QString &tls)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString port =
        plain == QLatin1String("smtp") ? QStringLiteral("587") : QStringLiteral("143");
    const QString example =
        QStringLiteral("%1://mail.example.com:%2 or %3://mail.example.com").arg(plain, port, tls);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != plain && url.scheme() != tls))
        return inputError(
            field,
            Settings::tr("'%1' is not a server address; write it like %2.").arg(text, example));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return inputError(field,
                          Settings::tr("'%1' holds a user name or password: give the user "
                                       "name on its own; the password is kept in the "
                                       "system's keyring, never in the settings.")
                              .arg(url.toDisplayString(QUrl::RemovePassword)));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment())
        return inputError(field,
                          Settings::tr("'%1' has more than a server and a port; write it "
                                       "like %2.")
                              .arg(text, example));
    return success();
}

Field Settings::fieldOf(const QString &key)
{
    for (const Key &k : settingKeys) {
        if (key == QLatin1String(k.name))
            return k.field;
    }
    return Field::None;
}

QTimeZone Settings::zone() const
{
    if (!repTz.isEmpty() && checkTimeZone(Field::RepTimeZone, repTz))
        return QTimeZone(repTz.toUtf8());
    return QTimeZone::systemTimeZone();
}

QString Settings::zoneNote() const
{
    if (repTz.isEmpty() || checkTimeZone(Field::RepTimeZone, repTz))
        return {};
    return tr("Your time zone '%1' is not known on this computer; %2 is used until you choose "
              "another in the settings.")
        .arg(repTz, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

WorkCalendar Settings::calendar() const
{
    return WorkCalendar(zone(), workDays, workStart, workEnd, holidays);
}

const QStringList &Settings::keys()
{
    static const QStringList all = [] {
        QStringList names;
        for (const Key &k : settingKeys)
            names << QLatin1String(k.name);
        return names;
    }();
    return all;
}

bool Settings::isPersonal(const QString &key)
{
    static const QSet<QString> personal {
        QStringLiteral("rep.name"),  QStringLiteral("rep.email"), QStringLiteral("rep.signature"),
        QStringLiteral("mail.smtp"), QStringLiteral("mail.imap"), QStringLiteral("mail.user")
    };
    return personal.contains(key);
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
    if (key == QLatin1String("mail.smtp"))
        return mailSmtp;
    if (key == QLatin1String("mail.imap"))
        return mailImap;
    if (key == QLatin1String("mail.user"))
        return mailUser;
    return {};
}

Status Settings::set(const QString &key, const QString &raw)
{
    const QString value = raw.trimmed();
    const Field field = fieldOf(key);
    if (field == Field::None)
        return inputError(tr("There is no setting '%1'.").arg(key));
    if (key == QLatin1String("rep.name")) {
        if (Status s = checkText(field, value, 200, false); !s)
            return s;
        repName = value;
    } else if (key == QLatin1String("rep.email")) {
        if (!value.isEmpty() && !isEmailAddress(value))
            return inputError(
                field, tr("'%1' is not an email address (like name@example.com).").arg(value));
        repEmail = value;
    } else if (key == QLatin1String("rep.signature")) {
        if (Status s = checkText(field, raw, 2000, true); !s)
            return s;
        // The shell cannot easily pass a newline: "\n" in the value means one.
        repSignature = QString(raw).replace(QLatin1String("\\n"), QLatin1String("\n"));
    } else if (key == QLatin1String("rep.tz")) {
        if (auto zoneError = checkTimeZone(field, value); !zoneError)
            return zoneError.error();
        repTz = value;
    } else if (key == QLatin1String("rep.currency")) {
        if (Status s = checkCurrency(field, value); !s)
            return s;
        currency = value.toUpper();
    } else if (key == QLatin1String("work.days")) {
        QSet<int> days;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int i = int(dayNames.indexOf(part.trimmed().toLower()));
            if (i < 0)
                return inputError(field,
                                  tr("'%1' is not a weekday; use mon, tue, wed, thu, "
                                     "fri, sat, sun separated by commas.")
                                      .arg(part.trimmed()));
            days.insert(i + 1);
        }
        if (days.isEmpty())
            return inputError(field, tr("at least one working day is needed."));
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
            return inputError(field,
                              tr("'%1' is not a working-hours range; write it like "
                                 "09:00-17:00, start before end.")
                                  .arg(value));
        workStart = from;
        workEnd = to;
    } else if (key == QLatin1String("holidays")) {
        QSet<QDate> days;
        for (const QString &part : value.split(QLatin1Char(','))) {
            if (part.trimmed().isEmpty() && !value.trimmed().isEmpty())
                return inputError(field, tr("'%1' has an empty date between commas.").arg(value));
            if (part.trimmed().isEmpty())
                continue;
            const auto d = parseDate(field, part);
            if (!d)
                return inputError(
                    field, tr("%1 Separate several dates with commas.").arg(d.error().message));
            days.insert(*d);
        }
        holidays = days;
    } else if (key == QLatin1String("mail.smtp") || key == QLatin1String("mail.imap")) {
        const bool smtp = key == QLatin1String("mail.smtp");
        if (!value.isEmpty()) {
            if (Status s = smtp
                    ? checkMailServer(field, value, QStringLiteral("smtp"), QStringLiteral("smtps"))
                    : checkMailServer(field, value, QStringLiteral("imap"),
                                      QStringLiteral("imaps"));
                !s)
                return s;
        }
        (smtp ? mailSmtp : mailImap) = value;
    } else if (key == QLatin1String("mail.user")) {
        if (Status s = checkText(field, value, 320, false); !s)
            return s;
        mailUser = value;
    } else if (key.startsWith(QLatin1String("cadence."))) {
        const QString name = key.mid(8);
        bool ok = false;
        const int n = value.toInt(&ok);
        int *target = name == QLatin1String("cycles") ? &policy.cycles
            : name == QLatin1String("reminder_days")  ? &policy.reminderDays
            : name == QLatin1String("deadline_days")  ? &policy.deadlineDays
            : name == QLatin1String("reengage_days")  ? &policy.reengageDays
            : name == QLatin1String("slot_days")      ? &policy.slotDays
                                                      : nullptr;
        Q_ASSERT(target);
        if (!ok)
            return inputError(field, tr("'%1' is not a whole number.").arg(value));
        if (Status s = checkPolicyValue(field, n); !s)
            return s;
        *target = n;
    }
    return success();
}

Status Settings::take(const Settings &other, const QString &key)
{
    // value() gives the zone used instead of one this machine does not know: take the name.
    if (key == QLatin1String("rep.tz"))
        return set(key, other.repTz);
    if (key == QLatin1String("rep.signature")) {
        // set() reads a typed "\\n" as a line break; the text held has its breaks already.
        if (Status s = checkText(Field::RepSignature, other.repSignature, 2000, true); !s)
            return s;
        repSignature = other.repSignature;
        return success();
    }
    return set(key, other.value(key));
}

} // namespace NineTouch
