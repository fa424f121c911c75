#include "app/AppServices.h"

#include "app/LibraryVersions.h"

#include "core/accounts/AccountBackendFactory.h"
#include "core/accounts/AsyncActionTrail.h"
#include "core/audit/AsyncAuditLog.h"
#include "core/fleet/FactsCollector.h"
#include "core/fleet/FleetMonitor.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/jobs/PendingWork.h"
#include "core/secrets/CredentialStore.h"
#include "core/snippets/AsyncSnippetStore.h"
#include "core/ssh/SshPool.h"
#include "core/storage/WorkspaceThread.h"
#include "core/targets/ConnectionSettings.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/AsyncKnowledgeBase.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketPager.h"
#include "core/worklog/SshWorkFactory.h"

namespace wb {

AppServices::AppServices() = default;

// Members go in reverse order: the keychain store and the pool before the
// inventory; the workspace thread runs what is still queued before it stops.
AppServices::~AppServices() = default;

void AppServices::close()
{
    // In reverse order of making, as the destructor would.
    m_facts.reset();
    m_fleet.reset();
    m_sshWork.reset();
    m_activeTicket.reset();
    m_credentials.reset();
    m_pool.reset();
    m_inventoryEditor.reset();
    m_inventory.reset();
    m_accountBackends.reset();
    m_accountTrail.reset();
    m_connectionSettings.reset();
    m_tickets.reset();
    m_knowledgeBase.reset();
    m_audit.reset();
    m_snippets.reset();
    m_ticketPager.reset();
    m_workspaceThread.reset();
    m_pending.reset();
}

void AppServices::open(const QString &path)
{
    close();
    m_path = path;
    m_pending = std::make_unique<PendingWork>();
    m_workspaceThread = std::make_unique<WorkspaceThread>(path);
    m_workspaceThread->setPendingWork(m_pending.get());
    // First in the workspace thread's queue: sessions wait for it.
    m_connectionSettings = std::make_unique<ConnectionSettings>(m_workspaceThread.get());
    m_ticketPager = std::make_unique<TicketPager>(m_workspaceThread.get());
    m_snippets = std::make_unique<AsyncSnippetStore>(m_workspaceThread.get());
    m_audit = std::make_unique<AsyncAuditLog>(m_workspaceThread.get());
    m_knowledgeBase = std::make_unique<AsyncKnowledgeBase>(m_workspaceThread.get());
    m_tickets = std::make_unique<AsyncTicketStore>(m_workspaceThread.get());
    m_accountTrail = std::make_unique<AsyncActionTrail>(m_workspaceThread.get());
    m_inventory = std::make_unique<Inventory>();
    m_inventoryEditor = std::make_unique<InventoryEditor>(m_inventory.get(), m_workspaceThread.get());
    m_pool = std::make_unique<SshPool>();
    m_credentials = std::make_unique<CredentialStore>();
    m_accountBackends = std::make_unique<AccountBackendFactory>(m_pool.get());
    m_credentials->setPendingWork(m_pending.get());
    m_activeTicket = std::make_unique<ActiveTicket>();
    m_sshWork = std::make_unique<SshWorkFactory>(m_pool.get(), m_pending.get(), m_activeTicket.get(), m_tickets.get());
    m_fleet = std::make_unique<FleetMonitor>(m_inventory.get(), m_workspaceThread.get());
    m_fleet->setJumpChecks(m_connectionSettings.get(), m_pool.get());
    m_facts = std::make_unique<FactsCollector>(m_inventory.get(), m_workspaceThread.get(), m_connectionSettings.get(), m_pool.get());
    const SshSettings user = SshSettings::loadUser();
    m_fleet->setIntervalMinutes(user.reachabilityMinutes);
    m_facts->setIntervalHours(user.factsHours);
    QObject::connect(m_connectionSettings.get(), &ConnectionSettings::changed, m_fleet.get(),
                     [fleet = m_fleet.get(), facts = m_facts.get()](const SshSettings &settings) {
                         fleet->setIntervalMinutes(settings.reachabilityMinutes);
                         facts->setIntervalHours(settings.factsHours);
                     });
}

void AppServices::whenOpen(const QObject *asker, std::function<void(const QString &error)> answer)
{
    // A job that does nothing: it runs only once the file is open, and the
    // answer carries the reason when it cannot be.
    m_workspaceThread->read<bool>(asker, [](QSqlDatabase, QString *) { return true; },
                                  [answer = std::move(answer)](bool, const QString &error) { answer(error); });
}

void AppServices::setPassword(const QString &password)
{
    m_workspaceThread->setPassword(password);
}

bool AppServices::needsPassword() const
{
    return m_workspaceThread->needsPassword();
}

void AppServices::whoAmI(const QObject *asker, std::function<void(const WorkspaceIdentity &, const QString &)> answer)
{
    m_workspaceThread->read<WorkspaceIdentity>(
        asker, [](QSqlDatabase db, QString *error) { return TeamRoles::identify(db, error); },
        [answer = std::move(answer)](WorkspaceIdentity identity, const QString &error) { answer(identity, error); });
}

Services AppServices::services() const
{
    Services services;
    services.workspacePath = m_path;
    services.inventory = m_inventory.get();
    services.inventoryEditor = m_inventoryEditor.get();
    services.workspace = m_workspaceThread.get();
    services.ticketPager = m_ticketPager.get();
    services.snippets = m_snippets.get();
    services.audit = m_audit.get();
    services.knowledgeBase = m_knowledgeBase.get();
    services.tickets = m_tickets.get();
    services.connectionSettings = m_connectionSettings.get();
    services.accountTrail = m_accountTrail.get();
    services.accountBackends = m_accountBackends.get();
    services.connectionPool = m_pool.get();
    services.pendingWork = m_pending.get();
    services.credentials = m_credentials.get();
    services.activeTicket = m_activeTicket.get();
    services.sshWork = m_sshWork.get();
    services.fleet = m_fleet.get();
    services.facts = m_facts.get();
    services.libraryVersions = libraryVersions();
    return services;
}

} // namespace wb
