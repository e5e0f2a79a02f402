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
    // The deal the rep is on: its card is selected and scrolled to when the board shows it; it
    // stays the current deal when a change moves or hides its card (no neighbour takes over).
    // Emits nothing: currentDealChanged is for the rep's own clicks and keys.
    void selectDeal(qint64 dealId, bool focus = false);
    qint64 currentDeal() const { return m_current; }
    bool shows(qint64 dealId) const;
    // Scrolls the stage's column into view (a stage an import added, say); false when there is
    // no column of that name.
    bool showStage(const QString &name);
    int visibleDeals() const;
    // The deals the board shows (up to limit), in column order.
    QList<qint64> visibleIds(int limit) const;
    // Won and lost deals that the search and state filter would show with them on.
    int hiddenClosedMatches() const;
    QList<NineTouch::BoardFilterModel *> columns() const;

signals:
    void currentDealChanged(qint64 dealId);
    void dealActivated(qint64 dealId);
    void moveRequested(qint64 dealId, qint64 toStageId);

protected:
    void resizeEvent(QResizeEvent *event) override;

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
    // After the models changed: the current deal's card selected again where it now is.
    // scroll: bring the card into view even where it was already selected.
    void restoreSelection(bool scroll = false);
    // The column whose current card is the current deal's; null for none.
    class QListView *viewHoldingCurrent() const;
    void showFilteredFromTheTop();

    NineTouch::PipelineModel &m_model;
    CardDelegate *m_delegate;
    QList<Column> m_columns;
    QString m_search;
    QSet<NineTouch::CadenceState> m_states;
    bool m_showClosed = false;
    qint64 m_current = 0;
    // A model is changing (rows removed, inserted, reset, sorted): the selection moves that
    // follow are not the rep's.
    int m_changing = 0;
    // The column that showed the current deal's card as the models began to change: a card
    // that comes back in another one is scrolled to, one that moved within it is not.
    class QListView *m_heldBy = nullptr;
    int m_heldAt = 0; // and how far it was scrolled
    bool m_restoring = false;
    class QTimer *m_restore;
};

} // namespace NineTouchUi
