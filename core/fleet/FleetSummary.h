#pragma once

#include "core/fleet/HostFacts.h"
#include "core/fleet/HostStatusStore.h"

#include <QHash>
#include <QList>

namespace wb {

// The fleet at a glance: how many hosts need attention, and for what. Each
// count has the inventory filter that shows its hosts.
struct FleetSummary
{
    enum class Need { Down, Reboot, SecurityUpdates, DiskFull, FailedUnits, NoRecentBackup };
    static constexpr int needCount = 6;

    int hosts = 0;
    int withFacts = 0;
    int counts[needCount] = {};

    int count(Need need) const { return counts[int(need)]; }
    // The filter text ("down:yes", "security:>0", "disk:>=90", "backup:>1d"…), untranslated: the filter always takes it.
    static QString filterFor(Need need);

    static FleetSummary of(const QList<qint64> &hosts, const QHash<qint64, HostStatus> &statuses, const QHash<qint64, HostFacts> &facts);
};

} // namespace wb
