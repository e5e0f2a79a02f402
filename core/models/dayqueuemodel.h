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

    // The queue's sections, in the order a rep works in.
    enum class Section { CallNow, PastRule, Overdue, Today };
    struct Item
    {
        qint64 dealId;
        Step step;
        // As of the last rebuild (CadenceEngine::urgency walks the working calendar: it is
        // read once per item, not at every comparison of a sort).
        Section section = Section::Today;
    };
    const QList<Item> &items() const { return m_items; }
    static QString stepLabel(const Step &step);

public slots:
    // Every deal's steps again, at the clock's time.
    void rebuild();
    // One deal's steps again, put in their places: a change costs what it changes.
    void updateDeal(qint64 dealId);

private:
    // The deal's steps due before the day ends, in the deal's own order.
    QList<Item> itemsOf(const DealRow &row) const;
    bool before(const Item &a, const Item &b) const;

    PipelineModel &m_pipeline;
    QList<Item> m_items;
    QDateTime m_at; // the moment the sections were read at (the last rebuild)
    QDateTime m_endOfDay; // the end of m_at's day in the rep's zone: the queue's horizon
};

} // namespace NineTouch

Q_DECLARE_TYPEINFO(NineTouch::DayQueueModel::Item, Q_RELOCATABLE_TYPE);
