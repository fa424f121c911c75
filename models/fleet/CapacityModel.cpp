#include "models/fleet/CapacityModel.h"

#include "core/fleet/FleetSummary.h"
#include "core/inventory/Inventory.h"
#include "models/common/ShownTime.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace wb {

namespace {
const QColor warning(0xc6, 0x28, 0x28);
constexpr qint64 day = 24 * 3600;
} // namespace

CapacityModel::CapacityModel(const Inventory *inventory, QObject *parent) : QAbstractTableModel(parent), m_inventory(inventory)
{
}

void CapacityModel::setForecasts(const QList<CapacityForecast> &forecasts, const QDateTime &now)
{
    beginResetModel();
    m_rows = forecasts;
    m_now = now;
    endResetModel();
}

int CapacityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapacityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CapacityModel::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString CapacityModel::forecastText(const CapacityForecast &forecast, const QDateTime &now)
{
    switch (forecast.trend) {
    case CapacityForecast::Trend::Full: return tr("full");
    case CapacityForecast::Trend::NotFilling: return tr("not filling");
    case CapacityForecast::Trend::TooLittleHistory: return tr("too little history");
    case CapacityForecast::Trend::Filling: break;
    }
    const qint64 seconds = forecast.secondsToFull(now);
    if (seconds < day)
        return tr("fills within a day");
    return tr("fills in about %n day(s), on %1", nullptr, int((seconds + day / 2) / day)).arg(ShownTime::date(forecast.fullAt.toLocalTime().date()));
}

QString CapacityModel::growthText(const CapacityForecast &forecast)
{
    if (forecast.trend == CapacityForecast::Trend::TooLittleHistory || forecast.trend == CapacityForecast::Trend::Full)
        return {};
    if (forecast.bytesPerDay < 0)
        return tr("−%1 a day").arg(dataSize(qint64(-forecast.bytesPerDay)));
    return tr("%1 a day").arg(dataSize(qint64(forecast.bytesPerDay)));
}

QVariant CapacityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CapacityForecast &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HostColumn: return m_inventory->displayName(f.host);
        case MountColumn: return f.mount;
        case UsedColumn: return tr("%1 %").arg(f.usedPercent);
        case SizeColumn: return dataSize(f.sizeBytes > 0 ? f.sizeBytes : f.capacityBytes);
        case GrowthColumn: return growthText(f);
        case FullColumn: return forecastText(f, m_now);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case UsedColumn: return f.usedPercent;
        case SizeColumn: return f.sizeBytes;
        case GrowthColumn: return f.bytesPerDay;
        case FullColumn: return index.row(); // the forecast's own order: soonest first
        default: return data(index, Qt::DisplayRole);
        }
    case HostIdRole:
        return f.host;
    case Qt::ToolTipRole:
        if (index.column() == FullColumn && f.trend == CapacityForecast::Trend::TooLittleHistory)
            return tr("A forecast needs at least %n snapshot(s) over a day or more.", nullptr, CapacityForecast::minimumSamples);
        if (index.column() == FullColumn && f.trend == CapacityForecast::Trend::Filling)
            return tr("The least-squares line through the last %n day(s) of snapshots reaches the space left on %1.", nullptr,
                      CapacityForecast::windowDays)
                .arg(ShownTime::dateTime(f.fullAt.toLocalTime()));
        break;
    case Qt::ForegroundRole:
        if (f.fills() && f.secondsToFull(m_now) < FleetSummary::fillingDays * day)
            return QBrush(warning);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == UsedColumn || index.column() == SizeColumn || index.column() == GrowthColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        break;
    }
    return {};
}

QVariant CapacityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn: return tr("Host");
    case MountColumn: return tr("Filesystem");
    case UsedColumn: return tr("Used");
    case SizeColumn: return tr("Size");
    case GrowthColumn: return tr("Growth");
    case FullColumn: return tr("Full");
    }
    return {};
}

} // namespace wb
