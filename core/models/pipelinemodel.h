// Every deal with its cadence, as the board, the header and the day queue read them: a row per
// deal from its cadence summary, so the model holds no history but the few a view opened. Kept up
// to date by the pipeline's signals (changes made here and by other programs alike), row by
// row, so views keep their selection and scroll position; re-evaluated as time passes. The rows
// are kept in the board's order, most urgent first: a board column is this order filtered, and
// never sorts (at 100,000 deals, five columns sorting again at each search keystroke cost more
// than a frame).
#pragma once

#include "boardcounts.h"
#include "pipeline.h"
#include "roles.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace NineTouch {

// Beside each of PipelineModel's rows: its search key, and its answer to the last query.
struct SearchKeys
{
    QString search; // null until a search asks for it
    quint32 askedIn = 0; // the query generation `matched` answers; 0: none
    bool matched = false;
};

class PipelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit PipelineModel(Pipeline &pipeline, Clock clock = {}, QObject *parent = nullptr);

    // The clock is the wall clock unless a fixed time is given (replays, screenshots, tests).
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    Pipeline &pipeline() { return m_pipeline; }
    // Another rep's login, for a deal of theirs; empty for the rep's own.
    QString ownerLogin(qint64 rep) const;

    // Reads every deal's row (its fields and cadence summary, not its history). The first time
    // the model is filled; afterwards rows are merged by deal id: changed rows are updated in
    // place, gone ones removed, new ones inserted.
    Status reload();
    // Re-reads these deals (added, changed or removed).
    void updateDeals(const QList<qint64> &changed);
    // Re-evaluates every deal at the clock's time from what its row keeps: no database read.
    void refreshTime();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The model's row of a deal; -1 for none.
    int rowOf(qint64 dealId) const
    {
        const int at = m_index.value(dealId, -1);
        return at < 0 ? -1 : m_position.at(at);
    }
    // The deal's row shown at the model's row (0 <= row < rows()).
    const DealRow &rowAt(int row) const { return m_rows.at(m_order.at(row)); }
    int rows() const { return int(m_order.size()); } // rowCount(), for the columns' filters
    const DealRow *view(qint64 dealId) const;
    // Every deal's row, in no particular order (rowAt has the model's).
    const QList<DealRow> &views() const { return m_rows; }
    // A deal's whole history, read when first asked and kept for the few deals last asked for
    // (the one open in the panel, the one acted on) until it changes; null when it cannot be
    // read (the deal is gone, or the file fails: readFailed says so).
    std::shared_ptr<const DealHistory> history(qint64 dealId) const;

    // The honest pipeline of these rows, as PipelineReport::from counts it, kept row by row.
    const PipelineReport &report() const { return m_counts.report(); }
    // The values of a stage's open deals by currency (and its won and lost ones too), kept row
    // by row: a column's totals while nothing is filtered.
    QMap<QString, qint64> stageTotals(qint64 stageId, bool withClosed) const
    {
        return m_counts.stageTotals(stageId, withClosed);
    }

    QString nextStepText(const Cadence &c) const;
    // The row's deal as a search reads it (title, organization, contact, email), folded once
    // per deal version.
    const QString &searchKey(int row) const;
    // Whether the row's search key contains query (folded as RepText::queryKey folds). Kept
    // per row for the last query asked; a query that extends the one before is tried only on
    // the rows that matched that one (typing narrows what is shown).
    bool matches(int row, const QString &query) const;
    // What a board column filters a row's card by and the board orders it by, kept compact
    // beside each row (a search filters 100,000 of them five times): its stage and whether it
    // is open, its state, its place (by urgency, next step's due time, deal id), and its value,
    // which a filtered column sums.
    struct BoardKey
    {
        qint64 stageId = 0;
        qint64 dealId = 0;
        qint64 due = 0; // milliseconds; no step: before any
        qint64 valueCents = 0;
        qint32 urgency = 0;
        qint32 currency = 0; // in currencies()
        CadenceState state = CadenceState::NoMeeting;
        bool open = false;
    };
    const BoardKey &boardKey(int row) const { return m_board.at(row); }
    // The board's order: overdue first, then due today, planned, and deals with nothing to do;
    // earliest first; by deal id at last, so that no two rows tie.
    static bool boardBefore(const BoardKey &a, const BoardKey &b);
    // The currencies the rows' values are in, as BoardKey::currency counts them (a currency
    // once seen keeps its number).
    const QStringList &currencies() const { return m_currencies; }

signals:
    void reloaded();
    void dealUpdated(qint64 id);
    // The clock moved (refreshTime): every cadence re-evaluated, no deal's data changed.
    void timeMoved();
    // Reading the file failed: what the model shows may be out of date.
    void readFailed(const NineTouch::Error &error);

private:
    void updateDeal(qint64 id);
    void rebuildIndex();
    // Folds the rows' search keys a few milliseconds at a time while the app waits, from a
    // moment after the board was first read: the rep's first letter typed finds them made
    // (at 100,000 deals, making them all took the first letter half a second).
    void foldSearchKeys();
    void keepHistory(std::shared_ptr<const DealHistory> h) const;
    // The only changes of the rows, by the model's row, each keeping the order, the keys and
    // the counts in step. insertRow and takeRow are announced by the caller.
    void putRow(int row, DealRow &&v);
    void insertRow(int row, DealRow &&v);
    void takeRow(int row);
    // Moves the row whose key changed to its place in the board's order; returns its new row.
    int placeRow(int row);
    // Puts every row in the board's order again after many keys changed, announced as one layout
    // change (the views keep their current and selected cards) unless the model is being reset.
    // False when the rows were in order.
    bool sortRows(bool announce);
    // m_position again for the model's rows from .. to (inclusive).
    void renumber(int from, int to);
    BoardKey boardKeyOf(const DealRow &v);
    void forgetHistory(qint64 dealId) const;

    Pipeline &m_pipeline;
    Clock m_clock;
    QDateTime m_evaluatedAt; // the clock's time the rows' cadences were last read at
    // The histories last read, the latest last.
    mutable QList<std::shared_ptr<const DealHistory>> m_histories;
    bool m_loaded = false;
    QSet<qint64> m_unread; // deals whose last read failed: read again at the next change
    // The rows as read, in no order: a row stays in its place until it is taken, and the last
    // one then takes that place. A change moves no row: rows are large, and a card moving up the
    // board would move every row between.
    QList<DealRow> m_rows;
    QHash<qint64, int> m_index; // deal id: its place in m_rows
    // The board's order: the model's row r shows m_rows[m_order[r]], whose board key is
    // m_board[r], and whose search key (null until a search asks for it) and answer to the last
    // query are m_keys[r], each read one after the other as five columns filter. m_position is
    // the inverse of m_order (a place in m_rows: the model's row).
    QList<int> m_order;
    QList<int> m_position;
    QList<BoardKey> m_board;
    mutable QList<SearchKeys> m_keys;
    QTimer m_folding;
    int m_foldedUpTo = 0; // the model's rows before it were folded once
    QStringList m_currencies;
    mutable QString m_query; // the last query asked, of generation m_generation
    mutable quint32 m_generation = 0;
    mutable bool m_narrowing = false; // m_query extends the query of generation m_generation - 1
    mutable bool m_widening = false; // m_query is part of the query of generation m_generation - 1
    BoardCounts m_counts; // what the header and the unfiltered columns' totals read
};

} // namespace NineTouch

// A row's search key moves with its card: a QString and two integers, moved as bytes.
Q_DECLARE_TYPEINFO(NineTouch::SearchKeys, Q_RELOCATABLE_TYPE);
