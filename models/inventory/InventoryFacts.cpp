#include "models/inventory/InventoryFacts.h"

#include "core/fleet/FleetSummary.h"
#include "models/common/ShownTime.h"
#include "models/fleet/CapacityModel.h"

#include <QBrush>
#include <QColor>

namespace wb {

namespace {
const QColor warning(0xc6, 0x28, 0x28);
constexpr qint64 day = 24 * 3600;

QString names(const QStringList &list, int most)
{
    QStringList shown = list.mid(0, most);
    if (list.size() > most)
        shown << QCoreApplication::translate("wb::InventoryFacts", "… and %n more", nullptr, int(list.size() - most));
    return shown.join(QLatin1Char('\n'));
}
} // namespace

void InventoryFacts::setError(HostId host, const QString &error)
{
    if (error.isEmpty())
        m_errors.remove(host);
    else
        m_errors.insert(host, error);
}

const HostFacts *InventoryFacts::facts(HostId host) const
{
    const auto it = m_facts.constFind(host);
    return it == m_facts.cend() ? nullptr : &*it;
}

QString InventoryFacts::header(Column column)
{
    switch (column) {
    case Column::Updates: return tr("Updates");
    case Column::Security: return tr("Security");
    case Column::Reboot: return tr("Reboot");
    case Column::FailedUnits: return tr("Failed units");
    case Column::Disk: return tr("Disk");
    case Column::Backup: return tr("Backup");
    }
    return {};
}

QString InventoryFacts::age(qint64 seconds)
{
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * day)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / day));
}

QString InventoryFacts::osText(const Host &host) const
{
    const HostFacts *f = facts(host.id);
    return f && !f->osPrettyName.isEmpty() ? f->osPrettyName : host.os;
}

QList<HostId> InventoryFacts::setSoonestFull(const QHash<HostId, CapacityForecast> &soonest)
{
    QList<HostId> changed;
    for (auto it = m_soonestFull.cbegin(); it != m_soonestFull.cend(); ++it) {
        const auto now = soonest.constFind(it.key());
        if (now == soonest.cend() || now->fullAt != it->fullAt || now->mount != it->mount)
            changed.append(it.key());
    }
    for (auto it = soonest.cbegin(); it != soonest.cend(); ++it)
        if (!m_soonestFull.contains(it.key()))
            changed.append(it.key());
    m_soonestFull = soonest;
    return changed;
}

bool InventoryFacts::fillsSoon(HostId host) const
{
    const std::optional<qint64> left = value(host, Fact::FullIn);
    return left && *left < FleetSummary::fillingDays * day;
}

std::optional<qint64> InventoryFacts::value(HostId host, Fact fact) const
{
    if (fact == Fact::FullIn) {
        const auto it = m_soonestFull.constFind(host);
        if (it == m_soonestFull.cend())
            return std::nullopt;
        return it->secondsToFull(QDateTime::currentDateTimeUtc());
    }
    const HostFacts *f = facts(host);
    if (!f)
        return std::nullopt;
    auto known = [](qint64 v) { return v >= 0 ? std::optional<qint64>(v) : std::nullopt; };
    switch (fact) {
    case Fact::Updates: return known(f->updates);
    case Fact::Security: return known(f->securityUpdates);
    case Fact::FailedUnits: return f->systemd ? std::optional<qint64>(f->failedUnits.size()) : std::nullopt;
    case Fact::Disk: return known(f->fullestPercent());
    case Fact::BackupAge: return f->backupConfigured ? known(f->backupAgeSeconds) : std::nullopt;
    case Fact::Reboot:
        if (f->rebootRequired == HostFacts::Answer::Unknown)
            return std::nullopt;
        return f->rebootRequired == HostFacts::Answer::Yes ? 1 : 0;
    case Fact::FullIn: break;
    }
    return std::nullopt;
}

QVariant InventoryFacts::data(HostId host, Column column, int role) const
{
    const HostFacts *f = facts(host);
    const QString error = m_errors.value(host);
    if (!f) {
        // Never gathered: the reason shows where the facts would be.
        if (!error.isEmpty() && column == Column::Updates) {
            if (role == Qt::DisplayRole)
                return tr("no facts");
            if (role == Qt::ToolTipRole)
                return tr("Facts could not be gathered: %1").arg(error);
        }
        return {};
    }
    const auto unknown = [f](const char *key) { return f->problems.value(QLatin1String(key)); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Updates: return f->updates >= 0 ? QVariant(f->updates) : QVariant(QStringLiteral("?"));
        case Column::Security: return f->securityUpdates >= 0 ? QVariant(f->securityUpdates) : QVariant();
        case Column::Reboot:
            return f->rebootRequired == HostFacts::Answer::Yes ? tr("yes") : f->rebootRequired == HostFacts::Answer::No ? QString() : QStringLiteral("?");
        case Column::FailedUnits: return f->systemd ? QVariant(int(f->failedUnits.size())) : QVariant();
        case Column::Disk: return f->fullestPercent() >= 0 ? QVariant(tr("%1 %").arg(f->fullestPercent())) : QVariant();
        case Column::Backup:
            if (!f->backupConfigured)
                return {};
            return f->backupAgeSeconds >= 0 ? age(f->backupAgeSeconds) : QStringLiteral("?");
        }
        break;
    case Qt::ForegroundRole: {
        const bool bad = (column == Column::Security && f->securityUpdates > 0)
                         || (column == Column::Reboot && f->rebootRequired == HostFacts::Answer::Yes)
                         || (column == Column::FailedUnits && !f->failedUnits.isEmpty())
                         || (column == Column::Disk && (f->fullestPercent() >= 90 || fillsSoon(host)))
                         || (column == Column::Backup && f->backupConfigured && (f->backupAgeSeconds < 0 || f->backupAgeSeconds > day));
        return bad ? QVariant(QBrush(warning)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return column == Column::Reboot || column == Column::Backup ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        QString tip;
        switch (column) {
        case Column::Updates:
        case Column::Security:
            tip = f->updates > 0 ? tr("Upgradable:\n%1").arg(names(f->upgradable, 20))
                                 : unknown(column == Column::Security ? "security_updates" : "updates");
            break;
        case Column::Reboot: tip = unknown("reboot_required"); break;
        case Column::FailedUnits: tip = f->systemd ? names(f->failedUnits, 20) : unknown("failed_units"); break;
        case Column::Disk:
            if (const HostFacts::Filesystem *fs = f->fullest())
                tip = tr("%1 is %2 % full").arg(fs->mount).arg(fs->usedPercent());
            if (const auto soonest = m_soonestFull.constFind(host); soonest != m_soonestFull.cend())
                tip += QStringLiteral("\n") + tr("%1 %2").arg(soonest->mount, CapacityModel::forecastText(*soonest, QDateTime::currentDateTimeUtc()));
            break;
        case Column::Backup: tip = f->backupConfigured ? unknown("backup_age_s") : tr("No backup check is set for this host's group."); break;
        }
        const QString taken = tr("Facts of %1").arg(ShownTime::dateTime(f->taken.toLocalTime()));
        const QString failed = error.isEmpty() ? QString() : QStringLiteral("\n") + tr("The last gather failed: %1").arg(error);
        return (tip.isEmpty() ? taken : tip + QStringLiteral("\n") + taken) + failed;
    }
    default:
        break;
    }
    return {};
}

} // namespace wb
