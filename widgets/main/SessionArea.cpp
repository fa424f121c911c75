#include "widgets/main/SessionArea.h"

#include "core/worklog/SshWorkFactory.h"

#include "widgets/accounts/AccountsView.h"
#include "widgets/common/EmptyState.h"
#include "widgets/run/RunView.h"
#include "widgets/session/SessionTab.h"
#include "widgets/tickets/TicketEditor.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

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
                     + tr("Double-click a host, or select it and press <b>Enter</b>, to open an SSH session "
                          "here.<br><b>Ctrl+F</b> filters the inventory, <b>Ctrl+N</b> adds a host, "
                          "<b>Ctrl+I</b> imports."));
}

void SessionArea::addStartAction(QAction *action)
{
    m_empty->addAction(action);
}

SessionTab *SessionArea::openSession(HostId hostId, const SshTarget &target)
{
    auto *tab = new SessionTab(hostId, target, m_work, m_tabs);
    connect(tab, &SessionTab::appearanceChanged, this, [this, tab] { updateTab(tab); });
    const int index = m_tabs->addTab(tab, tab->stateIcon(), tab->title());
    m_tabs->setCurrentIndex(index);
    updatePage();
    tab->connectToHost();
    tab->setFocus();
    return tab;
}

RunView *SessionArea::openRun(const QList<SshTarget> &targets, const RunSpec &spec)
{
    auto *run = new RunView(m_work->newRun(targets, spec, nullptr));
    connect(run, &RunView::appearanceChanged, this, [this, run] {
        const int index = m_tabs->indexOf(run);
        if (index < 0)
            return;
        m_tabs->setTabText(index, run->title());
        const CommandRunner::Counts counts = run->runner()->counts();
        m_tabs->setTabIcon(index, QIcon(run->isRunning() ? QStringLiteral(":/icons/state-connecting.svg")
                                        : counts.failed > 0 ? QStringLiteral(":/icons/error.svg")
                                                            : QStringLiteral(":/icons/state-connected.svg")));
    });
    connect(run, &RunView::rerunRequested, this, [this](const QList<SshTarget> &targets, const RunSpec &spec) {
        openRun(targets, spec);
    });
    connect(run, &RunView::exported, this, [this](bool ok, const QString &message) {
        if (!ok)
            QMessageBox::warning(this, tr("Export results"), message);
    });
    const int index = m_tabs->addTab(run, run->title());
    m_tabs->setCurrentIndex(index);
    updatePage();
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
    connect(view, &AccountsView::appearanceChanged, this, [this, view] {
        const int index = m_tabs->indexOf(view);
        if (index < 0)
            return;
        m_tabs->setTabIcon(index, QIcon(view->isBusy() ? QStringLiteral(":/icons/state-connecting.svg")
                                        : view->hasError() ? QStringLiteral(":/icons/error.svg")
                                                           : QStringLiteral(":/icons/account.svg")));
        m_tabs->setTabToolTip(index, view->hasError() ? view->errorLine()->text() : view->statusLine()->text());
    });
    const int index = m_tabs->addTab(view, QIcon(QStringLiteral(":/icons/account.svg")), view->title());
    m_tabs->setCurrentIndex(index);
    updatePage();
    view->refresh();
    view->table()->setFocus();
    return view;
}

AccountsView *SessionArea::accountsAt(int index) const
{
    return qobject_cast<AccountsView *>(m_tabs->widget(index));
}

TicketEditor *SessionArea::openTicket(TicketEditor *editor)
{
    for (int i = 0; i < m_tabs->count() && editor->ticketId() != 0; ++i) {
        if (TicketEditor *open = ticketAt(i); open && open->ticketId() == editor->ticketId()) {
            delete editor;
            m_tabs->setCurrentIndex(i);
            return open;
        }
    }
    editor->setParent(m_tabs);
    connect(editor, &TicketEditor::tabTitleChanged, this, [this, editor](const QString &title) {
        if (const int index = m_tabs->indexOf(editor); index >= 0)
            m_tabs->setTabText(index, title);
    });
    const int index = m_tabs->addTab(editor, QIcon(QStringLiteral(":/icons/ticket.svg")), editor->tabTitle());
    m_tabs->setCurrentIndex(index);
    updatePage();
    return editor;
}

TicketEditor *SessionArea::ticketAt(int index) const
{
    return qobject_cast<TicketEditor *>(m_tabs->widget(index));
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
        if (SessionTab *tab = sessionAt(i); tab && tab->isLive())
            ++live;
        if (auto *run = qobject_cast<RunView *>(m_tabs->widget(i)); run && run->isRunning())
            ++live;
    }
    return live;
}

void SessionArea::updateTab(SessionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    QString text = tab->title();
    if (tab->state() == SessionTab::State::Closed || tab->state() == SessionTab::State::Failed)
        text = tr("%1 (closed)").arg(text);
    m_tabs->setTabText(index, text);
    m_tabs->setTabIcon(index, tab->stateIcon());
    m_tabs->setTabToolTip(index, tab->hasUnseenBell() ? tr("%1 — the bell rang").arg(tab->statusText()) : tab->statusText());
    m_tabs->tabBar()->setTabTextColor(index, tab->hasUnseenBell() ? QColor(0xc6, 0x28, 0x28) : QColor());
}

bool SessionArea::closeTab(int index)
{
    if (auto *run = qobject_cast<RunView *>(m_tabs->widget(index))) {
        if (run->isRunning()
            && QMessageBox::question(this, tr("Close run"), tr("The run is still going. Cancel it and close?"),
                                     QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Close)
            return false;
        removeTab(index);
        return true;
    }
    if (accountsAt(index)) {
        removeTab(index); // an action still running finishes and is audited without the tab
        return true;
    }
    if (TicketEditor *editor = ticketAt(index)) {
        if (editor->isModified()) {
            const auto answer = QMessageBox::question(this, tr("Close ticket"),
                                                      tr("“%1” has changes that are not saved.").arg(editor->tabTitle()),
                                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                      QMessageBox::Save);
            if (answer == QMessageBox::Cancel)
                return false;
            if (answer == QMessageBox::Save) {
                // Closed once it is stored; a refusal shows in the editor, which stays.
                editor->save([this, editor = QPointer<TicketEditor>(editor)](bool stored) {
                    if (!stored)
                        return;
                    // Not inside the editor's own answer: the tab deletes it.
                    QMetaObject::invokeMethod(this, [this, editor] {
                        if (editor && m_tabs->indexOf(editor) >= 0)
                            removeTab(m_tabs->indexOf(editor));
                    }, Qt::QueuedConnection);
                });
                return false;
            }
        }
        removeTab(index);
        return true;
    }
    SessionTab *tab = sessionAt(index);
    if (!tab)
        return false;
    if (tab->isLive()) {
        const auto answer = QMessageBox::question(
            this, tr("Close session"),
            tr("The session to %1 is still open. Close it?").arg(tab->target().endpoint.name),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return false;
    }
    removeTab(index);
    return true;
}

bool SessionArea::confirmCloseAll()
{
    QList<TicketEditor *> unsaved;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (TicketEditor *editor = ticketAt(i); editor && editor->isModified())
            unsaved << editor;
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
            for (TicketEditor *editor : std::as_const(unsaved)) {
                editor->save([this, editor = QPointer<TicketEditor>(editor), pending, failed](bool stored) {
                    if (!stored && !*failed && editor) {
                        *failed = true;
                        m_tabs->setCurrentWidget(editor);
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
    delete page; // closes the connection and joins its thread
    updatePage();
}

void SessionArea::updatePage()
{
    setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_empty);
}

} // namespace wb
