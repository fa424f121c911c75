#include "models/tickets/TicketFilterProxy.h"

#include "models/tickets/TicketTableModel.h"

namespace wb {

TicketFilterProxy::TicketFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TicketFilterProxy::setHighPriorityOnly(bool on)
{
    if (on == m_highOnly)
        return;
    m_highOnly = on;
    invalidateRowsFilter();
}

void TicketFilterProxy::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    invalidateRowsFilter();
}

void TicketFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool TicketFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_highOnly && index.data(TicketTableModel::PriorityRole).toInt() < 4)
        return false;
    if (m_overdueOnly && !index.data(TicketTableModel::OverdueRole).toBool())
        return false;
    return true;
}

} // namespace wb
