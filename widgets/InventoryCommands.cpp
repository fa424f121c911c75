#include "InventoryCommands.h"

#include <QCoreApplication>
#include <QMap>

namespace wb {

AddHostCommand::AddHostCommand(Inventory *inventory, const Host &added) : InventoryCommand(inventory)
{
    m_items.hosts = {added};
    setText(InventoryCommand::tr("Add host %1").arg(added.name));
}

void AddHostCommand::undo()
{
    if (!m_inventory->remove({}, {m_items.hosts.first().id}, &m_items, &m_error))
        setObsolete(true);
}

void AddHostCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->restore(m_items, &m_error))
        setObsolete(true);
}

AddGroupCommand::AddGroupCommand(Inventory *inventory, const Group &added) : InventoryCommand(inventory)
{
    m_items.groups = {added};
    setText(InventoryCommand::tr("Add group %1").arg(added.name));
}

void AddGroupCommand::undo()
{
    // The group may have gained hosts since; take them along and bring them back on redo.
    if (!m_inventory->remove({m_items.groups.first().id}, {}, &m_items, &m_error))
        setObsolete(true);
}

void AddGroupCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->restore(m_items, &m_error))
        setObsolete(true);
}

EditHostCommand::EditHostCommand(Inventory *inventory, const Host &before, const Host &after)
    : InventoryCommand(inventory), m_before(before), m_after(after)
{
    setText(InventoryCommand::tr("Edit host %1").arg(after.name));
}

void EditHostCommand::undo()
{
    if (!m_inventory->updateHost(m_before, &m_error))
        setObsolete(true);
}

void EditHostCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->updateHost(m_after, &m_error))
        setObsolete(true);
}

RenameGroupCommand::RenameGroupCommand(Inventory *inventory, GroupId id, const QString &before, const QString &after)
    : InventoryCommand(inventory), m_id(id), m_before(before), m_after(after)
{
    setText(InventoryCommand::tr("Rename group %1").arg(after));
}

void RenameGroupCommand::undo()
{
    if (!m_inventory->renameGroup(m_id, m_before, &m_error))
        setObsolete(true);
}

void RenameGroupCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->renameGroup(m_id, m_after, &m_error))
        setObsolete(true);
}

RemoveItemsCommand::RemoveItemsCommand(Inventory *inventory, const RemovedItems &removed)
    : InventoryCommand(inventory), m_items(removed)
{
    if (removed.groups.isEmpty() && removed.hosts.size() == 1)
        setText(InventoryCommand::tr("Delete host %1").arg(removed.hosts.first().name));
    else if (removed.hosts.isEmpty() && removed.groups.size() == 1)
        setText(InventoryCommand::tr("Delete group %1").arg(removed.groups.first().name));
    else
        setText(InventoryCommand::tr("Delete %Ln item(s)", nullptr, int(removed.groups.size() + removed.hosts.size())));
}

void RemoveItemsCommand::undo()
{
    if (!m_inventory->restore(m_items, &m_error))
        setObsolete(true);
}

void RemoveItemsCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    // Only the top items need naming; the inventory takes their contents along.
    QList<GroupId> groups;
    QList<HostId> hosts;
    QSet<GroupId> restoredGroups;
    for (const Group &g : m_items.groups)
        restoredGroups.insert(g.id);
    for (const Group &g : m_items.groups)
        if (!restoredGroups.contains(g.parentId))
            groups.append(g.id);
    for (const Host &h : m_items.hosts)
        if (!restoredGroups.contains(h.groupId))
            hosts.append(h.id);
    if (!m_inventory->remove(groups, hosts, &m_items, &m_error))
        setObsolete(true);
}

MoveItemsCommand::MoveItemsCommand(Inventory *inventory, const QList<Origin> &origins, GroupId target)
    : InventoryCommand(inventory), m_origins(origins), m_target(target)
{
    setText(InventoryCommand::tr("Move %Ln item(s)", nullptr, int(origins.size())));
}

void MoveItemsCommand::undo()
{
    // Items may have come from different groups: move each set back home.
    QMap<GroupId, QPair<QList<GroupId>, QList<HostId>>> byOrigin;
    for (const Origin &o : m_origins)
        (o.isGroup ? byOrigin[o.from].first : byOrigin[o.from].second).append(o.id);
    for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it) {
        if (!m_inventory->move(it->first, it->second, it.key(), &m_error)) {
            setObsolete(true);
            return;
        }
    }
}

void MoveItemsCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    QList<GroupId> groups;
    QList<HostId> hosts;
    for (const Origin &o : m_origins)
        (o.isGroup ? groups : hosts).append(o.id);
    if (!m_inventory->move(groups, hosts, m_target, &m_error))
        setObsolete(true);
}

} // namespace wb
