#pragma once

#include <QSortFilterProxyModel>

namespace wb {

// Narrows the loaded rows of a TicketTableModel at once, without asking the
// store again: only high priority (4 and 5), only overdue. Scrolling on still
// fetches the next pages (canFetchMore/fetchMore go to the source), so a
// narrow filter fills up as the view asks for more.
class TicketFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TicketFilterProxy(QObject *parent = nullptr);

    void setHighPriorityOnly(bool on);
    bool highPriorityOnly() const { return m_highOnly; }
    void setOverdueOnly(bool on);
    bool overdueOnly() const { return m_overdueOnly; }

    // Sorting is the source's (it asks the store for the whole view in order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_highOnly = false;
    bool m_overdueOnly = false;
};

} // namespace wb
