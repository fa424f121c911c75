#pragma once

#include "widgets/main/Services.h"

#include <QMainWindow>
#include <QPointer>

class QUndoStack;

namespace wb {

class AccountController;
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
// runs, accounts, tickets), which the window makes with the services they use.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Every object in `services` must outlive the window.
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    InventoryPanel *inventoryPanel() const { return m_inventoryPanel; }
    SessionArea *sessionArea() const { return m_sessions; }
    TicketPanel *ticketPanel() const { return m_tickets; }
    const QUndoStack *undoStack() const;

    void restoreLayout();
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
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
    InventoryController *m_inventoryFiles;
    SessionController *m_sessionWork;
    RunController *m_runs;
    AccountController *m_accounts;
    TicketController *m_ticketWork;
    QPointer<QuitWaitDialog> m_waiting;
    bool m_closeConfirmed = false; // asked about open sessions and unsaved tickets once
    bool m_quitAnyway = false;     // the user stopped waiting for pending work
};

} // namespace wb
