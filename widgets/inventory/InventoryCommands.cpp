#include "widgets/inventory/InventoryCommands.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace wb {

void InventoryCommand::start(bool undoing, const QObject *asker, std::function<void(bool ok, const QString &error)> done)
{
    m_editor->edit(asker, change(undoing), [this, undoing, done = std::move(done)](bool ok, const QString &error) {
        // The asker (the history) owns the stack that owns this command.
        if (ok)
            changed(undoing);
        done(ok, error);
    });
}

QString InventoryCommand::refusal(bool undoing, const QString &error) const
{
    return undoing ? InventoryCommand::tr("Could not undo “%1”; it was dropped from the history. %2").arg(text(), error)
                   : InventoryCommand::tr("Could not redo “%1”; it was dropped from the history. %2").arg(text(), error);
}

bool inOneBatch(Inventory &inventory, QString *error, const std::function<bool()> &change)
{
    if (!inventory.beginBatch(error))
        return false;
    if (!change()) {
        inventory.rollbackBatch();
        return false;
    }
    return inventory.commitBatch(error);
}

AddItemCommand::AddItemCommand(InventoryEditor *editor, const Host &added) : InventoryCommand(editor), m_host{added.id}
{
    m_items->hosts = {added};
    setText(InventoryCommand::tr("Add host %1").arg(added.name));
}

AddItemCommand::AddItemCommand(InventoryEditor *editor, const Group &added) : InventoryCommand(editor), m_group{added.id}
{
    m_items->groups = {added};
    setText(InventoryCommand::tr("Add group %1").arg(added.name));
}

AddItemCommand::AddItemCommand(InventoryEditor *editor, const Directory &added)
    : InventoryCommand(editor), m_directory{added.id}
{
    m_items->directories = {added};
    setText(InventoryCommand::tr("Add directory %1").arg(added.name));
}

InventoryEditor::Edit AddItemCommand::change(bool undoing) const
{
    if (undoing)
        return [items = m_items, groups = m_group, hosts = m_host, directories = m_directory](Inventory &inventory,
                                                                                              QString *error) {
            return inventory.remove(groups, hosts, directories, items.get(), error);
        };
    return [items = m_items](Inventory &inventory, QString *error) { return inventory.restore(*items, error); };
}

EditHostCommand::EditHostCommand(InventoryEditor *editor, const Host &before, const Host &after)
    : InventoryCommand(editor), m_before(before), m_after(after), m_version(after.rowVersion)
{
    setText(InventoryCommand::tr("Edit host %1").arg(after.name));
}

InventoryEditor::Edit EditHostCommand::change(bool undoing) const
{
    // Based on the row as this command left it: a change made elsewhere since is refused.
    Host fields = undoing ? m_before : m_after;
    fields.rowVersion = m_version;
    return [fields](Inventory &inventory, QString *error) { return inventory.updateHost(fields, error); };
}

void EditHostCommand::changed(bool)
{
    if (const Host *stored = inventory().host(m_after.id))
        m_version = stored->rowVersion;
}

EditDirectoryCommand::EditDirectoryCommand(InventoryEditor *editor, const Directory &before, const Directory &after)
    : InventoryCommand(editor), m_before(before), m_after(after), m_version(after.rowVersion)
{
    setText(InventoryCommand::tr("Edit directory %1").arg(after.name));
}

InventoryEditor::Edit EditDirectoryCommand::change(bool undoing) const
{
    Directory fields = undoing ? m_before : m_after;
    fields.rowVersion = m_version;
    return [fields](Inventory &inventory, QString *error) { return inventory.updateDirectory(fields, error); };
}

void EditDirectoryCommand::changed(bool)
{
    if (const Directory *stored = inventory().directory(m_after.id))
        m_version = stored->rowVersion;
}

RenameGroupCommand::RenameGroupCommand(InventoryEditor *editor, GroupId id, const QString &before, const QString &after)
    : InventoryCommand(editor), m_id(id), m_before(before), m_after(after)
{
    setText(InventoryCommand::tr("Rename group %1").arg(after));
}

InventoryEditor::Edit RenameGroupCommand::change(bool undoing) const
{
    return [id = m_id, name = undoing ? m_before : m_after](Inventory &inventory, QString *error) {
        return inventory.renameGroup(id, name, error);
    };
}

RemoveItemsCommand::RemoveItemsCommand(InventoryEditor *editor, const RemovedItems &removed)
    : InventoryCommand(editor), m_items(std::make_shared<RemovedItems>(removed))
{
    const bool oneDirectory = removed.groups.isEmpty() && removed.hosts.isEmpty() && removed.directories.size() == 1;
    if (removed.groups.isEmpty() && removed.hosts.size() == 1 && removed.directories.isEmpty())
        setText(InventoryCommand::tr("Delete host %1").arg(removed.hosts.first().name));
    else if (removed.hosts.isEmpty() && removed.groups.size() == 1)
        setText(InventoryCommand::tr("Delete group %1").arg(removed.groups.first().name));
    else if (oneDirectory)
        setText(InventoryCommand::tr("Delete directory %1").arg(removed.directories.first().name));
    else
        setText(InventoryCommand::tr("Delete %Ln item(s)", nullptr,
                                     int(removed.groups.size() + removed.hosts.size() + removed.directories.size())));
}

InventoryEditor::Edit RemoveItemsCommand::change(bool undoing) const
{
    if (undoing)
        return [items = m_items](Inventory &inventory, QString *error) { return inventory.restore(*items, error); };
    return [items = m_items](Inventory &inventory, QString *error) {
        // Only the top items need naming; the inventory takes their contents along.
        QList<GroupId> groups;
        QList<HostId> hosts;
        QSet<GroupId> restoredGroups;
        for (const Group &g : std::as_const(items->groups))
            restoredGroups.insert(g.id);
        for (const Group &g : std::as_const(items->groups))
            if (!restoredGroups.contains(g.parentId))
                groups.append(g.id);
        for (const Host &h : std::as_const(items->hosts))
            if (!restoredGroups.contains(h.groupId))
                hosts.append(h.id);
        QList<DirectoryId> directories;
        for (const Directory &d : std::as_const(items->directories))
            if (!restoredGroups.contains(d.groupId))
                directories.append(d.id);
        return inventory.remove(groups, hosts, directories, items.get(), error);
    };
}

MoveItemsCommand::MoveItemsCommand(InventoryEditor *editor, const QList<Origin> &origins, GroupId target)
    : InventoryCommand(editor), m_origins(origins), m_target(target)
{
    setText(InventoryCommand::tr("Move %Ln item(s)", nullptr, int(origins.size())));
}

InventoryEditor::Edit MoveItemsCommand::change(bool undoing) const
{
    if (undoing) {
        // Items may have come from different groups: move each set back home.
        QMap<GroupId, QPair<QList<GroupId>, QList<HostId>>> byOrigin;
        for (const Origin &o : m_origins)
            (o.isGroup ? byOrigin[o.from].first : byOrigin[o.from].second).append(o.id);
        // Several moves, one step: all of them or none.
        return [byOrigin](Inventory &inventory, QString *error) {
            return inOneBatch(inventory, error, [&] {
                for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it)
                    if (!inventory.move(it->first, it->second, it.key(), error))
                        return false;
                return true;
            });
        };
    }
    QList<GroupId> groups;
    QList<HostId> hosts;
    for (const Origin &o : m_origins)
        (o.isGroup ? groups : hosts).append(o.id);
    return [groups, hosts, target = m_target](Inventory &inventory, QString *error) {
        return inventory.move(groups, hosts, target, error);
    };
}

ImportCommand::ImportCommand(InventoryEditor *editor, const ImportChanges &changes, const QString &fileName)
    : InventoryCommand(editor), m_changes(std::make_shared<const ImportChanges>(changes))
{
    setText(InventoryCommand::tr("Import %1").arg(fileName));
}

namespace {
// Gives the hosts the fields of `wanted`. Jump links that change are cleared
// first, so that swapping two of them never passes through a loop the
// inventory would refuse.
bool setFields(Inventory &inventory, const QList<Host> &wanted, QString *error)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (const Host &w : wanted) {
            const Host *current = inventory.host(w.id);
            if (!current) {
                *error = InventoryCommand::tr("“%1” was deleted elsewhere.").arg(w.name);
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
            if (!inventory.updateHost(h, error))
                return false;
        }
    }
    return true;
}
} // namespace

InventoryEditor::Edit ImportCommand::change(bool undoing) const
{
    if (undoing)
        return [changes = m_changes, removed = m_removed](Inventory &inventory, QString *error) {
            QList<GroupId> groups;
            for (const Group &g : changes->addedGroups)
                groups.append(g.id);
            QList<HostId> hosts;
            for (const Host &h : changes->addedHosts)
                hosts.append(h.id);
            // Changed hosts first: their new jump hosts may be hosts the import added.
            return inOneBatch(inventory, error, [&] {
                return setFields(inventory, changes->before, error) && inventory.remove(groups, hosts, removed.get(), error);
            });
        };
    return [changes = m_changes, removed = m_removed](Inventory &inventory, QString *error) {
        return inOneBatch(inventory, error,
                          [&] { return inventory.restore(*removed, error) && setFields(inventory, changes->after, error); });
    };
}

} // namespace wb
