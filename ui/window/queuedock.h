// The day queue as a dock: today's steps, the most urgent first. It keeps the rep's row and
// scroll position when the queue is rebuilt (time passes, deals change), highlights only the
// current deal's row, and says in its title how many steps are due and overdue.
#pragma once

#include "types.h"

#include <QDockWidget>

class QTableView;

namespace NineTouch {
class DayQueueModel;
class PipelineModel;
} // namespace NineTouch

namespace NineTouchUi {

class QueueDock final : public QDockWidget
{
    Q_OBJECT

public:
    QueueDock(NineTouch::DayQueueModel &queue, NineTouch::PipelineModel &model,
              QWidget *parent = nullptr);

    // The deal the window works on: its row stays highlighted, any other row is not.
    void setCurrentDeal(qint64 dealId);
    // No row highlighted (the rep works on the board now).
    void clearSelection();
    // Makes the first row current (the most urgent step).
    void selectFirst();
    // The keyboard in the queue, on its current row or the first.
    void focusQueue();

signals:
    // The rep moved to a row: its deal is the current deal.
    void dealSelected(qint64 dealId);
    // The rep opened a row (Enter, double click): do that step.
    void stepActivated(qint64 dealId, NineTouch::StepKind kind, bool cancel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpColumns();
    void updateTitle();
    void remember();
    void restore();

    NineTouch::DayQueueModel &m_queue;
    NineTouch::PipelineModel &m_model;
    QTableView *m_view;
    qint64 m_currentDeal = 0;
    struct Row
    {
        qint64 dealId = 0;
        int kind = 0;
        bool cancel = false;
    } m_row; // the row the rep was on, across rebuilds
    int m_scroll = 0;
};

} // namespace NineTouchUi
