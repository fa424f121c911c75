#include "core/inventory/Inventory.h"

#include "core/inventory/InventoryChecks.h"
#include "core/inventory/InventoryRepository.h"
#include "core/storage/WriteScope.h"

#include <QScopeGuard>

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

} // namespace wb
