#pragma once

#include <QString>
#include <QTableView>

class QSortFilterProxyModel;

namespace wb {

class AccountModel;

// The accounts listing: one row selected at a time, sorted by a column, with
// the column widths, order and sort kept across restarts. Without saved widths
// the first listing sizes the columns to what the host sent, within reason.
class AccountTable : public QTableView
{
    Q_OBJECT
public:
    AccountTable(AccountModel *model, QSortFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The selected account's row in the model, or -1.
    int selectedModelRow() const;
    void selectAccount(const QString &name);
    // Once, after the first listing, when no widths were saved.
    void fitColumnsOnce();

    void restoreSettings();
    void saveSettings() const;

private:
    AccountModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_headerRestored = false;
    bool m_fitted = false;
};

} // namespace wb
