#pragma once

#include "core/inventory/HostServices.h"
#include "core/tunnels/TunnelStatus.h"

#include <QAbstractTableModel>

namespace wb {

// A host's port forwards in its Tunnels tab, one row each: what it is, where
// it listens and where it goes, its state, its connections and traffic, and
// what went wrong last. The tab feeds it the TunnelSession's statuses.
class TunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, StateColumn, ListensColumn, TargetColumn, ConnectionsColumn, TrafficColumn, ProblemColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // TunnelStatus::State as int
        AddressRole,                  // "127.0.0.1:8080": where to point a program (empty for -R, or while not listening)
        WarningRole,                  // bool: listens where others than this computer can reach it
    };

    // `hostName`: the host that carries the forwards, named in the texts.
    explicit TunnelTableModel(const QString &hostName, QObject *parent = nullptr);

    void setForwards(const QList<PortForward> &forwards);
    const QList<PortForward> &forwards() const { return m_forwards; }
    void setStatus(int row, const TunnelStatus &status);
    TunnelStatus status(int row) const { return m_status.value(row); }
    // Connections carried now, over all forwards.
    int connectionCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(TunnelStatus::State state);

private:
    QString kindText(const PortForward &forward) const;
    QString listensText(int row) const;
    QString targetText(const PortForward &forward) const;
    QString address(int row) const;

    QString m_hostName;
    QList<PortForward> m_forwards;
    QList<TunnelStatus> m_status;
};

} // namespace wb
