#include "widgets/accounts/AccountActions.h"

#include "models/accounts/AccountModel.h"
#include "widgets/accounts/AccountGroupDialog.h"
#include "widgets/accounts/ExpiryDialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace wb {

namespace {

struct Spec
{
    AccountAction::Kind kind;
    const char *name;
    const char *icon;
    QKeySequence shortcut;
};

// By Kind, in the order they are declared; texts come from text() below.
const QList<Spec> &specs()
{
    using Kind = AccountAction::Kind;
    static const QList<Spec> list = {
        {Kind::ResetPassword, "resetPassword", "key-reset", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {Kind::MustChangePassword, "mustChangePassword", "must-change", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {Kind::Lock, "lockAccount", "lock", QKeySequence(Qt::CTRL | Qt::Key_L)},
        {Kind::Unlock, "unlockAccount", "unlock", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {Kind::Disable, "disableAccount", "account-disabled", QKeySequence(Qt::CTRL | Qt::Key_D)},
        {Kind::Enable, "enableAccount", "account-enable", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {Kind::ResetFailedLogins, "resetFailedLogins", "reset-failures", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
        {Kind::SetExpiry, "setExpiry", "calendar", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {Kind::ClearExpiry, "clearExpiry", "calendar-clear", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T)},
        {Kind::AddToGroup, "addToGroup", "group-add", QKeySequence(Qt::CTRL | Qt::Key_G)},
        {Kind::RemoveFromGroup, "removeFromGroup", "group-remove", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
    };
    return list;
}

} // namespace

AccountActions::AccountActions(QWidget *owner)
{
    auto text = [](Kind kind) {
        switch (kind) {
        case Kind::ResetPassword: return tr("&Reset Password…");
        case Kind::MustChangePassword: return tr("&Must Change at Next Login");
        case Kind::Lock: return tr("&Lock");
        case Kind::Unlock: return tr("&Unlock");
        case Kind::Disable: return tr("&Disable");
        case Kind::Enable: return tr("&Enable");
        case Kind::ResetFailedLogins: return tr("Reset &Failed Logins");
        case Kind::SetExpiry: return tr("Set E&xpiry…");
        case Kind::ClearExpiry: return tr("&Clear Expiry");
        case Kind::AddToGroup: return tr("Add to &Group…");
        case Kind::RemoveFromGroup: return tr("Remove from Gr&oup…");
        }
        return QString();
    };
    auto add = [owner](QAction *action, const QKeySequence &shortcut) {
        action->setShortcut(shortcut);
        // Several Accounts tabs may be open: each one's keys act on its own table.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                          shortcut.toString(QKeySequence::NativeText)));
        owner->addAction(action);
    };
    for (const Spec &spec : specs()) {
        Q_ASSERT(int(spec.kind) == m_actions.size()); // action(kind) indexes by Kind
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.icon))), text(spec.kind), owner);
        action->setObjectName(QLatin1String(spec.name));
        add(action, spec.shortcut);
        m_actions << action;
    }
    m_refresh = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refres&h"), owner);
    m_refresh->setObjectName(QStringLiteral("refreshAccounts"));
    add(m_refresh, QKeySequence(QKeySequence::Refresh));
}

QList<AccountActions::Kind> AccountActions::kinds()
{
    QList<Kind> list;
    for (const Spec &spec : specs())
        list << spec.kind;
    return list;
}

bool AccountActions::kindOf(const QAction *action, Kind *kind) const
{
    const int index = int(m_actions.indexOf(const_cast<QAction *>(action)));
    if (index < 0)
        return false;
    *kind = Kind(index);
    return true;
}

void AccountActions::addTo(QToolBar *toolbar) const
{
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addAction(m_refresh);
    toolbar->addSeparator();
    // Grouped as in the menu: password, lock, enable, failures, expiry, groups.
    for (const QList<Kind> &group : {QList<Kind>{Kind::ResetPassword, Kind::MustChangePassword},
                                     {Kind::Lock, Kind::Unlock, Kind::Disable, Kind::Enable, Kind::ResetFailedLogins},
                                     {Kind::SetExpiry, Kind::ClearExpiry}, {Kind::AddToGroup, Kind::RemoveFromGroup}}) {
        for (Kind kind : group)
            toolbar->addAction(action(kind));
        toolbar->addSeparator();
    }
    // The two used most say what they are; the others have tooltips.
    for (QAction *named : {m_refresh, action(Kind::ResetPassword)}) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(named)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
}

void AccountActions::addTo(QMenu *menu) const
{
    const QList<Kind> order = kinds();
    for (Kind kind : order) {
        if (kind == Kind::Lock || kind == Kind::SetExpiry || kind == Kind::AddToGroup)
            menu->addSeparator();
        menu->addAction(action(kind));
    }
    menu->addSeparator();
    menu->addAction(m_refresh);
}

void AccountActions::update(const AccountStatus *selected, bool busy) const
{
    for (Kind kind : kinds())
        action(kind)->setEnabled(!busy && selected && AccountModel::applies(kind, *selected));
    m_refresh->setEnabled(!busy);
}

std::optional<AccountAction> AccountActions::ask(Kind kind, const AccountStatus &account, const QList<AccountStatus> &listed,
                                                const QString &host, QWidget *parent)
{
    AccountAction action;
    action.kind = kind;
    action.user = account.name;
    if (kind == Kind::SetExpiry) {
        ExpiryDialog dialog(account.name, host, account.expiry, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        action.date = dialog.date();
    } else if (kind == Kind::AddToGroup || kind == Kind::RemoveFromGroup) {
        QStringList offered;
        if (kind == Kind::AddToGroup) {
            // The groups this listing has seen, less those the account is in already.
            for (const AccountStatus &other : listed)
                for (const QString &group : other.groups)
                    if (!account.groups.contains(group) && !offered.contains(group))
                        offered << group;
            offered.sort();
        } else {
            offered = AccountModel::removableGroups(account);
        }
        AccountGroupDialog dialog(kind == Kind::AddToGroup ? AccountGroupDialog::Mode::Add : AccountGroupDialog::Mode::Remove,
                                  account.name, host, offered, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        action.group = dialog.group();
    }
    if (needsConfirmation(kind) && !confirm(action, host, parent))
        return std::nullopt;
    return action;
}

bool AccountActions::needsConfirmation(Kind kind)
{
    return kind == Kind::Lock || kind == Kind::Disable || kind == Kind::RemoveFromGroup;
}

bool AccountActions::confirm(const AccountAction &action, const QString &host, QWidget *parent)
{
    using Kind = AccountAction::Kind;
    QString title, question, detail, button;
    switch (action.kind) {
    case Kind::Lock:
        title = tr("Lock Account");
        question = tr("Lock the password of “%1” on %2?").arg(action.user, host);
        detail = tr("Logging in with the password stops working until it is unlocked; SSH keys keep working.");
        button = tr("Lock");
        break;
    case Kind::Disable:
        title = tr("Disable Account");
        question = tr("Disable the account “%1” on %2?").arg(action.user, host);
        detail = tr("Nobody can log in as %1 in any way, keys included, until it is enabled again.").arg(action.user);
        button = tr("Disable");
        break;
    default:
        title = tr("Remove from Group");
        question = tr("Take “%1” on %2 out of the group “%3”?").arg(action.user, host, action.group);
        detail = tr("What the group allows stops for %1 from the next login on.").arg(action.user);
        button = tr("Remove");
        break;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmAccountAction"));
    box.setInformativeText(detail);
    box.button(QMessageBox::Yes)->setText(button);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

QString AccountActions::doingText(const AccountAction &action, const QString &host)
{
    const QString &u = action.user;
    switch (action.kind) {
    case Kind::ResetPassword: return tr("Resetting the password of %1 on %2…").arg(u, host);
    case Kind::MustChangePassword: return tr("Making %1 on %2 change the password at the next login…").arg(u, host);
    case Kind::Lock: return tr("Locking %1 on %2…").arg(u, host);
    case Kind::Unlock: return tr("Unlocking %1 on %2…").arg(u, host);
    case Kind::Disable: return tr("Disabling %1 on %2…").arg(u, host);
    case Kind::Enable: return tr("Enabling %1 on %2…").arg(u, host);
    case Kind::ResetFailedLogins: return tr("Resetting the failed logins of %1 on %2…").arg(u, host);
    case Kind::SetExpiry: return tr("Setting %1 on %2 to expire on %3…").arg(u, host, action.date);
    case Kind::ClearExpiry: return tr("Clearing the expiry of %1 on %2…").arg(u, host);
    case Kind::AddToGroup: return tr("Adding %1 on %2 to %3…").arg(u, host, action.group);
    case Kind::RemoveFromGroup: return tr("Removing %1 on %2 from %3…").arg(u, host, action.group);
    }
    return {};
}

QString AccountActions::doneText(const AccountAction &action, const QString &host)
{
    const QString &u = action.user;
    switch (action.kind) {
    case Kind::ResetPassword: return tr("Reset the password of %1 on %2.").arg(u, host);
    case Kind::MustChangePassword: return tr("%1 on %2 must change the password at the next login.").arg(u, host);
    case Kind::Lock: return tr("Locked %1 on %2.").arg(u, host);
    case Kind::Unlock: return tr("Unlocked %1 on %2.").arg(u, host);
    case Kind::Disable: return tr("Disabled %1 on %2.").arg(u, host);
    case Kind::Enable: return tr("Enabled %1 on %2.").arg(u, host);
    case Kind::ResetFailedLogins: return tr("Reset the failed logins of %1 on %2.").arg(u, host);
    case Kind::SetExpiry: return tr("%1 on %2 expires on %3.").arg(u, host, action.date);
    case Kind::ClearExpiry: return tr("%1 on %2 no longer expires.").arg(u, host);
    case Kind::AddToGroup: return tr("Added %1 on %2 to %3.").arg(u, host, action.group);
    case Kind::RemoveFromGroup: return tr("Removed %1 on %2 from %3.").arg(u, host, action.group);
    }
    return {};
}

} // namespace wb
