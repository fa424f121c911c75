#pragma once

#include "core/fleet/HostWaker.h"
#include "core/inventory/InventoryTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QAction;
class QMessageBox;
class QTimer;
class QWidget;

namespace wb {

class ActiveTicket;
class AsyncTicketStore;
class ConnectionSettings;
class FleetMonitor;
class Inventory;
class InventoryEditor;
class InventoryPanel;
class SshPool;

// Hosts → Wake: sends the selected hosts (and those below selected groups)
// their Wake-on-LAN packets as their groups say (HostWaker), writes it into
// the active ticket's work log, then checks their reachability every little
// while until each answers or a few minutes have passed, and says which did.
class WakeController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        const Inventory *inventory = nullptr;
        InventoryEditor *editor = nullptr;
        ConnectionSettings *connection = nullptr;
        SshPool *pool = nullptr;
        FleetMonitor *monitor = nullptr;
        AsyncTicketStore *tickets = nullptr; // null: nothing is logged
        ActiveTicket *activeTicket = nullptr;
    };
    WakeController(const Parts &parts, InventoryPanel *panel, QWidget *window);

    QAction *wakeAction() const { return m_wake; }
    // How often, and how long, woken hosts are checked (tests shorten them).
    void setWatch(int intervalMs, int durationMs);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void wakeSelection();
    void woken(int id, const QList<wb::WakeResult> &results);
    void log(const QList<HostId> &hosts, const QString &text);
    void checkWatched();
    void sweepDone();
    // Takes out of the watch the hosts deleted meanwhile, and those past the
    // deadline, saying which did not come up.
    void expireWatched();
    void showProblems(const QStringList &lines);

    Parts m_parts;
    InventoryPanel *m_panel;
    QWidget *m_window;
    QAction *m_wake;
    HostWaker *m_waker;
    QTimer *m_watchTimer;
    int m_watchDurationMs = 5 * 60 * 1000;
    QHash<HostId, QDateTime> m_watched; // woken host -> when its packet went out (UTC)
    QHash<int, QStringList> m_skipped;  // a wake's hosts without a MAC address, said with its outcome
    QMessageBox *m_problems = nullptr;
};

} // namespace wb
