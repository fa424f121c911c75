#include "core/inventory/Inventory.h"

#include "core/inventory/InventoryChecks.h"
#include "core/inventory/InventoryRepository.h"
#include "core/inventory/RemovalPlan.h"
#include "core/storage/WriteScope.h"

#include <QScopeGuard>
#include <QSet>

namespace wb {

bool Inventory::refuseOnReplica(QString *error) const
{
    if (!m_replica)
        return false;
    // A programming error: the change belongs on the inventory this one mirrors.
    qWarning("wb::Inventory: a change was asked of a replica");
    *error = tr("This copy of the inventory cannot be changed directly.");
    return true;
}

bool Inventory::writeFailed()
{
    // A failed statement inside a batch dooms the whole batch.
    if (m_batchDepth > 0)
        m_batchFailed = true;
    return false;
}

Inventory::Inventory(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<wb::GroupId>("wb::GroupId");
}

bool Inventory::load(QString *error)
{
    InventorySnapshot loaded;
    if (!InventoryRepository::load(m_db, &loaded, error))
        return false;
    reset(loaded);
    return true;
}

void Inventory::reset(InventoryTables tables)
{
    Q_EMIT aboutToReset();
    static_cast<InventoryTables &>(*this) = std::move(tables);
    Q_EMIT resetDone();
}

bool Inventory::writeHost(Host *h, QString *error)
{
    if (!hasDatabase()) {
        ++h->rowVersion;
        return true;
    }
    const InventoryRepository::WriteResult result = InventoryRepository::updateHost(m_db, h, error);
    if (result == InventoryRepository::WriteResult::Stale) {
        *error = InventoryChecks::staleHost(*this, m_db, *h);
        return refuseStaleWrite();
    }
    return result == InventoryRepository::WriteResult::Written || writeFailed();
}

bool Inventory::refuseStaleWrite()
{
    if (m_batchDepth == 0)
        m_reloadPending = true;
    return writeFailed();
}

bool Inventory::writeGroup(Group *g, QString *error)
{
    if (!hasDatabase()) {
        ++g->rowVersion;
        return true;
    }
    const InventoryRepository::WriteResult result = InventoryRepository::updateGroup(m_db, g, error);
    if (result == InventoryRepository::WriteResult::Stale) {
        *error = InventoryChecks::staleGroup(*this, m_db, *g);
        return refuseStaleWrite();
    }
    return result == InventoryRepository::WriteResult::Written || writeFailed();
}

void Inventory::reloadIfStale()
{
    if (!std::exchange(m_reloadPending, false))
        return;
    // Someone else wrote the workspace: show what it holds now.
    QString error;
    if (!load(&error))
        reset(InventoryTables{});
}

bool Inventory::addGroup(Group *g, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    g->name = g->name.trimmed();
    if (const QString problem = InventoryChecks::checkGroup(*this, g->parentId, g->name); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (hasDatabase()) {
        if (!InventoryRepository::insertGroup(m_db, g, error))
            return writeFailed();
    } else if (g->id == 0) {
        g->id = m_groups.isEmpty() ? 1 : *std::max_element(m_groups.keyBegin(), m_groups.keyEnd()) + 1;
    }
    if (!scope.commit())
        return false;
    linkGroup(*g);
    if (announce())
        Q_EMIT groupAdded(g->id);
    return true;
}

bool Inventory::renameGroup(GroupId id, const QString &newName, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    const Group *existing = group(id);
    if (!existing) {
        *error = tr("The group no longer exists.");
        return false;
    }
    Group changed = *existing;
    changed.name = newName.trimmed();
    if (const QString problem = InventoryChecks::checkGroup(*this, changed.parentId, changed.name, id); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto reload = qScopeGuard([this] { reloadIfStale(); });  // after the scope has rolled back
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (!writeGroup(&changed, error))
        return false;
    if (!scope.commit())
        return false;
    // Taken out and put back, so the list stays sorted; the model follows the
    // new position when it hears groupChanged.
    unlinkGroup(id);
    linkGroup(changed);
    if (announce())
        Q_EMIT groupChanged(id);
    return true;
}

bool Inventory::addHost(Host *h, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    h->name = h->name.trimmed();
    h->address = h->address.trimmed();
    if (const QString problem = InventoryChecks::checkHost(*this, *h); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (hasDatabase()) {
        if (!InventoryRepository::insertHost(m_db, h, error))
            return writeFailed();
    } else if (h->id == 0) {
        h->id = m_hosts.isEmpty() ? 1 : *std::max_element(m_hosts.keyBegin(), m_hosts.keyEnd()) + 1;
    }
    if (!scope.commit())
        return false;
    linkHost(*h);
    if (announce())
        Q_EMIT hostAdded(h->id);
    return true;
}

bool Inventory::updateHost(const Host &input, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    const Host *existing = host(input.id);
    if (!existing) {
        *error = tr("“%1” was deleted elsewhere; your change was not saved.").arg(input.name);
        return false;
    }
    if (existing->rowVersion != input.rowVersion) {
        // Based on an older copy than the one this window already holds.
        *error = tr("“%1” was changed elsewhere; your change was not saved.").arg(displayName(input.id));
        return false;
    }
    Host h = input;
    h.name = h.name.trimmed();
    h.address = h.address.trimmed();
    if (const QString problem = InventoryChecks::checkHost(*this, h); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto reload = qScopeGuard([this] { reloadIfStale(); });  // after the scope has rolled back
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (!writeHost(&h, error))
        return false;
    if (!scope.commit())
        return false;
    const GroupId oldGroup = existing->groupId;
    if (oldGroup != h.groupId) {
        unlinkHost(h.id);
        linkHost(h);
        if (announce())
            Q_EMIT hostMoved(h.id, oldGroup, h.groupId);
    } else {
        if (existing->name != h.name) {
            unlinkHost(h.id);
            linkHost(h);  // keeps the list sorted; the model follows on hostChanged
        } else {
            m_hosts[h.id] = h;
        }
    }
    if (announce())
        Q_EMIT hostChanged(h.id);
    return true;
}

bool Inventory::move(const QList<GroupId> &groups, const QList<HostId> &hosts, GroupId target, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    std::optional<MovePlan> plan = MovePlan::make(*this, groups, hosts, target, error);
    if (!plan)
        return false;
    QList<Group> &movedGroups = plan->groups;
    QList<Host> &movedHosts = plan->hosts;
    const auto reload = qScopeGuard([this] { reloadIfStale(); });  // after the scope has rolled back
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    for (Group &g : movedGroups)
        if (!writeGroup(&g, error))
            return false;
    for (Host &h : movedHosts)
        if (!writeHost(&h, error))
            return false;
    if (!scope.commit())
        return false;
    for (const Group &g : movedGroups) {
        const GroupId from = m_groups.constFind(g.id)->parentId;
        unlinkGroup(g.id);
        linkGroup(g);
        if (announce())
            Q_EMIT groupMoved(g.id, from, target);
    }
    for (const Host &h : movedHosts) {
        const GroupId from = m_hosts.constFind(h.id)->groupId;
        unlinkHost(h.id);
        linkHost(h);
        if (announce())
            Q_EMIT hostMoved(h.id, from, target);
    }
    return true;
}

bool Inventory::remove(const QList<GroupId> &groups, const QList<HostId> &hosts, RemovedItems *removed, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    const RemovalPlan plan = RemovalPlan::make(*this, groups, hosts);
    const QList<GroupId> &topGroups = plan.topGroups;
    const QList<HostId> &topHosts = plan.topHosts;

    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    QList<TicketLink> ticketLinks;
    if (hasDatabase()) {
        if (!InventoryRepository::readTicketLinks(m_db, plan.items.hosts, &ticketLinks, error))
            return writeFailed();
        // The schema's ON DELETE CASCADE / SET NULL take subgroups, their hosts, their
        // ticket links and jump links along.
        for (GroupId id : topGroups)
            if (!InventoryRepository::deleteGroup(m_db, id, error))
                return writeFailed();
        for (HostId id : topHosts)
            if (!InventoryRepository::deleteHost(m_db, id, error))
                return writeFailed();
    }
    if (!scope.commit())
        return false;

    for (GroupId id : topGroups) {
        if (announce())
            Q_EMIT groupAboutToBeRemoved(id);
        unlinkGroup(id);
        forgetGroup(id);
        if (announce())
            Q_EMIT groupRemoved(id);
    }
    for (HostId id : topHosts) {
        if (announce())
            Q_EMIT hostAboutToBeRemoved(id);
        unlinkHost(id);
        m_hosts.remove(id);
        if (announce())
            Q_EMIT hostRemoved(id);
    }
    for (HostId id : plan.referencing) {
        m_hosts[id].jumpHostId = 0;
        if (announce())
            Q_EMIT hostChanged(id);
    }
    if (removed) {
        *removed = plan.items;
        removed->ticketLinks = ticketLinks;
    }
    return true;
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
    QList<Host> hosts = removed.hosts;
    QSet<HostId> restoredIds;
    for (const Host &h : hosts)
        restoredIds.insert(h.id);
    if (hasDatabase()) {
        for (Group g : removed.groups)
            if (!InventoryRepository::insertGroup(m_db, &g, error))
                return writeFailed();
        // Jump links between restored hosts are set once all of them exist again.
        for (Host h : hosts) {
            const bool deferJump = restoredIds.contains(h.jumpHostId);
            if (deferJump)
                h.jumpHostId = 0;
            if (!InventoryRepository::insertHost(m_db, &h, error))
                return writeFailed();
        }
        for (const Host &h : hosts)
            if (restoredIds.contains(h.jumpHostId) && !InventoryRepository::setJumpHost(m_db, h.id, h.jumpHostId, error))
                return writeFailed();
        for (auto it = removed.jumpReferences.cbegin(); it != removed.jumpReferences.cend(); ++it) {
            if (const Host *survivor = host(it.key()); survivor && survivor->jumpHostId == 0) {
                if (!InventoryRepository::setJumpHost(m_db, it.key(), it.value(), error))
                    return writeFailed();
            }
        }
        if (!InventoryRepository::insertTicketLinks(m_db, removed.ticketLinks, error))
            return writeFailed();
    }
    if (!scope.commit())
        return false;
    for (const Group &g : removed.groups) {
        linkGroup(g);
        if (announce())
            Q_EMIT groupAdded(g.id);
    }
    for (const Host &h : hosts) {
        linkHost(h);
        if (announce())
            Q_EMIT hostAdded(h.id);
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
