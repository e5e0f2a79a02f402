// What a deal's history says under the break-up rule before the clock is read: the steps it
// has pending and what the rep put in. CadenceEngine (core/cadence) makes these by replaying a
// history and reads the clock over them; the store keeps them per deal as its cadence summary.
#pragma once

#include "types.h"

#include <QDateTime>
#include <QList>

namespace NineTouch {

// One step the rule asks for, due at a moment (UTC).
struct Step
{
    StepKind kind = StepKind::SetMeeting;
    QDateTime due;
    // For an invite: the CANCEL owed for a meeting a break-up or a lost deal called off.
    bool cancel = false;

    friend bool operator==(const Step &, const Step &) = default;
};

// What the rep has already put into a deal (the cost side of the break-up rule).
struct Effort
{
    int touches = 0; // outbound touches, whole history
    int callAttempts = 0;
    int callMinutes = 0; // calls and meetings held
    int meetingsHeld = 0;
    int stakeholders = 1;

    friend bool operator==(const Effort &, const Effort &) = default;
};

// A step the replay found pending, before the clock is read.
struct PendingStep
{
    Step step;
    // A preparation step (recap, invite, reminder): it lapses once the meeting has started.
    bool lapses = false;

    friend bool operator==(const PendingStep &, const PendingStep &) = default;
};

// What a deal's history says under the rule, before the clock is read: the replay's whole
// result. The cadence at any moment follows from it alone (CadenceEngine::at), which is what
// lets the store keep it per deal as the deal's cadence summary.
struct CadenceFacts
{
    DealStatus status = DealStatus::Open;
    // The state while nothing is behind the rule (Silent, Engaged, NoMeeting; Won, Lost).
    CadenceState baseState = CadenceState::NoMeeting;
    int cycle = 0;
    int cycles = 3;
    int touches = 0;
    int maxTouches = 9;
    int missedCalls = 0;
    Effort effort;
    QDateTime meetingStart; // the meeting scheduled; invalid: none
    QString meetingZone; // its zone as agreed (the prospect's clock for the call)
    QDateTime deadline; // valid once the break-up email went out (open deals)
    QDateTime lastSignOfLife;
    QDateTime idleSince;
    bool breakupNow = false;
    QList<PendingStep> steps; // earliest first

    bool lapsed(const PendingStep &s, const QDateTime &now) const;

    friend bool operator==(const CadenceFacts &, const CadenceFacts &) = default;
};

inline bool CadenceFacts::lapsed(const PendingStep &s, const QDateTime &now) const
{
    return s.lapses && now >= meetingStart;
}

} // namespace NineTouch

Q_DECLARE_TYPEINFO(NineTouch::Step, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(NineTouch::PendingStep, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(NineTouch::CadenceFacts, Q_RELOCATABLE_TYPE);
