// The values a rep or a script gives NineTouch, named once. A core error says which field is at
// fault; each front end words it for its audience: the CLI with its flag (--title), the app with
// the label of its form ("Title").
#pragma once

namespace NineTouch {

enum class Field {
    None,
    DatabaseFile,
    DatabasePassword, // a PostgreSQL server's, asked by the app (ServerPassword)
    Deal, // a deal id
    // a deal and its primary contact
    Title,
    Topic,
    Organization,
    ContactName,
    FirstName,
    Salutation,
    Address, // the contact's AddressForm
    Email,
    Phone,
    Mobile,
    Reception,
    TimeZone,
    Language,
    Region,
    Value,
    Currency,
    Stage,
    Status,
    LostReason,
    ValueSummary,
    Cost,
    MaterialDelivered,
    Cycles,
    ReminderDays,
    DeadlineDays,
    ReengageDays,
    SlotDays,
    Owner, // the rep whose deal it is
    // a meeting
    MeetingStart,
    MeetingZone,
    MeetingMinutes,
    Agenda,
    Channel,
    Tried, // the numbers tried on a missed call
    // a touch
    TouchAt,
    Note,
    SentText,
    // a stage
    StageName,
    // the rep's settings
    RepName,
    RepEmail,
    RepSignature,
    RepTimeZone,
    RepCurrency,
    WorkDays,
    WorkHours,
    Holidays,
    DefaultCycles,
    DefaultReminderDays,
    DefaultDeadlineDays,
    DefaultReengageDays,
    DefaultSlotDays,
    MailSmtp,
    MailImap,
    MailUser,
    MailOAuthProvider, // how the mail account signs in with OAuth 2.0: the provider
    MailOAuthClient, // the client id a company registered at its provider
    // the moment a command acts at (the CLI's --now)
    Now,
};

} // namespace NineTouch
