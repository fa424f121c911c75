#pragma once

#include "core/fleet/WakeOnLan.h"
#include "core/inventory/InventoryTypes.h"
#include "core/targets/SshSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace wb {

class Inventory;
class SshPool;

// What became of one host's wake-up packet.
struct WakeResult
{
    HostId host = 0;
    WakeRoute route;
    QString problem; // empty: the packet went out (whether the host woke is for the reachability check to see)
};

// Wakes hosts as their groups say (WakeStore): from this machine over UDP
// (WakeSender, on its own thread), or through a relay host over SSH, one run
// per relay with every MAC it sends for (the script on stdin). Used from the
// GUI thread; nothing here blocks it.
class HostWaker : public QObject
{
    Q_OBJECT
public:
    // `inventory` (the window's replica) and `pool` (may be null) must outlive this.
    HostWaker(const Inventory *inventory, SshPool *pool, QObject *parent = nullptr);
    ~HostWaker() override;

    // Sends for each host with a MAC address (the caller leaves the others
    // out); `routes` are the groups' own (WakeStore::groupRoutes), `settings`
    // how relays are connected to. Returns an id for finished().
    int wake(const QList<HostId> &hosts, const QHash<GroupId, WakeRoute> &routes, const SshSettings &settings);

Q_SIGNALS:
    // Once every packet of that wake went out or failed, a result per host.
    void finished(int id, const QList<wb::WakeResult> &results);

private:
    struct Pending
    {
        QList<WakeResult> results;
        int open = 0; // sends and relay runs not answered yet
    };
    void sendFromHere(int id, int index, const QString &mac);
    void sendThroughRelay(int id, const QList<int> &indexes, const QStringList &macs, const SshSettings &settings);
    void answered(int id);

    const Inventory *m_inventory;
    SshPool *m_pool;
    WakeSender *m_sender = nullptr; // made on first use: a thread only when something is woken from here
    QHash<int, Pending> m_pending;
    QHash<int, std::pair<int, int>> m_sends; // WakeSender's id -> (wake id, result index)
    int m_nextId = 1;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::WakeResult)
