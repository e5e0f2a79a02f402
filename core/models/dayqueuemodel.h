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
