// Today's work across all deals: every step overdue or due before the day ends, by time.
#pragma once

#include "pipelinemodel.h"

#include <QAbstractTableModel>

namespace NineTouch {

class DayQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StepColumn, DealColumn, ContactColumn, ColumnCount };
    // A call is "due now" from its agreed time for this long: it leads the queue and the
    // window's call banner, the latest first (the one the rep is about to make).
    static constexpr int callNowSecs = 15 * 60;
    static bool isCallNow(const Step &step, const QDateTime &now)
    {
        return step.kind == StepKind::Call && step.due <= now
            && step.due.secsTo(now) <= callNowSecs;
    }

    explicit DayQueueModel(PipelineModel &pipeline, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Item
    {
        qint64 dealId;
        Step step;
    };
    const QList<Item> &items() const { return m_items; }
    static QString stepLabel(const Step &step);

public slots:
    void rebuild();

private:
    PipelineModel &m_pipeline;
    QList<Item> m_items;
};

} // namespace NineTouch
