#include "RemovalPlan.h"

#include <QSet>

namespace wb {

namespace {
void collectSubtree(const Inventory &inventory, GroupId id, RemovedItems *removed)
{
    removed->groups.append(*inventory.group(id));
    for (HostId h : inventory.hostsIn(id))
        removed->hosts.append(*inventory.host(h));
    for (GroupId child : inventory.childGroups(id))
        collectSubtree(inventory, child, removed);
}
} // namespace

RemovalPlan RemovalPlan::make(const Inventory &inventory, const QList<GroupId> &groups, const QList<HostId> &hosts)
{
    RemovalPlan plan;
    // Only the topmost selected items: a host inside a selected group goes with the group.
    for (GroupId id : groups) {
        if (!inventory.group(id) || plan.topGroups.contains(id))
            continue;
        const bool covered = std::any_of(groups.begin(), groups.end(), [&](GroupId other) {
            return other != id && inventory.group(other) && inventory.isSameOrDescendant(id, other);
        });
        if (!covered)
            plan.topGroups.append(id);
    }
    for (HostId id : hosts) {
        const Host *h = inventory.host(id);
        if (!h || plan.topHosts.contains(id))
            continue;
        const bool covered = std::any_of(plan.topGroups.begin(), plan.topGroups.end(),
                                         [&](GroupId g) { return inventory.isSameOrDescendant(h->groupId, g); });
        if (!covered)
            plan.topHosts.append(id);
    }

    for (GroupId id : plan.topGroups)
        collectSubtree(inventory, id, &plan.items);
    for (HostId id : plan.topHosts)
        plan.items.hosts.append(*inventory.host(id));
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
    for (const Host &h : removed.hosts) {
        if (inventory.host(h.id) || inventory.findHost(h.groupId, h.name) != 0)
            return tr("Cannot undo: there is now another host named “%1” in its place.").arg(h.name);
    }
    return {};
}

} // namespace wb
