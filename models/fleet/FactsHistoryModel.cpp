#include "models/fleet/FactsHistoryModel.h"

#include "models/common/ShownTime.h"
#include "models/inventory/InventoryFacts.h"

#include <algorithm>

namespace wb {

void FactsHistoryModel::setHistory(const QList<HostFacts> &history)
{
    beginResetModel();
    m_rows = history;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

int FactsHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FactsHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactsHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HostFacts &f = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == TakenColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    const auto number = [](qint64 v) { return v >= 0 ? QVariant(v) : QVariant(); };
    switch (index.column()) {
    case TakenColumn: return ShownTime::dateTime(f.taken.toLocalTime());
    case UpdatesColumn: return number(f.updates);
    case SecurityColumn: return number(f.securityUpdates);
    case LoadColumn: return f.load[0] >= 0 ? QVariant(QLocale().toString(f.load[0], 'f', 2)) : QVariant();
    case MemoryColumn:
        if (f.memoryTotalBytes <= 0 || f.memoryAvailableBytes < 0)
            return {};
        return tr("%1 %").arg(100 - int(f.memoryAvailableBytes * 100 / f.memoryTotalBytes));
    case DiskColumn: return f.fullestPercent() >= 0 ? QVariant(tr("%1 %").arg(f.fullestPercent())) : QVariant();
    case FailedColumn: return f.systemd ? QVariant(int(f.failedUnits.size())) : QVariant();
    case BackupColumn: return f.backupConfigured && f.backupAgeSeconds >= 0 ? InventoryFacts::age(f.backupAgeSeconds) : QString();
    default: return {};
    }
}

QVariant FactsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn: return tr("Taken");
    case UpdatesColumn: return tr("Updates");
    case SecurityColumn: return tr("Security");
    case LoadColumn: return tr("Load");
    case MemoryColumn: return tr("Memory used");
    case DiskColumn: return tr("Fullest disk");
    case FailedColumn: return tr("Failed units");
    case BackupColumn: return tr("Backup");
    default: return {};
    }
}

} // namespace wb
