#include "boardfiltermodel.h"

#include "pipelinemodel.h"

#include "reptext.h"
#include "roles.h"

#include <QMimeData>

namespace NineTouch {

BoardFilterModel::BoardFilterModel(qint64 stageId, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_stageId(stageId)
{
    // Filtered, never sorted: the pipeline model keeps its rows in the board's order, and a
    // column keeps theirs.
    setDynamicSortFilter(true);
    // Filtered totals are summed again only after this column changed: a drop changes two
    // columns of five, and the others' headers read what they kept.
    const auto changed = [this] {
        m_totals.reset();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(this, &QAbstractItemModel::rowsMoved, this, changed);
    connect(this, &QAbstractItemModel::dataChanged, this, changed);
    connect(this, &QAbstractItemModel::layoutChanged, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
}

void BoardFilterModel::setSearch(const QString &text)
{
    const QString s = RepText::queryKey(text);
    if (s == m_search)
        return;
    m_search = s;
    refilter();
}

void BoardFilterModel::setStates(const QSet<CadenceState> &states)
{
    m_states = states;
    refilter();
}

void BoardFilterModel::setShowClosed(bool show)
{
    m_showClosed = show;
    refilter();
}

void BoardFilterModel::refilter()
{
    // The whole mapping made again in one pass: invalidateFilter() works out which rows came
    // and went one range at a time, and a search over 100,000 deals changes them everywhere,
    // which it pays for quadratically (a second per keystroke). The views keep their current
    // item through the layout change.
    invalidate();
}

bool BoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // The pipeline model's compact keys: five columns filter 100,000 deals at each search.
    if (!hasRow(sourceRow))
        return false;
    const PipelineModel::BoardKey &k = m_pipeline->boardKey(sourceRow);
    if (m_stageId != 0 && k.stageId != m_stageId)
        return false;
    if (!m_showClosed && !k.open)
        return false;
    return matchesFilters(sourceRow);
}

bool BoardFilterModel::matchesFilters(int sourceRow) const
{
    if (!hasRow(sourceRow))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(m_pipeline->boardKey(sourceRow).state))
        return false;
    return m_search.isEmpty() || m_pipeline->matches(sourceRow, m_search);
}

void BoardFilterModel::setSourceModel(QAbstractItemModel *model)
{
    // A board column shows the pipeline's deals, and reads their rows directly.
    m_pipeline = qobject_cast<const PipelineModel *>(model);
    Q_ASSERT_X(m_pipeline || !model, "BoardFilterModel::setSourceModel",
               "the source must be the PipelineModel");
    QSortFilterProxyModel::setSourceModel(model);
}

bool BoardFilterModel::hasRow(int sourceRow) const
{
    return m_pipeline && sourceRow >= 0 && sourceRow < m_pipeline->rows();
}

QMap<QString, qint64> BoardFilterModel::totals() const
{
    // Unfiltered, a stage's totals are the pipeline model's, kept deal by deal.
    if (m_pipeline && m_stageId != 0 && !isFiltering())
        return m_pipeline->stageTotals(m_stageId, m_showClosed);
    if (!m_totals)
        m_totals = sum();
    return *m_totals;
}

QMap<QString, qint64> BoardFilterModel::sum() const
{
    // Over this column's own rows, as the filter left them, from the compact keys: a search at
    // 100,000 deals leaves each column a fifth of them, and asking the filter again of every
    // deal, or reading each whole row, cost more than the filtering did.
    QMap<QString, qint64> t;
    if (!m_pipeline)
        return t;
    QList<qint64> sums(m_pipeline->currencies().size());
    QList<bool> seen(sums.size());
    const int n = rowCount();
    for (int r = 0; r < n; ++r) {
        const int source = mapToSource(index(r, 0)).row();
        if (!hasRow(source))
            continue;
        const PipelineModel::BoardKey &k = m_pipeline->boardKey(source);
        sums[k.currency] += k.valueCents;
        seen[k.currency] = true;
    }
    for (qsizetype c = 0; c < sums.size(); ++c) {
        if (seen.at(c))
            t.insert(m_pipeline->currencies().at(c), sums.at(c));
    }
    return t;
}

qint64 BoardFilterModel::totalCents(const QString &currency) const
{
    return totals().value(currency);
}

Qt::ItemFlags BoardFilterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    else
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList BoardFilterModel::mimeTypes() const
{
    return { QLatin1String(mimeType) };
}

QMimeData *BoardFilterModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(mimeType),
                  QByteArray::number(indexes.first().data(Roles::DealId).toLongLong()));
    return data;
}

Qt::DropActions BoardFilterModel::supportedDropActions() const
{
    return Qt::MoveAction;
}
Qt::DropActions BoardFilterModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool BoardFilterModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                       const QModelIndex &) const
{
    return m_stageId != 0 && data && data->hasFormat(QLatin1String(mimeType));
}

bool BoardFilterModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qint64 id = data->data(QLatin1String(mimeType)).toLongLong(&ok);
    if (ok)
        emit moveRequested(id, m_stageId);
    // Nothing is inserted here: the pipeline moves the deal and the models follow.
    return false;
}

} // namespace NineTouch
