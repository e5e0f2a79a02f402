// The break-up rule: replays a deal's history against the rep's policy and calendar.
#pragma once

#include "cadencefacts.h"
#include "types.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace NineTouch {

// A deal's position in the rule at one moment.
struct Cadence
{
    CadenceState state = CadenceState::NoMeeting;
    int cycle = 0; // meetings set in the current pursuit; 0: no pursuit
    int cycles = 3;
    int touches = 0; // reminder, call, missed-call or break-up email per cycle
    int maxTouches = 9;
    QList<Step> steps; // every pending step, earliest first
    Urgency urgency = Urgency::None; // of the next step, at the time evaluated
    QString recommendation;
    bool breakupNow = false; // the cost rule advises breaking up before the last cycle
    Effort effort;
    QDateTime deadline; // decision deadline once the break-up email went out
    QDateTime lastSignOfLife; // reply or meeting held
    QDateTime idleSince; // last stage change, reply, held meeting or reopening
    bool stale = false; // open and idle for staleDays or more
    int missedCalls = 0; // since the last sign of life

    // In the pursuit's last cycle: a missed call there dues the break-up, not another slot.
    static bool isLastCycle(int cycle, int cycles) { return cycle >= cycles; }
    bool inLastCycle() const { return isLastCycle(cycle, cycles); }

    std::optional<Step> nextStep() const
    {
        return steps.isEmpty() ? std::nullopt : std::optional<Step>(steps.constFirst());
    }
};

class CadenceEngine final
{
    Q_DECLARE_TR_FUNCTIONS(CadenceEngine)

public:
    static constexpr int staleDays = 30;
    // Raised whenever replay() would give another result for the same history: the stored
    // summaries of every deal are then rebuilt once (Pipeline::basisOf).
    static constexpr int ruleVersion = 2; // 2: the meeting's zone

    CadenceEngine(const CadencePolicy &policy, const WorkCalendar &calendar);

    const CadencePolicy &policy() const { return m_policy; }
    const WorkCalendar &calendar() const { return m_calendar; }

    enum class Detail { Full, Brief }; // Brief leaves the recommendation text empty (bulk reads)
    // The rule, in two halves: replay() reads the history in time order without a clock;
    // at() reads the clock. evaluate() is both (and the advice).
    Cadence evaluate(const DealHistory &history, const QDateTime &now,
                     Detail detail = Detail::Full) const;
    CadenceFacts replay(const DealHistory &history) const;
    Cadence at(const CadenceFacts &facts, const QDateTime &now) const;
    // The one-line advice for a cadence; evaluate() fills it unless Brief.
    QString recommend(const Cadence &c, const QString &lostReason) const;
    // What a step asks the rep to do, as the queue and the advice say it ("Send recap").
    static QString stepLabel(const Step &step);
    // A state as the rep reads it ("Awaiting a decision").
    static QString stateLabel(CadenceState state);

    // Due times, as the domain's "Precise rules" define them.
    QDateTime reminderDue(const QDateTime &meetingStart, int reminderDays) const;
    QDateTime decisionDeadline(const QDateTime &breakupSent, int deadlineDays) const;
    QDateTime reengageDue(const QDateTime &markedLost, int reengageDays) const;
    // A step is behind the rule once the business day after its due day has ended.
    bool isPastRule(const QDateTime &due, const QDateTime &now) const;
    // The moment after which a step due then is behind the rule.
    QDateTime pastRuleAfter(const QDateTime &due) const;
    // From when an open deal idle since then is stale (staleDays whole days later, UTC).
    static QDateTime staleFrom(const QDateTime &idleSince);
    // The end of the working day a step is due on (the next working day's end when it falls
    // after hours or on a day off): from then on the step is overdue.
    QDateTime overdueFrom(const QDateTime &due) const;
    Urgency urgency(const std::optional<Step> &step, const QDateTime &now) const;

    // The power of assumption: the missed meeting's time of day in its own zone,
    // slotDays business days later, moved to the next free slot when it leaves either side's
    // working hours or collides with one of busy (MeetingTimes). Invalid when nothing fits.
    QDateTime proposeSlot(const Meeting &missed, const QList<Meeting> &busy, int slotDays) const;
    QDateTime nextFreeSlot(const QDateTime &from, int minutes, const QList<Meeting> &busy,
                           const QTimeZone &prospectZone) const;

private:
    CadencePolicy m_policy;
    const WorkCalendar &m_calendar;
};

} // namespace NineTouch
