#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountStatus.h"
#include "core/inventory/InventoryTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wb {

// The people a directory search found, one row per entry (keyed by DN), in
// the order the pages arrived: a search's pages are appended as they come,
// so the first rows show while the rest is still on its way.
class DirectoryAccountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DisplayNameColumn, LoginColumn, EnabledColumn, LockedColumn, BadPasswordsColumn, PasswordLastSetColumn,
        MustChangeColumn, ExpiresColumn, LastLogonColumn, GroupsColumn, ColumnCount
    };
    enum Role {
        DnRole = Qt::UserRole + 1,
        // Numbers and times as such, so sorting by a date is not by its text.
        SortRole,
    };

    explicit DirectoryAccountModel(QObject *parent = nullptr);

    void clear();
    void appendPage(const QList<AccountStatus> &page);
    // Replaces the row with the account's DN (a re-read after an action).
    void updateAccount(const AccountStatus &account);

    int rowOf(const QString &dn) const { return m_rows.value(dn, -1); }
    const AccountStatus &accountAt(int row) const { return m_accounts.at(row); }
    const QList<AccountStatus> &accounts() const { return m_accounts; }

    // Whether an action makes sense for the account as the directory last
    // reported it (Unlock only when locked out, Enable only when disabled, …).
    // Whether the directory's kind has the action at all is the backend's to say.
    static bool applies(AccountAction::Kind kind, const AccountStatus &account);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AccountStatus &account, int column) const;
    QVariant sortValue(const AccountStatus &account, int column) const;
    QString toolTip(const AccountStatus &account, int column) const;

    QList<AccountStatus> m_accounts;
    QHash<QString, int> m_rows;  // DN -> row
};

} // namespace wb
