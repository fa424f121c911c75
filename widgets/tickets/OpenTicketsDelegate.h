#pragma once

#include <QStyledItemDelegate>

namespace wb {

// Draws a host's open-ticket count (InventoryModel::OpenTicketsRole) as a
// small badge at the right end of its name, so a host with a problem on
// record stands out in the tree.
class OpenTicketsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wb
