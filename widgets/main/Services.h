#pragma once

#include "core/inventory/io/ImportSources.h"

#include <QList>
#include <QString>

#include <utility>

namespace wb {

class AccountBackendFactory;
class ActionTrail;
class ActiveTicket;
class AsyncAuditLog;
class AsyncKnowledgeBase;
class AsyncSnippetStore;
class AsyncTicketStore;
class ConnectionSettings;
class CredentialStore;
class FactsCollector;
class FleetMonitor;
class Inventory;
class InventoryEditor;
class PendingWork;
class SshPool;
class SshWorkFactory;
class TicketPager;
class WorkspaceThread;

// What the composition root (app/AppServices) built for one workspace, handed
// to the window, which passes each widget the parts it uses. Nothing here is
// owned: the root keeps every object alive until the window is gone.
struct Services
{
    QString workspacePath;
    // The window's replica of the inventory: read it here, change it through `inventoryEditor`.
    Inventory *inventory = nullptr;
    InventoryEditor *inventoryEditor = nullptr;
    // The workspace database, off the GUI thread.
    WorkspaceThread *workspace = nullptr;
    // Pages of the ticket list, read through `workspace`.
    TicketPager *ticketPager = nullptr;
    // The snippet library, through `workspace`.
    AsyncSnippetStore *snippets = nullptr;
    // The audit log, through `workspace`.
    AsyncAuditLog *audit = nullptr;
    // The knowledge base, through `workspace`.
    AsyncKnowledgeBase *knowledgeBase = nullptr;
    // Tickets and their rules, through `workspace`.
    AsyncTicketStore *tickets = nullptr;
    // Timeouts, keepalive, reuse and the workspace's known_hosts file.
    ConnectionSettings *connectionSettings = nullptr;
    // Where account actions are audited (and logged to tickets), through `workspace`.
    ActionTrail *accountTrail = nullptr;
    // Makes the backend that acts on a host's accounts.
    AccountBackendFactory *accountBackends = nullptr;
    // Connections kept between sessions and runs; null turns reuse off.
    SshPool *connectionPool = nullptr;
    // Makes the runs and session connections (pooled, logged to the active ticket).
    SshWorkFactory *sshWork = nullptr;
    // Account actions and keychain writes; quitting waits for them.
    PendingWork *pendingWork = nullptr;
    CredentialStore *credentials = nullptr;
    // The ticket the workbench's own work is logged to.
    ActiveTicket *activeTicket = nullptr;
    // Which hosts are up: sweeps on demand, and on its schedule once started (the app starts it).
    FleetMonitor *fleet = nullptr;
    // Each host's newest facts: gathered on demand, and on its schedule once started.
    FactsCollector *facts = nullptr;
    // Help → About's list: each library Werkbank runs on, and its version.
    QList<std::pair<QString, QString>> libraryVersions;
    // Where a first run looks for hosts to offer (~/.ssh/config, the Ansible inventory): the
    // app sets this person's; left empty (tests, benchmarks), nothing of the machine is read.
    ImportSourcePaths importSources;
};

} // namespace wb
