#pragma once

#include "core/fleet/HostStatusStore.h"
#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>

namespace wb {

class Inventory;

// What the inventory tree shows of the live fleet: each host's last
// reachability status, and how many hosts below each group are down.
class InventoryReachability
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryReachability)
public:
    // Takes the statuses in (replacing a host's earlier one); returns the
    // groups whose count of down hosts changed.
    QList<GroupId> update(const Inventory &inventory, const QList<HostStatus> &statuses);
    // The inventory changed shape (hosts moved, added or removed): counts are redone when next asked.
    void invalidateCounts() { m_countsValid = false; }

    const HostStatus *status(HostId host) const;
    bool isDown(HostId host) const;
    int downBelow(const Inventory &inventory, GroupId group) const;

    // Green, red or grey.
    static QIcon dot(ProbeResult::State state);
    // The "Last seen" cell: when the host was last up ("14:03", "4 Dec 09:12", "never").
    static QString lastSeenText(const HostStatus &status);
    static QString toolTip(const HostStatus &status);
    // A group's cell: "2 down" (empty when none is).
    static QString groupText(int down);

private:
    void recount(const Inventory &inventory) const;

    QHash<HostId, HostStatus> m_statuses;
    mutable QHash<GroupId, int> m_downPerGroup;
    mutable bool m_countsValid = false;
};

} // namespace wb
