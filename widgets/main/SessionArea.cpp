#include "widgets/main/SessionArea.h"

#include "core/files/SftpSession.h"
#include "core/tunnels/TunnelSession.h"
#include "core/worklog/SshWorkFactory.h"
#include "widgets/accounts/AccountsView.h"
#include "widgets/accounts/DirectoryAccountsView.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/WorkTab.h"
#include "widgets/files/FileBrowser.h"
#include "widgets/run/RunView.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalView.h"
#include "widgets/tickets/TicketEditor.h"
#include "widgets/tunnels/TunnelsView.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace wb {

SessionArea::SessionArea(SshWorkFactory *work, PendingWork *pending, ActiveTicket *activeTicket, QWidget *parent)
    : QStackedWidget(parent), m_work(work), m_pending(pending), m_activeTicket(activeTicket)
{
    setObjectName(QStringLiteral("sessionArea"));
    m_empty = new EmptyState(QStringLiteral(":/icons/terminal.svg"), tr("No open sessions"), QString(), this);
    m_empty->setObjectName(QStringLiteral("sessionsEmptyState"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    addWidget(m_empty);
    addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SessionArea::updatePage);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &SessionArea::closeTab);

    m_reconnect = new QAction(tr("&Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectSession"));
    m_reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reconnect->setShortcutContext(Qt::WindowShortcut);
    connect(m_reconnect, &QAction::triggered, this, [this] {
        if (SessionTab *tab = currentSession())
            tab->reconnect();
    });
    m_closeTab = new QAction(tr("&Close Session"), this);
    m_closeTab->setObjectName(QStringLiteral("closeSession"));
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_closeTab, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    m_files = new QToolButton(m_tabs);
    m_files->setObjectName(QStringLiteral("sessionTabFiles"));
    m_files->setIcon(QIcon(QStringLiteral(":/icons/group.svg")));
    m_files->setText(tr("Files"));
    m_files->setToolTip(tr("This session's host in a Files tab (SFTP)"));
    m_files->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_files->setAutoRaise(true);
    m_tabs->setCornerWidget(m_files, Qt::TopRightCorner);
    connect(m_files, &QToolButton::clicked, this, [this] {
        if (SessionTab *tab = currentSession())
            openFiles(tab->target().endpoint.name, tab->target());
    });
    setInventorySize(0, 0);
    updatePage();
}

void SessionArea::setInventorySize(int hosts, int groups)
{
    const QString size = hosts == 0
                             ? tr("Your inventory is empty. Add hosts one by one or import them from an "
                                  "OpenSSH config, a CSV file or an Ansible inventory.")
                             : tr("Your inventory holds %Ln host(s)", nullptr, hosts)
                                   + tr(" in %Ln group(s).", nullptr, groups);
    m_empty->setText(size + QStringLiteral("<br><br>")
                     + tr("Double-click a host, or select it and press <b>Enter</b>,<br>to open an SSH session "
                          "here.<br><b>Ctrl+F</b> filters the inventory, <b>Ctrl+N</b> adds a host, "
                          "<b>Ctrl+I</b> imports."));
}

void SessionArea::addStartAction(QAction *action)
{
    m_empty->addAction(action);
}

void SessionArea::setImportOffers(const QList<QAction *> &offers)
{
    m_empty->setOffers(tr("Found on this computer:"), offers);
}

SessionTab *SessionArea::openSession(HostId hostId, const SshTarget &target, const SshConnectOptions &log)
{
    auto *tab = new SessionTab(hostId, target, m_work, m_tabs);
    tab->setSessionLog(log);
    tab->setTeamHostKeyTrust(m_teamTrust);
    tab->view()->applySettings(m_terminalSettings);
    // A path Ctrl+clicked in the terminal: this host's Files tab at that path (the same tab each time).
    connect(tab->view(), &TerminalView::openPathRequested, this, [this, tab](const QString &path) {
        if (auto *browser = qobject_cast<FileBrowser *>(tab->pathFilesTab()); browser && m_tabs->indexOf(browser) >= 0) {
            m_tabs->setCurrentWidget(browser);
            browser->showPath(path.toUtf8());
        } else {
            tab->setPathFilesTab(openFiles(tab->target().endpoint.name, tab->target(), path));
        }
    });
    addWorkTab(tab);
    tab->connectToHost();
    tab->setFocus();
    return tab;
}

RunView *SessionArea::openRun(const QList<SshTarget> &targets, const RunSpec &spec)
{
    auto *run = new RunView(m_work->newRun(targets, spec, nullptr));
    connect(run, &RunView::rerunRequested, this, [this](const QList<SshTarget> &targets, const RunSpec &spec) {
        openRun(targets, spec);
    });
    connect(run, &RunView::exported, this, [this](bool ok, const QString &message) {
        if (!ok)
            QMessageBox::warning(this, tr("Export results"), message);
    });
    addWorkTab(run);
    run->start();
    return run;
}

AccountsView *SessionArea::openAccounts(HostId hostId, const SshTarget &target, const AccountBackendFactory *backends,
                                        ActionTrail *trail)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (AccountsView *open = accountsAt(i); open && open->hostId() == hostId) {
            m_tabs->setCurrentIndex(i);
            return open;
        }
    }
    auto *view = new AccountsView(hostId, target, backends, trail, m_activeTicket, m_tabs);
    view->setPendingWork(m_pending);
    addWorkTab(view);
    view->refresh();
    view->setFocus(); // its table
    return view;
}

DirectoryAccountsView *SessionArea::openDirectoryAccounts(const Directory &directory, ActionTrail *trail,
                                                         CredentialStore *credentials)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<DirectoryAccountsView *>(m_tabs->widget(i));
        if (open && open->directoryId() == directory.id) {
            m_tabs->setCurrentIndex(i);
            return open;
        }
    }
    auto *view = new DirectoryAccountsView(directory, trail, m_activeTicket, credentials, m_tabs);
    view->setPendingWork(m_pending);
    addWorkTab(view);
    view->focusSearch();
    return view;
}

AccountsView *SessionArea::accountsAt(int index) const
{
    return qobject_cast<AccountsView *>(m_tabs->widget(index));
}

TicketEditor *SessionArea::openTicket(TicketEditor *editor)
{
    const qint64 id = editor->ticketId();
    return static_cast<TicketEditor *>(openUnique(editor, [id](const QWidget *open) {
        const auto *other = qobject_cast<const TicketEditor *>(open);
        return id != 0 && other && other->ticketId() == id;
    }));
}

WorkTab *SessionArea::openUnique(WorkTab *tab, const std::function<bool(const QWidget *open)> &isSame)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *open = qobject_cast<WorkTab *>(m_tabs->widget(i)); open && isSame(open)) {
            delete tab;
            m_tabs->setCurrentIndex(i);
            return open;
        }
    }
    openNew(tab);
    return tab;
}

FileBrowser *SessionArea::openFiles(const QString &hostName, const SshTarget &target, const QString &path)
{
    auto *browser = new FileBrowser(hostName, [this, target](QObject *owner) {
        return m_work->newSessionConnection(target, SftpSession::optionsFor(target.options), owner);
    });
    // Edit as Root: saves are logged to the active ticket, reads are not.
    browser->setRootRuns(
        [this, target](const RunSpec &spec, bool logged, QObject *owner) {
            return logged ? m_work->newRun({target}, spec, owner) : m_work->newUnloggedRun({target}, spec, owner);
        },
        target.options.useKeychain ? keychainKeyFor(target.endpoint) : QString(),
        target.endpoint.user.isEmpty() ? tr("the login") : target.endpoint.user);
    if (!path.isEmpty())
        browser->showPath(path.toUtf8());
    openNew(browser);
    return browser;
}

TunnelsView *SessionArea::openTunnels(HostId hostId, const QString &hostName, const SshTarget &target, const QList<PortForward> &forwards,
                                      QWidget *companion)
{
    TunnelsView *view = nullptr;
    for (int i = 0; i < m_tabs->count() && !view; ++i) {
        auto *open = qobject_cast<TunnelsView *>(m_tabs->widget(i));
        if (open && open->hostId() == hostId)
            view = open;
    }
    QStringList texts;
    for (const PortForward &forward : forwards)
        texts << forward.text();
    const TunnelsView::ConnectionMaker makeConnection = [this, target, texts](QObject *owner) {
        return m_work->newTunnelConnection(target, TunnelSession::optionsFor(target.options), texts, owner);
    };
    if (!view) {
        view = new TunnelsView(hostId, hostName, forwards, makeConnection, m_tabs);
        addWorkTab(view, companion == nullptr);
    } else {
        view->setForwards(forwards, makeConnection); // as the host says now, unless they run
        if (!companion)
            m_tabs->setCurrentWidget(view);
    }
    if (companion)
        view->addCompanion(companion);
    else
        view->adopt();
    view->start();
    return view;
}

void SessionArea::openNew(WorkTab *tab)
{
    tab->setParent(m_tabs);
    addWorkTab(tab);
}

TicketEditor *SessionArea::ticketAt(int index) const
{
    return qobject_cast<TicketEditor *>(m_tabs->widget(index));
}

void SessionArea::setTerminalSettings(const TerminalSettings &settings)
{
    m_terminalSettings = settings;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (SessionTab *tab = sessionAt(i))
            tab->view()->applySettings(settings);
    }
}

SessionTab *SessionArea::sessionAt(int index) const
{
    return qobject_cast<SessionTab *>(m_tabs->widget(index));
}

SessionTab *SessionArea::currentSession() const
{
    return sessionAt(m_tabs->currentIndex());
}

int SessionArea::liveSessionCount() const
{
    int live = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (WorkTab *tab = workTabAt(i); tab && tab->isWorking())
            ++live;
    }
    return live;
}

WorkTab *SessionArea::workTabAt(int index) const
{
    return qobject_cast<WorkTab *>(m_tabs->widget(index));
}

void SessionArea::addWorkTab(WorkTab *tab, bool makeCurrent)
{
    connect(tab, &WorkTab::appearanceChanged, this, [this, tab] { updateTab(tab); });
    // Not inside the tab's own call: removing the tab deletes it.
    connect(tab, &WorkTab::closeReady, this, [this, tab = QPointer<WorkTab>(tab)] {
        if (!tab)
            return; // closed meanwhile
        if (const int index = m_tabs->indexOf(tab); index >= 0)
            removeTab(index);
    }, Qt::QueuedConnection);
    const int index = m_tabs->addTab(tab, tab->tabIcon(), tab->tabTitle());
    updateTab(tab);
    if (makeCurrent)
        m_tabs->setCurrentIndex(index);
    updatePage();
}

void SessionArea::updateTab(WorkTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    // Only what changed: each change lays out and repaints the tab bar, and
    // busy tabs (a run reporting in) ask many times a second.
    if (const QString title = tab->tabTitle(); m_tabs->tabText(index) != title)
        m_tabs->setTabText(index, title);
    if (const QIcon icon = tab->tabIcon(); m_tabs->tabIcon(index).cacheKey() != icon.cacheKey())
        m_tabs->setTabIcon(index, icon);
    if (const QString tip = tab->tabToolTip(); m_tabs->tabToolTip(index) != tip)
        m_tabs->setTabToolTip(index, tip);
    const QColor color = tab->wantsAttention() ? QColor(0xc6, 0x28, 0x28) : QColor();
    if (m_tabs->tabBar()->tabTextColor(index) != color)
        m_tabs->tabBar()->setTabTextColor(index, color);
}

bool SessionArea::closeTab(int index)
{
    WorkTab *tab = workTabAt(index);
    if (!tab)
        return false;
    // An account action still running finishes and is audited without its tab.
    if (tab->confirmClose() != WorkTab::Closing::Now)
        return false;
    removeTab(index);
    return true;
}

bool SessionArea::confirmCloseAll()
{
    QList<WorkTab *> unsaved;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (WorkTab *tab = workTabAt(i); tab && tab->hasUnsavedWork())
            unsaved << tab;
    }
    if (!unsaved.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Werkbank"), tr("%Ln ticket(s) have changes that are not saved.", nullptr, int(unsaved.size())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            // Quitting is asked again once every ticket is stored; a refused one
            // is shown with its message, and nothing typed is lost.
            auto pending = std::make_shared<int>(int(unsaved.size()));
            auto failed = std::make_shared<bool>(false);
            for (WorkTab *tab : std::as_const(unsaved)) {
                tab->saveWork([this, tab = QPointer<WorkTab>(tab), pending, failed](bool stored) {
                    if (!stored && !*failed && tab) {
                        *failed = true;
                        m_tabs->setCurrentWidget(tab);
                    }
                    if (--*pending == 0 && !*failed)
                        Q_EMIT closeAgainRequested();
                });
            }
            return false;
        }
    }
    const int live = liveSessionCount();
    if (live == 0)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Quit Werkbank"), tr("%Ln session(s) still open. Close them and quit?", nullptr, live),
        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Close;
}

void SessionArea::removeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete page; // a session's connection closes; its thread ends on its own
    updatePage();
}

void SessionArea::updatePage()
{
    setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_empty);
    m_files->setVisible(currentSession() != nullptr);
}

} // namespace wb
