#include "arguments.h"

namespace NineTouch::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

const QSet<QString> flagNames { QStringLiteral("json"),    QStringLiteral("dry-run"),
                                QStringLiteral("help"),    QStringLiteral("sent"),
                                QStringLiteral("version"), QStringLiteral("repair"),
                                QStringLiteral("team") };

} // namespace

std::optional<QString> Arguments::option(const char *name) const
{
    const auto it = options.constFind(QLatin1String(name));
    return it == options.cend() ? std::nullopt : std::optional<QString>(*it);
}

// Options that may be given more than once (import --map A=b --map C=d).
const QSet<QString> repeatable { QStringLiteral("map") };

Result<Arguments> parseArguments(const QStringList &args)
{
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            a.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagNames.contains(name)) {
            a.flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return inputError(Text::tr("--%1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (repeatable.contains(name)) {
            a.repeated[name] << value;
            a.options.insert(name, value); // the last one, for option()
            continue;
        }
        if (a.options.contains(name))
            return inputError(Text::tr("--%1 is given twice.").arg(name));
        a.options.insert(name, value);
    }
    return a;
}

QString flagOf(Field field)
{
    switch (field) {
    case Field::None:
    case Field::Deal:
        return {};
    case Field::DatabaseFile:
    case Field::DatabasePassword:
        return QStringLiteral("--db");
    case Field::Title:
        return QStringLiteral("--title");
    case Field::Topic:
        return QStringLiteral("--topic");
    case Field::FirstName:
        return QStringLiteral("--first-name");
    case Field::Salutation:
        return QStringLiteral("--salutation");
    case Field::Address:
        return QStringLiteral("--address");
    case Field::Region:
        return QStringLiteral("--region");
    case Field::Organization:
        return QStringLiteral("--org");
    case Field::ContactName:
        return QStringLiteral("--contact");
    case Field::Email:
        return QStringLiteral("--email");
    case Field::Phone:
        return QStringLiteral("--phone");
    case Field::Mobile:
        return QStringLiteral("--mobile");
    case Field::Reception:
        return QStringLiteral("--reception");
    case Field::TimeZone:
    case Field::MeetingZone:
        return QStringLiteral("--tz");
    case Field::Language:
        return QStringLiteral("--language");
    case Field::Value:
        return QStringLiteral("--value");
    case Field::Currency:
        return QStringLiteral("--currency");
    case Field::Stage:
        return QStringLiteral("--stage");
    case Field::Status:
        return QStringLiteral("--status");
    case Field::LostReason:
        return QStringLiteral("--reason");
    case Field::ValueSummary:
        return QStringLiteral("--value-summary");
    case Field::Cost:
        return QStringLiteral("--cost");
    case Field::MaterialDelivered:
        return QStringLiteral("--material-delivered");
    case Field::Cycles:
        return QStringLiteral("--cycles");
    case Field::ReminderDays:
        return QStringLiteral("--reminder-days");
    case Field::DeadlineDays:
        return QStringLiteral("--deadline-days");
    case Field::ReengageDays:
        return QStringLiteral("--reengage-days");
    case Field::SlotDays:
        return QStringLiteral("--slot-days");
    case Field::Owner:
        return QStringLiteral("--owner");
    case Field::MailOAuthProvider:
        return QStringLiteral("--provider");
    case Field::MailOAuthClient:
        return QStringLiteral("--client-id");
    case Field::MeetingStart:
    case Field::TouchAt:
        return QStringLiteral("--at");
    case Field::MeetingMinutes:
        return QStringLiteral("--minutes");
    case Field::Agenda:
        return QStringLiteral("--agenda");
    case Field::Channel:
        return QStringLiteral("--channel");
    case Field::Tried:
        return QStringLiteral("--tried");
    case Field::Note:
        return QStringLiteral("--note");
    case Field::SentText:
        return QStringLiteral("--text");
    case Field::StageName:
        return Text::tr("stage name");
    case Field::RepName:
        return QStringLiteral("rep.name");
    case Field::RepEmail:
        return QStringLiteral("rep.email");
    case Field::RepSignature:
        return QStringLiteral("rep.signature");
    case Field::RepTimeZone:
        return QStringLiteral("rep.tz");
    case Field::RepCurrency:
        return QStringLiteral("rep.currency");
    case Field::WorkDays:
        return QStringLiteral("work.days");
    case Field::WorkHours:
        return QStringLiteral("work.hours");
    case Field::Holidays:
        return QStringLiteral("holidays");
    case Field::DefaultCycles:
        return QStringLiteral("cadence.cycles");
    case Field::DefaultReminderDays:
        return QStringLiteral("cadence.reminder_days");
    case Field::DefaultDeadlineDays:
        return QStringLiteral("cadence.deadline_days");
    case Field::DefaultReengageDays:
        return QStringLiteral("cadence.reengage_days");
    case Field::DefaultSlotDays:
        return QStringLiteral("cadence.slot_days");
    case Field::MailSmtp:
        return QStringLiteral("mail.smtp");
    case Field::MailImap:
        return QStringLiteral("mail.imap");
    case Field::MailUser:
        return QStringLiteral("mail.user");
    case Field::Now:
        return QStringLiteral("--now");
    }
    return {};
}

QString describe(const Error &error)
{
    QString text = error.text(flagOf);
    if (!error.conflicts.isEmpty()) {
        QStringList names;
        for (Field f : error.conflicts) {
            const QString flag = flagOf(f);
            if (!flag.isEmpty())
                names << flag;
        }
        if (!names.isEmpty())
            text += QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (error.field == Field::Deal && error.kind == ErrorKind::Input)
        text += Text::tr(" 'deal list' shows the ids.");
    if (!error.detail.isEmpty())
        text += (error.kind == ErrorKind::Mail ? QStringLiteral("\n  (the server: ")
                                               : QStringLiteral("\n  (SQLite: "))
            + error.detail + QLatin1Char(')');
    return text;
}

} // namespace NineTouch::Cli
