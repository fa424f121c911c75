#pragma once

#include "core/storage/TeamRoles.h"
#include "widgets/main/Services.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QUndoStack;

namespace wb {

class AccountController;
class FleetController;
class LogController;
class WakeController;
class DesktopController;
class PreferencesController;
class ErrorBar;
class InventoryController;
class InventoryHistory;
class InventoryPanel;
class QuitWaitDialog;
class RunController;
class SessionArea;
class SessionController;
class TicketController;
class TicketPanel;

// Lays out the docks and menus and routes between the parts; the features
// live in the panels and in one controller each (inventory files, sessions,
// runs, accounts, tickets), which the composition root makes with the
// services they use and the window's panels, and hands over with
// setFeatures() (app/WindowAssembly).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Every object in `services` must outlive the window.
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // One controller per feature; each owns its actions, which the menus show.
    struct Features {
        InventoryController *inventoryFiles = nullptr;
        SessionController *sessions = nullptr;
        RunController *runs = nullptr;
        AccountController *accounts = nullptr;
        TicketController *tickets = nullptr;
        FleetController *fleet = nullptr;
        LogController *logs = nullptr;
        WakeController *wake = nullptr;
        DesktopController *desktops = nullptr;
        PreferencesController *preferences = nullptr;
    };
    // Once, right after construction: wires the controllers (children of the
    // window) to the status bar and builds the menus from their actions.
    void setFeatures(const Features &features);

    InventoryPanel *inventoryPanel() const { return m_inventoryPanel; }
    InventoryHistory *inventoryHistory() const { return m_history; }
    SessionArea *sessionArea() const { return m_sessions; }
    TicketPanel *ticketPanel() const { return m_tickets; }
    const QUndoStack *undoStack() const;

    void restoreLayout();
    // Once the inventory has loaded: an empty one (that this login may import into) gets the
    // getting-started page's offers of the hosts this computer's ssh and ansible know.
    void offerImports();
    void saveLayout() const;

    // Who works in the workspace: in a team workspace the status bar shows the
    // login and its role, and what the role may not do is off (with a tooltip
    // that says why) or, for Run Command and Run Snippet, not offered.
    void setIdentity(const WorkspaceIdentity &identity);
    WorkspaceIdentity identity() const { return m_identity; }

Q_SIGNALS:
    // File → Open Team Workspace…: the composition root opens it (in a window of its own).
    void openWorkspaceRequested(const QString &address);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openTeamWorkspace();
    void createMenus();
    void updateInventorySize();
    void showStatus(const QString &text, int timeoutMs);

    const Services m_services;
    InventoryHistory *m_history;
    InventoryPanel *m_inventoryPanel;
    SessionArea *m_sessions;
    TicketPanel *m_tickets;
    QDockWidget *m_inventoryDock;
    QDockWidget *m_ticketDock;
    InventoryController *m_inventoryFiles = nullptr;
    PreferencesController *m_preferences = nullptr;
    SessionController *m_sessionWork = nullptr;
    RunController *m_runs = nullptr;
    AccountController *m_accounts = nullptr;
    TicketController *m_ticketWork = nullptr;
    FleetController *m_fleet = nullptr;
    LogController *m_logs = nullptr;
    WakeController *m_wake = nullptr;
    DesktopController *m_desktops = nullptr;
    QPointer<QuitWaitDialog> m_waiting;
    WorkspaceIdentity m_identity;
    QLabel *m_identityLabel = nullptr;
    ErrorBar *m_unreachable = nullptr;
    QTimer m_inventoryRefresh; // another workbench changed the inventory
    QTimer m_ticketRefresh;    // … or tickets
    bool m_closeConfirmed = false; // asked about open sessions and unsaved tickets once
    bool m_quitAnyway = false;     // the user stopped waiting for pending work
};

} // namespace wb
