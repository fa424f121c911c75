#include "core/inventory/InventoryDelta.h"

namespace wb {

using Kind = InventoryDelta::Kind;

InventoryDeltaRecorder::InventoryDeltaRecorder(const Inventory *inventory) : m_inventory(inventory)
{
    // Direct: the values are read while the inventory still holds them.
    const auto direct = Qt::DirectConnection;
    connect(inventory, &Inventory::resetDone, this, [this] {
        m_delta.events.clear();
        m_delta.reset = m_inventory->independentCopy();
    }, direct);
    connect(inventory, &Inventory::groupAdded, this, [this](GroupId id) { recordGroup(Kind::GroupAdded, id); }, direct);
    connect(inventory, &Inventory::groupChanged, this, [this](GroupId id) { recordGroup(Kind::GroupChanged, id); }, direct);
    connect(inventory, &Inventory::groupMoved, this,
            [this](GroupId id, GroupId from, GroupId to) { recordGroup(Kind::GroupMoved, id, from, to); }, direct);
    connect(inventory, &Inventory::groupRemoved, this, [this](GroupId id) { recordGroup(Kind::GroupRemoved, id); }, direct);
    connect(inventory, &Inventory::hostAdded, this, [this](HostId id) { recordHost(Kind::HostAdded, id); }, direct);
    connect(inventory, &Inventory::hostChanged, this, [this](HostId id) { recordHost(Kind::HostChanged, id); }, direct);
    connect(inventory, &Inventory::hostMoved, this,
            [this](HostId id, GroupId from, GroupId to) { recordHost(Kind::HostMoved, id, from, to); }, direct);
    connect(inventory, &Inventory::hostRemoved, this, [this](HostId id) { recordHost(Kind::HostRemoved, id); }, direct);
    connect(inventory, &Inventory::directoryAdded, this,
            [this](DirectoryId id) { recordDirectory(Kind::DirectoryAdded, id); }, direct);
    connect(inventory, &Inventory::directoryChanged, this,
            [this](DirectoryId id) { recordDirectory(Kind::DirectoryChanged, id); }, direct);
    connect(inventory, &Inventory::directoryMoved, this,
            [this](DirectoryId id, GroupId from, GroupId to) { recordDirectory(Kind::DirectoryMoved, id, from, to); },
            direct);
    connect(inventory, &Inventory::directoryRemoved, this,
            [this](DirectoryId id) { recordDirectory(Kind::DirectoryRemoved, id); }, direct);
}

void InventoryDeltaRecorder::recordGroup(Kind kind, GroupId id, GroupId from, GroupId to)
{
    InventoryDelta::Event event{kind, {}, {}, {}, from, to};
    const Group *group = m_inventory->group(id);
    event.group = group ? *group : Group{};
    event.group.id = id;
    m_delta.events.append(event);
}

void InventoryDeltaRecorder::recordHost(Kind kind, HostId id, GroupId from, GroupId to)
{
    InventoryDelta::Event event{kind, {}, {}, {}, from, to};
    const Host *host = m_inventory->host(id);
    event.host = host ? *host : Host{};
    event.host.id = id;
    m_delta.events.append(event);
}

void InventoryDeltaRecorder::recordDirectory(Kind kind, DirectoryId id, GroupId from, GroupId to)
{
    InventoryDelta::Event event{kind, {}, {}, {}, from, to};
    const Directory *directory = m_inventory->directory(id);
    event.directory = directory ? *directory : Directory{};
    event.directory.id = id;
    m_delta.events.append(event);
}

void Inventory::replay(const InventoryDelta &delta)
{
    if (delta.reset)
        reset(*delta.reset);
    for (const InventoryDelta::Event &e : delta.events) {
        switch (e.kind) {
        case Kind::GroupAdded:
            linkGroup(e.group);
            Q_EMIT groupAdded(e.group.id);
            break;
        case Kind::GroupChanged:
        case Kind::GroupMoved:
            if (!m_groups.contains(e.group.id))
                break;
            unlinkGroup(e.group.id);
            linkGroup(e.group);  // taken out and put back: the lists stay sorted
            if (e.kind == Kind::GroupMoved)
                Q_EMIT groupMoved(e.group.id, e.from, e.to);
            else
                Q_EMIT groupChanged(e.group.id);
            break;
        case Kind::GroupRemoved:
            if (!m_groups.contains(e.group.id))
                break;
            Q_EMIT groupAboutToBeRemoved(e.group.id);
            unlinkGroup(e.group.id);
            forgetGroup(e.group.id);
            Q_EMIT groupRemoved(e.group.id);
            break;
        case Kind::HostAdded:
            linkHost(e.host);
            Q_EMIT hostAdded(e.host.id);
            break;
        case Kind::HostChanged:
        case Kind::HostMoved:
            if (!m_hosts.contains(e.host.id))
                break;
            unlinkHost(e.host.id);
            linkHost(e.host);
            if (e.kind == Kind::HostMoved)
                Q_EMIT hostMoved(e.host.id, e.from, e.to);
            else
                Q_EMIT hostChanged(e.host.id);
            break;
        case Kind::HostRemoved:
            if (!m_hosts.contains(e.host.id))
                break;
            Q_EMIT hostAboutToBeRemoved(e.host.id);
            unlinkHost(e.host.id);
            m_hosts.remove(e.host.id);
            Q_EMIT hostRemoved(e.host.id);
            break;
        case Kind::DirectoryAdded:
            linkDirectory(e.directory);
            Q_EMIT directoryAdded(e.directory.id);
            break;
        case Kind::DirectoryChanged:
        case Kind::DirectoryMoved:
            if (!m_directories.contains(e.directory.id))
                break;
            unlinkDirectory(e.directory.id);
            linkDirectory(e.directory);
            if (e.kind == Kind::DirectoryMoved)
                Q_EMIT directoryMoved(e.directory.id, e.from, e.to);
            else
                Q_EMIT directoryChanged(e.directory.id);
            break;
        case Kind::DirectoryRemoved:
            if (!m_directories.contains(e.directory.id))
                break;
            Q_EMIT directoryAboutToBeRemoved(e.directory.id);
            unlinkDirectory(e.directory.id);
            m_directories.remove(e.directory.id);
            Q_EMIT directoryRemoved(e.directory.id);
            break;
        }
    }
}

} // namespace wb
