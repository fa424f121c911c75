#pragma once

#include "core/fleet/CapacityForecast.h"
#include "core/fleet/HostFacts.h"
#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace wb {

// What the inventory tree shows of each host's newest facts, column by
// column, and what the filter's fact terms (updates:>0, reboot:yes,
// disk:>90, backup:>1d) compare.
class InventoryFacts
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryFacts)
public:
    enum class Column { Updates, Security, Reboot, FailedUnits, Disk, Backup };
    static constexpr int columnCount = 6;

    void update(HostId host, const HostFacts &facts) { m_facts.insert(host, facts); }
    // Each host's filesystem that fills first; returns the hosts whose forecast changed.
    QList<HostId> setSoonestFull(const QHash<HostId, CapacityForecast> &soonest);
    void setError(HostId host, const QString &error);
    const HostFacts *facts(HostId host) const;

    static QString header(Column column);
    QVariant data(HostId host, Column column, int role) const;
    // The OS column: what the facts say, else what was typed.
    QString osText(const Host &host) const;

    // A fact as a number for the filter: updates, security updates, failed
    // units, fullest disk %, backup age in seconds, reboot 1/0, seconds until a
    // filesystem fills; nullopt when not known (or, for the last, none is filling).
    enum class Fact { Updates, Security, FailedUnits, Disk, BackupAge, Reboot, FullIn };
    std::optional<qint64> value(HostId host, Fact fact) const;
    // A filesystem of the host fills within FleetSummary::fillingDays.
    bool fillsSoon(HostId host) const;
    // "3 h", "2 d": an age as the Backup column shows it.
    static QString age(qint64 seconds);

private:
    QHash<HostId, HostFacts> m_facts;
    QHash<HostId, QString> m_errors;
    QHash<HostId, CapacityForecast> m_soonestFull;
};

} // namespace wb
