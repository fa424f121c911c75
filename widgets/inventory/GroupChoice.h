#pragma once

#include "core/inventory/InventoryTypes.h"

class QComboBox;

namespace wb {

class InventoryTables;

// Fills a combo box with "(top level)" and every group of the inventory as a
// tree (indented, in name order), each item's data its id, and selects
// `selected`: where a dialog asks which group a host or directory goes in.
void fillGroupChoice(QComboBox *combo, const InventoryTables &inventory, GroupId selected);

} // namespace wb
