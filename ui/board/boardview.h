// The pipeline board: one column per stage in the rep's order, each headed by its deal count
// and value, cards drawn by CardDelegate, drag a card to another column to move its stage.
#pragma once

#include "boardfiltermodel.h"
#include "pipelinemodel.h"

#include <QScrollArea>

class QLabel;
class QListView;

namespace NineTouchUi {

class CardDelegate;

class BoardView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit BoardView(NineTouch::PipelineModel &model, QWidget *parent = nullptr);

    NineTouch::Status rebuildColumns(); // after the stages changed
    void setSearch(const QString &text);
    void setStates(const QSet<NineTouch::CadenceState> &states);
    void setShowClosed(bool show);
    void selectDeal(qint64 dealId);
    qint64 currentDeal() const { return m_current; }
    int visibleDeals() const;
    QList<NineTouch::BoardFilterModel *> columns() const;

signals:
    void currentDealChanged(qint64 dealId);
    void dealActivated(qint64 dealId);
    void moveRequested(qint64 dealId, qint64 toStageId);

private:
    struct Column
    {
        qint64 stageId;
        QString name;
        QLabel *header;
        QListView *view;
        NineTouch::BoardFilterModel *model;
    };
    void updateHeaders();

    NineTouch::PipelineModel &m_model;
    CardDelegate *m_delegate;
    QList<Column> m_columns;
    QString m_search;
    QSet<NineTouch::CadenceState> m_states;
    bool m_showClosed = false;
    qint64 m_current = 0;
};

} // namespace NineTouchUi
