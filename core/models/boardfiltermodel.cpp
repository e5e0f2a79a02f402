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
    setDynamicSortFilter(true);
    sort(0);
}

void BoardFilterModel::setSearch(const QString &text)
{
    // The query's accents go too, but not its umlauts spelled out: "mueller" is matched by the
    // deal's second, spelled-out form.
    const QString s = RepText::searchKey(text.simplified()).section(QLatin1Char('\n'), 0, 0);
    if (s == m_search)
        return;
    m_search = s;
    invalidateFilter();
}

void BoardFilterModel::setStates(const QSet<CadenceState> &states)
{
    m_states = states;
    invalidateFilter();
}

void BoardFilterModel::setShowClosed(bool show)
{
    m_showClosed = show;
    invalidateFilter();
}

bool BoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    qint64 stageId = 0;
    DealStatus status = DealStatus::Open;
    CadenceState state = CadenceState::NoMeeting;
    // The board's own source is read directly: five columns filter 10,000 deals at each start.
    if (const DealStatusView *v = pipelineRow(sourceRow)) {
        stageId = v->history.deal.stageId;
        status = v->history.deal.status;
        state = v->cadence.state;
    } else {
        stageId = i.data(Roles::StageId).toLongLong();
        status = DealStatus(i.data(Roles::Status).toInt());
        state = CadenceState(i.data(Roles::State).toInt());
    }
    if (m_stageId != 0 && stageId != m_stageId)
        return false;
    if (!m_showClosed && status != DealStatus::Open)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(state))
        return false;
    return m_search.isEmpty() || i.data(Roles::SearchText).toString().contains(m_search);
}

bool BoardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Overdue first, then due today, planned, and deals with nothing to do; earliest first.
    struct Key
    {
        int urgency;
        QDateTime due;
        qint64 id;
    };
    const auto key = [this](const QModelIndex &i) {
        // A sort of 10,000 deals compares them some 150,000 times: no QVariant on that path.
        if (const DealStatusView *v = pipelineRow(i.row())) {
            const auto next = v->cadence.nextStep();
            return Key { int(v->cadence.urgency), next ? next->due : QDateTime(),
                         v->history.deal.id };
        }
        return Key { i.data(Roles::Urgency).toInt(), i.data(Roles::NextStepDue).toDateTime(),
                     i.data(Roles::DealId).toLongLong() };
    };
    const Key l = key(left);
    const Key r = key(right);
    if (l.urgency != r.urgency)
        return l.urgency < r.urgency;
    if (l.due != r.due)
        return l.due < r.due;
    return l.id < r.id;
}

void BoardFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_pipeline = qobject_cast<const PipelineModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

const DealStatusView *BoardFilterModel::pipelineRow(int sourceRow) const
{
    if (!m_pipeline || sourceRow < 0 || sourceRow >= m_pipeline->views().size())
        return nullptr;
    return &m_pipeline->views().at(sourceRow);
}

QMap<QString, qint64> BoardFilterModel::totals() const
{
    QMap<QString, qint64> t;
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex i = index(r, 0);
        t[i.data(Roles::Currency).toString()] += i.data(Roles::ValueCents).toLongLong();
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
