#pragma once

#include "core/tickets/TicketStore.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace wb {

class TicketPager;

// The tickets of one view (TicketQuery) as a table that loads page by page:
// the first page when the query is set, the next whenever a view scrolls to
// the end (canFetchMore/fetchMore). Pages come from a TicketPager, off the
// GUI thread; the model only adapts. Sorting asks the pager for the whole
// view in the new order (priority, due date, newest), not the loaded rows.
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PriorityColumn, StatusColumn, TitleColumn, RequesterColumn, AssigneeColumn,
                  DueColumn, HostsColumn, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, PriorityRole, OverdueRole, StatusRole };

    explicit TicketTableModel(QObject *parent = nullptr);

    // The pager must outlive the model (or be set again before it goes).
    void setPager(TicketPager *pager);
    void setQuery(const TicketQuery &query);
    const TicketQuery &query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // Names for the hosts column (the inventory's); ids are shown otherwise.
    void setHostNames(std::function<QString(qint64)> names) { m_hostNames = std::move(names); }
    // For tests: what "now" is when marking overdue rows.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Shows a ticket saved elsewhere (the editor) in its row, if loaded.
    void refreshTicket(const Ticket &ticket);
    int rowOf(TicketId id) const;
    const Ticket &ticketAt(int row) const { return m_tickets.at(row); }
    bool isLoading() const { return m_pending != 0; }
    bool isComplete() const { return m_atEnd; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString priorityName(int priority);

Q_SIGNALS:
    // A page arrived (rows were appended, or none: the view is complete).
    void pageLoaded();
    void loadFailed(const QString &error);

private:
    void onPage(int serial, const QList<Ticket> &tickets, const QString &error);

    TicketPager *m_pager = nullptr;
    TicketQuery m_query;
    QList<Ticket> m_tickets;
    int m_pageSize = 200;
    int m_pending = 0;     // serial of the page asked for; 0 = none
    bool m_atEnd = false;
    std::function<QString(qint64)> m_hostNames;
    std::function<QDateTime()> m_clock;
};

} // namespace wb
