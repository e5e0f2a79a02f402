// The CLI's output: deals, cadences and the report as JSON (the contract's keys) and as text.
#pragma once

#include "pipeline.h"
#include "report.h"

#include <QJsonObject>

namespace NineTouch {

class JsonView final
{
    Q_DECLARE_TR_FUNCTIONS(JsonView)

public:
    explicit JsonView(const Pipeline &pipeline)
        : m_pipeline(pipeline)
    {
    }

    QJsonObject deal(const DealHistory &h, const Cadence &c) const;
    QJsonObject cadence(const Cadence &c) const;
    QJsonObject step(const Step &s) const;
    QJsonObject report(const PipelineReport &r) const;
    // The team's view (--team): whose deal it is, added to a deal's or a step's object.
    void addOwner(QJsonObject &o, qint64 owner) const;
    // "  owner: bob" after another rep's deal in the team's view; empty otherwise.
    QString ownerText(qint64 owner) const;

    QString text(const DealHistory &h, const Cadence &c) const;
    QString line(const DealCard &d, const Cadence &c) const;
    QString reportText(const PipelineReport &r) const;

    // A time in the rep's zone, ISO 8601 with offset.
    QString repTime(const QDateTime &t) const;
    // A meeting's time in the meeting's zone (the rep's when the meeting is unknown).
    QString meetingTime(const QDateTime &t, const DealHistory &h, qint64 meetingId) const;
    // A touch's note, with what older versions wrote there: a meeting's start, numbers tried.
    QString noteOf(const Touch &t, const DealHistory &h) const;
    // "direct", "reception", "mobile": the stable names of the numbers tried.
    static QStringList triedNames(int tried);
    static QJsonValue money(qint64 cents);
    static QString moneyText(qint64 cents, const QString &currency);

private:
    const Pipeline &m_pipeline;
};

} // namespace NineTouch
