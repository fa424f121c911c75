#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountBackend.h"
#include "core/inventory/InventoryTypes.h"
#include "core/ssh/CommandRunner.h"
#include "widgets/common/WorkTab.h"

#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace wb {

class AccountActionJob;
class AccountActions;
class AccountBackendFactory;
class ActionTrail;
class ActiveTicket;
class AccountModel;
class AccountTable;
class ClipboardGuard;
class EmptyState;
class ErrorBar;
class LinuxSshAccountBackend;
class SudoPrompt;
class PendingWork;
class SshPool;

// A host's accounts as a tab: the listing with a filter and a "show system
// accounts" toggle, and the account actions in a toolbar and a context menu.
// Everything the host does is asynchronous: a busy bar and a line say what
// is going on, one request at a time; each action goes through an
// AccountActionJob (so it is audited) and the row is read again after it.
// When sudo wants a password the view asks for it and tries again.
class AccountsView : public WorkTab
{
    Q_OBJECT
public:
    // Actions are audited through `trail` and done for `activeTicket` (written to the audit log and the
    // ticket's work log); it must outlive the view.
    // The backend comes from `backends`. All must outlive the view.
    AccountsView(HostId hostId, SshTarget target, const AccountBackendFactory *backends, ActionTrail *trail, ActiveTicket *activeTicket,
                 QWidget *parent = nullptr);
    // An action still running goes on without the view and is audited when it ends.
    ~AccountsView() override;

    HostId hostId() const { return m_hostId; }
    QString hostName() const;
    QString tabTitle() const override;
    QIcon tabIcon() const override;
    // What it is doing, or what went wrong.
    QString tabToolTip() const override;
    // Actions register there while they run, so quitting waits for their outcome.
    void setPendingWork(PendingWork *pending) { m_pending = pending; }
    // The host's group path and name, for the audit log ("site/role/web01").
    void setTargetPath(const QString &path) { m_targetPath = path; }
    bool isBusy() const { return m_busy; }
    // An account action (not just a listing) is under way.
    bool isActing() const { return !m_job.isNull(); }
    bool hasError() const;

    QAction *action(AccountAction::Kind kind) const;
    QAction *refreshAction() const;

    QString selectedAccount() const;
    void selectAccount(const QString &name);

public Q_SLOTS:
    // Lists the accounts again (with or without the system accounts).
    void refresh();
    // Runs one action on the selected account: asks what it needs first
    // (a password, a date, a group, or a confirmation), then does it.
    void trigger(wb::AccountAction::Kind kind);

protected:
    bool event(QEvent *event) override;

private:
    using Then = std::function<void()>;
    void buildLayout(QToolBar *toolbar);
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void updatePage();
    const AccountStatus *selected() const;
    void askThenAct(AccountAction action);
    void resetPassword(const AccountStatus &account);

    void list();
    // Busy: the bar runs and text says what the host is doing; idle: text is the outcome.
    void setState(bool busy, const QString &text);
    void setBusy(const QString &doing) { setState(true, doing); }
    void setIdle(const QString &outcome = {}) { setState(false, outcome); }

    // One action through an AccountActionJob; `then` runs after it succeeded
    // (by default the account is read again), `unknown` when it may have been
    // made (the connection ended after the data went out).
    void act(const AccountAction &action, Then then = {}, Then unknown = {});
    void revealPassword(const AccountAction &reset, bool outcomeUnknown);
    // Reads one account again and updates its row; keepError leaves an
    // earlier failure on show when this read fails too.
    void reread(const QString &user, const QString &outcome, bool keepError = false);
    // What every answer from the host passes through (SudoPrompt): a sudo
    // question is asked and `retry` runs with the answer; anything else goes
    // on to `proceed`; declining shows `message`.
    void settle(AccountReply::Error error, const QString &message, Then retry, Then proceed);

    void restoreSettings();
    void saveSettings() const;

    HostId m_hostId;
    ActionTrail *m_trail;
    LinuxSshAccountBackend *m_backend;
    SudoPrompt *m_sudo;
    AccountModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::unique_ptr<AccountActions> m_actions;
    ClipboardGuard *m_clipboard;
    QLineEdit *m_filter;
    QCheckBox *m_showSystem;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    AccountTable *m_table;
    QProgressBar *m_busyBar;
    QLabel *m_doing;
    ErrorBar *m_errorBar;
    QPointer<AccountActionJob> m_job;
    PendingWork *m_pending = nullptr;
    QString m_targetPath;
    ActiveTicket *m_activeTicket;
    bool m_busy = false;
    bool m_listed = false;
};

} // namespace wb
