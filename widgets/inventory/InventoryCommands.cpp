#include "widgets/inventory/InventoryCommands.h"

#include <QCoreApplication>
#include <QMap>

namespace wb {

void InventoryCommand::refuse(bool undoing)
{
    setObsolete(true);
    if (!m_onRefused)
        return;
    m_onRefused(undoing ? InventoryCommand::tr("Could not undo “%1”; it was dropped from the history. %2").arg(text(), m_error)
                        : InventoryCommand::tr("Could not redo “%1”; it was dropped from the history. %2").arg(text(), m_error));
}

void InventoryCommand::inOneBatch(bool undoing, const std::function<bool()> &change)
{
    if (!m_inventory->beginBatch(&m_error)) {
        refuse(undoing);
        return;
    }
    if (!change()) {
        m_inventory->rollbackBatch();
        refuse(undoing);
        return;
    }
    if (!m_inventory->commitBatch(&m_error))
        refuse(undoing);
}

AddHostCommand::AddHostCommand(Inventory *inventory, const Host &added) : InventoryCommand(inventory)
{
    m_items.hosts = {added};
    setText(InventoryCommand::tr("Add host %1").arg(added.name));
}

void AddHostCommand::undo()
{
    if (!m_inventory->remove({}, {m_items.hosts.first().id}, &m_items, &m_error))
        refuse(true);
}

void AddHostCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->restore(m_items, &m_error))
        refuse(false);
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
        refuse(true);
}

void AddGroupCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->restore(m_items, &m_error))
        refuse(false);
}

EditHostCommand::EditHostCommand(Inventory *inventory, const Host &before, const Host &after)
    : InventoryCommand(inventory), m_before(before), m_after(after), m_version(after.rowVersion)
{
    setText(InventoryCommand::tr("Edit host %1").arg(after.name));
}

bool EditHostCommand::write(const Host &fields)
{
    // Based on the row as this command left it: a change made elsewhere since is refused.
    Host h = fields;
    h.rowVersion = m_version;
    if (!m_inventory->updateHost(h, &m_error))
        return false;
    m_version = m_inventory->host(h.id)->rowVersion;
    return true;
}

void EditHostCommand::undo()
{
    if (!write(m_before))
        refuse(true);
}

void EditHostCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!write(m_after))
        refuse(false);
}

RenameGroupCommand::RenameGroupCommand(Inventory *inventory, GroupId id, const QString &before, const QString &after)
    : InventoryCommand(inventory), m_id(id), m_before(before), m_after(after)
{
    setText(InventoryCommand::tr("Rename group %1").arg(after));
}

void RenameGroupCommand::undo()
{
    if (!m_inventory->renameGroup(m_id, m_before, &m_error))
        refuse(true);
}

void RenameGroupCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    if (!m_inventory->renameGroup(m_id, m_after, &m_error))
        refuse(false);
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
        refuse(true);
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
        refuse(false);
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
    // Several moves, one step: all of them or none.
    inOneBatch(true, [&] {
        for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it)
            if (!m_inventory->move(it->first, it->second, it.key(), &m_error))
                return false;
        return true;
    });
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
        refuse(false);
}

ImportCommand::ImportCommand(Inventory *inventory, const ImportChanges &changes, const QString &fileName)
    : InventoryCommand(inventory), m_changes(changes)
{
    setText(InventoryCommand::tr("Import %1").arg(fileName));
}

bool ImportCommand::setFields(const QList<Host> &wanted)
{
    // Jump links that change are cleared first, so that swapping two of them
    // never passes through a loop the inventory would refuse.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Host &w : wanted) {
            const Host *current = m_inventory->host(w.id);
            if (!current) {
                m_error = InventoryCommand::tr("“%1” was deleted elsewhere.").arg(w.name);
                return false;
            }
            Host h = pass == 0 ? *current : w;
            h.rowVersion = current->rowVersion;
            if (pass == 0) {
                if (current->jumpHostId == w.jumpHostId || current->jumpHostId == 0)
                    continue;
                h.jumpHostId = 0;
            } else if (h == *current) {
                continue;
            }
            if (!m_inventory->updateHost(h, &m_error))
                return false;
        }
    }
    return true;
}

void ImportCommand::undo()
{
    QList<GroupId> groups;
    for (const Group &g : m_changes.addedGroups)
        groups.append(g.id);
    QList<HostId> hosts;
    for (const Host &h : m_changes.addedHosts)
        hosts.append(h.id);
    // Changed hosts first: their new jump hosts may be hosts the import added.
    inOneBatch(true, [&] {
        return setFields(m_changes.before) && m_inventory->remove(groups, hosts, &m_removed, &m_error);
    });
}

void ImportCommand::redo()
{
    if (std::exchange(m_firstRedoDone, false))
        return;
    inOneBatch(false, [&] { return m_inventory->restore(m_removed, &m_error) && setFields(m_changes.after); });
}

} // namespace wb
