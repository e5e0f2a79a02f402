// The custom item roles of every NineTouch model, in one place.
#pragma once

#include <Qt>

namespace NineTouch::Roles {

enum Role {
    DealId = Qt::UserRole + 1,
    Title,
    Organization,
    ContactName,
    ValueCents,
    Currency,
    StageId,
    StageName,
    Status, // DealStatus as int
    State, // CadenceState as int
    Cycle,
    Cycles,
    Touches,
    MaxTouches,
    NextStepKind, // StepKind as int, -1 when none
    NextStepDue, // QDateTime, UTC
    Urgency, // Urgency as int
    Stale,
    IdleDays,
    Recommendation,
    SearchText, // lower-case title, organization and contact
    BadgeText, // "Cycle 2/3 · Touch 5/9"
    NextStepText, // "Call · today 10:00"
    // day queue and timeline
    StepDetail, // a timeline entry's second line
    Cancel, // an invite step that is the CANCEL for a called-off meeting
    Overdue,
    Kind, // TouchKind or StepKind name
    When, // QDateTime, UTC
    Planned, // a step ahead, not something that happened
    Text, // a touch's exact text
    EntryKey, // a timeline entry's identity across rebuilds ("t:42", "s:call")
};

} // namespace NineTouch::Roles

namespace NineTouch {

// How a card's next step is coloured.
enum class Urgency { Overdue, Today, Planned, None };

} // namespace NineTouch
