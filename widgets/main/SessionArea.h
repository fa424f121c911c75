#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QStackedWidget>

class QAction;
class QTabWidget;

namespace wb {

class AccountBackendFactory;
class AccountsView;
class ActionTrail;
class ActiveTicket;
class EmptyState;
class PendingWork;
struct SshTarget;
class RunView;
class SessionTab;
class SshPool;
struct SshTarget;
class TicketEditor;

// The central area: session tabs, or a guide to getting started while none
// are open. A tab is a SessionTab (several may show the same host), a
// RunView or a host's AccountsView.
class SessionArea : public QStackedWidget
{
    Q_OBJECT
public:
    // Sessions and runs reuse the pool's connections (null: no reuse); account
    // actions and keychain writes register with `pending`, so quitting waits
    // for them. Both must outlive the area.
    // Account actions are done for `activeTicket`. All three must outlive the area.
    SessionArea(SshPool *pool, PendingWork *pending, ActiveTicket *activeTicket, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    void setInventorySize(int hosts, int groups);
    void addStartAction(QAction *action);

    SessionTab *openSession(HostId hostId, const SshTarget &target);
    // Shows a run as a tab and starts it.
    void openRun(RunView *run);
    // Shows a host's accounts as a tab and lists them; the host's tab when
    // one is open already. Its backend comes from `backends`; actions are
    // audited through `trail`. Both must outlive the area.
    AccountsView *openAccounts(HostId hostId, const SshTarget &target, const AccountBackendFactory *backends, ActionTrail *trail);
    AccountsView *accountsAt(int index) const;
    // Shows a ticket editor as a tab (the area takes it); the ticket's own tab
    // when one is open already, and then `editor` is deleted.
    TicketEditor *openTicket(TicketEditor *editor);
    TicketEditor *ticketAt(int index) const;
    SessionTab *currentSession() const;
    SessionTab *sessionAt(int index) const;
    int liveSessionCount() const;
    // Asks before closing a live session; true when the tab was closed.
    bool closeTab(int index);
    // Asks once for all live sessions and unsaved tickets (the window is
    // closing); true to go on. When tickets are to be saved first it says
    // false, and closeAgainRequested() once they all are stored.
    bool confirmCloseAll();

    QAction *reconnectAction() const { return m_reconnect; }
    QAction *closeTabAction() const { return m_closeTab; }

Q_SIGNALS:
    void closeAgainRequested();
    // A run's tab was opened and the run is about to start (the first one, or "Run again on failed").
    void runOpened(wb::RunView *run);

private:
    void updatePage();
    void updateTab(SessionTab *tab);
    void removeTab(int index);

    QTabWidget *m_tabs;
    EmptyState *m_empty;
    QAction *m_reconnect;
    QAction *m_closeTab;
    SshPool *m_pool;
    PendingWork *m_pending;
    ActiveTicket *m_activeTicket;
};

} // namespace wb
