// Paints a deal as a card: title and value, organization, cadence badge, next step coloured
// by urgency, and an idle marker. No widget per card, so thousands of deals scroll smoothly.
#pragma once

#include <QStyledItemDelegate>

namespace NineTouchUi {

class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QString moneyText(qint64 cents, const QString &currency);
};

} // namespace NineTouchUi
