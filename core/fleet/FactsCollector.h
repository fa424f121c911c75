#pragma once

#include "core/fleet/CapacityForecast.h"
#include "core/fleet/FactsScript.h"
#include "core/fleet/HostFacts.h"
#include "core/inventory/InventoryTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace wb {

class ConnectionSettings;
class FactsGatherer;
class Inventory;
class SshPool;
class WorkspaceThread;

// The window's facts: each host's newest facts (read from the workspace at
// start), gathered again on demand and on a schedule through the connection
// pool, as a run is (never asking for a password or a host key: a host that
// would need one says so), recorded with their history off the GUI thread.
class FactsCollector : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalHours = 24;

    // All must outlive this; `pool` may be null.
    FactsCollector(Inventory *inventory, WorkspaceThread *workspace, ConnectionSettings *connection, SshPool *pool,
                   QObject *parent = nullptr);
    ~FactsCollector() override;

    // Reads the newest facts, then gathers on the schedule.
    void start();
    // Hours between gathers; 0: only on demand.
    void setIntervalHours(int hours);
    int intervalHours() const { return m_intervalHours; }

    // Gathers these hosts' facts (every host when empty); asked while a
    // gather runs, they are gathered right after it.
    void gather(const QList<HostId> &hosts = {});
    bool isGathering() const { return m_gathering; }

    const HostFacts *facts(HostId host) const;
    const QHash<HostId, HostFacts> &allFacts() const { return m_facts; }
    // Why the host's last gather failed; empty when it did not.
    QString lastError(HostId host) const { return m_errors.value(host); }
    // The fleet's filesystems, soonest full first, from the last 30 days of
    // snapshots (read again after each gather).
    const QList<CapacityForecast> &capacity() const { return m_capacity; }
    // Each host's filesystem that fills first, for hosts with one filling.
    const QHash<HostId, CapacityForecast> &soonestFull() const { return m_soonestFull; }
    // The host's facts since `since`, oldest first, read on the workspace thread;
    // `answer` runs on `asker`'s thread unless it is gone.
    void readHistory(HostId host, const QDateTime &since, const QObject *asker,
                     std::function<void(const QList<HostFacts> &history, const QString &error)> answer);

Q_SIGNALS:
    void factsChanged(const QList<wb::HostId> &hosts);
    void gatherStarted(int total);
    void gatherProgress(int done, int total);
    void gatherFinished(int ok, int failed);
    void recordFailed(const QString &error);
    void capacityChanged();
    void capacityFailed(const QString &error);

private:
    void launch(QList<HostId> hosts);
    void run(const QList<HostId> &hosts, const QHash<GroupId, BackupCheck> &checks);
    void onGathered(int index);
    void onFinished();
    void flush();
    void record(const QList<std::pair<HostId, HostFacts>> &batch);
    void readCapacity();

    Inventory *m_inventory;
    WorkspaceThread *m_workspace;
    ConnectionSettings *m_connection;
    SshPool *m_pool;
    int m_intervalHours = defaultIntervalHours;
    QTimer m_schedule;
    QTimer m_flushTimer;
    QPointer<FactsGatherer> m_gatherer;
    bool m_gathering = false;
    bool m_started = false;
    QList<HostId> m_queued;
    bool m_queuedAll = false;
    QHash<HostId, HostFacts> m_facts;
    QHash<HostId, QString> m_errors;
    QList<CapacityForecast> m_capacity;
    QHash<HostId, CapacityForecast> m_soonestFull;
    QList<std::pair<HostId, HostFacts>> m_unflushed;
    QList<HostId> m_changed;
    int m_failed = 0;      // this gather's hosts that gave no facts
    int m_unresolved = 0;  // ... of them, those that could not even be turned into a target
    int m_total = 0;
};

} // namespace wb
