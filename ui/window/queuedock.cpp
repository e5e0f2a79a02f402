#include "queuedock.h"

#include "dayqueuemodel.h"
#include "pipeline.h"
#include "pipelinemodel.h"
#include "queuedelegate.h"
#include "roles.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace NineTouchUi {

using namespace NineTouch;

QueueDock::QueueDock(DayQueueModel &queue, PipelineModel &model, QWidget *parent)
    : QDockWidget(tr("Today"), parent)
    , m_queue(queue)
    , m_model(model)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("dayQueue"));
    m_view->setObjectName(QStringLiteral("dayQueueView"));
    m_view->setModel(&m_queue);
    m_view->setItemDelegate(new QueueDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Day queue"));
    setUpColumns();
    setWidget(m_view);
    m_view->installEventFilter(this);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &row) {
        if (row.isValid())
            emit stepActivated(row.data(Roles::DealId).toLongLong(),
                               StepKind(row.data(Roles::Kind).toInt()),
                               row.data(Roles::Cancel).toBool());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &row) {
                if (row.isValid())
                    emit dealSelected(row.data(Roles::DealId).toLongLong());
            });
    connect(&m_queue, &QAbstractItemModel::modelAboutToBeReset, this, &QueueDock::remember);
    connect(&m_queue, &QAbstractItemModel::modelReset, this, &QueueDock::restore);
    connect(&m_queue, &QAbstractItemModel::modelReset, this, &QueueDock::updateTitle);
    updateTitle();
}

void QueueDock::setUpColumns()
{
    // Widths from the font, not from measuring every row.
    const QFontMetrics fm(font());
    QHeaderView *header = m_view->horizontalHeader();
    m_view->verticalHeader()->hide();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DayQueueModel::DealColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(DayQueueModel::TimeColumn,
                           fm.horizontalAdvance(QStringLiteral("Wed 00 Mmm, 00:00 AM")) + 28);
    // The widest step as the app's language says it.
    int stepWidth = 0;
    for (StepKind kind : { StepKind::SetMeeting, StepKind::Recap, StepKind::Invite,
                           StepKind::Reminder, StepKind::Call, StepKind::MissedCall,
                           StepKind::Breakup, StepKind::MarkLost, StepKind::Reengage })
        stepWidth = std::max(
            stepWidth, fm.horizontalAdvance(CadenceEngine::stepLabel(Step { kind, {}, false })));
    m_view->setColumnWidth(DayQueueModel::StepColumn, stepWidth + 24);
    m_view->setColumnWidth(DayQueueModel::ContactColumn,
                           fm.horizontalAdvance(QStringLiteral("Firstname Lastname-Longer")) + 20);
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
}

void QueueDock::updateTitle()
{
    // Past the rule or overdue: the queue's own sections, read at its last rebuild.
    int overdue = 0;
    for (const auto &item : m_queue.items())
        overdue += item.section == DayQueueModel::Section::PastRule
            || item.section == DayQueueModel::Section::Overdue;
    setWindowTitle(tr("Today: %n step(s)", nullptr, int(m_queue.items().size()))
                   + (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
}

void QueueDock::setCurrentDeal(qint64 dealId)
{
    m_currentDeal = dealId;
    const QModelIndex row = m_view->currentIndex();
    if (row.isValid() && row.data(Roles::DealId).toLongLong() != dealId)
        clearSelection();
}

void QueueDock::clearSelection()
{
    const QSignalBlocker quiet(m_view->selectionModel());
    m_view->selectionModel()->clear();
    m_view->viewport()->update();
}

void QueueDock::selectFirst()
{
    if (m_queue.rowCount() > 0)
        m_view->setCurrentIndex(m_queue.index(0, 0));
}

void QueueDock::focusQueue()
{
    show();
    m_view->setFocus();
    if (!m_view->currentIndex().isValid())
        selectFirst();
}

void QueueDock::remember()
{
    const QModelIndex row = m_view->currentIndex();
    m_row = row.isValid() ? Row { row.data(Roles::DealId).toLongLong(),
                                  row.data(Roles::Kind).toInt(), row.data(Roles::Cancel).toBool() }
                          : Row {};
    m_scroll = m_view->verticalScrollBar()->value();
}

void QueueDock::restore()
{
    // The rep's row again; when that step is done, the deal's next step in the queue: the rep
    // stays on the deal, never moved to another by a row that went away.
    QModelIndex same;
    QModelIndex sameDeal;
    for (int r = 0; m_row.dealId && r < m_queue.rowCount() && !same.isValid(); ++r) {
        const QModelIndex i = m_queue.index(r, 0);
        if (i.data(Roles::DealId).toLongLong() != m_row.dealId)
            continue;
        if (!sameDeal.isValid())
            sameDeal = i;
        if (i.data(Roles::Kind).toInt() == m_row.kind
            && i.data(Roles::Cancel).toBool() == m_row.cancel)
            same = i;
    }
    const QModelIndex back = same.isValid() ? same : sameDeal;
    if (back.isValid() && m_row.dealId == m_currentDeal) {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_view->setCurrentIndex(back);
    }
    m_view->verticalScrollBar()->setValue(m_scroll);
}

bool QueueDock::eventFilter(QObject *watched, QEvent *event)
{
    // A queue without a current row picks its first one when it gets the focus back (after a
    // dialog closed): that is no choice of the rep's, so it does not change the current deal.
    if (watched == m_view && event->type() == QEvent::FocusIn && !m_view->currentIndex().isValid()
        && m_queue.rowCount() > 0) {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(m_queue.index(0, 0),
                                                  QItemSelectionModel::NoUpdate);
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace NineTouchUi
