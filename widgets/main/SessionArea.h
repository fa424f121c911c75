#pragma once

#include "widgets/session/HostKeyDialog.h"
#include "widgets/terminal/TerminalSettings.h"

#include "core/inventory/HostServices.h"
#include "core/inventory/InventoryTypes.h"

#include <QStackedWidget>

#include <functional>

class QAction;
class QTabWidget;
class QToolButton;

namespace wb {

class AccountBackendFactory;
class AccountsView;
class CredentialStore;
class DirectoryAccountsView;
class ActionTrail;
class ActiveTicket;
class EmptyState;
class FileBrowser;
class PendingWork;
struct RunSpec;
class RunView;
class SessionTab;
class SshWorkFactory;
struct SshTarget;
class TicketEditor;
class TunnelsView;
class WorkTab;

// The central area: session tabs, or a guide to getting started while none
// are open. A tab is a SessionTab (several may show the same host), a
// RunView or a host's AccountsView.
class SessionArea : public QStackedWidget
{
    Q_OBJECT
public:
    // Sessions and runs come from `work` (pooled, logged to the active
    // ticket); account actions register with `pending`, so quitting waits for
    // them, and are done for `activeTicket`. All three must outlive the area.
    SessionArea(SshWorkFactory *work, PendingWork *pending, ActiveTicket *activeTicket, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    void setInventorySize(int hosts, int groups);
    // Sessions opened from now on offer "Trust for the Team" for unknown host keys.
    void setTeamHostKeyTrust(TeamHostKeyTrust trust) { m_teamTrust = std::move(trust); }
    // How terminals look (Preferences): applied to every open session, and to each new one.
    void setTerminalSettings(const TerminalSettings &settings);
    void addStartAction(QAction *action);
    // The first run's "Import 12 hosts from ~/.ssh/config" buttons, under their heading; none: gone.
    void setImportOffers(const QList<QAction *> &offers);

    // `log`: where the terminal's output is logged (its sessionLog fields; empty: not logged).
    SessionTab *openSession(HostId hostId, const SshTarget &target, const SshConnectOptions &log = {});
    // Shows a run of `spec` on `targets` as a tab and starts it.
    RunView *openRun(const QList<SshTarget> &targets, const RunSpec &spec);
    // Shows a host's accounts as a tab and lists them; the host's tab when
    // one is open already. Its backend comes from `backends`; actions are
    // audited through `trail`. Both must outlive the area.
    AccountsView *openAccounts(HostId hostId, const SshTarget &target, const AccountBackendFactory *backends, ActionTrail *trail);
    AccountsView *accountsAt(int index) const;
    // A directory's accounts as a tab (its own when one is open already),
    // with the search field ready. Both must outlive the area.
    DirectoryAccountsView *openDirectoryAccounts(const Directory &directory, ActionTrail *trail, CredentialStore *credentials);
    // Shows a ticket editor as a tab (the area takes it); the ticket's own tab
    // when one is open already, and then `editor` is deleted.
    TicketEditor *openTicket(TicketEditor *editor);
    // Shows `tab` (the area takes it), or the open tab `isSame` picks, and then `tab` is deleted.
    WorkTab *openUnique(WorkTab *tab, const std::function<bool(const QWidget *open)> &isSame);
    // Shows `tab` as a tab of its own (the area takes it).
    void openNew(WorkTab *tab);
    // Session → Files: the host's files over SFTP in a new tab; with `path`, at its
    // folder with it selected.
    FileBrowser *openFiles(const QString &hostName, const SshTarget &target, const QString &path = {});
    // Session → Tunnels: the host's port forwards in its tab (one per host),
    // started. With `companion` (the terminal tab just opened to the host) the
    // tab opens behind it and its forwards end with the host's last such terminal.
    TunnelsView *openTunnels(HostId hostId, const QString &hostName, const SshTarget &target, const QList<PortForward> &forwards,
                             QWidget *companion = nullptr);
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

private:
    void updatePage();
    void addWorkTab(WorkTab *tab, bool makeCurrent = true);
    void updateTab(WorkTab *tab);
    WorkTab *workTabAt(int index) const;
    void removeTab(int index);

    QTabWidget *m_tabs;
    TeamHostKeyTrust m_teamTrust;
    TerminalSettings m_terminalSettings;
    EmptyState *m_empty;
    QAction *m_reconnect;
    QAction *m_closeTab;
    QToolButton *m_files; // on the tab bar: the current session's host in a Files tab
    SshWorkFactory *m_work;
    PendingWork *m_pending;
    ActiveTicket *m_activeTicket;
};

} // namespace wb
