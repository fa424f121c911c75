#pragma once

#include "inventory/InventoryTypes.h"

#include <QMainWindow>

class QUndoStack;

namespace wb {

class Inventory;
class InventoryPanel;
class SessionArea;
class TicketPanel;

// Lays out the docks and menus and forwards; features live in the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Inventory *inventory, const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    InventoryPanel *inventoryPanel() const { return m_inventoryPanel; }
    SessionArea *sessionArea() const { return m_sessions; }
    QUndoStack *undoStack() const { return m_undoStack; }

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
    // Removes the selected hosts' passwords from the keychain.
    void forgetSavedPasswords();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateInventorySize();

    Inventory *m_inventory;
    QString m_workspacePath;
    QUndoStack *m_undoStack;
    InventoryPanel *m_inventoryPanel;
    SessionArea *m_sessions;
    TicketPanel *m_tickets;
    QDockWidget *m_inventoryDock;
    QDockWidget *m_ticketDock;
    QAction *m_importAction = nullptr;
};

} // namespace wb
