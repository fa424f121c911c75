// Inventory's deletes and their undo: what a delete takes along is kept so
// restore() can put it back under the same ids, links included.
#include "core/inventory/Inventory.h"

#include "core/inventory/DirectoryRepository.h"
#include "core/inventory/InventoryRepository.h"
#include "core/inventory/RemovalPlan.h"
#include "core/storage/WriteScope.h"

#include <QSet>

namespace wb {

bool Inventory::deleteRows(const RemovalPlan &plan, RemovedItems *kept, QString *error)
{
    if (!InventoryRepository::readTicketLinks(m_db, plan.items.hosts, &kept->ticketLinks, error)
        || !DirectoryRepository::readTicketLinks(m_db, plan.items.directories, &kept->directoryTicketLinks, error))
        return false;
    // The schema's ON DELETE CASCADE / SET NULL take subgroups, their hosts and
    // directories, their ticket links and jump links along.
    for (GroupId id : plan.topGroups)
        if (!InventoryRepository::deleteGroup(m_db, id, error))
            return false;
    for (HostId id : plan.topHosts)
        if (!InventoryRepository::deleteHost(m_db, id, error))
            return false;
    for (DirectoryId id : plan.topDirectories)
        if (!DirectoryRepository::remove(m_db, id, error))
            return false;
    return true;
}

bool Inventory::remove(const QList<GroupId> &groups, const QList<HostId> &hosts, const QList<DirectoryId> &directories,
                       RemovedItems *removed, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    const RemovalPlan plan = RemovalPlan::make(*this, groups, hosts, directories);

    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    RemovedItems kept = plan.items;
    if (hasDatabase() && !deleteRows(plan, &kept, error))
        return writeFailed();
    if (!scope.commit())
        return false;

    for (GroupId id : plan.topGroups) {
        if (announce())
            Q_EMIT groupAboutToBeRemoved(id);
        unlinkGroup(id);
        forgetGroup(id);
        if (announce())
            Q_EMIT groupRemoved(id);
    }
    for (HostId id : plan.topHosts) {
        if (announce())
            Q_EMIT hostAboutToBeRemoved(id);
        unlinkHost(id);
        m_hosts.remove(id);
        if (announce())
            Q_EMIT hostRemoved(id);
    }
    for (DirectoryId id : plan.topDirectories) {
        if (announce())
            Q_EMIT directoryAboutToBeRemoved(id);
        unlinkDirectory(id);
        m_directories.remove(id);
        if (announce())
            Q_EMIT directoryRemoved(id);
    }
    for (HostId id : plan.referencing) {
        m_hosts[id].jumpHostId = 0;
        if (announce())
            Q_EMIT hostChanged(id);
    }
    if (removed)
        *removed = kept;
    return true;
}

bool Inventory::insertRows(const RemovedItems &removed, QString *error)
{
    QSet<HostId> restoredIds;
    for (const Host &h : removed.hosts)
        restoredIds.insert(h.id);
    for (Group g : removed.groups)
        if (!InventoryRepository::insertGroup(m_db, &g, error))
            return false;
    // Jump links between restored hosts are set once all of them exist again.
    for (Host h : removed.hosts) {
        if (restoredIds.contains(h.jumpHostId))
            h.jumpHostId = 0;
        if (!InventoryRepository::insertHost(m_db, &h, error))
            return false;
    }
    for (const Host &h : removed.hosts)
        if (restoredIds.contains(h.jumpHostId) && !InventoryRepository::setJumpHost(m_db, h.id, h.jumpHostId, error))
            return false;
    for (auto it = removed.jumpReferences.cbegin(); it != removed.jumpReferences.cend(); ++it) {
        if (const Host *survivor = host(it.key()); survivor && survivor->jumpHostId == 0) {
            if (!InventoryRepository::setJumpHost(m_db, it.key(), it.value(), error))
                return false;
        }
    }
    for (Directory d : removed.directories)
        if (!DirectoryRepository::insert(m_db, &d, error))
            return false;
    return InventoryRepository::insertTicketLinks(m_db, removed.ticketLinks, error)
           && DirectoryRepository::insertTicketLinks(m_db, removed.directoryTicketLinks, error);
}

bool Inventory::restore(const RemovedItems &removed, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    if (const QString problem = RemovalPlan::checkRestorable(*this, removed); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (hasDatabase() && !insertRows(removed, error))
        return writeFailed();
    if (!scope.commit())
        return false;
    for (const Group &g : removed.groups) {
        linkGroup(g);
        if (announce())
            Q_EMIT groupAdded(g.id);
    }
    for (const Host &h : removed.hosts) {
        linkHost(h);
        if (announce())
            Q_EMIT hostAdded(h.id);
    }
    for (const Directory &d : removed.directories) {
        linkDirectory(d);
        if (announce())
            Q_EMIT directoryAdded(d.id);
    }
    for (auto it = removed.jumpReferences.cbegin(); it != removed.jumpReferences.cend(); ++it) {
        auto survivor = m_hosts.find(it.key());
        if (survivor != m_hosts.end() && survivor->jumpHostId == 0) {
            survivor->jumpHostId = it.value();
            if (announce())
                Q_EMIT hostChanged(it.key());
        }
    }
    return true;
}

} // namespace wb
