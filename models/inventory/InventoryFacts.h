#pragma once

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
    void setError(HostId host, const QString &error);
    const HostFacts *facts(HostId host) const;

    static QString header(Column column);
    QVariant data(HostId host, Column column, int role) const;
    // The OS column: what the facts say, else what was typed.
    QString osText(const Host &host) const;

    // A fact as a number for the filter: updates, security updates, failed
    // units, fullest disk %, backup age in seconds, reboot 1/0; nullopt when not known.
    enum class Fact { Updates, Security, FailedUnits, Disk, BackupAge, Reboot };
    std::optional<qint64> value(HostId host, Fact fact) const;
    // "3 h", "2 d": an age as the Backup column shows it.
    static QString age(qint64 seconds);

private:
    QHash<HostId, HostFacts> m_facts;
    QHash<HostId, QString> m_errors;
};

} // namespace wb
