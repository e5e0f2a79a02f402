#include "historywriter.h"

#include "activityrepository.h"
#include "dealrepository.h"
#include "pipeline.h"
#include "settingsrepository.h"

namespace NineTouch {

HistoryWriter::HistoryWriter(const Pipeline &pipeline, DealRepository &deals,
                             ActivityRepository &activity, SettingsRepository &settings)
    : m_pipeline(pipeline)
    , m_deals(deals)
    , m_activity(activity)
    , m_settings(settings)
{
}

Status HistoryWriter::ours(qint64 dealId) const
{
    // The history of a deal someone already has is theirs: nothing is written into its past.
    if (!m_written.contains(dealId))
        return refusal(tr("Deal %1 was not written in this history.").arg(dealId));
    return success();
}

Status HistoryWriter::oursMeeting(qint64 meetingId) const
{
    if (!m_meetings.contains(meetingId))
        return refusal(tr("Meeting %1 was not written in this history.").arg(meetingId));
    return success();
}

Result<qint64> HistoryWriter::addDeal(const Deal &deal)
{
    if (deal.stageId == 0)
        return inputError(Field::Stage, tr("a deal needs a stage."));
    if (Status s = m_pipeline.validate(deal); !s)
        return s.error();
    auto id = m_deals.insert(deal);
    if (id)
        m_written.insert(*id);
    return id;
}

Status HistoryWriter::updateDeal(const Deal &deal)
{
    if (Status s = ours(deal.id); !s)
        return s;
    if (Status s = m_pipeline.validate(deal); !s)
        return s;
    return m_deals.update(deal);
}

Result<qint64> HistoryWriter::addMeeting(const Meeting &meeting, const QDateTime &at)
{
    if (Status s = ours(meeting.dealId); !s)
        return s.error();
    auto id = m_activity.insertMeeting(meeting, at);
    if (id)
        m_meetings.insert(*id);
    return id;
}

Status HistoryWriter::updateMeeting(const Meeting &meeting, const QDateTime &at)
{
    if (Status s = ours(meeting.dealId); !s)
        return s;
    if (Status s = oursMeeting(meeting.id); !s)
        return s;
    return m_activity.updateMeeting(meeting, at);
}

Result<qint64> HistoryWriter::addTouch(const Touch &touch)
{
    if (Status s = ours(touch.dealId); !s)
        return s.error();
    if (touch.meetingId) {
        if (Status s = oursMeeting(touch.meetingId); !s)
            return s.error();
    }
    return m_activity.insertTouch(touch);
}

Result<qint64> HistoryWriter::addTask(const Task &task)
{
    if (Status s = ours(task.dealId); !s)
        return s.error();
    return m_activity.insertTask(task);
}

Status HistoryWriter::setDefault(const QString &key, const QString &value)
{
    return m_settings.insertDefault(key, value);
}

} // namespace NineTouch
