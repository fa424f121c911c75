#pragma once

#include "core/fleet/HostFacts.h"

#include <QAbstractTableModel>

namespace wb {

// One host's facts over time, newest first: when, updates, security
// updates, load, memory in use, the fullest disk, failed units, backup age.
class FactsHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TakenColumn, UpdatesColumn, SecurityColumn, LoadColumn, MemoryColumn, DiskColumn, FailedColumn, BackupColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Oldest first, as FactsStore::history gives them.
    void setHistory(const QList<HostFacts> &history);
    const HostFacts *newest() const { return m_rows.isEmpty() ? nullptr : &m_rows.first(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HostFacts> m_rows; // newest first
};

} // namespace wb
