// The demo's histories, written in time order: when a rep works, when a contact is at work,
// the slots meetings take, and Story, which writes one deal's history (meetings set, held or
// missed, the emails and calls of each cycle) through a HistoryWriter.
#pragma once

#include "historywriter.h"
#include "workcalendar.h"

#include <QHash>
#include <QRandomGenerator>

namespace NineTouch::Demo {

// The first moment at or after t that a rep works (see demostory.cpp).
QDateTime workingMoment(const WorkCalendar &cal, QRandomGenerator &rng, const QDateTime &t);
// The last moment at or before t that a rep works with time left that day.
QDateTime workedBefore(const WorkCalendar &cal, const QDateTime &t);
// Whether the contact is at work then: 08:00 to 17:30 in their zone.
bool atWorkThere(const QString &tz, const QDateTime &t);
// A business-day slot `days` business days from t, in both working hours where they overlap.
QDateTime slotFrom(const WorkCalendar &cal, QRandomGenerator &rng, const QString &tz,
                   const QDateTime &t, int days);

// Writes one deal's history in time order.
class Story
{
public:
    Story(HistoryWriter &writer, const WorkCalendar &cal, QRandomGenerator &rng, qint64 dealId,
          const QString &tz, const QDateTime &now)
        : m_a(writer)
        , m_cal(cal)
        , m_rng(rng)
        , m_deal(dealId)
        , m_tz(tz)
        , m_now(now)
    {
    }

    QDateTime slot(const QDateTime &t, int days) { return slotFrom(m_cal, m_rng, m_tz, t, days); }

    Status touch(TouchKind kind, const QDateTime &at, const QString &note = {}, int minutes = 0)
    {
        Touch t;
        t.kind = kind;
        t.at = at;
        t.note = note;
        t.minutes = minutes;
        return touch(t);
    }

    // When something planned for t happens: the first moment a rep works at or after t, and
    // after everything already written (the history is written in its order, and a step moved
    // to the next morning never overtakes the one before it).
    QDateTime when(const QDateTime &t)
    {
        return workingMoment(m_cal, m_rng, m_last.isValid() ? std::max(t, m_last.addSecs(60)) : t);
    }

    Status touch(Touch t)
    {
        t.at = when(t.at);
        if (t.at > m_now)
            return success(); // not done yet: the step stays pending
        t.dealId = m_deal;
        t.meetingId = m_meeting.id;
        auto id = m_a.addTouch(t);
        if (!id)
            return id.error();
        m_last = t.at;
        return success();
    }

    Status set(QDateTime at, const QDateTime &start, const QString &agenda, bool proposed)
    {
        at = when(at);
        // Not agreed yet (the next working moment is after now): no meeting without its
        // "meeting set" on the timeline, and the story ends here.
        if (m_ended || at > m_now) {
            m_ended = true;
            return success();
        }
        if (!proposed) {
            m_meeting = Meeting {};
            m_meeting.uid =
                QStringLiteral("demo-%1-%2@ninetouch").arg(m_deal).arg(m_rng.generate());
        } else {
            ++m_meeting.sequence;
        }
        m_meeting.dealId = m_deal;
        m_meeting.start = start;
        m_meeting.tz = m_tz;
        m_meeting.minutes = m_rng.bounded(2) ? 30 : 45;
        m_meeting.channel = m_rng.bounded(3) ? Channel::Video : Channel::Phone;
        m_meeting.agenda = agenda;
        m_meeting.status = MeetingStatus::Scheduled;
        auto id = m_a.addMeeting(m_meeting, at);
        if (!id)
            return id.error();
        m_meeting.id = *id;
        if (m_booked) {
            Meeting taken; // the time alone: what the rep's calendar needs to know
            taken.start = m_meeting.start;
            taken.minutes = m_meeting.minutes;
            (*m_booked)[m_cal.localDate(start)] << taken;
        }
        // As the pipeline records it.
        Touch t;
        t.kind = TouchKind::MeetingSet;
        t.at = at;
        t.slot = start;
        t.proposed = proposed;
        return touch(t);
    }

    Status close(MeetingStatus status, const QDateTime &at)
    {
        if (m_ended || at > m_now)
            return success(); // not over yet: the meeting stays scheduled
        m_meeting.status = status;
        return m_a.updateMeeting(m_meeting, at);
    }

    // A whole cycle's preparation: recap (first cycle only), invite, reminder.
    Status prepare(const QDateTime &setAt, bool recap)
    {
        if (recap) {
            if (Status s = touch(TouchKind::Recap, setAt.addSecs(600)); !s)
                return s;
        }
        if (Status s = touch(TouchKind::Invite, setAt.addSecs(900)); !s)
            return s;
        const QDateTime reminder =
            m_cal.workStart(m_cal.addBusinessDays(m_cal.localDate(m_meeting.start), -1));
        if (reminder > setAt)
            return touch(TouchKind::Reminder, reminder.addSecs(m_rng.bounded(3600)));
        return success();
    }

    const Meeting &meeting() const { return m_meeting; }
    // The rep's calendar across deals: each meeting placed is booked on its day.
    void bookInto(QHash<QDate, QList<Meeting>> *booked) { m_booked = booked; }

private:
    HistoryWriter &m_a;
    const WorkCalendar &m_cal;
    QRandomGenerator &m_rng;
    qint64 m_deal;
    QString m_tz;
    QDateTime m_now;
    Meeting m_meeting;
    QDateTime m_last; // the last touch written
    bool m_ended = false; // a step fell after now: nothing later happened yet
    QHash<QDate, QList<Meeting>> *m_booked = nullptr;
};

} // namespace NineTouch::Demo
