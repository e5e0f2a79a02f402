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
    Urgency, // Urgency as int: how pressing the next step (or the queue row's step) is
    Stale,
    IdleDays,
    Recommendation,
    SearchText, // title, organization, contact and email as RepText::searchKey folds them
    BadgeText, // "Cycle 2/3 · Touch 5/9"
    NextStepText, // "Call · today 10:00"
    Owner, // in the team's view, another rep's login; empty for the rep's own deals
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
