// One deal's touch timeline: what happened, in time order, then the steps ahead as planned.
#pragma once

#include "pipeline.h"

#include <QAbstractListModel>

#include <functional>

namespace NineTouch {

class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TimelineModel(QObject *parent = nullptr)
        : QAbstractListModel(parent)
    {
    }

    // now: how pressing each planned step is (Roles::Urgency, and its second line). otherRep:
    // the name of a rep other than the one reading, by Rep::id (empty for the reader): what
    // another rep recorded says who.
    void setDeal(const DealHistory &history, const Cadence &cadence, const CadenceEngine &engine,
                 const QDateTime &now, const std::function<QString(qint64)> &otherRep = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString touchLabel(TouchKind kind);
    // "direct line, reception": the numbers tried on a missed call.
    static QString triedLabel(int tried);

private:
    struct Entry
    {
        int kind = 0; // TouchKind, or StepKind when planned
        QString key; // the same entry across rebuilds
        QDateTime when;
        QString title;
        QString detail;
        QString text;
        bool planned = false;
        Urgency urgency = Urgency::None;
    };
    QList<Entry> m_entries;
    QTimeZone m_zone;
};

} // namespace NineTouch
