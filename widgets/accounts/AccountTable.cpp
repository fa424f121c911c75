#include "widgets/accounts/AccountTable.h"

#include "models/accounts/AccountModel.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace wb {

namespace {
QString headerKey() { return QStringLiteral("accounts/header"); }
} // namespace

AccountTable::AccountTable(AccountModel *model, QSortFilterProxyModel *proxy, QWidget *parent)
    : QTableView(parent), m_model(model), m_proxy(proxy)
{
    setObjectName(QStringLiteral("accountsTable"));
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setSortingEnabled(true);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

int AccountTable::selectedModelRow() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return source.isValid() ? source.row() : -1;
}

void AccountTable::selectAccount(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void AccountTable::fitColumnsOnce()
{
    if (m_fitted || m_headerRestored)
        return;
    m_fitted = true;
    // As wide as what the host sent, within reason, and room for the longer
    // names of system accounts and people.
    resizeColumnsToContents();
    for (int column = 0; column < AccountModel::ColumnCount; ++column) {
        const int least = column == AccountModel::NameColumn ? 130 : column == AccountModel::FullNameColumn ? 150 : 0;
        setColumnWidth(column, std::clamp(columnWidth(column), least, 280));
    }
}

void AccountTable::restoreSettings()
{
    const QSettings settings;
    const std::initializer_list<std::pair<int, int>> widths = {
        {AccountModel::NameColumn, 130}, {AccountModel::FullNameColumn, 160}, {AccountModel::UidColumn, 64},
        {AccountModel::PasswordColumn, 96}, {AccountModel::StateColumn, 96}, {AccountModel::LastChangedColumn, 104},
        {AccountModel::MustChangeColumn, 96}, {AccountModel::MaxAgeColumn, 80}, {AccountModel::ExpiryColumn, 100},
        {AccountModel::FailedLoginsColumn, 96}, {AccountModel::LastLoginColumn, 260}};
    for (auto [column, width] : widths)
        setColumnWidth(column, width);
    QHeaderView *header = horizontalHeader();
    m_headerRestored = header->restoreState(settings.value(headerKey()).toByteArray());
    if (!m_headerRestored)
        header->setSortIndicator(AccountModel::NameColumn, Qt::AscendingOrder);
    sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void AccountTable::saveSettings() const
{
    QSettings settings;
    settings.setValue(headerKey(), horizontalHeader()->saveState());
}

} // namespace wb
