#pragma once

// What a workspace file holds now, read on a connection of its own, as a
// restart, werkbank-cli or another window would see it.
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"

namespace wbtest {

inline wb::InventorySnapshot storedInventory(const QString &workspacePath)
{
    wb::Workspace other;
    if (!other.open(workspacePath))
        return {};
    wb::Inventory fresh;
    fresh.setDatabase(other.database());
    QString error;
    fresh.load(&error);
    return fresh.snapshot();
}

} // namespace wbtest
