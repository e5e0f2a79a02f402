// The honest pipeline above the board: open value split into engaged, hope (silent and
// awaiting a decision), past the rule and no meeting, as a stacked bar with figures, and the
// idle deals. Clicking a segment filters the board to those deals.
#pragma once

#include "pipelinemodel.h"
#include "report.h"

#include <QMap>
#include <QSet>
#include <QWidget>

namespace NineTouchUi {

class HonestBar final : public QWidget
{
    Q_OBJECT

public:
    explicit HonestBar(NineTouch::PipelineModel &model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The legend wraps on a narrow window: the bar grows a line rather than clip.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QString currency() const { return m_currency; }
    // The legend as shown: each state's value in every currency it holds, and its deals.
    QStringList legend() const;
    void setActiveStates(const QSet<NineTouch::CadenceState> &states);

signals:
    void filterRequested(const QSet<NineTouch::CadenceState> &states);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Segment
    {
        QString label;
        QSet<NineTouch::CadenceState> states;
        QColor color;
        qint64 cents = 0; // in the bar's currency
        QMap<QString, qint64> others; // the same state's value in the other currencies
        int count = 0; // deals in every currency
        QRect rect;
    };
    void recompute();
    QRect barRect() const;
    QString legendText(const Segment &s) const;
    // Where each legend entry goes at this width (top-left of its swatch, relative to the
    // legend's first line).
    QList<QPoint> legendLayout(int width, int *lines) const;

    NineTouch::PipelineModel &m_model;
    NineTouch::PipelineReport m_report;
    QString m_currency;
    QList<Segment> m_segments;
    QSet<NineTouch::CadenceState> m_active;
};

} // namespace NineTouchUi
