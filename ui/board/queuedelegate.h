// The day queue's rows as urgent as they are: past the rule in red, overdue in orange, due now
// in green, each in bold with a marker in the time column; later steps in plain text.
#pragma once

#include <QStyledItemDelegate>

namespace NineTouchUi {

class QueueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace NineTouchUi
