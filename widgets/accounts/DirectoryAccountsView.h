#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountActionQueue.h"
#include "core/accounts/AccountStatus.h"
#include "core/inventory/InventoryTypes.h"
#include "core/accounts/PasswordPolicy.h"
#include "widgets/accounts/PasswordListDialog.h"
#include "widgets/common/WorkTab.h"

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace wb {

class AccountActions;
class ActionTrail;
class ActiveTicket;
class ClipboardGuard;
class CredentialStore;
class DirectoryAccountBackend;
class DirectoryAccountModel;
class EmptyState;
class ErrorBar;
class PendingWork;

// A directory's accounts as a tab: a search (name, login, e-mail or
// department, as typed; the server pages the results in, so the first rows
// show at once), a sortable table with several rows selectable, and the
// account actions in a toolbar and a context menu, each on every selected
// account it applies to. Every action is audited and logged to the active
// ticket; a reset's password is shown once. For Active Directory the state
// of the selected account on each domain controller shows below the table.
// The bind password comes from the keychain, else it is asked for.
class DirectoryAccountsView : public WorkTab
{
    Q_OBJECT
public:
    // `trail`, `activeTicket` and `credentials` (may be null) must outlive the view.
    DirectoryAccountsView(const Directory &directory, ActionTrail *trail, ActiveTicket *activeTicket,
                          CredentialStore *credentials, QWidget *parent = nullptr);
    ~DirectoryAccountsView() override;

    DirectoryId directoryId() const { return m_directory.id; }
    QString tabTitle() const override;
    QIcon tabIcon() const override;
    QString tabToolTip() const override;
    bool isWorking() const override { return m_queue->isRunning(); }
    void setPendingWork(PendingWork *pending);
    // The directory's group path and name, for the audit log.
    void setTargetPath(const QString &path) { m_queue->setTargetPath(path); }
    bool isBusy() const { return m_busy; }
    void focusSearch();
    bool hasError() const;

    QAction *action(AccountAction::Kind kind) const;
    // Links accounts (by DN) to a ticket; `done` hears an error, or nothing.
    using TicketLinker = std::function<void(qint64 ticketId, const QStringList &accountDns, std::function<void(const QString &error)> done)>;
    // Offers "Link to Active Ticket" on the selected accounts while a ticket is active.
    void setTicketLinker(TicketLinker linker);
    QAction *linkToTicketAction() const { return m_linkToTicket; }
    // The backend, for tests that replay recorded domain controllers.
    DirectoryAccountBackend *backend() const { return m_backend; }

public Q_SLOTS:
    // Searches for what the search field says (everyone when it is empty).
    void search();
    // Runs one action on every selected account it applies to; asks first
    // what it needs (a password, a date, a group, a confirmation).
    void trigger(wb::AccountAction::Kind kind);

Q_SIGNALS:
    // A search or a batch of actions has finished (for tests and the status bar).
    void idle();

private:
    using Then = std::function<void()>;
    void buildLayout();
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void updatePage();
    QList<AccountStatus> selectedAccounts() const;
    // With the bind password set on the backend (keychain, else asked): `then`.
    void withBindPassword(Then then);
    void askPolicyThenReset(const QList<AccountStatus> &accounts);
    void reset(const QList<AccountStatus> &accounts, const PasswordPolicy &policy);
    // Asks what `kind` needs for these accounts; empty when the user declined.
    QList<AccountAction> prepare(AccountAction::Kind kind, const QList<AccountStatus> &accounts);
    void runActions(const QList<AccountAction> &actions, Then then = {});
    void onActionFinished(int index, const AccountActionQueue::Result &result);
    void reread(const QString &dn);
    void showControllers(const AccountStatus *account);
    void setState(bool busy, const QString &text);
    void linkToActiveTicket();

    Directory m_directory;
    ActionTrail *m_trail;
    ActiveTicket *m_activeTicket;
    CredentialStore *m_credentials;
    DirectoryAccountBackend *m_backend;
    AccountActionQueue *m_queue;
    DirectoryAccountModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::unique_ptr<AccountActions> m_actions;
    ClipboardGuard *m_clipboard;
    QLineEdit *m_search;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QTableView *m_table;
    QTreeWidget *m_controllers;
    QSplitter *m_split;
    QProgressBar *m_busyBar;
    QLabel *m_doing;
    ErrorBar *m_errorBar;
    Then m_afterQueue;
    TicketLinker m_linker;
    QAction *m_linkToTicket = nullptr;
    // A bulk reset's passwords, shown together once the queue is done.
    bool m_collectPasswords = false;
    QList<PasswordListDialog::Entry> m_newPasswords;
    QStringList m_failures;
    QString m_searched;      // the text of the search shown
    bool m_busy = false;
    bool m_searchedOnce = false;
    bool m_fitted = false;  // the columns were sized to a search's results
};

} // namespace wb
