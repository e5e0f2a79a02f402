// One board column's deals: a stage, filtered by search text and cadence state, most urgent
// first (the pipeline model's own order). Dragging a card out gives its deal id; dropping one
// asks for a stage move.
#pragma once

#include "types.h"

#include <QMap>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace NineTouch {

class PipelineModel;

class BoardFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr const char *mimeType = "application/x-ninetouch-deal";

    explicit BoardFilterModel(qint64 stageId, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    // Stage 0: every stage (used for totals and tests).
    void setSearch(const QString &text);
    void setStates(const QSet<CadenceState> &states); // empty: all
    void setShowClosed(bool show);
    // What the rep filters by besides the stage and the status: the search and the states.
    bool isFiltering() const { return !m_search.isEmpty() || !m_states.isEmpty(); }
    // Whether the pipeline model's row passes the search and the states, whatever its stage
    // and status (the board's hint counts the won and lost deals a search finds).
    bool matchesFilters(int sourceRow) const;

    // The values of the deals shown, by currency (kept until the column changes).
    qint64 totalCents(const QString &currency) const;
    QMap<QString, qint64> totals() const;

    void setSourceModel(QAbstractItemModel *model) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The view does not move anything itself: the move goes through the undo stack.
    void moveRequested(qint64 dealId, qint64 toStageId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Whether the pipeline model has this row (false without a source).
    bool hasRow(int sourceRow) const;
    void refilter();
    QMap<QString, qint64> sum() const;

    qint64 m_stageId;
    QString m_search;
    QSet<CadenceState> m_states;
    bool m_showClosed = false;
    const PipelineModel *m_pipeline = nullptr;
    mutable std::optional<QMap<QString, qint64>> m_totals;
};

} // namespace NineTouch
