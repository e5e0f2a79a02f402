#include "cadenceengine.h"

#include "meetingtimes.h"

#include "names.h"
#include "reptext.h"

#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>

namespace NineTouch {

namespace {

// The three prospect-facing attempts that count toward the maximum, once per cycle.
enum CountedTouch : quint8 { ReminderTouch = 1, CallTouch = 2, EmailTouch = 4 };

// The state of a pursuit while a deal's history is replayed in time order.
// The later of two moments; an invalid one does not count.
QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!b.isValid())
        return a;
    if (!a.isValid())
        return b;
    return std::max(a, b);
}

struct Replay
{
    QDateTime backAt; // an out-of-office's first day back, the latest one read
    bool inPursuit = false;
    int cycle = 0;
    QVarLengthArray<quint8, 8> counted; // per cycle, CountedTouch bits

    // the meeting currently set, as the events saw it
    qint64 meetingId = 0;
    QDateTime meetingSetAt;
    bool recapNeeded = false;
    bool recapDone = false;
    bool inviteDone = false;
    bool reminderDone = false;
    bool callDone = false;

    int missedEmailCycle = 0; // the cycle whose missed-call email is still to send
    QDateTime missedAt;
    int missedSinceLife = 0;

    bool breakupDue = false;
    QDateTime breakupDueAt;
    bool breakupSent = false;
    QDateTime breakupAt;

    bool cancelDue = false;
    QDateTime cancelAt;

    QDateTime setMeetingSince;
    QDateTime lastLife;
    QDateTime idleSince;

    void count(int inCycle, CountedTouch t)
    {
        if (!inPursuit || inCycle < 1)
            return; // touches outside a pursuit do not count toward the rule
        if (counted.size() < inCycle)
            counted.resize(inCycle, 0);
        counted[inCycle - 1] |= t;
    }

    int touches() const
    {
        int n = 0;
        for (quint8 bits : counted)
            n += ((bits & ReminderTouch) ? 1 : 0) + ((bits & CallTouch) ? 1 : 0)
                + ((bits & EmailTouch) ? 1 : 0);
        return n;
    }

    void startPursuit()
    {
        inPursuit = true;
        cycle = 1;
        counted.clear();
    }

    // A reply, a held meeting or a reopening ends the pursuit. A meeting still
    // scheduled stays and becomes cycle 1 of a new pursuit, its done steps done.
    void signOfLife(const QDateTime &at, bool meetingStays)
    {
        inPursuit = false;
        cycle = 0;
        counted.clear();
        missedSinceLife = 0;
        missedEmailCycle = 0;
        breakupDue = false;
        breakupSent = false;
        backAt = {}; // the prospect is there: whatever absence was announced is over
        lastLife = at;
        idleSince = std::max(idleSince, at);
        if (meetingStays && meetingId != 0) {
            startPursuit();
        } else {
            meetingId = 0;
            setMeetingSince = at;
        }
    }
};

} // namespace

CadenceEngine::CadenceEngine(const CadencePolicy &policy, const WorkCalendar &calendar)
    : m_policy(policy)
    , m_calendar(calendar)
{
}

QDateTime CadenceEngine::reminderDue(const QDateTime &meetingStart, int reminderDays) const
{
    const QDate day = m_calendar.addBusinessDays(m_calendar.localDate(meetingStart), -reminderDays);
    return m_calendar.workStart(day);
}

QDateTime CadenceEngine::decisionDeadline(const QDateTime &breakupSent, int deadlineDays) const
{
    const QDate day = m_calendar.addBusinessDays(m_calendar.localDate(breakupSent), deadlineDays);
    return m_calendar.workEnd(day);
}

QDateTime CadenceEngine::reengageDue(const QDateTime &markedLost, int reengageDays) const
{
    const QDate day = m_calendar.localDate(markedLost).addDays(reengageDays);
    return m_calendar.workStart(m_calendar.nextBusinessDay(day));
}

bool CadenceEngine::isPastRule(const QDateTime &due, const QDateTime &now) const
{
    return now > pastRuleAfter(due);
}

QDateTime CadenceEngine::pastRuleAfter(const QDateTime &due) const
{
    const QDate graceDay = m_calendar.addBusinessDays(m_calendar.localDate(due), 1);
    return std::max(due, m_calendar.workEnd(graceDay));
}

QDateTime CadenceEngine::staleFrom(const QDateTime &idleSince)
{
    // Counted in whole days of UTC, midnight to midnight, wherever the rep is.
    return QDateTime(idleSince.toUTC().date().addDays(staleDays), QTime(0, 0), Qt::UTC);
}

QDateTime CadenceEngine::overdueFrom(const QDateTime &due) const
{
    QDate day = m_calendar.localDate(due);
    if (!m_calendar.isBusinessDay(day) || due >= m_calendar.workEnd(day))
        day = m_calendar.nextBusinessDay(day.addDays(1));
    return m_calendar.workEnd(day);
}

Urgency CadenceEngine::urgency(const std::optional<Step> &step, const QDateTime &now) const
{
    if (!step)
        return Urgency::None;
    // Setting the next meeting is never behind the rule; a passed deadline is at once.
    if (step->kind == StepKind::MarkLost
            ? now > step->due
            : step->kind != StepKind::SetMeeting && isPastRule(step->due, now))
        return Urgency::PastRule;
    if (now > overdueFrom(step->due))
        return Urgency::Overdue;
    if (now >= step->due)
        return Urgency::Due;
    if (m_calendar.localDate(step->due) == m_calendar.localDate(now))
        return Urgency::Today;
    return Urgency::Planned;
}

Cadence CadenceEngine::evaluate(const DealHistory &h, const QDateTime &now, Detail detail) const
{
    Cadence c = at(replay(h), now);
    if (detail == Detail::Full)
        c.recommendation = recommend(c, h.deal.lostReason);
    return c;
}

CadenceFacts CadenceEngine::replay(const DealHistory &h) const
{
    const CadencePolicy policy = h.deal.policy.appliedTo(m_policy);
    CadenceFacts c;
    c.status = h.deal.status;
    c.cycles = policy.cycles;
    c.maxTouches = policy.maxTouches();
    c.effort.stakeholders = h.deal.stakeholders;

    const Meeting *scheduled = nullptr;
    for (const Meeting &m : h.meetings) {
        if (m.status == MeetingStatus::Scheduled)
            scheduled = &m;
    }

    Replay r;
    r.setMeetingSince = h.deal.createdAt;
    r.idleSince = std::max(h.deal.createdAt, h.deal.stageChangedAt);

    for (const Touch &t : h.touches) {
        if (isOutbound(t.kind))
            ++c.effort.touches;
        switch (t.kind) {
        case TouchKind::MeetingSet:
            // A meeting agreed after the break-up email: the prospect answered.
            if (r.breakupSent)
                r.signOfLife(t.at, false);
            if (!r.inPursuit) {
                r.startPursuit();
                r.recapNeeded = true;
            } else {
                // The slot proposed after a missed call: the missed-call email restates it.
                ++r.cycle;
                r.recapNeeded = false;
            }
            r.meetingId = t.meetingId;
            r.meetingSetAt = t.at;
            r.recapDone = r.inviteDone = r.reminderDone = r.callDone = false;
            break;
        case TouchKind::MeetingMoved:
            r.meetingSetAt = t.at;
            r.inviteDone = r.reminderDone = r.callDone = false;
            break;
        case TouchKind::MeetingHeld:
            ++c.effort.meetingsHeld;
            c.effort.callMinutes += t.minutes;
            r.signOfLife(t.at, false);
            break;
        case TouchKind::Reply:
            r.signOfLife(t.at, true);
            break;
        case TouchKind::Reopened:
            // A sign of life like a reply: a meeting still scheduled is cycle 1 of a new pursuit.
            r.signOfLife(t.at, true);
            break;
        case TouchKind::MeetingCancelled:
            if (r.meetingId == t.meetingId || t.meetingId == 0)
                r.meetingId = 0;
            r.cancelDue = true;
            r.cancelAt = t.at;
            if (!r.breakupSent)
                r.setMeetingSince = t.at;
            break;
        case TouchKind::Recap:
            r.recapDone = true;
            break;
        case TouchKind::Invite:
            if (r.cancelDue)
                r.cancelDue = false;
            else
                r.inviteDone = true;
            break;
        case TouchKind::Reminder:
            r.reminderDone = true;
            r.count(r.cycle, ReminderTouch);
            break;
        case TouchKind::Call:
            ++c.effort.callAttempts;
            c.effort.callMinutes += t.minutes;
            r.count(r.cycle, CallTouch);
            if (t.outcome == CallOutcome::Missed) {
                ++r.missedSinceLife;
                r.missedAt = t.at;
                if (r.meetingId == t.meetingId || t.meetingId == 0)
                    r.meetingId = 0;
                if (Cadence::isLastCycle(r.cycle, policy.cycles)) {
                    // After the last cycle's call no slot is proposed: break up instead.
                    r.breakupDue = true;
                    r.breakupDueAt = t.at;
                } else {
                    r.missedEmailCycle = r.cycle;
                    r.setMeetingSince = t.at;
                }
            } else {
                r.callDone = true;
            }
            break;
        case TouchKind::MissedCall:
            r.count(r.missedEmailCycle > 0 ? r.missedEmailCycle : r.cycle, EmailTouch);
            r.missedEmailCycle = 0;
            break;
        case TouchKind::Breakup:
            r.count(r.cycle, EmailTouch);
            r.breakupSent = true;
            r.breakupAt = t.at;
            r.breakupDue = false;
            r.missedEmailCycle = 0;
            break;
        case TouchKind::StageChanged:
            r.idleSince = std::max(r.idleSince, t.at);
            break;
        case TouchKind::Away:
            // Out of office: no break-up and no decision deadline before the first day back.
            if (t.slot.isValid() && (!r.backAt.isValid() || t.slot > r.backAt))
                r.backAt = t.slot;
            break;
        case TouchKind::Won:
        case TouchKind::Lost:
        case TouchKind::Reengage:
        case TouchKind::Note:
            break;
        }
    }

    c.cycle = r.cycle;
    c.touches = r.touches();
    c.missedCalls = r.missedSinceLife;
    c.lastSignOfLife = r.lastLife;
    c.idleSince = r.idleSince;

    auto add = [&c](StepKind kind, const QDateTime &due, bool cancel = false, bool lapses = false) {
        c.steps.append(PendingStep { Step { kind, due, cancel }, lapses });
    };

    if (h.deal.status == DealStatus::Open) {
        if (r.breakupSent) {
            // The deadline's business days count from when the prospect can read the email.
            c.deadline = decisionDeadline(later(r.breakupAt, r.backAt), policy.deadlineDays);
            add(StepKind::MarkLost, c.deadline);
        } else {
            // Added first so that, due at the same moment, the email that announces the new
            // time comes before that time's invite.
            if (r.missedEmailCycle > 0)
                add(StepKind::MissedCall, r.missedAt);
            if (r.breakupDue)
                add(StepKind::Breakup, later(r.breakupDueAt, r.backAt));
            else if (!scheduled)
                add(StepKind::SetMeeting, r.setMeetingSince);
            if (scheduled) {
                const QDateTime setAt = r.meetingId == scheduled->id && r.meetingSetAt.isValid()
                    ? r.meetingSetAt
                    : h.deal.createdAt;
                // Preparation steps lose their point once the meeting has started.
                c.meetingStart = scheduled->start;
                c.meetingZone = scheduled->tz;
                if (r.recapNeeded && !r.recapDone)
                    add(StepKind::Recap, setAt, false, true);
                if (!r.inviteDone)
                    add(StepKind::Invite, setAt, false, true);
                const QDateTime reminder = reminderDue(scheduled->start, policy.reminderDays);
                // Short notice: when the reminder moment was already past, no reminder.
                if (!r.reminderDone && reminder >= setAt)
                    add(StepKind::Reminder, reminder, false, true);
                if (!r.callDone)
                    add(StepKind::Call, scheduled->start);
            }
        }
    } else if (h.deal.status == DealStatus::Lost) {
        for (const Task &task : h.tasks) {
            if (task.kind == TaskKind::Reengage && task.isOpen())
                add(StepKind::Reengage, task.due);
        }
    }
    // A meeting called off by a break-up or a lost deal: the prospect's calendar still shows it.
    if (r.cancelDue && h.deal.status != DealStatus::Won)
        add(StepKind::Invite, r.cancelAt, true);
    std::stable_sort(
        c.steps.begin(), c.steps.end(),
        [](const PendingStep &a, const PendingStep &b) { return a.step.due < b.step.due; });

    // The state when nothing is behind the rule; at() decides the rest with the clock.
    if (h.deal.status == DealStatus::Won)
        c.baseState = CadenceState::Won;
    else if (h.deal.status == DealStatus::Lost)
        c.baseState = CadenceState::Lost;
    else if (r.missedSinceLife > 0)
        c.baseState = CadenceState::Silent;
    else if (scheduled)
        c.baseState = CadenceState::Engaged;
    else
        c.baseState = CadenceState::NoMeeting;

    // Cost is advice: it changes the recommendation, never the cadence.
    c.breakupNow = h.deal.status == DealStatus::Open && h.deal.cost == FollowUpCost::High
        && h.deal.materialDelivered && r.inPursuit && !r.breakupSent && !r.breakupDue
        && r.missedSinceLife >= 1;
    return c;
}

Cadence CadenceEngine::at(const CadenceFacts &f, const QDateTime &now) const
{
    Cadence c;
    c.cycle = f.cycle;
    c.cycles = f.cycles;
    c.touches = f.touches;
    c.maxTouches = f.maxTouches;
    c.effort = f.effort;
    c.deadline = f.deadline;
    c.lastSignOfLife = f.lastSignOfLife;
    c.idleSince = f.idleSince;
    c.missedCalls = f.missedCalls;
    c.breakupNow = f.breakupNow;
    c.steps.reserve(f.steps.size());
    for (const PendingStep &s : f.steps) {
        if (!f.lapsed(s, now))
            c.steps.append(s.step);
    }

    // The state: the first that applies.
    if (f.status != DealStatus::Open) {
        c.state = f.baseState;
    } else if (f.deadline.isValid()) { // the break-up email went out
        c.state = now <= f.deadline ? CadenceState::AwaitingDecision : CadenceState::PastRule;
    } else if (std::any_of(c.steps.cbegin(), c.steps.cend(), [&](const Step &s) {
                   return s.kind != StepKind::SetMeeting && isPastRule(s.due, now);
               })) {
        c.state = CadenceState::PastRule;
    } else {
        c.state = f.baseState;
    }

    c.stale =
        f.status == DealStatus::Open && c.idleSince.isValid() && now >= staleFrom(c.idleSince);
    c.urgency = urgency(c.nextStep(), now);
    return c;
}

QString CadenceEngine::stepLabel(const Step &step)
{
    switch (step.kind) {
    case StepKind::SetMeeting:
        return tr("Set the next meeting");
    case StepKind::Recap:
        return tr("Send recap");
    case StepKind::Invite:
        return step.cancel ? tr("Send cancellation") : tr("Send invite");
    case StepKind::Reminder:
        return tr("Send reminder");
    case StepKind::Call:
        return tr("Call");
    case StepKind::MissedCall:
        return tr("Send missed-call email");
    case StepKind::Breakup:
        return tr("Send break-up email");
    case StepKind::MarkLost:
        return tr("Confirm lost");
    case StepKind::Reengage:
        return tr("Re-engage");
    }
    return {};
}

QString CadenceEngine::stateLabel(CadenceState state)
{
    switch (state) {
    case CadenceState::NoMeeting:
        return tr("No meeting");
    case CadenceState::Engaged:
        return tr("Engaged");
    case CadenceState::Silent:
        return tr("Silent");
    case CadenceState::AwaitingDecision:
        return tr("Awaiting a decision");
    case CadenceState::PastRule:
        return tr("Past the rule");
    case CadenceState::Lost:
        return tr("Lost");
    case CadenceState::Won:
        return tr("Won");
    }
    return {};
}

QString CadenceEngine::recommend(const Cadence &c, const QString &lostReason) const
{
    auto when = [&](const QDateTime &t) {
        return RepText::dayTime(m_calendar.toLocal(t));
    };
    switch (c.state) {
    case CadenceState::Won:
        return tr("Won: nothing left to chase.");
    case CadenceState::Lost: {
        // The re-engage task's own date, not the first step's (a cancellation owed comes first).
        const auto reengage = std::find_if(c.steps.cbegin(), c.steps.cend(), [](const Step &s) {
            return s.kind == StepKind::Reengage;
        });
        QString text = reengage == c.steps.cend()
            ? tr("Lost (%1).").arg(lostReason)
            : tr("Lost (%1). Re-engage on %2.").arg(lostReason, when(reengage->due));
        if (std::any_of(c.steps.cbegin(), c.steps.cend(), [](const Step &s) { return s.cancel; }))
            text += QLatin1Char(' ') + tr("The prospect is owed the meeting's cancellation.");
        return text;
    }
    case CadenceState::AwaitingDecision:
        return tr("Break-up email sent: wait for the decision until %1.").arg(when(c.deadline));
    default:
        break;
    }
    if (c.deadline.isValid())
        return tr("No answer by the deadline (%1): mark the deal lost.").arg(when(c.deadline));
    if (c.breakupNow)
        return tr("High follow-up cost, decision material delivered and %n cycle(s) without a "
                  "decision: send the break-up email now.",
                  nullptr, c.missedCalls);
    const auto next = c.nextStep();
    if (!next)
        return tr("Record whether the meeting was held or missed.");
    if (c.state == CadenceState::PastRule)
        return tr("Behind the rule: “%1” was due %2. Catch up today or break up.")
            .arg(stepLabel(*next), when(next->due));
    switch (next->kind) {
    case StepKind::SetMeeting:
        return tr("Set the next meeting: date, time and agenda.");
    case StepKind::Recap:
        return tr("Send the recap with the next meeting's date, time and agenda.");
    case StepKind::Invite:
        return next->cancel ? tr("Send the calendar cancellation.")
                            : tr("Send the calendar invite.");
    case StepKind::Reminder:
        return tr("Send the reminder on %1.").arg(when(next->due));
    case StepKind::Call:
        return tr("Call at exactly %1, as agreed.").arg(when(next->due));
    case StepKind::MissedCall:
        return tr("Send the missed-call email with the new time as agreed.");
    case StepKind::Breakup:
        return tr("%n cycle(s) without an answer: send the break-up email.", nullptr, c.cycles);
    case StepKind::MarkLost:
    case StepKind::Reengage:
        break;
    }
    return {};
}

QDateTime CadenceEngine::proposeSlot(const Meeting &missed, const QList<Meeting> &busy,
                                     int slotDays) const
{
    const QTimeZone &zone = m_calendar.zoneFor(missed.tz);
    const QDateTime local = missed.start.toTimeZone(zone);
    // Business days are counted in the rep's zone; the time of day is kept in the meeting's.
    const QDate repDay = m_calendar.localDate(missed.start);
    const qint64 shift = repDay.daysTo(m_calendar.addBusinessDays(repDay, slotDays));
    QDateTime candidate = instantAt(local.date().addDays(shift), local.time(), zone);
    if (!candidate.isValid()) // the time falls in a spring-forward gap: an hour later exists
        candidate = instantAt(local.date().addDays(shift), local.time().addSecs(3600), zone);
    return nextFreeSlot(candidate.toUTC(), missed.minutes, busy, zone);
}

QDateTime CadenceEngine::nextFreeSlot(const QDateTime &from, int minutes,
                                      const QList<Meeting> &busy,
                                      const QTimeZone &prospectZone) const
{
    return MeetingTimes(m_calendar, prospectZone).nextFreeSlot(from, minutes, busy);
}

} // namespace NineTouch
