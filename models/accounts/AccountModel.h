#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountStatus.h"

#include <QAbstractTableModel>

namespace wb {

// A host's accounts as a table, one row per account in the order the host
// listed them. It only adapts: whoever asked the backend hands the model
// the listing, and later one re-read account at a time.
class AccountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, FullNameColumn, UidColumn, PasswordColumn, StateColumn, LastChangedColumn, MustChangeColumn,
        MaxAgeColumn, ExpiryColumn, FailedLoginsColumn, LastLoginColumn, GroupsColumn, ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1,
        ActionableRole,
        // Numbers and dates as such, so sorting by UID or a date is not by text.
        SortRole,
        // Name, full name and groups, for the view's filter field.
        FilterRole,
    };

    explicit AccountModel(QObject *parent = nullptr);

    void setAccounts(QList<AccountStatus> accounts);
    // Replaces the row with the account's name, or appends one.
    void updateAccount(const AccountStatus &account);
    void removeAccount(const QString &name);
    void clear() { setAccounts({}); }

    // -1 when no row has that name.
    int rowOf(const QString &name) const;
    const AccountStatus &accountAt(int row) const { return m_accounts.at(row); }
    const QList<AccountStatus> &accounts() const { return m_accounts; }

    // Whether an action makes sense for the account as the host last
    // reported it (Unlock only when locked, …); never for a name that is not actionable.
    static bool applies(AccountAction::Kind kind, const AccountStatus &account);
    // The groups an account can be taken out of: all but its primary group,
    // which `id -nG` lists first and gpasswd cannot remove.
    static QStringList removableGroups(const AccountStatus &account);

    // The words used in the password column ("set", "locked", …).
    static QString passwordText(AccountStatus::Password password);
    // The last-login column: lastlog's line without the user name, "never" for none.
    static QString lastLoginText(const AccountStatus &account);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AccountStatus &account, int column) const;
    QVariant sortValue(const AccountStatus &account, int column) const;
    QVariant icon(const AccountStatus &account, int column) const;
    QString toolTip(const AccountStatus &account, int column) const;

    QList<AccountStatus> m_accounts;
};

} // namespace wb
