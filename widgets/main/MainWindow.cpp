#include "widgets/main/MainWindow.h"

#include "core/accounts/AccountActionJob.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/inventory/io/Exporters.h"
#include "core/jobs/PendingWork.h"
#include "core/secrets/CredentialStore.h"
#include "core/ssh/SshPool.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/InventoryTargets.h"
#include "core/targets/SshSettings.h"
#include "core/targets/TargetResolver.h"
#include "core/tickets/ActiveTicket.h"
#include "widgets/accounts/AccountsView.h"
#include "widgets/accounts/AuditLogDialog.h"
#include "widgets/inventory/ImportDialog.h"
#include "widgets/inventory/InventoryCommands.h"
#include "widgets/inventory/InventoryHistory.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/QuitWaitDialog.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunCommandDialog.h"
#include "widgets/run/RunPreferences.h"
#include "widgets/run/RunView.h"
#include "widgets/run/SnippetLibraryDialog.h"
#include "widgets/run/SnippetMenu.h"
#include "widgets/session/ConnectionSettingsDialog.h"
#include "widgets/session/SessionTab.h"
#include "widgets/tickets/TicketPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace wb {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent), m_services(services)
{
    const QString &workspacePath = m_services.workspacePath;
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Werkbank — %1").arg(QFileInfo(workspacePath).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/werkbank.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_history = new InventoryHistory(m_services.inventoryEditor, this);
    m_inventoryPanel = new InventoryPanel(m_services.inventory, m_services.inventoryEditor, m_history, this);
    m_inventoryDock = new QDockWidget(tr("Inventory"), this);
    m_inventoryDock->setObjectName(QStringLiteral("inventoryDock"));
    m_inventoryDock->setWidget(m_inventoryPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_inventoryDock);

    m_sessions = new SessionArea(m_services.sshWork, m_services.pendingWork, m_services.activeTicket, this);
    setCentralWidget(m_sessions);

    m_tickets = new TicketPanel(m_services.ticketPager, m_services.activeTicket, this);
    m_ticketDock = new QDockWidget(tr("Tickets"), this);
    m_ticketDock->setObjectName(QStringLiteral("ticketDock"));
    m_ticketDock->setWidget(m_tickets);
    addDockWidget(Qt::RightDockWidgetArea, m_ticketDock);

    createMenus();
    setUpTickets();
    m_sessions->addStartAction(m_inventoryPanel->addHostAction());
    m_sessions->addStartAction(m_importAction);

    connect(m_inventoryPanel, &InventoryPanel::hostActivated, this, &MainWindow::openSession);
    connect(m_sessions, &SessionArea::closeAgainRequested, this, &QWidget::close, Qt::QueuedConnection);
    const auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 8000); };
    connect(m_inventoryPanel, &InventoryPanel::statusMessage, this, showStatus);
    connect(m_history, &InventoryHistory::refused, this, showStatus);
    for (auto signal : {&Inventory::hostAdded, &Inventory::hostRemoved})
        connect(m_services.inventory, signal, this, &MainWindow::updateInventorySize);
    for (auto signal : {&Inventory::groupAdded, &Inventory::groupRemoved})
        connect(m_services.inventory, signal, this, &MainWindow::updateInventorySize);
    connect(m_services.inventory, &Inventory::resetDone, this, &MainWindow::updateInventorySize);
    updateInventorySize();
    statusBar()->showMessage(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspacePath)));

    resize(1280, 800);
    // Sessions get the middle and most of the width; the inventory keeps its
    // name and address columns readable, tickets sit narrower.
    resizeDocks({m_inventoryDock, m_ticketDock}, {450, 360}, Qt::Horizontal);

    ConnectionSettings *connection = m_services.connectionSettings;
    connect(connection, &ConnectionSettings::changed, this, &MainWindow::applyPoolSettings);
    connection->whenSettled(this, [this, connection] { applyPoolSettings(connection->current()); });
}

MainWindow::~MainWindow() = default;

const QUndoStack *MainWindow::undoStack() const
{
    return m_history->stack();
}

void MainWindow::applyPoolSettings(const SshSettings &settings)
{
    SshPool *pool = m_services.connectionPool;
    if (!pool)
        return;
    pool->setIdleSeconds(settings.reuseIdleSeconds);
    // Kept connections always send keepalives, or a firewall forgets them while they wait.
    pool->setKeepaliveSeconds(settings.keepaliveSeconds > 0 ? settings.keepaliveSeconds : 30);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_importAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import Hosts…"), this,
                                     &MainWindow::importHosts);
    m_importAction->setObjectName(QStringLiteral("import"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction = file->addAction(tr("&Export Hosts…"), this, &MainWindow::exportHosts);
    exportAction->setObjectName(QStringLiteral("export"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_history->undoAction());
    edit->addAction(m_history->redoAction());
    edit->addSeparator();
    edit->addAction(m_inventoryPanel->addHostAction());
    edit->addAction(m_inventoryPanel->addGroupAction());
    edit->addAction(m_inventoryPanel->editAction());
    edit->addAction(m_inventoryPanel->renameAction());
    edit->addAction(m_inventoryPanel->deleteAction());
    edit->addSeparator();
    edit->addAction(m_inventoryPanel->filterAction());

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    session->addAction(m_inventoryPanel->openSessionAction());
    session->addAction(m_sessions->reconnectAction());
    session->addAction(m_sessions->closeTabAction());
    session->addSeparator();
    QAction *run = session->addAction(tr("Run &Command…"), this, &MainWindow::runCommand);
    run->setObjectName(QStringLiteral("runCommand"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    run->setToolTip(tr("Run a command or script on the selected hosts and groups"));
    m_inventoryPanel->addContextAction(run);
    auto *snippets = new SnippetMenu(m_services.snippets, tr("Run S&nippet"), this);
    snippets->setObjectName(QStringLiteral("runSnippetMenu"));
    snippets->menuAction()->setObjectName(QStringLiteral("runSnippet"));
    QAction *manage = new QAction(tr("&Manage Snippets…"), this);
    manage->setObjectName(QStringLiteral("manageSnippets"));
    manage->setToolTip(tr("Add, edit and delete saved commands and scripts"));
    connect(manage, &QAction::triggered, this, &MainWindow::manageSnippets);
    snippets->addTrailingAction(manage);
    connect(snippets, &SnippetMenu::snippetChosen, this, &MainWindow::runSnippet);
    session->addMenu(snippets);
    m_inventoryPanel->addContextAction(snippets->menuAction());
    session->addSeparator();
    QAction *forget = session->addAction(tr("&Forget Saved Passwords"), this, &MainWindow::forgetSavedPasswords);
    forget->setObjectName(QStringLiteral("forgetPasswords"));
    forget->setToolTip(tr("Remove the selected hosts' passwords from the keychain"));
    QAction *settings = session->addAction(tr("Connection &Settings…"), this, &MainWindow::editConnectionSettings);
    settings->setObjectName(QStringLiteral("connectionSettings"));

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->setObjectName(QStringLiteral("accountsMenu"));
    QAction *manageAccounts = accounts->addAction(QIcon(QStringLiteral(":/icons/account.svg")), tr("&Manage Accounts…"),
                                                  this, &MainWindow::manageAccounts);
    manageAccounts->setObjectName(QStringLiteral("manageAccounts"));
    manageAccounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    manageAccounts->setToolTip(tr("Reset passwords, lock, unlock and change the accounts on the selected host"));
    m_inventoryPanel->addContextAction(manageAccounts);
    QAction *audit = accounts->addAction(QIcon(QStringLiteral(":/icons/audit.svg")), tr("Audit &Log…"), this,
                                         &MainWindow::showAuditLog);
    audit->setObjectName(QStringLiteral("auditLog"));
    audit->setToolTip(tr("Every account action done from this workspace, with its outcome"));

    createTicketMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *toggleInventory = m_inventoryDock->toggleViewAction();
    toggleInventory->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(toggleInventory);
    QAction *toggleTickets = m_ticketDock->toggleViewAction();
    toggleTickets->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(toggleTickets);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Werkbank"), this, [this] {
        QMessageBox::about(this, tr("About Werkbank"),
                           tr("<h3>Werkbank %1</h3><p>Inventory, SSH sessions, account actions and tickets "
                              "in one window, for system administrators and helpdesk staff.</p>"
                              "<p>Workspace: %2</p>")
                               .arg(QApplication::applicationVersion(), m_services.workspacePath.toHtmlEscaped()));
    });
}

void MainWindow::updateInventorySize()
{
    m_sessions->setInventorySize(m_services.inventory->hostCount(), m_services.inventory->groupCount());
}

void MainWindow::importHosts()
{
    ImportDialog dialog(m_services.inventoryEditor, m_inventoryPanel->currentGroup(), this);
    const bool imported = dialog.exec() == QDialog::Accepted;
    // The whole import is one undo step.
    if (imported && !dialog.changes().isEmpty())
        m_history->push(new ImportCommand(m_services.inventoryEditor, dialog.changes(), dialog.fileName()));
    if (!dialog.summary().isEmpty())
        statusBar()->showMessage(dialog.summary(), 10000);
}

void MainWindow::exportHosts()
{
    QString selectedFilter;
    const QString csvFilter = tr("CSV file (*.csv)");
    const QString ansibleFilter = tr("Ansible INI inventory (*.ini)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Hosts"), QDir::home().filePath(QStringLiteral("hosts.csv")),
                                                      csvFilter + QStringLiteral(";;") + ansibleFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    const ExportFormat format = selectedFilter == ansibleFilter || path.endsWith(QLatin1String(".ini")) ? ExportFormat::Ansible
                                                                                                         : ExportFormat::Csv;
    // Written on the workspace thread, from the inventory as every edit asked for so far left it.
    auto exported = std::make_shared<int>(0);
    statusBar()->showMessage(tr("Exporting to %1…").arg(path));
    m_services.inventoryEditor->inspect(this, [format, path, exported](const Inventory &inventory, QString *error) {
        *exported = inventory.hostCount();
        return Exporters::exportFile(inventory, format, path, 0, error);
    }, [this, path, exported](bool ok, const QString &error) {
        if (!ok) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Export failed"), error);
            return;
        }
        statusBar()->showMessage(tr("Exported %Ln host(s) to %1.", nullptr, *exported).arg(path), 10000);
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_inventoryPanel->restoreState(settings.value(QStringLiteral("inventory")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("inventory"), m_inventoryPanel->saveState());
}

void MainWindow::openSession(HostId id)
{
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_services.inventory, id, &target, &error)) {
        QMessageBox::warning(this, tr("Open session"), error);
        return;
    }
    // Opened once the connection settings are read (at once, but for the first moments after start).
    m_services.connectionSettings->whenSettled(this, [this, id, target] { openSessionTab(id, target); });
}

void MainWindow::openSessionTab(HostId id, SshTarget target)
{
    m_services.connectionSettings->current().applyTo(&target.options);
    m_sessions->openSession(id, target);
}

QList<HostId> MainWindow::runSelection()
{
    const QList<HostId> ids = m_inventoryPanel->selectedHostIdsWithGroups();
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Select the hosts or groups to run a command on."), 8000);
    return ids;
}

void MainWindow::runCommand()
{
    const QList<HostId> ids = runSelection();
    if (ids.isEmpty())
        return;
    RunCommandDialog dialog(m_services.snippets, int(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        startRun(dialog.spec());
}

void MainWindow::runSnippet(const Snippet &snippet)
{
    startRun(RunPreferences::load().specFor(snippet.body));
}

void MainWindow::manageSnippets()
{
    // Without a selection the library still opens, only without "Run on…".
    const QList<HostId> ids = m_inventoryPanel->selectedHostIdsWithGroups();
    SnippetLibraryDialog dialog(m_services.snippets, int(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted && dialog.snippetToRun())
        runSnippet(*dialog.snippetToRun());
}

void MainWindow::startRun(const RunSpec &spec)
{
    const QList<HostId> ids = runSelection();
    if (ids.isEmpty())
        return;
    // Resolved once the connection settings are read: the same resolver as werkbank-cli run.
    ConnectionSettings *connection = m_services.connectionSettings;
    connection->whenSettled(this, [this, connection, ids, spec] {
        TargetResolver resolver(*m_services.inventory, connection->current());
        for (HostId id : ids) {
            QString error;
            if (!resolver.addInventoryHost(id, &error)) {
                QMessageBox::warning(this, tr("Run Command"), error);
                return;
            }
        }
        m_sessions->openRun(resolver.targets(), spec);
    });
}

void MainWindow::editConnectionSettings()
{
    ConnectionSettingsDialog dialog(m_services.connectionSettings->current(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_services.connectionSettings->save(this, dialog.settings(), [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Connection Settings"), error);
    });
}

void MainWindow::forgetSavedPasswords()
{
    const QList<HostId> ids = m_inventoryPanel->selectedHostIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the hosts whose saved passwords should be forgotten."), 8000);
        return;
    }
    // The hosts' own passwords, their jump hosts' and their key passphrases.
    QStringList keys;
    QStringList problems;
    for (HostId id : ids) {
        SshTarget target;
        QString error;
        if (InventoryTargets::forHost(*m_services.inventory, id, &target, &error)) {
            keys << target.keychainKeys();
        } else if (const Host *host = m_services.inventory->host(id)) {
            keys << keychainKeyFor(InventoryTargets::endpointFor(*host)); // its own, at least
            problems << error;
        }
    }
    keys.removeDuplicates();
    if (keys.isEmpty())
        return;
    struct Progress { int pending = 0; QStringList failed; };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(keys.size());
    progress->failed = problems;
    for (const QString &key : std::as_const(keys)) {
        m_services.credentials->remove(key, this, [this, progress, key, hosts = int(ids.size())](bool ok, const QString &error) {
            if (!ok)
                progress->failed << tr("%1: %2").arg(key, error);
            if (--progress->pending > 0)
                return;
            if (progress->failed.isEmpty()) {
                statusBar()->showMessage(tr("Forgot the saved passwords and passphrases of %Ln host(s).", nullptr, hosts), 8000);
                return;
            }
            QMessageBox::warning(this, tr("Forget Saved Passwords"),
                                 tr("Some saved secrets could not be removed from the keychain:\n\n%1")
                                     .arg(progress->failed.join(QLatin1Char('\n'))));
        });
    }
}

void MainWindow::manageAccounts()
{
    const QList<HostId> ids = m_inventoryPanel->selectedHostIds();
    if (ids.size() != 1) {
        statusBar()->showMessage(tr("Select one host to manage its accounts."), 8000);
        return;
    }
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_services.inventory, ids.first(), &target, &error)) {
        QMessageBox::warning(this, tr("Manage Accounts"), error);
        return;
    }
    const HostId host = ids.first();
    ConnectionSettings *connection = m_services.connectionSettings;
    connection->whenSettled(this, [this, connection, host, target]() mutable {
        connection->current().applyTo(&target.options);
        AccountsView *view = m_sessions->openAccounts(host, target,
                                                      m_services.accountBackends, m_services.accountTrail);
        view->setTargetPath(m_services.inventory->hostPath(host));
    });
}

void MainWindow::showAuditLog()
{
    AuditLogDialog dialog(m_services.audit, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && !m_sessions->confirmCloseAll()) {
        event->ignore();
        return;
    }
    m_closeConfirmed = true;
    // An action whose outcome is not yet recorded, or a secret on its way to
    // the keychain, would be lost with the event loop: wait for them.
    PendingWork *pending = m_services.pendingWork;
    if (pending && !pending->isEmpty() && !m_quitAnyway) {
        event->ignore();
        if (!m_waiting) {
            m_waiting = new QuitWaitDialog(pending, this);
            m_waiting->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_waiting, &QDialog::finished, this, [this](int result) {
                if (result == QDialog::Rejected) { // Esc: not quitting after all
                    m_closeConfirmed = false;
                    return;
                }
                m_quitAnyway = result == QuitWaitDialog::QuitAnyway;
                QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
            });
            m_waiting->show();
        }
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace wb
