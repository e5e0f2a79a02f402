// Every deal with its cadence, as the board, the header and the day queue read them: a row per
// deal from its cadence summary, so the model holds no history but the few a view opened. Kept up
// to date by the pipeline's signals (changes made here and by other programs alike), row by
// row, so views keep their selection and scroll position; re-evaluated as time passes.
#pragma once

#include "boardcounts.h"
#include "pipeline.h"
#include "roles.h"

#include <QAbstractListModel>
#include <QSet>

#include <functional>
#include <memory>

namespace NineTouch {

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

    int rowOf(qint64 dealId) const { return m_index.value(dealId, -1); }
    const DealRow *view(qint64 dealId) const;
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
    // What a board column filters and sorts a row's card by, kept compact beside each row (a
    // search filters 100,000 of them five times and sorts what is left): its stage and whether
    // it is open, its state, and its place, by urgency, next step's due time, deal id.
    struct BoardKey
    {
        qint64 stageId = 0;
        qint64 dealId = 0;
        qint64 due = 0; // milliseconds; no step: before any
        qint32 urgency = 0;
        CadenceState state = CadenceState::NoMeeting;
        bool open = false;
    };
    const BoardKey &boardKey(int row) const { return m_board.at(row); }

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
    void keepHistory(std::shared_ptr<const DealHistory> h) const;
    // The only changes of m_rows, each keeping the row's keys and counts in step.
    void putRow(int row, DealRow &&v);
    void insertRow(int row, DealRow &&v);
    void takeRow(int row);
    static BoardKey boardKeyOf(const DealRow &v);
    void forgetHistory(qint64 dealId) const;

    Pipeline &m_pipeline;
    Clock m_clock;
    QList<DealRow> m_rows;
    QDateTime m_evaluatedAt; // the clock's time the rows' cadences were last read at
    // The histories last read, the latest last.
    mutable QList<std::shared_ptr<const DealHistory>> m_histories;
    QHash<qint64, int> m_index;
    bool m_loaded = false;
    QSet<qint64> m_unread; // deals whose last read failed: read again at the next change
    // Beside each row: its board key, and its search key (null until a search asks for it)
    // with its answer to the last query.
    QList<BoardKey> m_board;
    struct RowKeys
    {
        QString search;
        quint32 askedIn = 0; // the query generation `matched` answers; 0: none
        bool matched = false;
    };
    mutable QList<RowKeys> m_keys;
    mutable QString m_query; // the last query asked, of generation m_generation
    mutable quint32 m_generation = 0;
    mutable bool m_narrowing = false; // m_query extends the query of generation m_generation - 1
    BoardCounts m_counts; // what the header and the unfiltered columns' totals read
};

} // namespace NineTouch
