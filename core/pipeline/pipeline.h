// The rep's pipeline: every read and every change of deals goes through here, validated and in
// one transaction each; changes are announced through signals.
#pragma once

#include "activityrepository.h"
#include "cadenceengine.h"
#include "database.h"
#include "dealrepository.h"
#include "settings.h"

#include <QObject>

#include <memory>

namespace NineTouch {

struct MissedOutcome
{
    std::optional<Meeting> proposed; // the next slot, set as if agreed
    bool breakupDue = false; // the last cycle's call: break up instead
};

// A deal with its cadence, as the board and the queue show it.
struct DealStatusView
{
    DealHistory history;
    Cadence cadence;
};

class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    static Result<std::unique_ptr<Pipeline>> open(const QString &path, Database::Mode mode,
                                                  Database::Check check = Database::Check::Full);
    explicit Pipeline(std::shared_ptr<Database> db, QObject *parent = nullptr);

    Database &database() { return *m_db; }
    DealRepository &deals() { return m_deals; }
    ActivityRepository &activity() { return m_activity; }

    const Settings &settings() const { return m_settings; }
    Status setSetting(const QString &key, const QString &value);
    Status reloadSettings();
    // The engine for the current settings; valid until the settings change.
    const CadenceEngine &engine() const { return *m_engine; }

    std::optional<Deal> deal(qint64 id) const { return m_deals.find(id); }
    Result<DealHistory> history(qint64 id) const;
    Result<Cadence> cadence(qint64 id, const QDateTime &now) const;
    // Every deal matching filter with its cadence: the board's and the queue's read.
    Result<QList<DealStatusView>>
    evaluateAll(const QDateTime &now, const DealFilter &filter = {},
                CadenceEngine::Detail detail = CadenceEngine::Detail::Full,
                bool withText = false) const; // withText: touches' notes and exact texts too

    // Checks a deal's fields; the message names the field and the value.
    Status validate(const Deal &deal) const;

    Result<qint64> addDeal(Deal deal, const QDateTime &now);
    // All of them in one transaction, or none.
    Result<int> importDeals(QList<Deal> deals, const QDateTime &now);
    Status updateDeal(Deal deal, const QDateTime &now);

    Result<Meeting> setMeeting(qint64 dealId, const QDateTime &start, const QString &tz,
                               int minutes, const QString &agenda, Channel channel,
                               const QDateTime &now);
    Status meetingHeld(qint64 dealId, const QDateTime &now);
    // tried: PhoneLine flags
    Result<MissedOutcome> meetingMissed(qint64 dealId, int tried, const QDateTime &now);
    // What meetingMissed would propose, without writing.
    Result<QDateTime> proposedSlot(qint64 dealId) const;

    Result<qint64> logTouch(qint64 dealId, TouchKind kind, const QDateTime &at, const QString &note,
                            const QString &body, const QDateTime &now);

    Status markWon(qint64 dealId, const QDateTime &now);
    Status markLost(qint64 dealId, const QString &reason, const QDateTime &now);
    Status reopen(qint64 dealId, const QDateTime &now);

    // A deal's whole state, and putting it back exactly: how the UI undoes any change.
    Result<DealHistory> snapshot(qint64 dealId) const { return history(dealId); }
    Status restore(const DealHistory &snapshot);
    Status removeDeal(qint64 dealId);
    Status reinsert(const DealHistory &snapshot); // a removed deal back, with its ids

    // The rep's stages: names checked (not empty, not taken), a stage with deals never removed.
    Result<qint64> addStage(const QString &name);
    Status renameStage(qint64 id, const QString &name);
    Status reorderStages(const QList<qint64> &ids);
    Status removeStage(qint64 id);

    static QString breakupLostReason();
    static QString triedText(int tried);

signals:
    void dealAdded(qint64 id);
    void dealChanged(qint64 id);
    void dealRemoved(qint64 id);
    void stagesChanged();
    void settingsChanged();

private:
    Result<Deal> openDeal(qint64 id) const;
    Status checkStageName(const QString &name, qint64 except) const;
    Status cancelScheduled(qint64 dealId, const QDateTime &now);
    Status touch(qint64 dealId, TouchKind kind, const QDateTime &at, qint64 meetingId = 0,
                 const QString &outcome = {}, const QString &note = {}, int minutes = 0);

    std::shared_ptr<Database> m_db;
    DealRepository m_deals;
    ActivityRepository m_activity;
    Settings m_settings;
    std::unique_ptr<WorkCalendar> m_calendar;
    std::unique_ptr<CadenceEngine> m_engine;
};

} // namespace NineTouch
