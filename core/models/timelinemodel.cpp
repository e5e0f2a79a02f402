#include "timelinemodel.h"

#include "dayqueuemodel.h"
#include "names.h"
#include "reptext.h"
#include "roles.h"

#include <QLocale>

namespace NineTouch {

QString TimelineModel::touchLabel(TouchKind kind)
{
    switch (kind) {
    case TouchKind::Recap:
        return tr("Recap sent");
    case TouchKind::Invite:
        return tr("Invite sent");
    case TouchKind::Reminder:
        return tr("Reminder sent");
    case TouchKind::Call:
        return tr("Call");
    case TouchKind::MissedCall:
        return tr("Missed-call email sent");
    case TouchKind::Breakup:
        return tr("Break-up email sent");
    case TouchKind::Reply:
        return tr("Reply received");
    case TouchKind::Reengage:
        return tr("Re-engage email sent");
    case TouchKind::Note:
        return tr("Note");
    case TouchKind::MeetingSet:
        return tr("Meeting set");
    case TouchKind::MeetingMoved:
        return tr("Meeting moved");
    case TouchKind::MeetingHeld:
        return tr("Meeting held");
    case TouchKind::MeetingCancelled:
        return tr("Meeting cancelled");
    case TouchKind::StageChanged:
        return tr("Stage changed");
    case TouchKind::Won:
        return tr("Won");
    case TouchKind::Lost:
        return tr("Marked lost");
    case TouchKind::Reopened:
        return tr("Reopened");
    case TouchKind::Away:
        return tr("Out of office");
    }
    return {};
}

QString TimelineModel::triedLabel(int tried)
{
    QStringList lines;
    if (tried & int(PhoneLine::Direct))
        lines << tr("direct line");
    if (tried & int(PhoneLine::Reception))
        lines << tr("reception");
    if (tried & int(PhoneLine::Mobile))
        lines << tr("mobile");
    return QLocale().createSeparatedList(lines);
}

void TimelineModel::setDeal(const DealHistory &h, const Cadence &c, const CadenceEngine &engine,
                            const QDateTime &now, const std::function<QString(qint64)> &otherRep)
{
    beginResetModel();
    m_entries.clear();
    m_zone = engine.calendar().zone();
    for (const Touch &t : h.touches) {
        Entry e;
        e.kind = int(t.kind);
        e.key = QStringLiteral("t:%1").arg(t.id);
        e.when = t.at;
        e.title = touchLabel(t.kind);
        if (t.isMissedCall())
            e.title = tr("Call missed");
        if (t.kind == TouchKind::MeetingSet && t.proposed)
            e.title = tr("Next slot proposed");
        QString detail = t.note;
        if (t.kind == TouchKind::StageChanged)
            detail = stageChangeLabel(t.note);
        if (t.isMissedCall() && t.tried)
            detail = tr("Tried: %1").arg(triedLabel(t.tried));
        if ((t.kind == TouchKind::MeetingSet || t.kind == TouchKind::MeetingMoved)
            && t.slot.isValid()) {
            QTimeZone zone;
            for (const Meeting &m : h.meetings) {
                if (m.id == t.meetingId)
                    zone = QTimeZone(m.tz.toUtf8());
            }
            detail = tr("for %1").arg(RepText::meetingTime(t.slot, zone, m_zone, true));
        }
        if (const QString who = otherRep ? otherRep(t.rep) : QString(); !who.isEmpty())
            detail = detail.isEmpty() ? tr("by %1").arg(who) : tr("%1 · by %2").arg(detail, who);
        e.detail = detail;
        e.text = t.body;
        m_entries.append(e);
    }
    for (const Step &s : c.steps) {
        Entry e;
        e.kind = int(s.kind);
        e.key = QStringLiteral("s:%1:%2").arg(toString(s.kind)).arg(s.cancel);
        e.when = s.due;
        e.title = DayQueueModel::stepLabel(s);
        e.planned = true;
        e.urgency = engine.urgency(s, now);
        switch (e.urgency) {
        case Urgency::PastRule:
            e.detail = tr("past the rule");
            break;
        case Urgency::Overdue:
            e.detail = tr("overdue");
            break;
        case Urgency::Due:
            e.detail = tr("due now");
            break;
        default:
            e.detail = tr("planned");
        }
        m_entries.append(e);
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::ToolTipRole:
        return e.text.isEmpty() ? e.detail : e.text;
    case Roles::Kind:
        return e.kind;
    case Roles::When:
        return e.when;
    case Roles::Planned:
        return e.planned;
    case Roles::Urgency:
        return int(e.urgency);
    case Roles::Text:
        return e.text;
    case Roles::StepDetail:
        return e.detail;
    case Roles::EntryKey:
        return e.key;
    }
    return {};
}

} // namespace NineTouch
