// Builds a deal's history from a one-line script, so a test row reads as a pursuit in time.
//
//   "new@03-02T09:00; set@03-02T09:00>03-05T10:00; recap@03-02T09:05; miss@03-05T10:01>03-09T10:00"
//
// Times are 2026, local to Europe/Berlin. Ops: new, set (>start; moves a scheduled meeting),
// miss (>proposed start), held, cancel, stage, lost, won, reopen, task (a re-engage task due
// then), away (>the first day back's start, from an out-of-office), and every loggable touch kind
// (recap, invite, reminder, call, missed-call, breakup, reply, reengage, note). breakup cancels a
// scheduled meeting, as the pipeline does.
#pragma once

#include "names.h"
#include "types.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace TestSupport {

using namespace NineTouch;

// A check that stays in release builds (Q_ASSERT does not): a malformed script stops the test
// with a message instead of crashing later.
inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        qFatal("test script: %s %s", what, qPrintable(detail));
}

inline QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

inline QDateTime at(const QString &text, const QTimeZone &zone = berlin())
{
    QString full = text.size() <= 11 ? QStringLiteral("2026-") + text : text;
    const QDateTime local = QDateTime::fromString(full, Qt::ISODate);
    require(local.isValid(), "not a time:", text);
    static const QRegularExpression offset(QStringLiteral("([+-]\\d{2}:\\d{2}|Z)$"));
    if (offset.match(full).hasMatch())
        return local.toUTC();
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

class HistoryScript
{
public:
    explicit HistoryScript(const QString &script,
                           const QString &meetingTz = QStringLiteral("Europe/Berlin"))
    {
        m_h.deal.id = 1;
        m_h.deal.title = QStringLiteral("Fleet tracking");
        m_h.deal.valueSummary = QStringLiteral("Cuts failed deliveries by a quarter.");
        for (const QString &raw : script.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            apply(raw.trimmed(), meetingTz);
        if (!m_h.deal.createdAt.isValid())
            m_h.deal.createdAt = m_h.deal.stageChangedAt = at(QStringLiteral("01-05T09:00"));
    }

    DealHistory &history() { return m_h; }

private:
    Meeting *scheduled()
    {
        for (Meeting &m : m_h.meetings) {
            if (m.status == MeetingStatus::Scheduled)
                return &m;
        }
        return nullptr;
    }

    Touch &addTouch(TouchKind kind, const QDateTime &when, qint64 meetingId = 0)
    {
        Touch t;
        t.id = ++m_ids;
        t.dealId = 1;
        t.kind = kind;
        t.at = when;
        t.meetingId = meetingId;
        if (kind == TouchKind::Call)
            t.outcome = CallOutcome::Attempted;
        m_h.touches.append(t);
        return m_h.touches.last();
    }

    qint64 newMeeting(const QDateTime &start, const QString &tz, const QString &uid, int sequence)
    {
        Meeting m;
        m.id = ++m_ids;
        m.dealId = 1;
        m.start = start;
        m.tz = tz;
        m.minutes = 30;
        m.uid = uid;
        m.sequence = sequence;
        m_h.meetings.append(m);
        return m.id;
    }

    void apply(const QString &op, const QString &tz)
    {
        const QString name = op.section(QLatin1Char('@'), 0, 0);
        const QString rest = op.section(QLatin1Char('@'), 1);
        const QDateTime when = at(rest.section(QLatin1Char('>'), 0, 0));
        const QString target = rest.section(QLatin1Char('>'), 1);
        if (name == QLatin1String("new")) {
            m_h.deal.createdAt = m_h.deal.stageChangedAt = when;
        } else if (name == QLatin1String("set")) {
            const QDateTime start = at(target, QTimeZone(tz.toUtf8()));
            if (Meeting *m = scheduled()) {
                m->start = start;
                ++m->sequence;
                addTouch(TouchKind::MeetingMoved, when, m->id).slot = start;
            } else {
                addTouch(TouchKind::MeetingSet, when,
                         newMeeting(start, tz, QStringLiteral("uid-%1").arg(m_ids), 0))
                    .slot = start;
            }
        } else if (name == QLatin1String("miss")) {
            Meeting *m = scheduled();
            require(m, "no meeting scheduled for", op);
            m->status = MeetingStatus::Missed;
            const Meeting missed = *m;
            Touch &call = addTouch(TouchKind::Call, when, missed.id);
            call.outcome = CallOutcome::Missed;
            call.tried = int(PhoneLine::Direct);
            if (!target.isEmpty()) {
                const QDateTime start = at(target, QTimeZone(tz.toUtf8()));
                Touch &set = addTouch(TouchKind::MeetingSet, when,
                                      newMeeting(start, tz, missed.uid, missed.sequence + 1));
                set.proposed = true;
                set.slot = start;
            }
        } else if (name == QLatin1String("held")) {
            Meeting *m = scheduled();
            require(m, "no meeting scheduled for", op);
            m->status = MeetingStatus::Held;
            addTouch(TouchKind::MeetingHeld, when, m->id);
        } else if (name == QLatin1String("cancel")) {
            Meeting *m = scheduled();
            require(m, "no meeting scheduled for", op);
            m->status = MeetingStatus::Cancelled;
            addTouch(TouchKind::MeetingCancelled, when, m->id);
        } else if (name == QLatin1String("stage")) {
            addTouch(TouchKind::StageChanged, when);
        } else if (name == QLatin1String("lost")) {
            if (Meeting *m = scheduled()) {
                m->status = MeetingStatus::Cancelled;
                addTouch(TouchKind::MeetingCancelled, when, m->id);
            }
            m_h.deal.status = DealStatus::Lost;
            m_h.deal.lostReason = QStringLiteral("no response after the break-up rule");
            addTouch(TouchKind::Lost, when);
        } else if (name == QLatin1String("won")) {
            m_h.deal.status = DealStatus::Won;
            addTouch(TouchKind::Won, when);
        } else if (name == QLatin1String("reopen")) {
            m_h.deal.status = DealStatus::Open;
            for (Task &t : m_h.tasks)
                t.doneAt = when;
            addTouch(TouchKind::Reopened, when);
        } else if (name == QLatin1String("away")) {
            // An out-of-office read: back at target.
            addTouch(TouchKind::Away, when).slot = at(target);
        } else if (name == QLatin1String("task")) {
            Task t;
            t.id = ++m_ids;
            t.dealId = 1;
            t.due = when;
            m_h.tasks.append(t);
        } else {
            const auto kind = touchKindFromString(name);
            require(kind && isLoggable(*kind), "unknown op:", op);
            const Meeting *m = scheduled();
            addTouch(*kind, when, m ? m->id : 0);
            if (*kind == TouchKind::Breakup && scheduled()) {
                scheduled()->status = MeetingStatus::Cancelled;
                addTouch(TouchKind::MeetingCancelled, when, m->id);
            }
            if (*kind == TouchKind::Reengage) {
                for (Task &t : m_h.tasks)
                    t.doneAt = when;
            }
        }
    }

    DealHistory m_h;
    qint64 m_ids = 0;
};

} // namespace TestSupport
