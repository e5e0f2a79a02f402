// A history laid down as it happened, backdated: deals with their meetings, touches and tasks at
// the times they took place (the demo pipeline). The operations of Pipeline write the present
// and refuse the past; this writes the past, inside one Pipeline::writeHistory, and checks what
// still applies: every deal as addDeal checks it, and only deals written here get history.
#pragma once

#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QSet>

namespace NineTouch {

class ActivityRepository;
class DealRepository;
class Pipeline;
class SettingsRepository;

class HistoryWriter final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWriter)

public:
    // A new deal with its contact; its times (created, stage changed, closed) as given.
    Result<qint64> addDeal(const Deal &deal);
    // A deal written here, closed or changed later in its history.
    Status updateDeal(const Deal &deal);
    // at: when it was agreed (or changed).
    Result<qint64> addMeeting(const Meeting &meeting, const QDateTime &at);
    Status updateMeeting(const Meeting &meeting, const QDateTime &at);
    Result<qint64> addTouch(const Touch &touch);
    Result<qint64> addTask(const Task &task);
    // A setting the rep has not set yet (the demo's rep name and signature).
    Status setDefault(const QString &key, const QString &value);

private:
    friend class Pipeline;
    HistoryWriter(const Pipeline &pipeline, DealRepository &deals, ActivityRepository &activity,
                  SettingsRepository &settings);
    Status ours(qint64 dealId) const;
    Status oursMeeting(qint64 meetingId) const;

    const Pipeline &m_pipeline;
    DealRepository &m_deals;
    ActivityRepository &m_activity;
    SettingsRepository &m_settings;
    QSet<qint64> m_written; // the deals added here
    QSet<qint64> m_meetings; // the meetings added here
};

} // namespace NineTouch
