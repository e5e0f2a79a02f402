#include "fieldlabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace NineTouchUi {

using NineTouch::Field;

namespace {

struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
};

} // namespace

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::None:
    case Field::Deal:
        return {};
    case Field::DatabaseFile:
        return Labels::tr("Database");
    case Field::DatabasePassword:
        return Labels::tr("Server password");
    case Field::Title:
        return Labels::tr("Title");
    case Field::Topic:
        return Labels::tr("Topic for the prospect");
    case Field::FirstName:
        return Labels::tr("First name");
    case Field::Salutation:
        return Labels::tr("Salutation");
    case Field::Address:
        return Labels::tr("Address as");
    case Field::Region:
        return Labels::tr("Region");
    case Field::Organization:
        return Labels::tr("Organization");
    case Field::ContactName:
        return Labels::tr("Contact");
    case Field::Email:
        return Labels::tr("Email");
    case Field::Phone:
        return Labels::tr("Direct phone");
    case Field::Mobile:
        return Labels::tr("Mobile");
    case Field::Reception:
        return Labels::tr("Reception");
    case Field::TimeZone:
        return Labels::tr("Time zone");
    case Field::Language:
        return Labels::tr("Language");
    case Field::Value:
        return Labels::tr("Value");
    case Field::Currency:
        return Labels::tr("Currency");
    case Field::Stage:
        return Labels::tr("Stage");
    case Field::Status:
        return Labels::tr("Status");
    case Field::LostReason:
        return Labels::tr("Reason");
    case Field::ValueSummary:
        return Labels::tr("Value summary");
    case Field::Cost:
        return Labels::tr("Follow-up cost");
    case Field::MaterialDelivered:
        return Labels::tr("Decision material delivered");
    case Field::Cycles:
        return Labels::tr("Cycles before break-up");
    case Field::ReminderDays:
        return Labels::tr("Reminder days");
    case Field::DeadlineDays:
        return Labels::tr("Deadline days");
    case Field::ReengageDays:
        return Labels::tr("Re-engage after days");
    case Field::SlotDays:
        return Labels::tr("Next slot after days");
    case Field::Owner:
        return Labels::tr("Owner");
    case Field::MailOAuthProvider:
        return Labels::tr("Sign-in");
    case Field::MailOAuthClient:
        return Labels::tr("Client ID");
    case Field::MeetingStart:
        return Labels::tr("Date and time");
    case Field::MeetingZone:
        return Labels::tr("Time zone");
    case Field::MeetingMinutes:
        return Labels::tr("Length");
    case Field::Agenda:
        return Labels::tr("Agenda");
    case Field::Channel:
        return Labels::tr("Channel");
    case Field::Tried:
        return Labels::tr("Numbers tried");
    case Field::TouchAt:
        return Labels::tr("When");
    case Field::Note:
        return Labels::tr("Note");
    case Field::SentText:
        return Labels::tr("Text");
    case Field::StageName:
        return Labels::tr("Stage name");
    case Field::RepName:
        return Labels::tr("Your name");
    case Field::RepEmail:
        return Labels::tr("Your email");
    case Field::RepSignature:
        return Labels::tr("Signature");
    case Field::RepTimeZone:
        return Labels::tr("Your time zone");
    case Field::RepCurrency:
        return Labels::tr("Currency");
    case Field::WorkDays:
        return Labels::tr("Working days");
    case Field::WorkHours:
        return Labels::tr("Working hours");
    case Field::Holidays:
        return Labels::tr("Holidays");
    case Field::DefaultCycles:
        return Labels::tr("Cycles before break-up");
    case Field::DefaultReminderDays:
        return Labels::tr("Reminder, business days before");
    case Field::DefaultDeadlineDays:
        return Labels::tr("Decision deadline, business days");
    case Field::DefaultReengageDays:
        return Labels::tr("Re-engage after, days");
    case Field::DefaultSlotDays:
        return Labels::tr("Next slot after, business days");
    case Field::MailSmtp:
        return Labels::tr("Outgoing server (SMTP)");
    case Field::MailImap:
        return Labels::tr("Incoming server (IMAP)");
    case Field::MailUser:
        return Labels::tr("Mail user name");
    case Field::Now:
        return Labels::tr("Time");
    }
    return {};
}

QString errorText(const NineTouch::Error &error)
{
    QString text = error.text(fieldLabel);
    QStringList changed;
    for (Field f : error.conflicts) {
        const QString label = fieldLabel(f);
        if (!label.isEmpty() && !changed.contains(label))
            changed << label;
    }
    if (!changed.isEmpty())
        text += QStringLiteral(" (") + QLocale().createSeparatedList(changed) + QLatin1Char(')');
    return text;
}

} // namespace NineTouchUi
