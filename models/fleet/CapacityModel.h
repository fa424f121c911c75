#pragma once

#include "core/fleet/CapacityForecast.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace wb {

class Inventory;

// The fleet's filesystems by days to full (CapacityForecast::ofFleet's
// order): host, mount, use, size, growth a day, when it fills.
class CapacityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HostColumn, MountColumn, UsedColumn, SizeColumn, GrowthColumn, FullColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers where the text would sort wrongly
        HostIdRole,
    };

    explicit CapacityModel(const Inventory *inventory, QObject *parent = nullptr);

    void setForecasts(const QList<CapacityForecast> &forecasts, const QDateTime &now);
    const CapacityForecast &forecast(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "fills in about 9 days, on 16-12-2026", "full", "not filling"…
    static QString forecastText(const CapacityForecast &forecast, const QDateTime &now);
    // "1.2 GB a day"; empty when there is no line.
    static QString growthText(const CapacityForecast &forecast);
    static QString dataSize(qint64 bytes);

private:
    const Inventory *m_inventory;
    QList<CapacityForecast> m_rows;
    QDateTime m_now;
};

} // namespace wb
