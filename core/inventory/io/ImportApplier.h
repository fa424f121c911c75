#pragma once

#include "ImportTypes.h"

namespace wb {

class Inventory;

struct ApplyStats {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int groupsCreated = 0;
    QList<ImportIssue> warnings;   // e.g. a ProxyJump naming a host that is not in the inventory
};

// Puts an ImportResult into an Inventory in one batch (one transaction).
// A host whose name already exists in its target group is updated in place,
// so importing the same file twice adds nothing the second time.
class ImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(wb::ImportApplier)
public:
    // Refuses (returns false, error set, nothing written) if result.hasErrors()
    // and skipBadLines is false.
    static bool apply(Inventory &inventory, const ImportResult &result, GroupId target, bool skipBadLines,
                      ApplyStats *stats, QString *error);
};

} // namespace wb
