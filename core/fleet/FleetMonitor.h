#pragma once

#include "core/fleet/HostStatusStore.h"
#include "core/fleet/ReachabilitySweep.h"
#include "core/inventory/InventoryTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wb {

class ConnectionSettings;
class Inventory;
class SshPool;
class WorkspaceThread;

// The window's live view of which hosts are up: sweeps the inventory's hosts
// on a schedule and on demand, keeps each host's last status, and records it
// in the workspace (off the GUI thread), where the next start reads it back.
// A sweep never logs in and never asks for a password: hosts behind a jump
// host are "unknown". Used from the GUI thread; its sockets never block it.
class FleetMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMinutes = 5;

    // `inventory` (the window's replica) and `workspace` must outlive this.
    FleetMonitor(Inventory *inventory, WorkspaceThread *workspace, QObject *parent = nullptr);
    ~FleetMonitor() override;

    // Reads what earlier sweeps recorded, then sweeps on the schedule.
    void start();
    // Minutes between sweeps; 0: only on demand.
    void setIntervalMinutes(int minutes);
    // Hosts behind a jump host are checked through the pool's kept connection
    // to it, with the targets `connection` resolves; both must outlive this.
    void setJumpChecks(ConnectionSettings *connection, SshPool *pool)
    {
        m_connection = connection;
        m_pool = pool;
    }
    int intervalMinutes() const { return m_intervalMinutes; }

    // Sweeps these hosts (every host when empty). While a sweep runs, the
    // hosts asked for are checked right after it.
    void checkNow(const QList<HostId> &hosts = {});
    bool isSweeping() const { return m_sweep != nullptr; }

    // The host's last status; nullptr when it was never checked.
    const HostStatus *status(HostId host) const;
    const QHash<HostId, HostStatus> &statuses() const { return m_statuses; }

Q_SIGNALS:
    void statusesChanged(const QList<wb::HostId> &hosts);
    void sweepStarted(int total);
    void sweepProgress(int done, int total);
    void sweepFinished(int up, int down, int unknown);
    // Recording in the workspace failed (the statuses are kept in memory).
    void recordFailed(const QString &error);

private:
    void launch(const QList<HostId> &hosts);
    void onProbed(int index);
    void onSweepFinished();
    void flush();

    Inventory *m_inventory;
    ConnectionSettings *m_connection = nullptr;
    SshPool *m_pool = nullptr;
    WorkspaceThread *m_workspace;
    int m_intervalMinutes = defaultIntervalMinutes;
    QTimer m_schedule;
    QTimer m_flushTimer;
    QPointer<ReachabilitySweep> m_sweep;
    QSet<HostId> m_queued;     // asked for while a sweep ran
    bool m_queuedAll = false;
    QHash<HostId, HostStatus> m_statuses;
    QList<HostStatus> m_unflushed;
    bool m_started = false;
};

} // namespace wb
