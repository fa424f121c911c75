#include "core/fleet/FleetSummary.h"

namespace wb {

namespace {
constexpr int fullPercent = 90;
constexpr qint64 backupDueSeconds = 24 * 3600;
} // namespace

QString FleetSummary::filterFor(Need need)
{
    switch (need) {
    case Need::Down: return QStringLiteral("down:yes");
    case Need::Reboot: return QStringLiteral("reboot:yes");
    case Need::SecurityUpdates: return QStringLiteral("security:>0");
    case Need::DiskFull: return QStringLiteral("disk:>=%1").arg(fullPercent);
    case Need::FillingSoon: return QStringLiteral("full:<%1d").arg(fillingDays);
    case Need::FailedUnits: return QStringLiteral("failed:>0");
    case Need::NoRecentBackup: return QStringLiteral("backup:>1d");
    }
    return {};
}

FleetSummary FleetSummary::of(const QList<qint64> &hosts, const QHash<qint64, HostStatus> &statuses, const QHash<qint64, HostFacts> &facts,
                              const QHash<qint64, CapacityForecast> &soonestFull, const QDateTime &now)
{
    const QDateTime soon = now.addDays(fillingDays);
    FleetSummary summary;
    summary.hosts = int(hosts.size());
    for (qint64 id : hosts) {
        const auto status = statuses.constFind(id);
        if (status != statuses.cend() && status->state == ProbeResult::State::Down)
            ++summary.counts[int(Need::Down)];
        const auto full = soonestFull.constFind(id);
        if (full != soonestFull.cend() && full->fullAt < soon) // the filter's full:<14d
            ++summary.counts[int(Need::FillingSoon)];
        const auto found = facts.constFind(id);
        if (found == facts.cend())
            continue;
        const HostFacts &f = *found;
        ++summary.withFacts;
        if (f.rebootRequired == HostFacts::Answer::Yes)
            ++summary.counts[int(Need::Reboot)];
        if (f.securityUpdates > 0)
            ++summary.counts[int(Need::SecurityUpdates)];
        if (f.fullestPercent() >= fullPercent)
            ++summary.counts[int(Need::DiskFull)];
        if (!f.failedUnits.isEmpty())
            ++summary.counts[int(Need::FailedUnits)];
        // The filter's backup:>1d: a configured backup older than a day (an unreadable one is not counted there either).
        if (f.backupConfigured && f.backupAgeSeconds > backupDueSeconds)
            ++summary.counts[int(Need::NoRecentBackup)];
    }
    return summary;
}

} // namespace wb
