#include "models/accounts/DirectoryAccountModel.h"

#include "models/common/ShownTime.h"

#include <QIcon>

#include <limits>

namespace wb {

DirectoryAccountModel::DirectoryAccountModel(QObject *parent) : QAbstractTableModel(parent) {}

void DirectoryAccountModel::clear()
{
    beginResetModel();
    m_accounts.clear();
    m_rows.clear();
    endResetModel();
}

void DirectoryAccountModel::appendPage(const QList<AccountStatus> &page)
{
    QList<AccountStatus> fresh;
    for (const AccountStatus &account : page) {
        if (const int row = rowOf(account.dn); row >= 0)
            updateAccount(account);  // a server that pages the same entry twice
        else
            fresh.append(account);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_accounts.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const AccountStatus &account : std::as_const(fresh)) {
        m_rows.insert(account.dn, int(m_accounts.size()));
        m_accounts.append(account);
    }
    endInsertRows();
}

void DirectoryAccountModel::updateAccount(const AccountStatus &account)
{
    const int row = rowOf(account.dn);
    if (row < 0) {
        appendPage({account});
        return;
    }
    m_accounts[row] = account;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool DirectoryAccountModel::applies(AccountAction::Kind kind, const AccountStatus &account)
{
    using Kind = AccountAction::Kind;
    if (!account.actionable)
        return false;
    switch (kind) {
    case Kind::ResetPassword:
    case Kind::SetExpiry:
    case Kind::AddToGroup:
        return true;
    case Kind::Lock:
        return !account.locked;
    case Kind::MustChangePassword:
        return !account.mustChange;
    case Kind::Unlock:
        return account.locked;
    case Kind::Disable:
        return !account.disabled;
    case Kind::Enable:
        return account.disabled;
    case Kind::ResetFailedLogins:
        return account.failedLogins != 0;  // unknown (-1) leaves it open
    case Kind::ClearExpiry:
        return account.expiresAt.isValid();
    case Kind::RemoveFromGroup:
        return !account.groups.isEmpty();
    }
    return false;
}

int DirectoryAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int DirectoryAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString when(const QDateTime &at, const QString &never)
{
    return at.isValid() ? ShownTime::dateTime(at) : never;
}
} // namespace

QVariant DirectoryAccountModel::display(const AccountStatus &a, int column) const
{
    switch (column) {
    case DisplayNameColumn:
        return a.fullName;
    case LoginColumn:
        return a.name;
    case EnabledColumn:
        return a.disabled ? tr("disabled") : tr("enabled");
    case LockedColumn:
        if (!a.locked)
            return QString();
        //: An account locked out by hand (an administrator's lock), with no time
        return a.lockedSince.isValid() ? tr("since %1").arg(ShownTime::dateTime(a.lockedSince)) : tr("locked");
    case BadPasswordsColumn:
        return a.failedLogins < 0 ? QVariant() : QVariant(a.failedLogins);
    case PasswordLastSetColumn:
        return when(a.passwordLastSet, tr("never"));
    case MustChangeColumn:
        if (a.mustChange)
            return tr("yes");
        return a.passwordNeverExpires ? tr("never expires") : QString();
    case ExpiresColumn:
        return when(a.expiresAt, tr("never"));
    case LastLogonColumn:
        return when(a.lastLogon, tr("never"));
    case GroupsColumn:
        return a.groups.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant DirectoryAccountModel::sortValue(const AccountStatus &a, int column) const
{
    // Never sorts after every date; unknown counts before zero.
    const auto time = [](const QDateTime &at) { return at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(); };
    switch (column) {
    case EnabledColumn:
        return a.disabled ? 1 : 0;
    case LockedColumn:
        return a.locked ? (a.lockedSince.isValid() ? a.lockedSince.toMSecsSinceEpoch() : 1) : 0;
    case BadPasswordsColumn:
        return a.failedLogins;
    case PasswordLastSetColumn:
        return time(a.passwordLastSet);
    case MustChangeColumn:
        return a.mustChange ? 2 : a.passwordNeverExpires ? 1 : 0;
    case ExpiresColumn:
        return time(a.expiresAt);
    case LastLogonColumn:
        return a.lastLogon.isValid() ? a.lastLogon.toMSecsSinceEpoch() : 0;
    default:
        return display(a, column).toString().toLower();
    }
}

QString DirectoryAccountModel::toolTip(const AccountStatus &a, int column) const
{
    switch (column) {
    case DisplayNameColumn:
    case LoginColumn:
        return a.mail.isEmpty() ? a.dn : QStringLiteral("%1\n%2").arg(a.dn, a.mail);
    case LockedColumn:
        return a.lockedOn.isEmpty() ? QString() : tr("Locked out on %1").arg(a.lockedOn);
    case MustChangeColumn:
        return a.passwordNeverExpires ? tr("“Password never expires” is set: “must change” has no effect until it is cleared.")
                                      : QString();
    case PasswordLastSetColumn:
    case ExpiresColumn:
    case LastLogonColumn: {
        const QDateTime at = column == PasswordLastSetColumn ? a.passwordLastSet
                             : column == ExpiresColumn         ? a.expiresAt
                                                               : a.lastLogon;
        return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
    }
    default:
        return {};
    }
}

QVariant DirectoryAccountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_accounts.size()))
        return {};
    const AccountStatus &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case SortRole:
        return sortValue(a, index.column());
    case DnRole:
        return a.dn;
    case Qt::ToolTipRole:
        return toolTip(a, index.column());
    case Qt::DecorationRole: {
        // Made once: an SVG icon per call would cost the view a page's worth of parsing.
        static const QIcon enabled(QStringLiteral(":/icons/account.svg"));
        static const QIcon disabled(QStringLiteral(":/icons/account-disabled.svg"));
        static const QIcon lock(QStringLiteral(":/icons/lock.svg"));
        if (index.column() == DisplayNameColumn)
            return a.disabled ? disabled : enabled;
        if (index.column() == LockedColumn && a.locked)
            return lock;
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() == BadPasswordsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant DirectoryAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DisplayNameColumn: return tr("Name");
    case LoginColumn: return tr("Login");
    case EnabledColumn: return tr("Enabled");
    case LockedColumn: return tr("Locked out");
    case BadPasswordsColumn: return tr("Bad passwords");
    case PasswordLastSetColumn: return tr("Password set");
    case MustChangeColumn: return tr("Must change");
    case ExpiresColumn: return tr("Expires");
    case LastLogonColumn: return tr("Last logon");
    case GroupsColumn: return tr("Groups");
    default: return {};
    }
}

} // namespace wb
