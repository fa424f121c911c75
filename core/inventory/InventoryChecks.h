#pragma once

#include "core/inventory/InventoryTables.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace wb {

// The rules a change to the inventory keeps, checked against the tables before
// anything is written: names that are valid and unique where they go, groups
// and jump hosts that exist, no loop of jump hosts, no group moved into
// itself. Each answers with what is wrong, for the user; empty when nothing is.
class InventoryChecks
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryChecks)
public:
    // A group called `name` under `parent`; `self` is the group being renamed.
    static QString checkGroup(const InventoryTables &tables, GroupId parent, const QString &name, GroupId self = 0);
    static QString checkHost(const InventoryTables &tables, const Host &host);
    static QString checkDirectory(const InventoryTables &tables, const Directory &directory);

    // Why a version-checked write was refused (InventoryRepository's Stale),
    // read back from the workspace: what was changed elsewhere, or that the
    // item was deleted there. `tables` hold what the user saw.
    static QString staleHost(const InventoryTables &tables, const QSqlDatabase &db, const Host &attempted);
    static QString staleGroup(const InventoryTables &tables, const QSqlDatabase &db, const Group &attempted);
};

// What a move changes: the topmost selected groups and hosts that are not in
// the target already, with the target as their new parent.
struct MovePlan
{
    Q_DECLARE_TR_FUNCTIONS(wb::MovePlan)
public:
    // Nothing, and *error, when the move breaks a rule.
    static std::optional<MovePlan> make(const InventoryTables &tables, const QList<GroupId> &groups,
                                        const QList<HostId> &hosts, GroupId target, QString *error);

    QList<Group> groups;
    QList<Host> hosts;
};

} // namespace wb
