#include "boardview.h"
#include "names.h"

#include "carddelegate.h"
#include "roles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace NineTouchUi {

using namespace NineTouch;

BoardView::BoardView(PipelineModel &model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_delegate(new CardDelegate(this))
    , m_restore(new QTimer(this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_restore->setSingleShot(true);
    m_restore->setInterval(0);
    connect(m_restore, &QTimer::timeout, this, [this] { restoreSelection(); });
    (void)rebuildColumns(); // a failure shows as an empty board with the window's message
    // Headers follow every change; coalesced so a burst of updates repaints once.
    auto *coalesce = new QTimer(this);
    coalesce->setSingleShot(true);
    coalesce->setInterval(0);
    connect(coalesce, &QTimer::timeout, this, &BoardView::updateHeaders);
    connect(&model, &PipelineModel::reloaded, coalesce, qOverload<>(&QTimer::start));
    connect(&model, &PipelineModel::timeMoved, coalesce, qOverload<>(&QTimer::start));
    connect(&model, &PipelineModel::dealUpdated, coalesce, qOverload<>(&QTimer::start));
}

QList<BoardFilterModel *> BoardView::columns() const
{
    QList<BoardFilterModel *> all;
    for (const Column &c : m_columns)
        all << c.model;
    return all;
}

bool BoardView::showStage(const QString &name)
{
    for (const Column &c : std::as_const(m_columns)) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            ensureWidgetVisible(c.view->parentWidget(), 10, 0);
            return true;
        }
    }
    return false;
}

NineTouch::Status BoardView::rebuildColumns()
{
    // The columns stay as they are when the stages cannot be read.
    const auto stages = m_model.pipeline().stages();
    if (!stages)
        return stages.error();
    for (const Column &c : std::as_const(m_columns))
        c.model->deleteLater();
    m_columns.clear();
    m_heldBy = nullptr;
    auto *strip = new QWidget;
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(8, 4, 8, 8);
    row->setSpacing(10);
    const QFontMetrics fm(font());
    for (const Stage &stage : *stages) {
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("boardColumn"));
        frame->setFrameShape(QFrame::StyledPanel);
        // Narrow enough for five stages beside the deal panel on a 1366-pixel laptop screen;
        // the cards turn compact below their comfortable width.
        frame->setMinimumWidth(fm.horizontalAdvance(QLatin1Char('x')) * 24);
        frame->setMaximumWidth(fm.horizontalAdvance(QLatin1Char('x')) * 52);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(4, 6, 4, 4);
        auto *header = new QLabel;
        header->setTextFormat(Qt::RichText);
        header->setContentsMargins(6, 0, 6, 2);
        auto *view = new QListView;
        view->setFrameShape(QFrame::NoFrame);
        view->setItemDelegate(m_delegate);
        view->setUniformItemSizes(true);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(false);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setResizeMode(QListView::Adjust);
        view->setMouseTracking(true);
        view->setAccessibleName(tr("%1 column").arg(stageLabel(stage.name)));
        QPalette pal = view->palette();
        pal.setColor(QPalette::Base, pal.color(QPalette::Window));
        view->setPalette(pal);
        auto *model = new BoardFilterModel(stage.id, this);
        model->setSourceModel(&m_model);
        model->setSearch(m_search);
        model->setStates(m_states);
        model->setShowClosed(m_showClosed);
        // Connected before the view's selection model, so that these run first: while a
        // model changes, the selection moves it causes are not taken for the rep's.
        const auto begin = [this] {
            if (m_changing == 0 && !m_restore->isActive()) {
                m_heldBy = viewHoldingCurrent();
                m_heldAt = m_heldBy ? m_heldBy->verticalScrollBar()->value() : 0;
            }
            ++m_changing;
        };
        const auto end = [this] {
            m_changing = std::max(0, m_changing - 1);
            m_restore->start();
        };
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::rowsInserted, this, end);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
        view->setModel(model);
        layout->addWidget(header);
        layout->addWidget(view, 1);
        row->addWidget(frame, 1);
        connect(model, &BoardFilterModel::moveRequested, this, &BoardView::moveRequested);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (!current.isValid() || m_changing > 0 || m_restoring)
                        return;
                    // One selection across the board.
                    for (const Column &c : std::as_const(m_columns)) {
                        if (c.view != view)
                            c.view->selectionModel()->clearSelection();
                    }
                    m_current = current.data(Roles::DealId).toLongLong();
                    emit currentDealChanged(m_current);
                });
        // A click on the card already selected still says "this one" (the rep may have been on
        // the day queue meanwhile).
        connect(view, &QListView::pressed, this, [this](const QModelIndex &i) {
            if (!i.isValid())
                return;
            m_current = i.data(Roles::DealId).toLongLong();
            emit currentDealChanged(m_current);
        });
        connect(view, &QListView::activated, this, [this](const QModelIndex &i) {
            emit dealActivated(i.data(Roles::DealId).toLongLong());
        });
        m_columns.append({ stage.id, stageLabel(stage.name), header, view, model });
    }
    row->addStretch(0);
    setWidget(strip);
    updateHeaders();
    return NineTouch::success();
}

void BoardView::updateHeaders()
{
    const QString main = m_model.pipeline().settings().currency;
    for (const Column &c : std::as_const(m_columns)) {
        const auto totals = c.model->totals();
        QStringList sums;
        if (totals.contains(main))
            sums << CardDelegate::moneyText(totals.value(main), main);
        for (auto it = totals.cbegin(); it != totals.cend() && sums.size() < 3; ++it) {
            if (it.key() != main)
                sums << CardDelegate::moneyText(it.value(), it.key());
        }
        // Elided to the column, never cut: the tooltip has it all.
        const QFontMetrics fm(c.header->font());
        QFont bold = c.header->font();
        bold.setBold(true);
        const int width = std::max(40, c.header->width() - 14);
        const QString count = tr("%n deal(s)", nullptr, c.model->rowCount());
        const QString values = sums.isEmpty() ? tr("no value") : sums.join(QStringLiteral(" · "));
        // The name has the first line; the count joins it where both fit, else it leads the
        // second line ("Verhandlung" whole rather than "Verhandl…  27 Deals").
        const int nameWidth = QFontMetrics(bold).horizontalAdvance(c.name);
        const bool countBeside = nameWidth + fm.horizontalAdvance(count) + 12 <= width;
        const QString name = QFontMetrics(bold).elidedText(c.name, Qt::ElideRight, width);
        const QString countHtml =
            QStringLiteral("<span style='color:palette(mid)'>%1</span>").arg(count);
        c.header->setText(
            countBeside
                ? QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2<br/>%3")
                      .arg(name.toHtmlEscaped(), countHtml,
                           fm.elidedText(values, Qt::ElideRight, width).toHtmlEscaped())
                : QStringLiteral("<b>%1</b><br/>%2 · %3")
                      .arg(
                          name.toHtmlEscaped(), countHtml,
                          fm.elidedText(values, Qt::ElideRight,
                                        width - fm.horizontalAdvance(count + QStringLiteral(" · ")))
                              .toHtmlEscaped()));
        c.header->setToolTip(c.name + QStringLiteral(": ") + count + QStringLiteral(", ") + values);
    }
}

void BoardView::setSearch(const QString &text)
{
    m_search = text;
    for (const Column &c : std::as_const(m_columns))
        c.model->setSearch(text);
    updateHeaders();
    showFilteredFromTheTop();
}

void BoardView::showFilteredFromTheTop()
{
    // Other cards than before: each column shows its first one (or the current card), not a
    // half-hidden card where the rep had scrolled.
    const int source = m_model.rowOf(m_current);
    for (const Column &c : std::as_const(m_columns)) {
        const QModelIndex i =
            source < 0 ? QModelIndex() : c.model->mapFromSource(m_model.index(source));
        if (i.isValid())
            c.view->scrollTo(i);
        else
            c.view->scrollToTop();
    }
}

void BoardView::setStates(const QSet<CadenceState> &states)
{
    m_states = states;
    for (const Column &c : std::as_const(m_columns))
        c.model->setStates(states);
    updateHeaders();
    showFilteredFromTheTop();
}

void BoardView::setShowClosed(bool show)
{
    m_showClosed = show;
    for (const Column &c : std::as_const(m_columns))
        c.model->setShowClosed(show);
    updateHeaders();
    showFilteredFromTheTop();
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    QTimer::singleShot(0, this, &BoardView::updateHeaders); // after the columns took their width
}

int BoardView::visibleDeals() const
{
    int n = 0;
    for (const Column &c : m_columns)
        n += c.model->rowCount();
    return n;
}

int BoardView::hiddenClosedMatches() const
{
    // The columns' own filters over every row: counted when the rep filters, not kept sorted.
    if (m_showClosed || m_columns.isEmpty() || !m_columns.constFirst().model->isFiltering())
        return 0;
    const BoardFilterModel &filters = *m_columns.constFirst().model;
    int n = 0;
    for (int r = 0; r < m_model.rowCount(); ++r)
        n += !m_model.boardKey(r).open && filters.matchesFilters(r);
    return n;
}

QList<qint64> BoardView::visibleIds(int limit) const
{
    QList<qint64> ids;
    for (const Column &c : m_columns) {
        for (int r = 0; r < c.model->rowCount() && ids.size() < limit; ++r)
            ids << c.model->index(r, 0).data(Roles::DealId).toLongLong();
    }
    return ids;
}

bool BoardView::shows(qint64 dealId) const
{
    const int source = m_model.rowOf(dealId);
    if (source < 0)
        return false;
    for (const Column &c : m_columns) {
        if (c.model->mapFromSource(m_model.index(source)).isValid())
            return true;
    }
    return false;
}

void BoardView::selectDeal(qint64 dealId, bool focus)
{
    m_current = dealId;
    restoreSelection(true);
    if (focus) {
        for (const Column &c : std::as_const(m_columns)) {
            if (c.view->currentIndex().isValid() && c.view->selectionModel()->hasSelection())
                c.view->setFocus();
        }
    }
}

QListView *BoardView::viewHoldingCurrent() const
{
    for (const Column &c : m_columns) {
        const QModelIndex i = c.view->currentIndex();
        if (m_current && i.isValid() && i.data(Roles::DealId).toLongLong() == m_current)
            return c.view;
    }
    return nullptr;
}

void BoardView::restoreSelection(bool scroll)
{
    const QScopedValueRollback<bool> quiet(m_restoring, true);
    const int source = m_model.rowOf(m_current);
    for (const Column &c : std::as_const(m_columns)) {
        const QModelIndex i =
            source < 0 ? QModelIndex() : c.model->mapFromSource(m_model.index(source));
        if (i.isValid()) {
            // A card that moved here from another column (a drop, an undo) is scrolled to; one
            // that stayed in its column is left where the rep scrolled. A card whose place in
            // its column changed was taken out and put back, and the view scrolled to the
            // neighbour that was current meanwhile: the rep's scrolling is put back.
            const bool movedHere = c.view != m_heldBy;
            const bool lost = c.view->currentIndex() != i; // taken out and put back
            if (lost || !c.view->selectionModel()->isSelected(i))
                c.view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
            if (movedHere || scroll)
                c.view->scrollTo(i);
            else if (lost)
                c.view->verticalScrollBar()->setValue(m_heldAt);
        } else {
            c.view->selectionModel()->clear();
        }
    }
    m_heldBy = viewHoldingCurrent();
}

} // namespace NineTouchUi
