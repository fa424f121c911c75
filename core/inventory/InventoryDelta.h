#pragma once

#include "core/inventory/Inventory.h"

#include <QList>
#include <QObject>

#include <optional>

namespace wb {

// What one change did to an inventory, as values that can cross threads: the
// workspace thread's inventory makes the change, and the window's copy
// replays it (Inventory::replay), announcing the same signals it would have.
struct InventoryDelta
{
    enum class Kind {
        GroupAdded, GroupChanged, GroupMoved, GroupRemoved,
        HostAdded, HostChanged, HostMoved, HostRemoved,
        DirectoryAdded, DirectoryChanged, DirectoryMoved, DirectoryRemoved,
    };
    struct Event {
        Kind kind;
        Group group;  // the group as it is after the change (GroupRemoved: its id only)
        Host host;    // the same for hosts
        Directory directory;  // and for directories
        GroupId from = 0;
        GroupId to = 0;
    };
    // A reload or a batch: every table, replacing everything (events before it are moot).
    std::optional<InventoryTables> reset;
    QList<Event> events;
};

// Listens to an inventory and writes down what it announces, with the values
// as they are at that moment, until take() hands them over.
class InventoryDeltaRecorder : public QObject
{
public:
    explicit InventoryDeltaRecorder(const Inventory *inventory);
    InventoryDelta take() { return std::exchange(m_delta, {}); }

private:
    void recordGroup(InventoryDelta::Kind kind, GroupId id, GroupId from = 0, GroupId to = 0);
    void recordHost(InventoryDelta::Kind kind, HostId id, GroupId from = 0, GroupId to = 0);
    void recordDirectory(InventoryDelta::Kind kind, DirectoryId id, GroupId from = 0, GroupId to = 0);

    const Inventory *m_inventory;
    InventoryDelta m_delta;
};

} // namespace wb
