#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountStatus.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace wb {

// The Accounts view's actions: one QAction per account action kind (text,
// icon, shortcut, object name) plus Refresh, kept enabled only where they
// make sense for the selected account (AccountModel::applies), and the
// words the view uses while one runs and once it is done.
class AccountActions
{
    Q_DECLARE_TR_FUNCTIONS(wb::AccountActions)
public:
    using Kind = AccountAction::Kind;

    // The actions go on `owner` with shortcuts that work while it (or a child) has focus.
    explicit AccountActions(QWidget *owner);

    QAction *action(Kind kind) const { return m_actions.at(int(kind)); }
    QAction *refresh() const { return m_refresh; }
    static QList<Kind> kinds();
    // The kind an action stands for; false for Refresh and strangers.
    bool kindOf(const QAction *action, Kind *kind) const;

    void addTo(QToolBar *toolbar) const;
    void addTo(QMenu *menu) const;
    // selected: nullptr when no row is selected.
    void update(const AccountStatus *selected, bool busy) const;

    // Asks what `kind` needs for `account` (a date, a group, a confirmation;
    // `listed`: the accounts the view shows, whose groups a new one is chosen
    // from), naming the host; nothing when the user cancels. Not for resets,
    // which have a flow of their own.
    static std::optional<AccountAction> ask(Kind kind, const AccountStatus &account, const QList<AccountStatus> &listed,
                                            const QString &host, QWidget *parent);
    // Lock, Disable and Remove from Group ask first.
    static bool needsConfirmation(Kind kind);
    // Asks, naming the account and the host; true to go ahead.
    static bool confirm(const AccountAction &action, const QString &host, QWidget *parent);
    // "Locking alice on web01…", shown beside the busy bar.
    static QString doingText(const AccountAction &action, const QString &host);
    // "Locked alice on web01.", shown once it succeeded.
    static QString doneText(const AccountAction &action, const QString &host);

private:
    QList<QAction *> m_actions; // by Kind
    QAction *m_refresh;
};

} // namespace wb
