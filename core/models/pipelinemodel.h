// Every deal with its cadence, as the board, the header and the day queue read them. Kept up
// to date by the pipeline's signals (changes made here and by other programs alike), row by
// row, so views keep their selection and scroll position; re-evaluated as time passes.
#pragma once

#include "pipeline.h"
#include "roles.h"

#include <QAbstractListModel>
#include <QSet>

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

    // Reads every deal. The first time the model is filled; afterwards rows are merged by deal
    // id: changed rows are updated in place, gone ones removed, new ones inserted.
    Status reload();
    // Re-reads these deals (added, changed or removed).
    void updateDeals(const QList<qint64> &changed);
    // Re-evaluates every deal at the clock's time (histories are kept: no database read).
    void refreshTime();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 dealId) const { return m_index.value(dealId, -1); }
    const DealStatusView *view(qint64 dealId) const;
    const QList<DealStatusView> &views() const { return m_rows; }

    QString nextStepText(const Cadence &c) const;

signals:
    void reloaded();
    void dealUpdated(qint64 id);
    // The clock moved (refreshTime): every cadence re-evaluated, no deal's data changed.
    void timeMoved();
    // Reading the file failed: what the model shows may be out of date.
    void readFailed(const NineTouch::Error &error);

private:
    void updateDeal(qint64 id);
    void rebuildIndex();

    Pipeline &m_pipeline;
    Clock m_clock;
    QList<DealStatusView> m_rows;
    QHash<qint64, int> m_index;
    bool m_loaded = false;
    QSet<qint64> m_unread; // deals whose last read failed: read again at the next change
    mutable QHash<qint64, QString> m_searchKeys; // folded once per deal version, for search
};

} // namespace NineTouch
