// The domain's value types: deals, contacts, meetings, touches, tasks and the rep's policy.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace NineTouch {

enum class DealStatus { Open, Won, Lost };
enum class FollowUpCost { Low, High };
enum class MeetingStatus { Scheduled, Held, Missed, Cancelled };
enum class Channel { Phone, Video, InPerson };

// Everything that can stand on a deal's timeline. The first group is what a rep
// logs with `touch`; the second is recorded by the operations themselves so the
// cadence engine can replay a deal's history in time order.
enum class TouchKind {
    Recap,
    Invite,
    Reminder,
    Call,
    MissedCall,
    Breakup,
    Reply,
    Reengage,
    Note,
    // recorded by operations
    MeetingSet,
    MeetingMoved,
    MeetingHeld,
    MeetingCancelled,
    StageChanged,
    Won,
    Lost,
    Reopened,
    Away, // an out-of-office reply said when the prospect is back (slot: that day's start)
};

enum class StepKind {
    SetMeeting,
    Recap,
    Invite,
    Reminder,
    Call,
    MissedCall,
    Breakup,
    MarkLost,
    Reengage
};

// How pressing a step is, most pressing first (the method's "Precise rules"): past the rule
// after a business day of grace; overdue once the working day it was due has ended; due from
// its due time; today later on the rep's day; planned for a later day.
enum class Urgency { PastRule, Overdue, Due, Today, Planned, None };

enum class CadenceState { NoMeeting, Engaged, Silent, AwaitingDecision, PastRule, Lost, Won };

// Which numbers the rep tried when the prospect did not pick up (flags).
enum class PhoneLine { Direct = 1, Reception = 2, Mobile = 4 };

// What came of a call the rep logged: a call made, or one the prospect did not pick up.
enum class CallOutcome { None, Attempted, Missed };

// Work the rule plans for a deal beyond its steps.
enum class TaskKind { Reengage };

// How a contact is addressed in the emails: the greeting, and in German Sie or du.
enum class AddressForm {
    Usual, // as the language usually does: German formally, English by the first name
    Formal, // by the family name: "Guten Tag Frau Müller" (Sie), "Dear Ms Carter"
    FirstName, // by the first name: "Hallo Jana" with Sie, "Hi Sam"
    Du, // German: "Hallo Jana" and du throughout
};

struct Contact
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone; // direct line
    QString mobile;
    QString reception; // switchboard
    QString tz; // IANA id, empty: the rep's
    QString language = QStringLiteral("en");
    QString firstName; // as the contact is greeted; empty: taken from name
    QString region; // ISO 3166 country code; empty: the country of the contact's zone
    QString bounced; // the address bounced: when and why ("2026-12-03: 550 user unknown")
    // How the contact is greeted and addressed; see AddressForm.
    AddressForm address = AddressForm::Usual;
    // The title a formal greeting puts before the family name: "Frau", "Herr", "Frau Dr.",
    // "Ms", "Dr"; empty: the formal greeting uses the whole name ("Guten Tag Jana Müller").
    QString salutation;

    // The name a greeting uses: firstName, else the first name in name ("Smith, John" is
    // John; a title like "Dr." is skipped).
    QString greetingName() const;
    // The family name in name: "Jana Müller" → Müller, "Smith, John" → Smith, "Jana von der
    // Heide" → von der Heide.
    QString familyName() const;
    // The form in effect: Usual read for the contact's language (German formal, else by first
    // name); du only in German.
    AddressForm effectiveAddress() const;
};

// The rep's cadence policy; each field has a per-deal override.
struct CadencePolicy
{
    int cycles = 3;
    int reminderDays = 1;
    int deadlineDays = 5;
    int reengageDays = 120;
    int slotDays = 2;

    int maxTouches() const { return cycles * 3; }
    friend bool operator==(const CadencePolicy &, const CadencePolicy &) = default;
};

struct PolicyOverride
{
    std::optional<int> cycles;
    std::optional<int> reminderDays;
    std::optional<int> deadlineDays;
    std::optional<int> reengageDays;
    std::optional<int> slotDays;

    CadencePolicy appliedTo(CadencePolicy p) const
    {
        p.cycles = cycles.value_or(p.cycles);
        p.reminderDays = reminderDays.value_or(p.reminderDays);
        p.deadlineDays = deadlineDays.value_or(p.deadlineDays);
        p.reengageDays = reengageDays.value_or(p.reengageDays);
        p.slotDays = slotDays.value_or(p.slotDays);
        return p;
    }
};

// One column of the rep's board, in the rep's order.
struct Stage
{
    qint64 id = 0;
    QString name;
    int position = 0;
};

struct Deal
{
    qint64 id = 0;
    QString title; // the rep's own name for the deal
    QString topic; // what it is about, as the prospect reads it; empty: the title
    QString organization;
    qint64 stageId = 0;
    QString stage;
    DealStatus status = DealStatus::Open;
    QString lostReason;
    qint64 valueCents = 0;
    QString currency = QStringLiteral("EUR");
    QString valueSummary;
    FollowUpCost cost = FollowUpCost::Low;
    bool materialDelivered = false;
    PolicyOverride policy;
    Contact contact;
    int stakeholders = 1; // the primary contact and any others
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageChangedAt;
    QDateTime closedAt;

    QString externalRef; // the id in the CRM it came from ("pipedrive:1234"); empty: none
    qint64 owner = 0; // the rep whose deal it is (Rep::id); 0 on a new deal: the rep adding it

    QString prospectTopic() const { return topic.trimmed().isEmpty() ? title : topic; }
};

// What the board, the day queue and the lists show of a deal, and what a search reads: its card.
// The whole record (the value in the prospect's words, the numbers to call, the policy, the
// greeting) is the history's, read when a panel, an action or an email needs it; at 100,000
// deals the board holds cards only.
struct DealCard
{
    qint64 id = 0;
    QString title;
    QString organization;
    qint64 stageId = 0;
    QString stage;
    DealStatus status = DealStatus::Open;
    qint64 valueCents = 0;
    QString currency;
    QString lostReason;
    qint64 owner = 0; // Rep::id
    struct Person
    {
        QString name;
        QString email;

        friend bool operator==(const Person &, const Person &) = default;
    } contact;

    static DealCard of(const Deal &d)
    {
        return DealCard { d.id,
                          d.title,
                          d.organization,
                          d.stageId,
                          d.stage,
                          d.status,
                          d.valueCents,
                          d.currency,
                          d.lostReason,
                          d.owner,
                          { d.contact.name, d.contact.email } };
    }
    friend bool operator==(const DealCard &, const DealCard &) = default;
};

// A rep working on the database: a login on a server. A file's own rep has no login ('').
struct Rep
{
    qint64 id = 0;
    QString login;

    friend bool operator==(const Rep &, const Rep &) = default;
};

struct Meeting
{
    qint64 id = 0;
    qint64 dealId = 0;
    QDateTime start; // UTC
    QString tz; // the zone the time was agreed in
    int minutes = 30;
    Channel channel = Channel::Phone;
    QString agenda;
    MeetingStatus status = MeetingStatus::Scheduled;
    QString uid;
    int sequence = 0;

    QDateTime end() const { return start.addSecs(qint64(minutes) * 60); }
};

struct Touch
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 meetingId = 0;
    TouchKind kind = TouchKind::Note;
    QDateTime at; // UTC
    CallOutcome outcome = CallOutcome::None; // for a call
    int tried = 0; // for a missed call: PhoneLine flags
    QDateTime slot; // for a meeting set or moved: the meeting's start (UTC)
    bool proposed = false; // for a meeting set: the slot the rule proposed after a missed call
    QString note;
    QString body; // the exact text sent, for outbound touches
    int minutes = 0;
    QString messageId; // an email sent or read through the rep's account: its Message-ID
    QByteArray raw; // an email sent through the rep's account: the exact message that left
    qint64 rep = 0; // who recorded it (Rep::id); 0 on a new touch: the rep recording it

    bool isMissedCall() const { return kind == TouchKind::Call && outcome == CallOutcome::Missed; }
};

struct Task
{
    qint64 id = 0;
    qint64 dealId = 0;
    TaskKind kind = TaskKind::Reengage;
    QDateTime due; // UTC
    QDateTime doneAt;
    QString note;
    bool isOpen() const { return !doneAt.isValid(); }
};

// All a deal's history the cadence engine needs.
struct DealHistory
{
    Deal deal;
    QList<Meeting> meetings;
    QList<Touch> touches; // in time order (then id)
    QList<Task> tasks;
};

} // namespace NineTouch

// Made of implicitly shared Qt values and plain data: moved in memory as bytes, so a list of
// deals grows and shifts without copying (the board holds one per deal).
Q_DECLARE_TYPEINFO(NineTouch::Contact, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(NineTouch::Deal, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(NineTouch::DealCard, Q_RELOCATABLE_TYPE);
