#include "pipelinemodel.h"

#include "names.h"
#include "reptext.h"

#include <QElapsedTimer>
#include <QLocale>

#include <limits>
#include <numeric>
#include <vector>

namespace NineTouch {

PipelineModel::PipelineModel(Pipeline &pipeline, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_pipeline(pipeline)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    connect(&pipeline, &Pipeline::dealsChanged, this, &PipelineModel::updateDeals);
    m_folding.setSingleShot(true);
    connect(&m_folding, &QTimer::timeout, this, &PipelineModel::foldSearchKeys);
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

void PipelineModel::foldSearchKeys()
{
    // Rows move meanwhile (a key moves with its row), and rows changed meanwhile have theirs
    // folded again when a search asks: this only spares the first search the work.
    QElapsedTimer slice;
    slice.start();
    while (m_foldedUpTo < rows()) {
        searchKey(m_foldedUpTo++);
        if (m_foldedUpTo % 256 == 0 && slice.elapsed() >= 4) {
            m_folding.start(0);
            return;
        }
    }
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
        const int n = int(m_rows.size());
        m_keys = QList<SearchKeys>(n);
        m_order = QList<int>(n);
        std::iota(m_order.begin(), m_order.end(), 0);
        m_position = m_order;
        m_board.clear();
        m_board.reserve(n);
        for (const DealRow &v : std::as_const(m_rows))
            m_board.append(boardKeyOf(v));
        sortRows(false);
        m_loaded = true;
        m_foldedUpTo = 0;
        m_folding.start(200); // after the first frame
        endResetModel();
        emit reloaded();
        return success();
    }
    // Gone rows removed, kept ones updated in place, new ones added at the end; then the whole
    // put in the board's order again.
    QHash<qint64, int> freshAt;
    freshAt.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshAt.insert(fresh.at(i).deal.id, i);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!freshAt.contains(rowAt(row).deal.id)) {
            beginRemoveRows({}, row, row);
            takeRow(row);
            endRemoveRows();
        }
    }
    QList<bool> kept(fresh.size());
    for (int row = 0; row < rowCount(); ++row) {
        const int at = freshAt.value(rowAt(row).deal.id);
        putRow(row, std::move(fresh[at]));
        kept[at] = true;
    }
    const int added = int(kept.count(false));
    if (added > 0) {
        const int first = rowCount();
        beginInsertRows({}, first, first + added - 1);
        for (int i = 0; i < fresh.size(); ++i) {
            if (!kept.at(i))
                insertRow(rowCount(), std::move(fresh[i]));
        }
        endInsertRows();
    }
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
    sortRows(true);
    emit reloaded();
    return success();
}

void PipelineModel::refreshTime()
{
    if (m_order.isEmpty())
        return;
    const QDateTime t = now();
    const CadenceEngine &engine = m_pipeline.engine();
    const WorkCalendar &cal = engine.calendar();
    // A card says how late a step is in days, and the deal's idle days: all change with the
    // day. Within a day, only the rows whose cadence moved are announced, so the columns filter
    // again what changed, not every card, at each tick.
    const bool newDay = !m_evaluatedAt.isValid() || cal.localDate(t) != cal.localDate(m_evaluatedAt)
        || t.date() != m_evaluatedAt.date(); // idle days count UTC dates (Roles::IdleDays)
    m_evaluatedAt = t;
    // The rows in the order they were read (a row is large: read one after the other), their
    // cards' new places found afterwards.
    QList<int> changed; // places in m_rows
    QList<std::pair<int, BoardKey>> placed; // places in m_rows whose board key changed
    for (int at = 0; at < m_rows.size(); ++at) {
        DealRow &v = m_rows[at];
        Cadence c = engine.at(v.facts, t);
        const bool moved = newDay || c.state != v.cadence.state || c.urgency != v.cadence.urgency
            || c.stale != v.cadence.stale || c.steps != v.cadence.steps;
        v.cadence = std::move(c);
        if (!moved)
            continue;
        if (!newDay)
            changed << at;
        BoardKey key = boardKeyOf(v);
        BoardKey &kept = m_board[m_position.at(at)];
        if (!boardBefore(key, kept) && !boardBefore(kept, key))
            kept = key; // the same place
        else
            placed.append({ at, key });
    }
    // A few cards move one by one (each alone out of place as it moves); more, as one new order.
    constexpr int fewMoves = 32;
    if (placed.size() <= fewMoves) {
        for (const auto &[at, key] : std::as_const(placed)) {
            m_board[m_position.at(at)] = key;
            placeRow(m_position.at(at));
        }
    } else {
        for (const auto &[at, key] : std::as_const(placed))
            m_board[m_position.at(at)] = key;
        sortRows(true);
    }
    if (newDay) {
        emit dataChanged(index(0), index(rowCount() - 1));
    } else {
        QList<int> rows;
        rows.reserve(changed.size());
        for (int at : std::as_const(changed))
            rows << m_position.at(at);
        std::sort(rows.begin(), rows.end());
        for (int i = 0; i < rows.size();) {
            int last = i;
            while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
                ++last;
            emit dataChanged(index(rows.at(i)), index(rows.at(last)));
            i = last + 1;
        }
    }
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
    if (!h && h.error().field != Field::Deal) {
        m_unread.insert(id);
        emit readFailed(h.error());
        return;
    }
    if (!h || !m_pipeline.lists(h->deal.owner)) {
        // Removed, here or elsewhere, or given to another rep while the board shows the rep's
        // own.
        forgetHistory(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            takeRow(row);
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
        const int now = placeRow(row);
        emit dataChanged(index(now), index(now));
    } else {
        const BoardKey key = boardKeyOf(v);
        const auto at = std::lower_bound(m_board.cbegin(), m_board.cend(), key, boardBefore);
        const int position = int(at - m_board.cbegin());
        beginInsertRows({}, position, position);
        insertRow(position, std::move(v));
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
    qsizetype currency = m_currencies.indexOf(v.deal.currency);
    if (currency < 0) {
        currency = m_currencies.size();
        m_currencies << v.deal.currency;
    }
    return BoardKey {
        v.deal.stageId,    v.deal.id,        due,     v.deal.valueCents,
        qint32(c.urgency), qint32(currency), c.state, v.deal.status == DealStatus::Open
    };
}

bool PipelineModel::boardBefore(const BoardKey &a, const BoardKey &b)
{
    if (a.urgency != b.urgency)
        return a.urgency < b.urgency;
    if (a.due != b.due)
        return a.due < b.due;
    return a.dealId < b.dealId;
}

int PipelineModel::placeRow(int row)
{
    const BoardKey key = m_board.at(row);
    int to = row; // the row's place once it moved
    if (row > 0 && boardBefore(key, m_board.at(row - 1))) {
        to = int(std::lower_bound(m_board.cbegin(), m_board.cbegin() + row, key, boardBefore)
                 - m_board.cbegin());
    } else if (row + 1 < m_board.size() && boardBefore(m_board.at(row + 1), key)) {
        to = int(std::lower_bound(m_board.cbegin() + row + 1, m_board.cend(), key, boardBefore)
                 - m_board.cbegin())
            - 1;
    }
    if (to == row)
        return row;
    // Told as the row leaving and coming back, not as a move: a proxy model takes a move for a
    // new layout and filters every row again (five columns, 100,000 deals, at each drop), where
    // a row taken and put back costs the column that shows it one row.
    const int at = m_order.at(row);
    SearchKeys keys = std::move(m_keys[row]);
    beginRemoveRows({}, row, row);
    m_order.removeAt(row);
    m_board.removeAt(row);
    m_keys.removeAt(row);
    m_position[at] = -1;
    renumber(row, int(m_order.size()) - 1); // every row found where it is meanwhile
    endRemoveRows();
    beginInsertRows({}, to, to);
    m_order.insert(to, at);
    m_board.insert(to, key);
    m_keys.insert(to, std::move(keys));
    renumber(to, int(m_order.size()) - 1);
    endInsertRows();
    return to;
}

bool PipelineModel::sortRows(bool announce)
{
    if (std::is_sorted(m_board.cbegin(), m_board.cend(), boardBefore))
        return false;
    const int n = int(m_order.size());
    // The keys sorted side by side with their rows, not row numbers that look their keys up: at
    // 100,000 deals the lookups' cache misses cost the start more than the sort.
    std::vector<std::pair<BoardKey, int>> places;
    places.reserve(size_t(n));
    for (int r = 0; r < n; ++r)
        places.emplace_back(m_board.at(r), r);
    std::sort(places.begin(), places.end(),
              [](const auto &a, const auto &b) { return boardBefore(a.first, b.first); });
    QList<int> rows(n); // rows[i]: the model's row that goes to row i
    for (int i = 0; i < n; ++i)
        rows[i] = places[size_t(i)].second;
    if (announce)
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<int> before = m_order;
    QList<BoardKey> board(n);
    QList<SearchKeys> keys(n);
    for (int i = 0; i < n; ++i) {
        m_order[i] = before.at(rows.at(i));
        board[i] = m_board.at(rows.at(i));
        keys[i] = std::move(m_keys[rows.at(i)]);
    }
    m_board = std::move(board);
    m_keys = std::move(keys);
    renumber(0, n - 1);
    if (announce) {
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &i : from)
            to << index(m_position.at(before.at(i.row())));
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    return true;
}

void PipelineModel::renumber(int from, int to)
{
    for (int row = from; row <= to; ++row)
        m_position[m_order.at(row)] = row;
}

void PipelineModel::putRow(int row, DealRow &&v)
{
    const int at = m_order.at(row);
    m_counts.remove(m_rows.at(at));
    m_counts.add(v);
    m_board[row] = boardKeyOf(v);
    m_keys[row] = SearchKeys();
    m_rows[at] = std::move(v);
}

void PipelineModel::insertRow(int row, DealRow &&v)
{
    m_counts.add(v);
    const int at = int(m_rows.size());
    m_index.insert(v.deal.id, at);
    m_board.insert(row, boardKeyOf(v));
    m_rows.append(std::move(v));
    m_keys.insert(row, SearchKeys());
    m_position.append(row);
    m_order.insert(row, at);
    renumber(row + 1, int(m_order.size()) - 1);
}

void PipelineModel::takeRow(int row)
{
    const int at = m_order.at(row);
    m_counts.remove(m_rows.at(at));
    m_index.remove(m_rows.at(at).deal.id);
    m_order.removeAt(row);
    m_board.removeAt(row);
    m_keys.removeAt(row);
    renumber(row, int(m_order.size()) - 1);
    // The last row read takes the place the row leaves.
    const int last = int(m_rows.size()) - 1;
    if (at != last) {
        m_rows[at] = std::move(m_rows[last]);
        m_index.insert(m_rows.at(at).deal.id, at);
        m_position[at] = m_position.at(last);
        m_order[m_position.at(at)] = at;
    }
    m_rows.removeLast();
    m_position.removeLast();
}

const DealRow *PipelineModel::view(qint64 dealId) const
{
    const int at = m_index.value(dealId, -1);
    return at < 0 ? nullptr : &m_rows.at(at);
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
    return parent.isValid() ? 0 : int(m_order.size());
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

QString PipelineModel::ownerLogin(qint64 rep) const
{
    return rep == m_pipeline.me() ? QString() : m_pipeline.loginOf(rep);
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const DealRow &v = rowAt(index.row());
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
    case Roles::Owner:
        return m_pipeline.scope() == Pipeline::Scope::Team ? ownerLogin(d.owner) : QString();
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
        const DealCard &d = rowAt(row).deal;
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
        // query before do not match this one. Taking a letter back ("a" after "ac") can only
        // add rows: those that matched before still match. Generations start at 1, so a row
        // never asked (askedIn 0) is never taken as answered.
        m_narrowing = !m_query.isEmpty() && query.contains(m_query);
        m_widening = !m_narrowing && m_query.contains(query);
        m_query = query;
        ++m_generation;
        if (m_generation == 0) { // wrapped: forget every answer
            for (SearchKeys &k : m_keys)
                k.askedIn = 0;
            m_generation = 1;
            m_narrowing = m_widening = false;
        }
    }
    SearchKeys &k = m_keys[row];
    if (k.askedIn == m_generation)
        return k.matched;
    const bool before = k.askedIn == m_generation - 1;
    if (before && m_narrowing && !k.matched)
        k.matched = false;
    else if (before && m_widening && k.matched)
        k.matched = true;
    else
        k.matched = searchKey(row).contains(query);
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
