#pragma once

#include "core/inventory/Inventory.h"

#include <QCoreApplication>

namespace wb {

// Works out what a delete takes along (the topmost selected items, everything
// below them, the jump-host links that point into them) and whether an undo
// can still put a removal back. Reads the inventory; changes nothing.
class RemovalPlan
{
    Q_DECLARE_TR_FUNCTIONS(wb::RemovalPlan)
public:
    static RemovalPlan make(const Inventory &inventory, const QList<GroupId> &groups, const QList<HostId> &hosts,
                            const QList<DirectoryId> &directories = {});
    // An empty string when `removed` can be restored; else why not.
    static QString checkRestorable(const Inventory &inventory, const RemovedItems &removed);

    QList<GroupId> topGroups;   // selected groups not inside another selected group
    QList<HostId> topHosts;     // selected hosts not inside a selected group
    QList<DirectoryId> topDirectories;  // the same for directories
    RemovedItems items;         // everything that goes, parents before children
    QList<HostId> referencing;  // surviving hosts whose jump host goes
};

} // namespace wb
