#include "widgets/main/MainWindow.h"

#include "core/targets/ConnectionSettings.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/jobs/PendingWork.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/storage/WorkspaceThread.h"
#include "widgets/accounts/AccountController.h"
#include "widgets/common/ErrorBar.h"
#include "widgets/common/RoleRefusal.h"
#include "widgets/inventory/ImportOffers.h"
#include "widgets/inventory/InventoryController.h"
#include "widgets/inventory/InventoryHistory.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/HelpDialogs.h"
#include "widgets/main/QuitWaitDialog.h"
#include "widgets/preferences/PreferencesController.h"
#include "widgets/main/SessionArea.h"
#include "widgets/main/WorkspaceDialogs.h"
#include "widgets/run/RunController.h"
#include "widgets/run/SnippetMenu.h"
#include "widgets/fleet/FleetController.h"
#include "widgets/desktop/DesktopController.h"
#include "widgets/fleet/WakeController.h"
#include "widgets/fleet/LogController.h"
#include "widgets/session/SessionController.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/TicketPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wb {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent), m_services(services)
{
    const QString &workspacePath = m_services.workspacePath;
    setObjectName(QStringLiteral("mainWindow"));
    const WorkspaceLocation location = WorkspaceLocation::parse(workspacePath);
    setWindowTitle(location.isTeam() ? tr("Werkbank — %1 (team)").arg(location.databaseName())
                                     : tr("Werkbank — %1").arg(QFileInfo(workspacePath).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/werkbank.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_history = new InventoryHistory(m_services.inventoryEditor, this);
    m_inventoryPanel = new InventoryPanel(m_services.inventory, m_services.inventoryEditor, m_history, this);
    m_inventoryPanel->setCredentials(m_services.credentials);
    m_inventoryDock = new QDockWidget(tr("Inventory"), this);
    m_inventoryDock->setObjectName(QStringLiteral("inventoryDock"));
    m_inventoryDock->setWidget(m_inventoryPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_inventoryDock);

    m_sessions = new SessionArea(m_services.sshWork, m_services.pendingWork, m_services.activeTicket, this);
    // Above the sessions: a team workspace whose server cannot be reached.
    auto *central = new QWidget(this);
    m_unreachable = new ErrorBar(QStringLiteral("workspaceUnreachable"), central);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_unreachable);
    column->addWidget(m_sessions, 1);
    setCentralWidget(central);
    if (m_services.workspace) {
        connect(m_services.workspace, &WorkspaceThread::reachabilityChanged, this, [this](bool reachable, const QString &reason) {
            if (reachable) {
                m_unreachable->clear();
                showStatus(tr("The team workspace can be reached again."), 8000);
                if (m_ticketWork)
                    m_ticketWork->workspaceReachableAgain();
            } else {
                m_unreachable->showError(tr("Team workspace unreachable — retrying. What you see is what was loaded; "
                                            "what you type is kept, and a ticket saves once the workspace is back."));
                if (auto *text = m_unreachable->findChild<QLabel *>(QStringLiteral("workspaceUnreachable")))
                    text->setToolTip(reason); // the server's own words, for whoever asks
            }
        });
    }

    m_tickets = new TicketPanel(m_services.ticketPager, m_services.activeTicket, this);
    m_ticketDock = new QDockWidget(tr("Tickets"), this);
    m_ticketDock->setObjectName(QStringLiteral("ticketDock"));
    m_ticketDock->setWidget(m_tickets);
    addDockWidget(Qt::RightDockWidgetArea, m_ticketDock);

    if (m_services.workspace) {
        // Other workbenches' saves (a team workspace): gathered for a moment,
        // then read again, so a burst of them is one reload.
        m_inventoryRefresh.setSingleShot(true);
        m_inventoryRefresh.setInterval(150);
        connect(&m_inventoryRefresh, &QTimer::timeout, this, [this] {
            m_services.inventoryEditor->load(this, [this](bool ok, const QString &error) {
                if (!ok)
                    showStatus(tr("The inventory could not be read again: %1").arg(error), 8000);
            });
        });
        m_ticketRefresh.setSingleShot(true);
        m_ticketRefresh.setInterval(150);
        connect(&m_ticketRefresh, &QTimer::timeout, m_tickets, &TicketPanel::reload);
        connect(m_services.workspace, &WorkspaceThread::changedElsewhere, this, [this](const QString &table, const QList<qint64> &ids) {
            if (table == QLatin1String("hosts") || table == QLatin1String("groups")) {
                m_inventoryRefresh.start();
            } else if (table == QLatin1String("tickets") || table == QLatin1String("ticket_worklog")) {
                m_ticketRefresh.start();
                if (table == QLatin1String("ticket_worklog") && m_ticketWork)
                    m_ticketWork->workLogChangedElsewhere(ids);
            }
        });
    }

    connect(m_sessions, &SessionArea::closeAgainRequested, this, &QWidget::close, Qt::QueuedConnection);
    const auto showBriefly = [this](const QString &message) { showStatus(message, 8000); };
    connect(m_inventoryPanel, &InventoryPanel::statusMessage, this, showBriefly);
    connect(m_history, &InventoryHistory::refused, this, showBriefly);
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
}

MainWindow::~MainWindow() = default;

void MainWindow::setFeatures(const Features &features)
{
    Q_ASSERT(!m_inventoryFiles); // once
    m_inventoryFiles = features.inventoryFiles;
    m_preferences = features.preferences;
    m_sessionWork = features.sessions;
    m_runs = features.runs;
    m_accounts = features.accounts;
    m_ticketWork = features.tickets;
    m_fleet = features.fleet;
    m_logs = features.logs;
    m_wake = features.wake;
    m_desktops = features.desktops;
    connect(m_inventoryFiles, &InventoryController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sessionWork, &SessionController::statusMessage, this, &MainWindow::showStatus);
    connect(m_runs, &RunController::statusMessage, this, &MainWindow::showStatus);
    connect(m_accounts, &AccountController::statusMessage, this, &MainWindow::showStatus);
    connect(m_ticketWork, &TicketController::statusMessage, this, &MainWindow::showStatus);
    connect(m_fleet, &FleetController::statusMessage, this, &MainWindow::showStatus);
    connect(m_logs, &LogController::statusMessage, this, &MainWindow::showStatus);
    connect(m_wake, &WakeController::statusMessage, this, &MainWindow::showStatus);
    if (m_desktops)
        connect(m_desktops, &DesktopController::statusMessage, this, &MainWindow::showStatus);
    if (m_preferences)
        connect(m_preferences, &PreferencesController::statusMessage, this, &MainWindow::showStatus);
    statusBar()->addPermanentWidget(m_fleet->progressBar());
    statusBar()->addPermanentWidget(m_fleet->factsProgressBar());

    createMenus();
    m_inventoryFiles->importOffers()->setPaths(m_services.importSources);
    connect(m_inventoryFiles->importOffers(), &ImportOffers::offersChanged, m_sessions, &SessionArea::setImportOffers);
    m_sessions->addStartAction(m_inventoryPanel->addHostAction());
    m_sessions->addStartAction(m_inventoryFiles->importAction());
    connect(m_inventoryPanel, &InventoryPanel::hostActivated, m_sessionWork, &SessionController::openSession);
}

const QUndoStack *MainWindow::undoStack() const
{
    return m_history->stack();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *openTeam = file->addAction(tr("Open &Team Workspace…"), this, &MainWindow::openTeamWorkspace);
    openTeam->setObjectName(QStringLiteral("openTeamWorkspace"));
    openTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    file->addAction(m_inventoryFiles->importAction());
    file->addAction(m_inventoryFiles->exportAction());
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
    edit->addAction(m_inventoryPanel->addDirectoryAction());
    edit->addAction(m_inventoryPanel->editAction());
    edit->addAction(m_inventoryPanel->renameAction());
    edit->addAction(m_inventoryPanel->deleteAction());
    edit->addSeparator();
    edit->addAction(m_inventoryPanel->filterAction());
    if (m_preferences) {
        edit->addSeparator();
        edit->addAction(m_preferences->preferencesAction());
    }

    // Sessio&n: Alt+S belongs to Ho&sts.
    QMenu *session = menuBar()->addMenu(tr("Sessio&n"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    session->addAction(m_inventoryPanel->openSessionAction());
    session->addAction(m_sessionWork->filesAction());
    // Not in the inventory's context menu: every letter of "Tunnels" is another item's Alt key there.
    session->addAction(m_sessionWork->tunnelsAction());
    if (m_desktops)
        session->addAction(m_desktops->desktopAction());
    session->addAction(m_sessions->reconnectAction());
    session->addAction(m_sessions->closeTabAction());
    session->addSeparator();
    session->addAction(m_runs->runAction());
    session->addMenu(m_runs->snippetMenu());
    session->addSeparator();
    session->addAction(m_sessionWork->forgetPasswordsAction());
    if (m_preferences)
        session->addAction(m_preferences->connectionSettingsAction());

    // The live fleet: what the inventory knows of each host now.
    QMenu *hosts = menuBar()->addMenu(tr("Ho&sts"));
    hosts->setObjectName(QStringLiteral("hostsMenu"));
    hosts->addAction(m_fleet->checkReachabilityAction());
    hosts->addAction(m_fleet->gatherFactsAction());
    hosts->addAction(m_fleet->applyUpdatesAction());
    hosts->addAction(m_wake->wakeAction());
    hosts->addSeparator();
    hosts->addAction(m_fleet->overviewAction());
    hosts->addAction(m_fleet->detailsAction());
    hosts->addAction(m_logs->logsAction());

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->setObjectName(QStringLiteral("accountsMenu"));
    accounts->addAction(m_accounts->manageAction());
    accounts->addAction(m_accounts->auditLogAction());

    QMenu *tickets = menuBar()->addMenu(tr("&Tickets"));
    tickets->setObjectName(QStringLiteral("ticketsMenu"));
    tickets->addAction(m_tickets->newTicketAction());
    tickets->addAction(m_ticketWork->newForHostsAction());
    tickets->addAction(m_ticketWork->knowledgeBaseAction());
    tickets->addSeparator();
    tickets->addAction(m_ticketWork->settingsAction());
    tickets->addAction(m_ticketWork->stopLoggingAction());

    // The inventory's context menu offers what works on its selection.
    m_inventoryPanel->addContextAction(m_sessionWork->filesAction());
    m_inventoryPanel->addContextAction(m_runs->runAction());
    m_inventoryPanel->addContextAction(m_runs->snippetMenu()->menuAction());
    m_inventoryPanel->addContextAction(m_accounts->manageAction());
    m_inventoryPanel->addContextAction(m_ticketWork->newForHostsAction());
    m_inventoryPanel->addContextAction(m_fleet->checkReachabilityAction());
    m_inventoryPanel->addContextAction(m_fleet->gatherFactsAction());
    m_inventoryPanel->addContextAction(m_fleet->applyUpdatesAction());
    m_inventoryPanel->addContextAction(m_wake->wakeAction());
    m_inventoryPanel->addContextAction(m_logs->logsAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *toggleInventory = m_inventoryDock->toggleViewAction();
    toggleInventory->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(toggleInventory);
    QAction *toggleTickets = m_ticketDock->toggleViewAction();
    toggleTickets->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(toggleTickets);

    // The everyday actions, one click away; View hides the bar (and the window remembers).
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_inventoryPanel->openSessionAction());
    toolBar->addAction(m_runs->runAction());
    toolBar->addAction(m_accounts->manageAction());
    toolBar->addAction(m_tickets->newTicketAction());
    toolBar->addSeparator();
    toolBar->addAction(m_inventoryFiles->importAction());
    QAction *toggleToolBar = toolBar->toggleViewAction();
    toggleToolBar->setObjectName(QStringLiteral("toggleMainToolBar"));
    toggleToolBar->setText(tr("&Main Toolbar"));
    view->addSeparator();
    view->addAction(toggleToolBar);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Werkbank"), this, [this] {
        auto *dialog = new AboutDialog(m_services.workspacePath, m_services.libraryVersions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    about->setObjectName(QStringLiteral("helpAbout"));
}

void MainWindow::openTeamWorkspace()
{
    OpenTeamWorkspaceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT openWorkspaceRequested(dialog.address());
}

void MainWindow::setIdentity(const WorkspaceIdentity &identity)
{
    m_identity = identity;
    if (!m_identityLabel) {
        m_identityLabel = new QLabel(this);
        m_identityLabel->setObjectName(QStringLiteral("workspaceIdentity"));
        statusBar()->addPermanentWidget(m_identityLabel);
    }
    m_identityLabel->setVisible(identity.team);
    const QString role = TeamRoles::displayName(identity.role);
    m_identityLabel->setText(tr("%1 · %2").arg(identity.login, role));
    m_identityLabel->setMinimumWidth(m_identityLabel->sizeHint().width()); // never squeezed by a long message
    m_identityLabel->setToolTip(tr("Team workspace %1: you work as %2, with the role %3.")
                                    .arg(m_services.workspacePath, identity.login, role));

    // The database refuses these writes anyway; the window does not offer them.
    const bool mayEditInventory = identity.role == TeamRole::Owner || identity.role == TeamRole::Sysadmin;
    const QString inventoryReason =
        mayEditInventory ? QString() : tr("Your role in this team workspace (%1) may not change the inventory.").arg(role);
    m_inventoryPanel->setReadOnly(inventoryReason);
    refuseForRole(m_inventoryFiles->importAction(), inventoryReason);
    refuseForRole(m_ticketWork->settingsAction(),
                  mayEditInventory ? QString()
                                   : tr("Your role in this team workspace (%1) may not change the team's ticket settings.").arg(role));
    // Commands on hosts are a sysadmin's work: not offered to another role at all.
    m_runs->runAction()->setVisible(mayEditInventory);
    m_runs->snippetMenu()->menuAction()->setVisible(mayEditInventory);
    // Keys for the whole team are accepted by those the database lets (it refuses anyone else).
    ConnectionSettings *connection = m_services.connectionSettings;
    if (identity.team && mayEditInventory && connection) {
        m_sessions->setTeamHostKeyTrust([connection](const QObject *asker, const HostKeyQuestion &question,
                                                     std::function<void(const QString &)> answer) {
            connection->trustForTeam(asker, question.endpoint.knownHostsHost(), question.endpoint.knownHostsPort(), question.key,
                                     std::move(answer));
        });
    } else {
        m_sessions->setTeamHostKeyTrust({});
    }
}

void MainWindow::updateInventorySize()
{
    const int hosts = m_services.inventory->hostCount();
    const int groups = m_services.inventory->groupCount();
    m_sessions->setInventorySize(hosts, groups);
    // Hosts from elsewhere end the first run's offers; those of an offer leave the others.
    if (m_inventoryFiles && (hosts > 0 || groups > 0) && !m_inventoryFiles->importOffers()->isImporting())
        m_inventoryFiles->importOffers()->withdraw();
}

void MainWindow::offerImports()
{
    if (m_services.inventory->hostCount() == 0 && m_services.inventory->groupCount() == 0
        && m_inventoryFiles->importAction()->isEnabled())
        m_inventoryFiles->importOffers()->look();
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
