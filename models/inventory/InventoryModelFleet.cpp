// The live fleet's part of InventoryModel: reachability and facts per host.
#include "models/inventory/InventoryModel.h"

#include "core/inventory/Inventory.h"

namespace wb {

QVariant InventoryModel::hostStatusData(HostId host, int role) const
{
    const HostStatus *status = m_reachability.status(host);
    if (role == ReachabilityRole)
        return int(status ? status->state : ProbeResult::State::Pending);
    if (!status)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return InventoryReachability::lastSeenText(*status);
    case Qt::DecorationRole:
        return InventoryReachability::dot(status->state);
    case Qt::ToolTipRole:
        return InventoryReachability::toolTip(*status);
    default:
        return {};
    }
}

void InventoryModel::updateHostStatuses(const QList<HostStatus> &statuses)
{
    const QList<GroupId> groups = m_reachability.update(*m_inventory, statuses);
    for (const HostStatus &status : statuses) {
        const QModelIndex index = indexForHost(status.hostId, LastSeenColumn);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, ReachabilityRole});
    }
    for (GroupId id : groups) {
        const QModelIndex index = indexForGroup(id, LastSeenColumn);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::DecorationRole, DownBelowRole});
    }
    Q_EMIT hostStatusesChanged();
}

void InventoryModel::updateHostCapacity(const QHash<HostId, CapacityForecast> &soonestFull)
{
    for (HostId id : m_facts.setSoonestFull(soonestFull)) {
        const QModelIndex disk = indexForHost(id, DiskColumn);
        if (disk.isValid())
            Q_EMIT dataChanged(disk, disk, {Qt::ForegroundRole, Qt::ToolTipRole});
    }
}

void InventoryModel::updateHostFacts(const QList<HostId> &hosts, const std::function<const HostFacts *(HostId)> &factsOf,
                                     const std::function<QString(HostId)> &errorOf)
{
    for (HostId id : hosts) {
        if (const HostFacts *facts = factsOf(id))
            m_facts.update(id, *facts);
        m_facts.setError(id, errorOf(id));
        const QModelIndex first = indexForHost(id, OsColumn);
        if (first.isValid()) {
            Q_EMIT dataChanged(first, first);
            Q_EMIT dataChanged(indexForHost(id, UpdatesColumn), indexForHost(id, BackupColumn));
        }
    }
}

} // namespace wb
