#include "core/inventory/RemovalPlan.h"

#include <QSet>

#include <algorithm>

#include <tuple>

namespace wb {

namespace {
void collectSubtree(const Inventory &inventory, GroupId id, RemovedItems *removed)
{
    removed->groups.append(*inventory.group(id));
    for (HostId h : inventory.hostsIn(id))
        removed->hosts.append(*inventory.host(h));
    for (DirectoryId d : inventory.directoriesIn(id))
        removed->directories.append(*inventory.directory(d));
    for (GroupId child : inventory.childGroups(id))
        collectSubtree(inventory, child, removed);
}
} // namespace

RemovalPlan RemovalPlan::make(const Inventory &inventory, const QList<GroupId> &groups, const QList<HostId> &hosts,
                              const QList<DirectoryId> &directories)
{
    RemovalPlan plan;
    // A host inside a selected group goes with the group.
    std::tie(plan.topGroups, plan.topHosts) = inventory.topmost(groups, hosts);

    for (GroupId id : plan.topGroups)
        collectSubtree(inventory, id, &plan.items);
    for (HostId id : plan.topHosts)
        plan.items.hosts.append(*inventory.host(id));
    for (DirectoryId id : directories) {
        const Directory *d = inventory.directory(id);
        if (!d || plan.topDirectories.contains(id))
            continue;
        const bool covered = std::any_of(plan.topGroups.begin(), plan.topGroups.end(),
                                         [&](GroupId g) { return inventory.isSameOrDescendant(d->groupId, g); });
        if (!covered) {
            plan.topDirectories.append(id);
            plan.items.directories.append(*d);
        }
    }
    QSet<HostId> goneHosts;
    for (const Host &h : plan.items.hosts)
        goneHosts.insert(h.id);
    for (const Host &h : inventory.allHosts()) {
        if (h.jumpHostId != 0 && goneHosts.contains(h.jumpHostId) && !goneHosts.contains(h.id)) {
            plan.items.jumpReferences.insert(h.id, h.jumpHostId);
            plan.referencing.append(h.id);
        }
    }
    return plan;
}

QString RemovalPlan::checkRestorable(const Inventory &inventory, const RemovedItems &removed)
{
    QSet<GroupId> restoredGroups;
    for (const Group &g : removed.groups)
        restoredGroups.insert(g.id);
    for (const Group &g : removed.groups) {
        const bool parentThere = g.parentId == 0 || inventory.group(g.parentId) || restoredGroups.contains(g.parentId);
        if (inventory.group(g.id) || !parentThere)
            return tr("Cannot undo: the group “%1” or its parent changed in the meantime.").arg(g.name);
        if (inventory.findGroup(g.parentId, g.name) != 0)
            return tr("Cannot undo: there is now another group named “%1” in its place.").arg(g.name);
    }
    QSet<HostId> restoredHosts;
    for (const Host &h : removed.hosts)
        restoredHosts.insert(h.id);
    for (const Host &h : removed.hosts) {
        if (inventory.host(h.id) || inventory.findHost(h.groupId, h.name) != 0)
            return tr("Cannot undo: there is now another host named “%1” in its place.").arg(h.name);
        const bool groupThere = h.groupId == 0 || inventory.group(h.groupId) || restoredGroups.contains(h.groupId);
        const bool jumpThere = h.jumpHostId == 0 || inventory.host(h.jumpHostId) || restoredHosts.contains(h.jumpHostId);
        if (!groupThere || !jumpThere)
            return tr("Cannot undo: the group or jump host of “%1” is gone.").arg(h.name);
    }
    for (const Directory &d : removed.directories) {
        if (inventory.directory(d.id) || inventory.findDirectory(d.name) != 0)
            return tr("Cannot undo: there is now another directory named “%1”.").arg(d.name);
        if (d.groupId != 0 && !inventory.group(d.groupId) && !restoredGroups.contains(d.groupId))
            return tr("Cannot undo: the group of directory “%1” is gone.").arg(d.name);
    }
    return {};
}

} // namespace wb
