#pragma once

#include "core/inventory/InventoryTypes.h"
#include "core/snippets/Snippet.h"
#include "core/tickets/Ticket.h"
#include "widgets/main/Services.h"

#include <QMainWindow>
#include <QPointer>

class QUndoStack;

namespace wb {

class Inventory;
class InventoryHistory;
class InventoryPanel;
class PendingWork;
class QuitWaitDialog;
struct RunSpec;
class SessionArea;
class SshPool;
struct SshSettings;
struct SshTarget;
class TicketPanel;

// Lays out the docks and menus and forwards; features live in the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Every object in `services` must outlive the window.
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    InventoryPanel *inventoryPanel() const { return m_inventoryPanel; }
    SessionArea *sessionArea() const { return m_sessions; }
    const QUndoStack *undoStack() const;

    // Makes `ticketId` the ticket the workbench's work is logged to (account
    // actions, runs and sessions on its hosts; also the audit log's ticket),
    // once it is known to exist; 0 = none.
    void setActiveTicket(qint64 ticketId);
    TicketId activeTicket() const;
    TicketPanel *ticketPanel() const { return m_tickets; }

    void restoreLayout();
    void saveLayout() const;

public Q_SLOTS:
    void importHosts();
    void exportHosts();
    // Opens an SSH session to an inventory host in a new tab.
    void openSession(wb::HostId id);
    void editConnectionSettings();
    // Runs a command on the selected hosts and groups, in a new tab.
    void runCommand();
    // Runs a saved snippet on the selected hosts and groups straight away.
    void runSnippet(const wb::Snippet &snippet);
    void manageSnippets();
    // Removes the selected hosts' passwords from the keychain.
    void forgetSavedPasswords();
    // Opens the selected host's accounts in a tab.
    void manageAccounts();
    void showAuditLog();
    void newTicket();
    // A new ticket linked to the hosts selected in the inventory.
    void newTicketForSelectedHosts();
    void openTicket(wb::TicketId id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateInventorySize();
    void applyPoolSettings(const SshSettings &settings);
    void openSessionTab(HostId id, SshTarget target);
    // The hosts a run goes to (the selected ones and those in selected
    // groups); when there are none, says so in the status bar.
    QList<HostId> runSelection();
    void startRun(const RunSpec &spec);
    // Writes what `run` did into the work log of the ticket active now, once it is over.
    void setUpTickets();
    // An inventory host's name for ticket views; "(deleted host)" once it is gone.
    QString hostName(qint64 id) const;
    void createTicketMenu();
    class TicketEditor *createTicketEditor();
    void openTicketEditor(class TicketEditor *editor);
    // Writes `text` into the active ticket's work log when it links one of the hosts.

    const Services m_services;
    InventoryHistory *m_history;
    InventoryPanel *m_inventoryPanel;
    SessionArea *m_sessions;
    TicketPanel *m_tickets;
    QDockWidget *m_inventoryDock;
    QDockWidget *m_ticketDock;
    QAction *m_importAction = nullptr;
    QPointer<QuitWaitDialog> m_waiting;
    bool m_closeConfirmed = false; // asked about open sessions and unsaved tickets once
    bool m_quitAnyway = false;     // the user stopped waiting for pending work
};

} // namespace wb
