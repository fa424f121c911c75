#pragma once

#include "core/storage/TeamRoles.h"
#include "widgets/main/Services.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace wb {

class AccountBackendFactory;
class ActiveTicket;
class AsyncActionTrail;
class AsyncAuditLog;
class AsyncKnowledgeBase;
class AsyncSnippetStore;
class AsyncTicketStore;
class ConnectionSettings;
class FactsCollector;
class FleetMonitor;
class CredentialStore;
class Inventory;
class InventoryEditor;
class PendingWork;
class SshPool;
class SshWorkFactory;
class TicketPager;
class WorkspaceThread;

// The composition root's objects for one open workspace, built once in
// dependency order and destroyed in reverse, after the window that uses them.
class AppServices
{
public:
    AppServices();
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    // Builds everything on the workspace at `path`. Nothing is read yet: the
    // workspace thread opens (and migrates) the file with its first job, and
    // whenOpen() tells whether it could.
    // Again with another path while no window uses them: everything is made anew.
    void open(const QString &path);
    // A team workspace's password for the next attempt to open it (memory only).
    void setPassword(const QString &password);
    // True when the last attempt failed because the server wants a password.
    bool needsPassword() const;
    // Asks the workspace thread who works in the workspace (login, role).
    void whoAmI(const QObject *asker, std::function<void(const WorkspaceIdentity &identity, const QString &error)> answer);
    QString path() const { return m_path; }
    CredentialStore &credentials() const { return *m_credentials; }
    // `answer` on `asker`'s thread once the workspace thread has opened the
    // file: an empty error, or why it cannot be opened.
    void whenOpen(const QObject *asker, std::function<void(const QString &error)> answer);

    Services services() const;
    Inventory &inventory() const { return *m_inventory; }
    InventoryEditor &inventoryEditor() const { return *m_inventoryEditor; }

private:
    void close();

    QString m_path;
    std::unique_ptr<PendingWork> m_pending;
    std::unique_ptr<WorkspaceThread> m_workspaceThread;
    std::unique_ptr<TicketPager> m_ticketPager;
    std::unique_ptr<AsyncSnippetStore> m_snippets;
    std::unique_ptr<AsyncAuditLog> m_audit;
    std::unique_ptr<AsyncKnowledgeBase> m_knowledgeBase;
    std::unique_ptr<AsyncTicketStore> m_tickets;
    std::unique_ptr<ConnectionSettings> m_connectionSettings;
    std::unique_ptr<AsyncActionTrail> m_accountTrail;
    std::unique_ptr<AccountBackendFactory> m_accountBackends;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<InventoryEditor> m_inventoryEditor;  // before the workspace thread is gone
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ActiveTicket> m_activeTicket;
    std::unique_ptr<SshWorkFactory> m_sshWork;
    std::unique_ptr<FleetMonitor> m_fleet;
    std::unique_ptr<FactsCollector> m_facts;
};

} // namespace wb
