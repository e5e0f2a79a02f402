#include "carddelegate.h"

#include "cadencecolors.h"
#include "roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QToolTip>

namespace NineTouchUi {

using namespace NineTouch;

namespace {

constexpr int margin = 5;
constexpr int padding = 8;
constexpr int stripe = 5;

void chip(QPainter *p, const QRect &r, const QString &text, const QColor &color,
          const QPalette &pal)
{
    QPainterPath path;
    path.addRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    p->fillPath(path, tint(color, pal, 0.25));
    p->setPen(pal.color(QPalette::Text));
    p->drawText(r, Qt::AlignCenter, text);
}

} // namespace

QString CardDelegate::moneyText(qint64 cents, const QString &currency)
{
    const QLocale locale;
    const double value = double(cents) / 100.0;
    // Compact on cards and headers, one way for every size: 950, 6.5k, 48k, 1.2M; the deal
    // panel shows the full amount.
    QString amount;
    if (value >= 1e6)
        amount = locale.toString(value / 1e6, 'f', 1) + QStringLiteral("M");
    else if (value >= 1e4)
        amount = locale.toString(value / 1e3, 'f', 0) + QStringLiteral("k");
    else if (value >= 1e3)
        amount = locale.toString(value / 1e3, 'f', 1) + QStringLiteral("k");
    else
        amount = locale.toString(value, 'f', 0);
    return amount + QLatin1Char(' ') + currency;
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // The card's tooltip: the advice, and what the badge counts.
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QString tip = index.data(Roles::Recommendation).toString();
        if (index.data(Roles::Stale).toBool())
            tip += QLatin1Char('\n')
                + tr("Idle for %n day(s): no stage change, reply or held meeting.", nullptr,
                     index.data(Roles::IdleDays).toInt());
        tip += QLatin1Char('\n')
            + tr("Touches count the reminder, the call and the missed-call email of each cycle.");
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    // As wide as the column (a narrow hint: the list never scrolls sideways).
    return QSize(80, 2 * margin + 2 * padding + 4 * fm.height() + 3 * 4);
}

void CardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const QRect card = option.rect.adjusted(margin, margin, -margin, -margin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const auto urgency = Urgency(index.data(Roles::Urgency).toInt());
    // Nothing planned is a warning on an open deal; on a won one it is how it should be.
    const bool won = index.data(Roles::Status).toInt() == int(DealStatus::Won);
    const QColor accent =
        won && urgency == Urgency::None ? urgencyColor(Urgency::Planned) : urgencyColor(urgency);

    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    p->fillPath(shape,
                hovered && !selected ? tint(pal.color(QPalette::Highlight), pal, 0.06)
                                     : pal.color(QPalette::Base));
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                   selected ? 2 : 1));
    p->drawPath(shape);
    // The urgency stripe on the left edge.
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRect(card.left(), card.top(), stripe, card.height()), accent);
    p->restore();

    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics fm(option.font);
    const int line = fm.height() + 4;
    const QRect inner = card.adjusted(stripe + padding, padding, -padding, -padding);
    const bool closed = DealStatus(index.data(Roles::Status).toInt()) != DealStatus::Open;

    // 1: the title, the whole width (a narrow column still shows most of it)
    const QFontMetrics bm(bold);
    p->setFont(bold);
    QRect r(inner.left(), inner.top(), inner.width(), fm.height());
    // In the team's view, another rep's deal names its owner at the right of the title.
    const QString owner = index.data(Roles::Owner).toString();
    int ownerWidth = 0;
    if (!owner.isEmpty()) {
        ownerWidth = std::min(fm.horizontalAdvance(owner) + 4, r.width() / 3);
        p->setFont(option.font);
        p->setPen(secondaryText(pal));
        p->drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(owner, Qt::ElideRight, ownerWidth));
        p->setFont(bold);
    }
    p->setPen(pal.color(QPalette::Text));
    const QRect title = r.adjusted(0, 0, ownerWidth ? -ownerWidth - 6 : 0, 0);
    p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                bm.elidedText(index.data(Roles::Title).toString(), Qt::ElideRight, title.width()));

    // 2: the value, then organization and contact
    r.translate(0, line);
    const QString value = moneyText(index.data(Roles::ValueCents).toLongLong(),
                                    index.data(Roles::Currency).toString());
    const int valueWidth = fm.horizontalAdvance(value);
    p->setFont(option.font);
    p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, value);
    p->setPen(secondaryText(pal));
    const QString who = index.data(Roles::Organization).toString() + QStringLiteral(" · ")
        + index.data(Roles::ContactName).toString();
    const QRect whoRect = r.adjusted(valueWidth + 8, 0, 0, 0);
    p->drawText(whoRect, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(who, Qt::ElideRight, whoRect.width()));

    // 3: cadence badge and idle marker
    p->setFont(small);
    const QFontMetrics sm(small);
    r.translate(0, line);
    QString badge = closed
        ? index.data(Roles::Status).toInt() == int(DealStatus::Won) ? tr("Won") : tr("Lost")
        : index.data(Roles::BadgeText).toString();
    // A narrow card (a long language, a small screen) keeps the figures, "3/3 · 9/9"; the
    // words are in the column's tooltip and the deal panel.
    if (sm.horizontalAdvance(badge) + 14 > r.width() + padding - 2) { // the chip may use the margin
        static const QRegularExpression words(QStringLiteral("\\p{L}+\\.?\\s*"));
        const QString figures = QString(badge).remove(words).trimmed();
        if (!figures.isEmpty())
            badge = figures;
    }
    const auto state = CadenceState(index.data(Roles::State).toInt());
    const QRect badgeRect(r.left(), r.top() + 1, sm.horizontalAdvance(badge) + 14, r.height() - 2);
    chip(p, badgeRect, badge, stateColor(state), pal);
    if (index.data(Roles::Stale).toBool()) {
        const QString idle = tr("Idle %1d").arg(index.data(Roles::IdleDays).toInt());
        const QRect idleRect(badgeRect.right() + 6, badgeRect.top(),
                             sm.horizontalAdvance(idle) + 14, badgeRect.height());
        if (idleRect.right() <= r.right()) // only whole: a narrow card leaves it to the tooltip
            chip(p, idleRect, idle, QColor(0x9b, 0x59, 0xb6), pal);
    }

    // 4: next step, with the urgency dot
    r.translate(0, line);
    p->setPen(Qt::NoPen);
    p->setBrush(accent);
    const int dot = sm.height() / 2;
    p->drawEllipse(QRect(r.left(), r.center().y() - dot / 2, dot, dot));
    p->setPen(isPressing(urgency)               ? urgencyText(urgency, pal)
                  : urgency == Urgency::Planned ? secondaryText(pal)
                                                : pal.color(QPalette::Text));
    const QFont stepFont = isPressing(urgency) ? bold : option.font;
    p->setFont(stepFont);
    // "Confirm lost · Mon 16 Feb": when it does not fit, the step stays whole and its time
    // gives way ("Verlust buchen…", not "Verlust buch…").
    const QFontMetrics stepMetrics(stepFont);
    const QString stepText = index.data(Roles::NextStepText).toString();
    const int room = r.width() - dot - 6;
    QString shown = stepMetrics.elidedText(stepText, Qt::ElideRight, room);
    const qsizetype cut = stepText.indexOf(QStringLiteral(" · "));
    if (shown != stepText && cut > 0) {
        const QString step = stepText.left(cut);
        const int stepWidth = stepMetrics.horizontalAdvance(step);
        if (stepWidth < room)
            shown =
                step + stepMetrics.elidedText(stepText.mid(cut), Qt::ElideRight, room - stepWidth);
    }
    p->drawText(r.adjusted(dot + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
    p->restore();
}

} // namespace NineTouchUi
