#pragma once

#include "core/fleet/CapacityForecast.h"
#include "core/fleet/HostFacts.h"
#include "core/fleet/HostStatusStore.h"

#include <QHash>
#include <QList>

namespace wb {

// The fleet at a glance: how many hosts need attention, and for what. Each
// count has the inventory filter that shows its hosts.
struct FleetSummary
{
    enum class Need { Down, Reboot, SecurityUpdates, DiskFull, FillingSoon, FailedUnits, NoRecentBackup };
    static constexpr int needCount = 7;
    static constexpr int fillingDays = 14;

    int hosts = 0;
    int withFacts = 0;
    int counts[needCount] = {};

    int count(Need need) const { return counts[int(need)]; }
    // The filter text ("down:yes", "security:>0", "disk:>=90", "full:<14d", "backup:>1d"…), untranslated: the filter always takes it.
    static QString filterFor(Need need);

    // `soonestFull`: each host's filesystem that fills first, as of `now`.
    static FleetSummary of(const QList<qint64> &hosts, const QHash<qint64, HostStatus> &statuses, const QHash<qint64, HostFacts> &facts,
                           const QHash<qint64, CapacityForecast> &soonestFull, const QDateTime &now);
};

} // namespace wb
