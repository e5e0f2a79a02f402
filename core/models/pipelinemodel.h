// Every deal with its cadence, as the board, the header and the day queue read them. Kept up
// to date by the pipeline's signals; re-evaluated as time passes.
#pragma once

#include "pipeline.h"
#include "roles.h"

#include <QAbstractListModel>

#include <functional>

namespace NineTouch {

class PipelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit PipelineModel(Pipeline &pipeline, Clock clock = {}, QObject *parent = nullptr);

    // The clock is the wall clock unless a fixed time is given (replays, screenshots, tests).
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    Pipeline &pipeline() { return m_pipeline; }

    Status reload();
    // Re-evaluates every deal at the clock's time (histories are kept: no database read).
    void refreshTime();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 dealId) const { return m_index.value(dealId, -1); }
    const DealStatusView *view(qint64 dealId) const;
    const QList<DealStatusView> &views() const { return m_rows; }

    static Urgency urgencyOf(const Cadence &c, const QDateTime &now, const WorkCalendar &calendar);
    QString nextStepText(const Cadence &c) const;

signals:
    void reloaded();
    void dealUpdated(qint64 id);

private:
    void updateDeal(qint64 id);

    Pipeline &m_pipeline;
    Clock m_clock;
    QList<DealStatusView> m_rows;
    QHash<qint64, int> m_index;
};

} // namespace NineTouch
