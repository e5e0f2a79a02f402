#include "dayqueuemodel.h"

#include "names.h"
#include "reptext.h"
#include "roles.h"

#include <QLocale>

namespace NineTouch {

DayQueueModel::DayQueueModel(PipelineModel &pipeline, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pipeline(pipeline)
{
    connect(&pipeline, &PipelineModel::reloaded, this, &DayQueueModel::rebuild);
    connect(&pipeline, &PipelineModel::timeMoved, this, &DayQueueModel::rebuild);
    connect(&pipeline, &PipelineModel::dealUpdated, this, &DayQueueModel::updateDeal);
    rebuild();
}

QList<DayQueueModel::Item> DayQueueModel::itemsOf(const DealRow &row) const
{
    const CadenceEngine &engine = m_pipeline.pipeline().engine();
    QList<Item> items;
    for (const Step &s : row.cadence.steps) {
        if (s.due >= m_endOfDay)
            continue;
        Section section = Section::Today;
        if (isCallNow(s, m_at))
            section = Section::CallNow;
        else if (const Urgency u = engine.urgency(s, m_at); u == Urgency::PastRule)
            section = Section::PastRule;
        else if (u == Urgency::Overdue)
            section = Section::Overdue;
        items.append({ row.deal.id, s, section });
    }
    return items;
}

bool DayQueueModel::before(const Item &a, const Item &b) const
{
    // The order a rep works in: a call due now (it is at an agreed time; the latest first, as
    // the call banner shows it), then what is past the rule (it should be done already), then
    // the overdue backlog, then what is due today; by time within each, the oldest first.
    // Nothing urgent sits below a day's planned reminders.
    if (a.section != b.section)
        return a.section < b.section;
    if (a.section == Section::CallNow && a.step.due != b.step.due)
        return a.step.due > b.step.due;
    return a.step.due < b.step.due || (a.step.due == b.step.due && a.dealId < b.dealId);
}

void DayQueueModel::rebuild()
{
    m_at = m_pipeline.now();
    const WorkCalendar &cal = m_pipeline.pipeline().engine().calendar();
    m_endOfDay = QDateTime(cal.localDate(m_at).addDays(1), QTime(0, 0), cal.zone()).toUTC();
    QList<Item> items;
    for (const DealRow &v : m_pipeline.views())
        items.append(itemsOf(v));
    std::stable_sort(items.begin(), items.end(),
                     [this](const Item &a, const Item &b) { return before(a, b); });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void DayQueueModel::updateDeal(qint64 dealId)
{
    const DealRow *row = m_pipeline.view(dealId);
    const QList<Item> fresh = row ? itemsOf(*row) : QList<Item>();
    const bool had = std::any_of(m_items.cbegin(), m_items.cend(),
                                 [dealId](const Item &i) { return i.dealId == dealId; });
    if (!had && fresh.isEmpty())
        return; // nothing of it today, before or after
    // A reset, as a rebuild is: the dock keeps the rep's place by the deal and step selected.
    beginResetModel();
    m_items.removeIf([dealId](const Item &i) { return i.dealId == dealId; });
    // Each after its equals, as the stable sort of a rebuild leaves them.
    for (const Item &item : fresh)
        m_items.insert(
            std::upper_bound(m_items.cbegin(), m_items.cend(), item,
                             [this](const Item &a, const Item &b) { return before(a, b); }),
            item);
    endResetModel();
}

int DayQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}
int DayQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DayQueueModel::stepLabel(const Step &step)
{
    return CadenceEngine::stepLabel(step);
}

QVariant DayQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    const DealRow *v = m_pipeline.view(item.dealId);
    if (!v)
        return {};
    const CadenceEngine &engine = m_pipeline.pipeline().engine();
    const Urgency urgency = engine.urgency(item.step, m_pipeline.now());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const WorkCalendar &cal = engine.calendar();
            const QDateTime local = cal.toLocal(item.step.due);
            if (cal.localDate(item.step.due) != cal.localDate(m_pipeline.now()))
                return RepText::dayTime(local);
            return RepText::time(local.time());
        }
        case StepColumn:
            if (item.step.kind == StepKind::Call && item.step.due == v->facts.meetingStart) {
                // The agreed time in the prospect's zone too, when the clocks differ.
                const QDateTime &start = v->facts.meetingStart;
                const QTimeZone zone(v->facts.meetingZone.toUtf8());
                if (RepText::clocksDiffer(start, zone, engine.calendar().zone()))
                    // The prospect's clock; the time column has the rep's.
                    return tr("%1 (%2 %3)")
                        .arg(stepLabel(item.step), RepText::time(start.toTimeZone(zone).time()),
                             RepText::place(zone));
            }
            return stepLabel(item.step);
        case DealColumn:
            // In the team's view, another rep's step says whose deal it is.
            if (const QString owner = m_pipeline.pipeline().scope() == Pipeline::Scope::Team
                    ? m_pipeline.ownerLogin(v->deal.owner)
                    : QString();
                !owner.isEmpty())
                return tr("%1 (%2)").arg(v->deal.title, owner);
            return v->deal.title;
        case ContactColumn:
            return v->deal.contact.name;
        }
        return {};
    case Qt::ToolTipRole:
        return m_pipeline.data(m_pipeline.index(m_pipeline.rowOf(item.dealId)),
                               Roles::Recommendation);
    case Roles::DealId:
        return item.dealId;
    case Roles::Kind:
        return int(item.step.kind);
    case Roles::Cancel:
        return item.step.cancel;
    case Roles::When:
        return item.step.due;
    case Roles::Overdue:
        return urgency <= Urgency::Overdue;
    case Roles::Urgency:
        return int(urgency);
    }
    return {};
}

QVariant DayQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Due");
    case StepColumn:
        return tr("Step");
    case DealColumn:
        return tr("Deal");
    case ContactColumn:
        return tr("Contact");
    }
    return {};
}

} // namespace NineTouch
