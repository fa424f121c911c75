#include "widgets/tickets/OpenTicketsDelegate.h"

#include "models/inventory/InventoryModel.h"

#include <QPainter>
#include <QPainterPath>

namespace wb {

void OpenTicketsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int open = index.data(InventoryModel::OpenTicketsRole).toInt();
    if (open <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = open > 99 ? QStringLiteral("99+") : QString::number(open);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
    const QRect badge(option.rect.right() - width - 4, option.rect.center().y() - height / 2, width, height);
    // The name is drawn in what is left, so a long one is elided before the badge.
    QStyleOptionViewItem narrowed = option;
    narrowed.rect.setRight(badge.left() - 4);
    QStyledItemDelegate::paint(painter, narrowed, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, QColor(0xe8, 0x59, 0x0c)); // the high-priority orange of the ticket pane
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace wb
