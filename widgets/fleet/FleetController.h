#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QObject>

class QAction;
class QProgressBar;
class QWidget;

namespace wb {

class ConnectionSettings;
class FactsCollector;
class FleetMonitor;
class CommandRunner;
class HostFactsView;
class Inventory;
class InventoryPanel;
class SessionArea;

// The Hosts menu's fleet actions and what a sweep shows: each host's status
// in the inventory tree (as sweeps answer), progress in the status bar, and
// a summary when a sweep ends.
class FleetController : public QObject
{
    Q_OBJECT
public:
    FleetController(const Inventory *inventory, FleetMonitor *monitor, FactsCollector *facts, ConnectionSettings *connection,
                    InventoryPanel *panel, SessionArea *tabs, QWidget *window);

    // Checks the selected hosts (and those below selected groups), or every host when none is selected.
    QAction *checkReachabilityAction() const { return m_checkReachability; }
    // Gathers the facts of the selected hosts (and those below selected groups), or of every host.
    QAction *gatherFactsAction() const { return m_gatherFacts; }
    // Opens the Fleet tab.
    QAction *overviewAction() const { return m_overview; }
    // Opens the current host's details: its facts and their history.
    QAction *detailsAction() const { return m_details; }
    // Upgrades the selected hosts' packages after a confirmation (a run, logged to the active ticket).
    QAction *applyUpdatesAction() const { return m_applyUpdates; }
    // For the status bar: shown while a sweep runs.
    QProgressBar *progressBar() const { return m_progress; }
    QProgressBar *factsProgressBar() const { return m_factsProgress; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void checkSelection();
    void showStatuses(const QList<wb::HostId> &hosts);
    void gatherSelection();
    void showFacts(const QList<wb::HostId> &hosts);
    HostFactsView *openDetails(HostId host);
    void applyUpdates();
    void updatesApplied(const CommandRunner *runner, const QList<HostId> &hosts);

    const Inventory *m_inventory;
    FleetMonitor *m_monitor;
    FactsCollector *m_facts;
    InventoryPanel *m_panel;
    ConnectionSettings *m_connection;
    SessionArea *m_tabs;
    QWidget *m_window;
    QAction *m_applyUpdates;
    QAction *m_overview;
    QAction *m_details;
    QAction *m_checkReachability;
    QProgressBar *m_progress;
    QAction *m_gatherFacts;
    QProgressBar *m_factsProgress;
};

} // namespace wb
