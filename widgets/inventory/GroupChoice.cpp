#include "widgets/inventory/GroupChoice.h"

#include "core/inventory/InventoryTables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QIcon>

namespace wb {

void fillGroupChoice(QComboBox *combo, const InventoryTables &inventory, GroupId selected)
{
    combo->addItem(QCoreApplication::translate("wb::GroupChoice", "(top level)"), qint64(0));
    QList<QPair<GroupId, int>> stack;
    const auto &top = inventory.childGroups(0);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append({*it, 0});
    const QIcon icon(QStringLiteral(":/icons/group.svg"));
    while (!stack.isEmpty()) {
        const auto [id, depth] = stack.takeLast();
        combo->addItem(icon, QString(depth * 3, QLatin1Char(' ')) + inventory.group(id)->name, id);
        const auto &children = inventory.childGroups(id);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

} // namespace wb
