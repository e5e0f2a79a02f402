#include "pipelinemodel.h"

#include "names.h"
#include "reptext.h"

#include <QLocale>

#include <limits>

namespace NineTouch {

PipelineModel::PipelineModel(Pipeline &pipeline, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_pipeline(pipeline)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    connect(&pipeline, &Pipeline::dealsChanged, this, &PipelineModel::updateDeals);
    // Deals carry their stage's name, and the settings change every cadence.
    const auto everything = [this] {
        if (Status s = reload(); !s)
            emit readFailed(s.error());
    };
    connect(&pipeline, &Pipeline::settingsChanged, this, everything);
    connect(&pipeline, &Pipeline::stagesChanged, this, everything);
    connect(&pipeline, &Pipeline::resynced, this, everything);
}

void PipelineModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).deal.id, i);
}

void PipelineModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTime();
}

Status PipelineModel::reload()
{
    // Whatever the read gives, no history read before it is trusted after it.
    m_histories.clear();
    // The recommendation text is made when a row shows it. One moment for every row.
    const QDateTime t = now();
    auto all = m_pipeline.rows(t);
    if (!all)
        return all.error();
    QList<DealRow> fresh = std::move(all).value();
    m_evaluatedAt = t;
    if (!m_loaded) {
        beginResetModel();
        m_rows = std::move(fresh);
        rebuildIndex();
        m_counts.recount(m_rows);
        m_keys = QList<RowKeys>(m_rows.size());
        m_board.clear();
        m_board.reserve(m_rows.size());
        for (const DealRow &v : std::as_const(m_rows))
            m_board.append(boardKeyOf(v));
        m_loaded = true;
        endResetModel();
        emit reloaded();
        return success();
    }
    // Both lists are in deal id order (ids are never reused, so a new deal sorts last).
    QSet<qint64> freshIds;
    freshIds.reserve(fresh.size());
    for (const DealRow &v : std::as_const(fresh))
        freshIds.insert(v.deal.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_rows.at(i).deal.id)) {
            beginRemoveRows({}, i, i);
            takeRow(i);
            endRemoveRows();
        }
    }
    int row = 0;
    for (DealRow &v : fresh) {
        if (row < m_rows.size() && m_rows.at(row).deal.id == v.deal.id) {
            putRow(row, std::move(v));
        } else {
            beginInsertRows({}, row, row);
            insertRow(row, std::move(v));
            endInsertRows();
        }
        ++row;
    }
    rebuildIndex();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit reloaded();
    return success();
}

void PipelineModel::refreshTime()
{
    if (m_rows.isEmpty())
        return;
    const QDateTime t = now();
    const CadenceEngine &engine = m_pipeline.engine();
    const WorkCalendar &cal = engine.calendar();
    // A card says how late a step is in days, and the deal's idle days: all change with the
    // day. Within a day, only the rows whose cadence moved are announced, so the columns sort
    // again what changed, not every card, at each tick.
    const bool newDay = !m_evaluatedAt.isValid() || cal.localDate(t) != cal.localDate(m_evaluatedAt)
        || t.date() != m_evaluatedAt.date(); // idle days count UTC dates (Roles::IdleDays)
    m_evaluatedAt = t;
    int from = -1;
    const auto announce = [&](int to) {
        if (from >= 0)
            emit dataChanged(index(from), index(to));
        from = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        DealRow &v = m_rows[row];
        Cadence c = engine.at(v.facts, t);
        const bool moved = newDay || c.state != v.cadence.state || c.urgency != v.cadence.urgency
            || c.stale != v.cadence.stale || c.steps != v.cadence.steps;
        v.cadence = std::move(c);
        m_board[row] = boardKeyOf(v);
        if (moved && from < 0)
            from = row;
        else if (!moved)
            announce(row - 1);
    }
    announce(int(m_rows.size()) - 1);
    m_counts.recountReport(m_rows); // states and staleness move with the clock
    emit timeMoved();
}

void PipelineModel::updateDeals(const QList<qint64> &changed)
{
    QList<qint64> ids = changed;
    for (qint64 id : std::as_const(m_unread)) {
        if (!ids.contains(id))
            ids << id;
    }
    m_unread.clear();
    // Past a few hundred deals one read of everything is faster than one read per deal.
    if (ids.size() > 200) {
        if (Status s = reload(); !s) {
            for (qint64 id : std::as_const(ids))
                m_unread.insert(id); // read again at the next change
            emit readFailed(s.error());
        }
        for (qint64 id : ids)
            emit dealUpdated(id);
        return;
    }
    for (qint64 id : ids)
        updateDeal(id);
}

void PipelineModel::updateDeal(qint64 id)
{
    // The history kept stays until the new one is read: a failed read shows what was last
    // known, with the window's "not up to date", rather than nothing.
    auto h = m_pipeline.history(id);
    const int row = rowOf(id);
    if (!h) {
        if (h.error().field != Field::Deal) {
            m_unread.insert(id);
            emit readFailed(h.error());
            return;
        }
        // Removed, here or elsewhere.
        forgetHistory(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            takeRow(row);
            rebuildIndex();
            endRemoveRows();
        }
        emit dealUpdated(id);
        return;
    }
    // Read whole anyway: kept, as the panel or an action reads this deal next.
    auto whole = std::make_shared<const DealHistory>(std::move(h).value());
    keepHistory(whole);
    DealRow v = m_pipeline.rowOf(whole->deal, m_pipeline.engine().replay(*whole), now());
    if (row >= 0) {
        putRow(row, std::move(v));
        emit dataChanged(index(row), index(row));
    } else {
        // In id order: a deal added meanwhile by another program may sort before one added here.
        const auto at =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                             [](const DealRow &r, qint64 key) { return r.deal.id < key; });
        const int position = int(at - m_rows.cbegin());
        beginInsertRows({}, position, position);
        insertRow(position, std::move(v));
        rebuildIndex();
        endInsertRows();
    }
    emit dealUpdated(id);
}

PipelineModel::BoardKey PipelineModel::boardKeyOf(const DealRow &v)
{
    const Cadence &c = v.cadence;
    // No step sorts before any due time, as an invalid QDateTime does; within the same urgency
    // that is a deal with nothing pending beside one with something, which urgency already sets
    // apart in practice.
    const qint64 due = c.steps.isEmpty() || !c.steps.constFirst().due.isValid()
        ? std::numeric_limits<qint64>::min()
        : c.steps.constFirst().due.toMSecsSinceEpoch();
    return BoardKey { v.deal.stageId,    v.deal.id, due,
                      qint32(c.urgency), c.state,   v.deal.status == DealStatus::Open };
}

void PipelineModel::putRow(int row, DealRow &&v)
{
    m_counts.remove(m_rows.at(row));
    m_counts.add(v);
    m_board[row] = boardKeyOf(v);
    m_keys[row] = RowKeys();
    m_rows[row] = std::move(v);
}

void PipelineModel::insertRow(int row, DealRow &&v)
{
    m_counts.add(v);
    m_board.insert(row, boardKeyOf(v));
    m_keys.insert(row, RowKeys());
    m_rows.insert(row, std::move(v));
}

void PipelineModel::takeRow(int row)
{
    m_counts.remove(m_rows.at(row));
    m_board.removeAt(row);
    m_keys.removeAt(row);
    m_rows.removeAt(row);
}

const DealRow *PipelineModel::view(qint64 dealId) const
{
    const int row = rowOf(dealId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

std::shared_ptr<const DealHistory> PipelineModel::history(qint64 dealId) const
{
    for (qsizetype i = 0; i < m_histories.size(); ++i) {
        if (m_histories.at(i)->deal.id == dealId) {
            m_histories.move(i, m_histories.size() - 1); // the latest asked is kept longest
            return m_histories.constLast();
        }
    }
    auto read = m_pipeline.history(dealId);
    if (!read) {
        if (read.error().field != Field::Deal)
            emit const_cast<PipelineModel *>(this)->readFailed(read.error());
        return nullptr;
    }
    auto h = std::make_shared<const DealHistory>(std::move(read).value());
    keepHistory(h);
    return h;
}

void PipelineModel::keepHistory(std::shared_ptr<const DealHistory> h) const
{
    forgetHistory(h->deal.id);
    // A few: the deal open in the panel, the one a dialog acts on, the call alert's.
    constexpr qsizetype kept = 4;
    if (m_histories.size() >= kept)
        m_histories.removeFirst();
    m_histories.append(std::move(h));
}

void PipelineModel::forgetHistory(qint64 dealId) const
{
    m_histories.removeIf(
        [dealId](const std::shared_ptr<const DealHistory> &h) { return h->deal.id == dealId; });
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString PipelineModel::nextStepText(const Cadence &c) const
{
    static const QHash<StepKind, const char *> labels {
        { StepKind::SetMeeting, QT_TR_NOOP("Set meeting") },
        { StepKind::Recap, QT_TR_NOOP("Send recap") },
        { StepKind::Invite, QT_TR_NOOP("Send invite") },
        { StepKind::Reminder, QT_TR_NOOP("Send reminder") },
        { StepKind::Call, QT_TR_NOOP("Call") },
        { StepKind::MissedCall, QT_TR_NOOP("Missed-call email") },
        { StepKind::Breakup, QT_TR_NOOP("Break-up email") },
        { StepKind::MarkLost, QT_TR_NOOP("Confirm lost") },
        { StepKind::Reengage, QT_TR_NOOP("Re-engage") },
    };
    const auto next = c.nextStep();
    if (!next)
        return c.state == CadenceState::Won ? tr("Won: nothing to chase") : tr("No next step");
    const WorkCalendar &cal = m_pipeline.engine().calendar();
    const QDateTime t = now();
    const QDateTime local = cal.toLocal(next->due);
    const qint64 days = cal.localDate(t).daysTo(cal.localDate(next->due));
    QString when;
    // Short: a card in a narrow column has room for a few words; the colour says the rest.
    switch (c.urgency) {
    case Urgency::PastRule:
        when = tr("past the rule");
        break;
    case Urgency::Overdue:
        when = tr("%n day(s) late", nullptr, int(std::max<qint64>(1, -days)));
        break;
    case Urgency::Due:
        when = tr("now");
        break;
    case Urgency::Today:
        when = RepText::time(local.time());
        break;
    case Urgency::Planned:
        when = days == 1 ? tr("tomorrow %1").arg(RepText::time(local.time()))
                         : RepText::day(local.date());
        break;
    case Urgency::None:
        break;
    }
    return tr(labels.value(next->kind)) + QStringLiteral(" · ") + when;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DealRow &v = m_rows.at(index.row());
    const DealCard &d = v.deal;
    const Cadence &c = v.cadence;
    switch (role) {
    case Qt::DisplayRole:
    case Roles::Title:
        return d.title;
    case Qt::ToolTipRole:
    case Roles::Recommendation:
        return c.recommendation.isEmpty() ? m_pipeline.engine().recommend(c, d.lostReason)
                                          : c.recommendation;
    case Roles::DealId:
        return d.id;
    case Roles::Organization:
        return d.organization;
    case Roles::ContactName:
        return d.contact.name;
    case Roles::ValueCents:
        return d.valueCents;
    case Roles::Currency:
        return d.currency;
    case Roles::StageId:
        return d.stageId;
    case Roles::StageName:
        return d.stage;
    case Roles::Status:
        return int(d.status);
    case Roles::State:
        return int(c.state);
    case Roles::Cycle:
        return c.cycle;
    case Roles::Cycles:
        return c.cycles;
    case Roles::Touches:
        return c.touches;
    case Roles::MaxTouches:
        return c.maxTouches;
    case Roles::NextStepKind:
        return c.nextStep() ? int(c.nextStep()->kind) : -1;
    case Roles::NextStepDue:
        return c.nextStep() ? c.nextStep()->due : QDateTime();
    case Roles::Urgency:
        return int(c.urgency); // as of the last evaluation (reload, refreshTime)
    case Roles::Stale:
        return c.stale;
    case Roles::IdleDays:
        return c.idleSince.isValid() ? int(c.idleSince.daysTo(now())) : 0;
    case Roles::SearchText:
        return searchKey(index.row());
    case Roles::BadgeText:
        return tr("Cycle %1/%2 · Touch %3/%4")
            .arg(c.cycle)
            .arg(c.cycles)
            .arg(c.touches)
            .arg(c.maxTouches);
    case Roles::NextStepText:
        return nextStepText(c);
    default:
        return {};
    }
}

const QString &PipelineModel::searchKey(int row) const
{
    QString &key = m_keys[row].search;
    if (key.isNull()) {
        const DealCard &d = m_rows.at(row).deal;
        key = RepText::searchKey(d.title + QLatin1Char(' ') + d.organization + QLatin1Char(' ')
                                 + d.contact.name + QLatin1Char(' ') + d.contact.email);
        if (key.isNull())
            key = QLatin1String(""); // folded, to nothing
    }
    return key;
}

bool PipelineModel::matches(int row, const QString &query) const
{
    // Asked once per row by each column in turn: the same text, the caller's copy kept so
    // that the next rows compare by pointer.
    if (query.constData() != m_query.constData() && query == m_query)
        m_query = query;
    if (query.constData() != m_query.constData()) {
        // Typing on ("ac" after "a") can only take rows away: those that did not match the
        // query before do not match this one. Generations start at 1, so a row never asked
        // (askedIn 0) is never taken as answered.
        m_narrowing = !m_query.isEmpty() && query.contains(m_query);
        m_query = query;
        ++m_generation;
        if (m_generation == 0) { // wrapped: forget every answer
            for (RowKeys &k : m_keys)
                k.askedIn = 0;
            m_generation = 1;
            m_narrowing = false;
        }
    }
    RowKeys &k = m_keys[row];
    if (k.askedIn == m_generation)
        return k.matched;
    const bool failedBefore = m_narrowing && k.askedIn == m_generation - 1 && !k.matched;
    k.matched = !failedBefore && searchKey(row).contains(query);
    k.askedIn = m_generation;
    return k.matched;
}

QHash<int, QByteArray> PipelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(Roles::DealId, "dealId");
    names.insert(Roles::Title, "title");
    names.insert(Roles::State, "state");
    names.insert(Roles::Urgency, "urgency");
    names.insert(Roles::BadgeText, "badge");
    return names;
}

} // namespace NineTouch
