// Pipeline: the meetings of a deal, set, held, missed (with the next slot proposed as if
// agreed), cancelled, and the prospect away until a day.
#include "pipelineprivate.h"

#include "dealfields.h"
#include "names.h"
#include "reptext.h"
#include "validation.h"

#include <QUuid>

namespace NineTouch {

Result<Meeting> Pipeline::setMeeting(qint64 dealId, const QDateTime &start, const QString &tz,
                                     int minutes, const QString &agenda, Channel channel,
                                     const QDateTime &now)
{
    return mutate<Meeting>([&]() -> Result<Meeting> {
        auto d = openDeal(dealId);
        if (!d)
            return d.error();
        return placeMeeting(*d, start, tz, minutes, agenda, channel, now);
    });
}

Result<Meeting> Pipeline::placeMeeting(const Deal &d, const QDateTime &start, const QString &tz,
                                       int minutes, const QString &agenda, Channel channel,
                                       const QDateTime &now)
{
    const qint64 dealId = d.id;
    if (!start.isValid())
        return inputError(Field::MeetingStart, tr("the meeting needs a valid start."));
    if (start <= now)
        return inputError(Field::MeetingStart,
                          tr("the next meeting must be in the future; %1 has passed.")
                              .arg(start.toString(Qt::ISODate)));
    if (minutes < 5 || minutes > 480)
        return inputError(Field::MeetingMinutes,
                          tr("must be between 5 and 480; %1 was given.").arg(minutes));
    if (Status s = checkText(Field::Agenda, agenda, 2000, true); !s)
        return s.error();
    QString zone = tz;
    if (zone.isEmpty())
        zone = d.contact.tz.isEmpty() ? QString::fromUtf8(m_settings.zone().id()) : d.contact.tz;
    if (auto z = checkTimeZone(Field::MeetingZone, zone); !z)
        return z.error();

    auto current = m_activity.scheduledMeeting(dealId);
    if (!current)
        return current.error();
    Touch t;
    t.dealId = dealId;
    t.at = now;
    t.slot = start.toUTC();
    Meeting m;
    if (*current) {
        // A reschedule moves the same calendar event.
        m = **current;
        m.start = start.toUTC();
        m.tz = zone;
        m.minutes = minutes;
        if (!agenda.isEmpty())
            m.agenda = agenda;
        m.channel = channel;
        ++m.sequence;
        if (Status u = m_activity.updateMeeting(m, now); !u)
            return u.error();
        t.kind = TouchKind::MeetingMoved;
    } else {
        m.dealId = dealId;
        m.start = start.toUTC();
        m.tz = zone;
        m.minutes = minutes;
        m.agenda = agenda;
        m.channel = channel;
        m.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@ninetouch");
        auto id = m_activity.insertMeeting(m, now);
        if (!id)
            return id.error();
        m.id = *id;
        t.kind = TouchKind::MeetingSet;
    }
    t.meetingId = m.id;
    if (Status written = touch(t); !written)
        return written.error();
    return m;
}

Status Pipeline::meetingHeld(qint64 dealId, const QDateTime &now)
{
    return mutate([&]() -> Status {
        auto d = openDeal(dealId);
        if (!d)
            return d.error();
        auto m = m_activity.scheduledMeeting(dealId);
        if (!m)
            return m.error();
        if (!*m)
            return refusal(tr("Deal %1 has no meeting scheduled: set one first.").arg(dealId));
        Meeting held = **m;
        held.status = MeetingStatus::Held;
        if (Status u = m_activity.updateMeeting(held, now); !u)
            return u;
        Touch t;
        t.dealId = dealId;
        t.kind = TouchKind::MeetingHeld;
        t.at = now;
        t.meetingId = held.id;
        t.minutes = held.minutes;
        return touch(t);
    });
}

Result<QList<Meeting>> Pipeline::meetingsOfOtherDeals(qint64 dealId) const
{
    auto busy = m_activity.scheduledMeetings();
    if (!busy)
        return busy.error();
    QList<Meeting> others;
    for (const Meeting &b : std::as_const(*busy)) {
        if (b.dealId != dealId)
            others.append(b);
    }
    return others;
}

Result<QDateTime> Pipeline::proposedSlot(qint64 dealId) const
{
    auto d = deal(dealId);
    if (!d)
        return d.error();
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return m.error();
    if (!*m)
        return refusal(tr("Deal %1 has no meeting scheduled.").arg(dealId));
    return slotAfter(*d, **m);
}

Result<QDateTime> Pipeline::slotAfter(const Deal &d, const Meeting &missed) const
{
    auto others = meetingsOfOtherDeals(d.id);
    if (!others)
        return others.error();
    const CadencePolicy policy = d.policy.appliedTo(m_settings.policy);
    const QDateTime slot = m_engine->proposeSlot(missed, *others, policy.slotDays);
    if (!slot.isValid())
        return refusal(
            tr("No free slot fits a %1-minute meeting in the working hours.").arg(missed.minutes));
    return slot;
}

namespace {

// The call of a missed meeting, as it is recorded. tried: PhoneLine flags (none: the direct
// line).
Touch missedCall(const Meeting &m, int tried, const QDateTime &now)
{
    Touch call;
    call.dealId = m.dealId;
    call.kind = TouchKind::Call;
    call.at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc()); // as stored
    call.meetingId = m.id;
    call.outcome = CallOutcome::Missed;
    call.tried = tried ? tried : int(PhoneLine::Direct);
    return call;
}

} // namespace

Result<MissedPreview> Pipeline::previewMissed(qint64 dealId, const QDateTime &now, int tried) const
{
    auto h = history(dealId);
    if (!h)
        return h.error();
    if (Status open = requireOpen(h->deal); !open)
        return open.error();
    const auto scheduled =
        std::find_if(h->meetings.begin(), h->meetings.end(),
                     [](const Meeting &m) { return m.status == MeetingStatus::Scheduled; });
    if (scheduled == h->meetings.end())
        return refusal(tr("Deal %1 has no meeting scheduled: nothing can be missed.").arg(dealId));
    MissedPreview preview;
    preview.deal = h->deal;
    preview.meeting = *scheduled;
    // The rule, asked once: the history as it will be with this call recorded as missed.
    scheduled->status = MeetingStatus::Missed;
    // In its place by time, as the history reads back once it is written.
    const Touch call = missedCall(preview.meeting, tried, now);
    const auto place = std::upper_bound(h->touches.begin(), h->touches.end(), call,
                                        [](const Touch &a, const Touch &b) { return a.at < b.at; });
    h->touches.insert(place, call);
    const Cadence after = m_engine->evaluate(*h, now);
    preview.breakupDue = std::any_of(after.steps.cbegin(), after.steps.cend(),
                                     [](const Step &st) { return st.kind == StepKind::Breakup; });
    if (preview.breakupDue)
        return preview;
    auto slot = slotAfter(h->deal, preview.meeting);
    if (slot)
        preview.proposed = *slot;
    else if (slot.error().kind == ErrorKind::Refused) // no slot fits: said, the rep picks one
        preview.noSlot = slot.error();
    else
        return slot.error();
    return preview;
}

Result<MissedOutcome> Pipeline::meetingMissed(qint64 dealId, int tried, const QDateTime &now,
                                              const QDateTime &chosen)
{
    return mutate<MissedOutcome>([&]() -> Result<MissedOutcome> {
        // Read once, decide once (as the dialog showed it), write once.
        auto preview = previewMissed(dealId, now, tried);
        if (!preview)
            return preview.error();
        const Meeting &m = preview->meeting;
        if (now < m.start)
            return refusal(tr("The meeting starts at %1: it cannot be missed before it starts.")
                               .arg(m_calendar->toLocal(m.start).toString(Qt::ISODate)));
        if (chosen.isValid() && chosen <= now)
            return inputError(Field::MeetingStart,
                              tr("the next meeting must be in the future; %1 has passed.")
                                  .arg(chosen.toString(Qt::ISODate)));
        if (!preview->breakupDue && !chosen.isValid() && preview->noSlot)
            return *preview->noSlot;

        Meeting missed = m;
        missed.status = MeetingStatus::Missed;
        if (Status u = m_activity.updateMeeting(missed, now); !u)
            return u.error();
        if (Status t = touch(missedCall(m, tried, now)); !t)
            return t.error();
        MissedOutcome outcome;
        outcome.breakupDue = preview->breakupDue;
        if (outcome.breakupDue)
            return outcome;
        // The power of assumption: the same event moves to the next slot, the one the rep
        // settled on or the one proposed.
        Meeting next = m;
        next.id = 0;
        next.start = chosen.isValid() ? chosen.toUTC() : preview->proposed;
        next.status = MeetingStatus::Scheduled;
        ++next.sequence;
        auto id = m_activity.insertMeeting(next, now);
        if (!id)
            return id.error();
        next.id = *id;
        outcome.proposed = next;
        Touch set;
        set.dealId = dealId;
        set.kind = TouchKind::MeetingSet;
        set.at = now;
        set.meetingId = next.id;
        set.slot = next.start;
        set.proposed = true;
        if (Status t = touch(set); !t)
            return t.error();
        return outcome;
    });
}

QDate Pipeline::firstDayBack(const QDate &backOn) const
{
    // The first day both sides work: the prospect's weekdays, the rep's business days.
    QDate day = backOn;
    for (int i = 0; i < 60 && (day.dayOfWeek() > 5 || !m_calendar->isBusinessDay(day)); ++i)
        day = day.addDays(1);
    return day;
}

Result<QString> Pipeline::prospectAway(qint64 dealId, const QDate &backOn, const QString &who,
                                       const QDateTime &now)
{
    return mutate<QString>([&]() -> Result<QString> {
        auto d = deal(dealId);
        if (!d)
            return d.error();
        if (!backOn.isValid())
            return inputError(Field::MeetingStart,
                              tr("the day the prospect is back is not a date."));
        if (d->status != DealStatus::Open)
            return QString();
        const QDate day = firstDayBack(backOn);
        const QDateTime backAt = m_calendar->workStart(day);
        if (!backAt.isValid() || backAt <= now)
            return QString();
        auto h = history(dealId);
        if (!h)
            return h.error();
        for (const Touch &t : std::as_const(h->touches)) {
            if (t.kind == TouchKind::Away && t.slot >= backAt)
                return QString(); // known already: nothing moves again
        }
        const Cadence before = m_engine->evaluate(*h, now);

        QStringList moved;
        auto scheduled = m_activity.scheduledMeeting(dealId);
        if (!scheduled)
            return scheduled.error();
        if (*scheduled && (*scheduled)->start < backAt) {
            const Meeting m = **scheduled;
            const QTimeZone &meetingZone = m_calendar->zoneFor(m.tz);
            QDateTime start = instantAt(day, m.start.toTimeZone(meetingZone).time(), meetingZone);
            if (!start.isValid() || start < backAt)
                start = backAt;
            auto others = meetingsOfOtherDeals(dealId);
            if (!others)
                return others.error();
            start = m_engine->nextFreeSlot(start, m.minutes, *others, meetingZone);
            if (start.isValid()) {
                auto set = placeMeeting(*d, start, m.tz, m.minutes, {}, m.channel, now);
                if (!set)
                    return set.error();
                moved << tr("The call moves to %1.")
                             .arg(RepText::meetingTime(start, meetingZone, m_calendar->zone(),
                                                       true));
            }
        }

        Touch away;
        away.dealId = dealId;
        away.kind = TouchKind::Away;
        away.at = now;
        away.slot = backAt;
        // What the rule says with the day known: the deadline and the break-up wait for it.
        auto after = history(dealId);
        if (!after)
            return after.error();
        after->touches.append(away);
        const Cadence c = m_engine->evaluate(*after, now);
        const auto due = [](const Cadence &cadence, StepKind kind) {
            for (const Step &s : cadence.steps) {
                if (s.kind == kind)
                    return s.due;
            }
            return QDateTime();
        };
        if (before.deadline.isValid() && c.deadline != before.deadline)
            moved << tr("The decision deadline moves to %1.")
                         .arg(RepText::dayTime(m_calendar->toLocal(c.deadline)));
        if (const QDateTime breakup = due(c, StepKind::Breakup);
            breakup.isValid() && breakup != due(before, StepKind::Breakup))
            moved << tr("The break-up email waits until %1.")
                         .arg(RepText::dayTime(m_calendar->toLocal(breakup)));
        away.note = tr("%1 is out of the office, back on %2.")
                        .arg(who, RepText::day(day.isValid() ? day : backOn));
        if (!moved.isEmpty())
            away.note += QLatin1Char(' ') + moved.join(QLatin1Char(' '));
        if (Status s = touch(away); !s)
            return s.error();
        return away.note;
    });
}

Status Pipeline::cancelScheduled(qint64 dealId, const QDateTime &now)
{
    auto m = m_activity.scheduledMeeting(dealId);
    if (!m)
        return m.error();
    if (!*m)
        return success();
    Meeting cancelled = **m;
    cancelled.status = MeetingStatus::Cancelled;
    ++cancelled.sequence;
    if (Status u = m_activity.updateMeeting(cancelled, now); !u)
        return u;
    Touch t;
    t.dealId = dealId;
    t.kind = TouchKind::MeetingCancelled;
    t.at = now;
    t.meetingId = cancelled.id;
    return touch(t);
}

} // namespace NineTouch
