#include "widgets/accounts/AccountController.h"

#include "core/inventory/Inventory.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/InventoryTargets.h"
#include "widgets/accounts/AccountsView.h"
#include "widgets/accounts/AuditLogDialog.h"
#include "widgets/accounts/DirectoryAccountsView.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"

#include <QAction>
#include <QMessageBox>

namespace wb {

AccountController::AccountController(const Inventory *inventory, ConnectionSettings *connection,
                                     const AccountBackendFactory *backends, ActionTrail *trail, AsyncAuditLog *audit,
                                     InventoryPanel *panel, SessionArea *sessions, QWidget *window)
    : QObject(window)
    , m_inventory(inventory)
    , m_connection(connection)
    , m_backends(backends)
    , m_trail(trail)
    , m_audit(audit)
    , m_panel(panel)
    , m_sessions(sessions)
    , m_window(window)
{
    setObjectName(QStringLiteral("accountController"));
    m_manage = new QAction(QIcon(QStringLiteral(":/icons/account.svg")), tr("&Manage Accounts…"), this);
    m_manage->setObjectName(QStringLiteral("manageAccounts"));
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_manage->setToolTip(tr("Reset passwords, lock, unlock and change the accounts on the selected host or directory"));
    connect(m_manage, &QAction::triggered, this, &AccountController::manageAccounts);
    connect(m_panel, &InventoryPanel::directoryActivated, this, &AccountController::manageDirectory);
    m_auditLog = new QAction(QIcon(QStringLiteral(":/icons/audit.svg")), tr("Audit &Log…"), this);
    m_auditLog->setObjectName(QStringLiteral("auditLog"));
    m_auditLog->setToolTip(tr("Every account action done from this workspace, with its outcome"));
    connect(m_auditLog, &QAction::triggered, this, &AccountController::showAuditLog);
}

void AccountController::manageAccounts()
{
    const QList<HostId> ids = m_panel->selectedHostIds();
    const QList<DirectoryId> directories = m_panel->selectedDirectories();
    if (ids.isEmpty() && directories.size() == 1) {
        manageDirectory(directories.first());
        return;
    }
    if (ids.size() != 1) {
        Q_EMIT statusMessage(tr("Select one host or directory to manage its accounts."), 8000);
        return;
    }
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_inventory, ids.first(), &target, &error)) {
        QMessageBox::warning(m_window, tr("Manage Accounts"), error);
        return;
    }
    const HostId host = ids.first();
    m_connection->whenSettled(this, [this, host, target]() mutable {
        m_connection->current().applyTo(&target.options);
        AccountsView *view = m_sessions->openAccounts(host, target, m_backends, m_trail);
        view->setTargetPath(m_inventory->hostPath(host));
    });
}

void AccountController::manageDirectory(DirectoryId id)
{
    const Directory *directory = m_inventory->directory(id);
    if (!directory)
        return;
    DirectoryAccountsView *view = m_sessions->openDirectoryAccounts(*directory, m_trail, m_credentials);
    QStringList path = m_inventory->groupPath(directory->groupId);
    path.append(directory->name);
    view->setTargetPath(path.join(u'/'));
    if (!m_tickets)
        return;
    view->setTicketLinker([tickets = m_tickets, id, view](qint64 ticket, const QStringList &dns,
                                                         std::function<void(const QString &)> done) {
        // One write per account, answered in order on the workspace thread: the last says how it ended.
        auto errors = std::make_shared<QStringList>();
        for (qsizetype i = 0; i < dns.size(); ++i) {
            const bool last = i == dns.size() - 1;
            tickets->linkDirectory(view, ticket, {id, dns.at(i)},
                                   [errors, last, done](const QList<TicketStore::DirectoryLink> &, const QString &error) {
                                       if (!error.isEmpty())
                                           errors->append(error);
                                       if (last)
                                           done(errors->join(u'\n'));
                                   });
        }
    });
}

void AccountController::showAuditLog()
{
    AuditLogDialog dialog(m_audit, m_window);
    dialog.exec();
}

} // namespace wb
