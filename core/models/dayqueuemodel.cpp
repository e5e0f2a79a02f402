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
    connect(&pipeline, &PipelineModel::dealUpdated, this, &DayQueueModel::rebuild);
    rebuild();
}

void DayQueueModel::rebuild()
{
    const QDateTime now = m_pipeline.now();
    const WorkCalendar &cal = m_pipeline.pipeline().engine().calendar();
    const QDateTime endOfDay =
        QDateTime(cal.localDate(now).addDays(1), QTime(0, 0), cal.zone()).toUTC();
    QList<Item> items;
    for (const DealRow &v : m_pipeline.views()) {
        for (const Step &s : v.cadence.steps) {
            if (s.due < endOfDay)
                items.append({ v.deal.id, s });
        }
    }
    // The order a rep works in: a call due now (it is at an agreed time; the latest first, as
    // the call banner shows it), then what is past the rule (it should be done already), then
    // the overdue backlog, then what is due today; by time within each, the oldest first.
    // Nothing urgent sits below a day's planned reminders.
    const CadenceEngine &engine = m_pipeline.pipeline().engine();
    const auto group = [&](const Item &i) {
        if (isCallNow(i.step, now))
            return 0;
        const Urgency u = engine.urgency(i.step, now);
        if (u == Urgency::PastRule)
            return 1;
        return u == Urgency::Overdue ? 2 : 3;
    };
    std::stable_sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        const int ga = group(a), gb = group(b);
        if (ga != gb)
            return ga < gb;
        if (ga == 0 && a.step.due != b.step.due)
            return a.step.due > b.step.due;
        return a.step.due < b.step.due || (a.step.due == b.step.due && a.dealId < b.dealId);
    });
    beginResetModel();
    m_items = std::move(items);
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
