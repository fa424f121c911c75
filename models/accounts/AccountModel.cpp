#include "models/accounts/AccountModel.h"
#include "models/common/ShownTime.h"

#include <QHash>

#include <QColor>
#include <QIcon>

namespace wb {

namespace {

const QIcon &themeIcon(const char *name)
{
    // One QIcon per file for the model's lifetime: data() is called for every painted cell.
    static QHash<QByteArray, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
    return *it;
}

} // namespace

AccountModel::AccountModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccountModel::setAccounts(QList<AccountStatus> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

void AccountModel::updateAccount(const AccountStatus &account)
{
    const int row = rowOf(account.name);
    if (row < 0) {
        beginInsertRows({}, int(m_accounts.size()), int(m_accounts.size()));
        m_accounts.append(account);
        endInsertRows();
        return;
    }
    m_accounts[row] = account;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccountModel::removeAccount(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
}

int AccountModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).name == name)
            return row;
    }
    return -1;
}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccountModel::applies(AccountAction::Kind kind, const AccountStatus &account)
{
    using Kind = AccountAction::Kind;
    using Password = AccountStatus::Password;
    if (!account.actionable)
        return false;
    // Unknown (the host would not say) leaves both directions open.
    switch (kind) {
    case Kind::ResetPassword:
    case Kind::SetExpiry:
    case Kind::AddToGroup:
        return true;
    case Kind::MustChangePassword:
        return !account.mustChange;
    case Kind::Lock:
        return account.password == Password::Set || account.password == Password::Empty || account.password == Password::Unknown;
    case Kind::Unlock:
        return account.password == Password::Locked || account.password == Password::Unknown;
    case Kind::Disable:
        return !account.disabled;
    case Kind::Enable:
        return account.disabled;
    case Kind::ResetFailedLogins:
        return account.failedLogins > 0;
    case Kind::ClearExpiry:
        return account.expiry.isValid() && !account.disabled;
    case Kind::RemoveFromGroup:
        return !removableGroups(account).isEmpty();
    }
    return false;
}

QStringList AccountModel::removableGroups(const AccountStatus &account)
{
    return account.groups.mid(1);
}

QString AccountModel::passwordText(AccountStatus::Password password)
{
    switch (password) {
    case AccountStatus::Password::Set: return tr("set");
    case AccountStatus::Password::Locked: return tr("locked");
    case AccountStatus::Password::Empty: return tr("empty");
    case AccountStatus::Password::NotUsable: return tr("none");
    case AccountStatus::Password::Unknown: break;
    }
    return tr("unknown");
}

QString AccountModel::lastLoginText(const AccountStatus &account)
{
    QString text = account.lastLogin;
    if (text.isEmpty())
        return {};
    if (text.contains(QLatin1String("Never logged in")))
        return tr("never");
    // lastlog starts its line with the user name, which the first column already shows.
    if (text.startsWith(account.name + QLatin1Char(' ')))
        text = text.mid(account.name.size() + 1);
    return text;
}

QVariant AccountModel::display(const AccountStatus &account, int column) const
{
    switch (column) {
    case NameColumn: return account.name;
    case FullNameColumn: return account.fullName;
    case UidColumn: return account.uid >= 0 ? QString::number(account.uid) : QString();
    case PasswordColumn: return passwordText(account.password);
    case StateColumn: return account.disabled ? tr("disabled") : tr("enabled");
    case LastChangedColumn: return ShownTime::date(account.lastChange);
    case MustChangeColumn: return account.mustChange ? tr("yes") : QString();
    case MaxAgeColumn: return account.maxAgeDays >= 0 ? QString::number(account.maxAgeDays) : QString();
    case ExpiryColumn: return account.expiry.isValid() ? ShownTime::date(account.expiry) : tr("never");
    case FailedLoginsColumn: return account.failedLogins >= 0 ? QString::number(account.failedLogins) : QString();
    case LastLoginColumn: return lastLoginText(account);
    case GroupsColumn: return account.groups.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant AccountModel::sortValue(const AccountStatus &account, int column) const
{
    switch (column) {
    case UidColumn: return account.uid;
    case LastChangedColumn: return account.lastChange;
    case MustChangeColumn: return account.mustChange;
    case MaxAgeColumn: return account.maxAgeDays;
    // "never" sorts after every date.
    case ExpiryColumn: return account.expiry.isValid() ? account.expiry : QDate(9999, 12, 31);
    case FailedLoginsColumn: return account.failedLogins;
    case StateColumn: return account.disabled;
    case PasswordColumn: return int(account.password);
    default: return display(account, column);
    }
}

QVariant AccountModel::icon(const AccountStatus &account, int column) const
{
    switch (column) {
    case NameColumn:
        return themeIcon(account.disabled ? "account-disabled" : "account");
    case PasswordColumn:
        switch (account.password) {
        case AccountStatus::Password::Set: return themeIcon("key");
        case AccountStatus::Password::Locked: return themeIcon("lock");
        case AccountStatus::Password::Empty: return themeIcon("warning");
        // Icons for every state keep the words in one column, one under the other.
        case AccountStatus::Password::NotUsable: return themeIcon("password-none");
        case AccountStatus::Password::Unknown: return themeIcon("info");
        }
        return {};
    case StateColumn:
        return themeIcon(account.disabled ? "state-closed" : "state-connected");
    case MustChangeColumn:
        return account.mustChange ? themeIcon("must-change") : QVariant();
    case FailedLoginsColumn:
        return account.failedLogins > 0 ? themeIcon("warning") : QVariant();
    default:
        return {};
    }
}

QString AccountModel::toolTip(const AccountStatus &account, int column) const
{
    if (!account.actionable)
        return tr("Werkbank does not act on “%1”: the names it acts on start with a lower-case letter or _ and "
                  "hold only a–z, 0–9, _ and - (32 characters at most).").arg(account.name);
    switch (column) {
    case NameColumn:
        return account.shell.isEmpty() ? account.name : tr("%1, shell %2").arg(account.name, account.shell);
    case PasswordColumn:
        switch (account.password) {
        case AccountStatus::Password::Set: return tr("A password is set.");
        case AccountStatus::Password::Locked: return tr("The password is locked: it cannot be used to log in until it is unlocked.");
        case AccountStatus::Password::Empty: return tr("The password is empty: some services let anyone log in without one.");
        case AccountStatus::Password::NotUsable: return tr("No usable password: logins only by key or another method.");
        case AccountStatus::Password::Unknown: return tr("The host did not let Werkbank read the password state.");
        }
        return {};
    case StateColumn:
        return account.disabled ? tr("The account expired on %1: nobody can log in with it.").arg(ShownTime::date(account.expiry))
                                : QString();
    case FailedLoginsColumn:
        return account.failedLogins < 0 ? tr("The host does not count failed logins (no faillock).") : QString();
    case GroupsColumn:
        return account.groups.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountStatus &account = m_accounts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(account, column);
    case Qt::DecorationRole:
        return icon(account, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(account, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        // Shown, not acted on: greyed like a disabled item.
        return account.actionable ? QVariant() : QVariant(QColor(0x86, 0x8e, 0x96));
    case Qt::TextAlignmentRole:
        if (column == UidColumn || column == FailedLoginsColumn || column == MaxAgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return account.name;
    case ActionableRole:
        return account.actionable;
    case SortRole:
        return sortValue(account, column);
    case FilterRole:
        return QStringList{account.name, account.fullName, account.groups.join(QLatin1Char(' '))}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastChangedColumn: return tr("When the password was last changed");
        case MustChangeColumn: return tr("The password must be changed at the next login");
        case MaxAgeColumn: return tr("How many days a password may be used before it must be changed");
        case ExpiryColumn: return tr("The day the account stops working");
        case FailedLoginsColumn: return tr("Failed logins counted by faillock since the last reset");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Account");
    case FullNameColumn: return tr("Full name");
    case UidColumn: return tr("UID");
    case PasswordColumn: return tr("Password");
    case StateColumn: return tr("Status");
    case LastChangedColumn: return tr("Last changed");
    case MustChangeColumn: return tr("Must change");
    case MaxAgeColumn: return tr("Max age (days)");
    case ExpiryColumn: return tr("Expires");
    case FailedLoginsColumn: return tr("Failed logins");
    case LastLoginColumn: return tr("Last login");
    case GroupsColumn: return tr("Groups");
    default: return {};
    }
}

} // namespace wb
