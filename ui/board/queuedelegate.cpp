#include "queuedelegate.h"

#include "cadencecolors.h"
#include "dayqueuemodel.h"

#include <QPainter>

namespace NineTouchUi {

using namespace NineTouch;

void QueueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto urgency = Urgency(index.data(Roles::Urgency).toInt());
    if (isPressing(urgency)) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, urgencyText(urgency, option->palette));
    } else if (urgency == Urgency::Planned) {
        option->palette.setColor(QPalette::Text, secondaryText(option->palette));
    }
    if (index.column() == DayQueueModel::TimeColumn)
        option->rect.adjust(12, 0, 0, 0); // room for the marker
}

void QueueDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyledItemDelegate::paint(p, option, index);
    if (index.column() != DayQueueModel::TimeColumn)
        return;
    // A marker in the urgency's colour: a filled dot for what is pressing, a ring otherwise.
    const auto urgency = Urgency(index.data(Roles::Urgency).toInt());
    const int d = option.fontMetrics.height() / 2;
    const QRect dot(option.rect.left() + 6, option.rect.center().y() - d / 2, d, d);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor c = urgencyColor(urgency);
    p->setPen(isPressing(urgency) ? Qt::NoPen : QPen(c, 1.5));
    p->setBrush(isPressing(urgency) ? QBrush(c) : Qt::NoBrush);
    p->drawEllipse(dot);
    p->restore();
}

} // namespace NineTouchUi
