#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace wb {

class AccountBackendFactory;
class ActionTrail;
class AsyncAuditLog;
class AsyncTicketStore;
class ConnectionSettings;
class CredentialStore;
class Inventory;
class InventoryPanel;
class SessionArea;

// Account work in the window: the accounts of the host or directory selected
// in the inventory, in a tab, and the audit log of every account action.
class AccountController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; the controller is its child.
    AccountController(const Inventory *inventory, ConnectionSettings *connection, const AccountBackendFactory *backends,
                      ActionTrail *trail, AsyncAuditLog *audit, InventoryPanel *panel, SessionArea *sessions,
                      QWidget *window);
    // Where directories' bind passwords are (null: always asked).
    void setCredentials(CredentialStore *credentials) { m_credentials = credentials; }
    // Where a directory tab's "Link to Active Ticket" stores its links (null: not offered).
    void setTickets(AsyncTicketStore *tickets) { m_tickets = tickets; }

    QAction *manageAction() const { return m_manage; }
    QAction *auditLogAction() const { return m_auditLog; }

public Q_SLOTS:
    void manageAccounts();
    void manageDirectory(wb::DirectoryId id);
    void showAuditLog();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    const Inventory *m_inventory;
    ConnectionSettings *m_connection;
    const AccountBackendFactory *m_backends;
    ActionTrail *m_trail;
    AsyncAuditLog *m_audit;
    InventoryPanel *m_panel;
    SessionArea *m_sessions;
    CredentialStore *m_credentials = nullptr;
    AsyncTicketStore *m_tickets = nullptr;
    QWidget *m_window;
    QAction *m_manage;
    QAction *m_auditLog;
};

} // namespace wb
