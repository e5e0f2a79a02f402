#include "honestbar.h"

#include "cadencecolors.h"
#include "carddelegate.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace NineTouchUi {

using namespace NineTouch;

HonestBar::HonestBar(PipelineModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(&model, &PipelineModel::reloaded, this, &HonestBar::recompute);
    connect(&model, &PipelineModel::timeMoved, this, &HonestBar::recompute);
    connect(&model, &PipelineModel::dealUpdated, this, &HonestBar::recompute);
    recompute();
}

QSize HonestBar::sizeHint() const
{
    return QSize(800, heightForWidth(width() > 0 ? width() : 800));
}

QSize HonestBar::minimumSizeHint() const
{
    return QSize(300, heightForWidth(width() > 0 ? width() : 800));
}

int HonestBar::heightForWidth(int width) const
{
    const QFontMetrics fm(font());
    int lines = 1;
    (void)legendLayout(width, &lines);
    return fm.height() * (3 + lines) + 26;
}

void HonestBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometry(); // the legend may need another line, or one less
}

QString HonestBar::legendText(const Segment &s) const
{
    // Other currencies are added beside the bar's, never converted: "0 EUR + 24k GBP".
    QStringList money { CardDelegate::moneyText(s.cents, m_currency) };
    for (auto it = s.others.cbegin(); it != s.others.cend(); ++it) {
        if (it.value() != 0)
            money << CardDelegate::moneyText(it.value(), it.key());
    }
    return QStringLiteral("%1 %2 (%3)")
        .arg(s.label, money.join(QStringLiteral(" + ")))
        .arg(s.count);
}

QStringList HonestBar::legend() const
{
    QStringList texts;
    for (const Segment &s : m_segments)
        texts << legendText(s);
    return texts;
}

QList<QPoint> HonestBar::legendLayout(int width, int *lines) const
{
    const QFontMetrics fm(font());
    QList<QPoint> at;
    int x = 12;
    int y = 0;
    *lines = 1;
    for (const Segment &s : m_segments) {
        const int w = fm.height() / 2 + 8 + fm.horizontalAdvance(legendText(s)) + 16;
        if (x > 12 && x + w > width - 12) {
            x = 12;
            y += fm.height() + 4;
            ++*lines;
        }
        at << QPoint(x, y);
        x += w;
    }
    return at;
}

void HonestBar::setActiveStates(const QSet<CadenceState> &states)
{
    m_active = states;
    update();
}

void HonestBar::recompute()
{
    m_report = m_model.report();
    // The rep's currency; else the one with the most open value.
    m_currency = m_model.pipeline().settings().currency;
    if (!m_report.currencies.contains(m_currency)) {
        qint64 best = -1;
        for (auto it = m_report.currencies.cbegin(); it != m_report.currencies.cend(); ++it) {
            if (it->openCents > best) {
                best = it->openCents;
                m_currency = it.key();
            }
        }
    }
    const CurrencyTotals t = m_report.currencies.value(m_currency);
    auto total = [&](std::initializer_list<CadenceState> states) {
        Segment s;
        for (CadenceState st : states) {
            s.states.insert(st);
            s.cents += t.byState.value(st).valueCents;
            s.count += t.byState.value(st).count;
            // The deals in other currencies count too; their value stays in its currency.
            for (auto it = m_report.currencies.cbegin(); it != m_report.currencies.cend(); ++it) {
                if (it.key() == m_currency)
                    continue;
                s.others[it.key()] += it->byState.value(st).valueCents;
                s.count += it->byState.value(st).count;
            }
        }
        return s;
    };
    m_segments.clear();
    Segment engaged = total({ CadenceState::Engaged });
    engaged.label = tr("Engaged");
    engaged.color = stateColor(CadenceState::Engaged);
    Segment hope = total({ CadenceState::Silent, CadenceState::AwaitingDecision });
    hope.label = tr("Hope (silent, awaiting)");
    hope.color = stateColor(CadenceState::Silent);
    Segment past = total({ CadenceState::PastRule });
    past.label = tr("Past the rule");
    past.color = stateColor(CadenceState::PastRule);
    Segment none = total({ CadenceState::NoMeeting });
    none.label = tr("No meeting");
    none.color = stateColor(CadenceState::NoMeeting);
    m_segments = { engaged, hope, past, none };
    update();
}

QRect HonestBar::barRect() const
{
    const QFontMetrics fm(font());
    return QRect(12, fm.height() + 12, width() - 24, fm.height() + 6);
}

void HonestBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    const CurrencyTotals t = m_report.currencies.value(m_currency);

    // Title line: open value and the idle count.
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.15);
    p.setFont(big);
    p.setPen(pal.color(QPalette::WindowText));
    QString title = tr("Open pipeline %1 · %n deal(s)", nullptr, m_report.openDeals)
                        .arg(CardDelegate::moneyText(t.openCents, m_currency));
    if (m_report.currencies.size() > 1) {
        QStringList others;
        for (auto it = m_report.currencies.cbegin(); it != m_report.currencies.cend(); ++it) {
            if (it.key() != m_currency)
                others << CardDelegate::moneyText(it->openCents, it.key());
        }
        title += tr(" (and %1, never converted)").arg(others.join(QStringLiteral(", ")));
    }
    const QRect titleRect(12, 4, width() - 24, fm.height() + 6);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int used = QFontMetrics(big).horizontalAdvance(title) + 24;
    p.setFont(font());
    p.setPen(secondaryText(pal));
    const QString idle = tr("%n idle for 30+ days", nullptr, int(m_report.staleDeals.size()));
    p.drawText(titleRect.adjusted(used, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
               fm.elidedText(idle, Qt::ElideRight, std::max(0, titleRect.width() - used)));

    // The stacked bar.
    const QRect bar = barRect();
    QPainterPath outline;
    outline.addRoundedRect(bar, 4, 4);
    p.fillPath(outline, pal.color(QPalette::AlternateBase));
    p.save();
    p.setClipPath(outline);
    int x = bar.left();
    const qint64 whole = std::max<qint64>(1, t.openCents);
    for (int i = 0; i < m_segments.size(); ++i) {
        Segment &s = m_segments[i];
        const int w = i == m_segments.size() - 1 ? bar.right() - x + 1
                                                 : int(double(bar.width()) * s.cents / whole);
        s.rect = QRect(x, bar.top(), std::max(0, w), bar.height());
        QColor c = s.color;
        if (!m_active.isEmpty() && !m_active.intersects(s.states))
            c.setAlpha(70);
        p.fillRect(s.rect, c);
        if (w > 70) {
            p.setPen(Qt::white);
            p.drawText(s.rect.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(CardDelegate::moneyText(s.cents, m_currency), Qt::ElideRight,
                                     w - 12));
        }
        x += w;
    }
    p.restore();

    // Legend with figures, wrapped to the width.
    int lines = 1;
    const QList<QPoint> places = legendLayout(width(), &lines);
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments.at(i);
        const QString text = legendText(s);
        const int lx = places.at(i).x();
        const int ly = bar.bottom() + 8 + places.at(i).y();
        p.setBrush(s.color);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRect(lx, ly + fm.height() / 4, fm.height() / 2 + 2, fm.height() / 2 + 2),
                          2, 2);
        p.setPen(pal.color(QPalette::WindowText));
        const int tw = fm.horizontalAdvance(text);
        p.drawText(QRect(lx + fm.height() / 2 + 8, ly, tw + 4, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void HonestBar::mousePressEvent(QMouseEvent *event)
{
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.rect.contains(event->position().toPoint())) {
            // A second click on the active segment clears the filter.
            m_active = (m_active == s.states) ? QSet<CadenceState>() : s.states;
            emit filterRequested(m_active);
            update();
            return;
        }
    }
}

void HonestBar::mouseMoveEvent(QMouseEvent *event)
{
    setToolTip(tr("Idle: open deals without a stage change, a reply or a held meeting in the "
                  "last 30 days."));
    const bool over = barRect().contains(event->position().toPoint());
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.rect.contains(event->position().toPoint()))
            setToolTip(tr("%1 (%2 deals). Click to show only these.")
                           .arg(legendText(s).section(QLatin1String(" ("), 0, 0))
                           .arg(s.count));
    }
}

} // namespace NineTouchUi
