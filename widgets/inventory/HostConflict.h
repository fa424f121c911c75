#pragma once

#include "core/inventory/InventoryTypes.h"
#include "models/common/ConflictModel.h"

#include <QCoreApplication>

namespace wb {

class InventoryTables;

// A host saved elsewhere while it was being edited, field by field.
class HostConflict
{
    Q_DECLARE_TR_FUNCTIONS(wb::HostConflict)
public:
    // A field as the user reads it (names for the group and jump host, the
    // whole notes); `inventory` names the groups and hosts the ids point at.
    static QString fieldText(const InventoryTables &inventory, const Host &host, HostField field);

    // Every field, for ConflictDialog; the keys are HostField bits.
    static QList<ConflictField> fields(const InventoryTables &inventory, const Host &base, const Host &mine,
                                       const Host &theirs);

    // What is stored now (`theirs`, its row version too) with the fields named
    // by `keysFromMine` taken from `mine`.
    static Host merged(const Host &mine, const Host &theirs, const QList<int> &keysFromMine);
};

} // namespace wb
