#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <atomic>

namespace wb {

class Inventory;

// What an import did, so that it can be undone as one step and redone.
struct ImportChanges {
    QList<Group> addedGroups;  // parents before children
    QList<Host> addedHosts;    // as the import left them
    QList<Host> before;        // hosts that were there and changed, as they were
    QList<Host> after;         // the same hosts, as the import left them
    bool isEmpty() const { return addedGroups.isEmpty() && addedHosts.isEmpty() && before.isEmpty(); }
};

struct ApplyStats {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int groupsCreated = 0;
    bool cancelled = false;
    QList<ImportIssue> warnings;   // e.g. a ProxyJump naming a host that is not in the inventory
    ImportChanges changes;
};

// Puts an ImportResult into an Inventory in one batch (one transaction).
// A host whose name already exists in its target group is updated in place,
// so importing the same file twice adds nothing the second time; only the
// fields the file states (ImportedHost::stated) change, the rest keep their values.
// A jump host is looked for in the import (same group first), then in the
// host's group, then in the whole inventory; a name that several hosts share
// there is an error naming the line.
class ImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(wb::ImportApplier)
public:
    // Refuses (returns false, error set, nothing written) if result.hasErrors()
    // and skipBadLines is false, or when *cancel becomes true before the end
    // (stats->cancelled is then set).
    static bool apply(Inventory &inventory, const ImportResult &result, GroupId target, bool skipBadLines,
                      ApplyStats *stats, QString *error, const std::atomic_bool *cancel = nullptr);

    static QString cancelledMessage();
};

} // namespace wb
