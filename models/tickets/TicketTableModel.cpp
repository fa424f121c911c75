#include "models/tickets/TicketTableModel.h"

#include "core/tickets/TicketPager.h"
#include "core/tickets/TicketWorkflow.h"
#include "models/common/ShownTime.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>

namespace wb {

TicketTableModel::TicketTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void TicketTableModel::setPager(TicketPager *pager)
{
    if (m_pager)
        m_pager->disconnect(this);
    m_pager = pager;
    if (m_pager)
        connect(m_pager, &TicketPager::pageReady, this, &TicketTableModel::onPage);
    setQuery(m_query);
}

void TicketTableModel::setQuery(const TicketQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_tickets.clear();
    m_pending = 0; // an answer still on its way is for the old query: ignored
    m_atEnd = m_pager == nullptr;
    endResetModel();
    if (m_pager)
        fetchMore({});
}

bool TicketTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && !m_atEnd && m_pending == 0;
}

void TicketTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    TicketQuery page = m_query;
    page.offset = int(m_tickets.size());
    page.limit = m_pageSize;
    m_pending = m_pager->requestPage(page);
}

void TicketTableModel::onPage(int serial, const QList<Ticket> &tickets, const QString &error)
{
    if (serial != m_pending)
        return;
    if (!error.isEmpty()) {
        m_pending = 0;
        m_atEnd = true; // no retry loop: the view says what went wrong
        Q_EMIT loadFailed(error);
        return;
    }
    if (tickets.size() < m_pageSize)
        m_atEnd = true;
    // Pages are counted by offset: a ticket saved meanwhile can move into the
    // next page as well. Each ticket shows once.
    QList<Ticket> fresh;
    for (const Ticket &ticket : tickets) {
        if (rowOf(ticket.id) < 0)
            fresh << ticket;
    }
    if (!fresh.isEmpty()) {
        // Still "pending" while the rows go in: a view that asks for more
        // from its rowsInserted handler must not ask for this page again.
        beginInsertRows({}, int(m_tickets.size()), int(m_tickets.size() + fresh.size() - 1));
        m_tickets.append(fresh);
        endInsertRows();
    }
    m_pending = 0;
    Q_EMIT pageLoaded();
}

void TicketTableModel::refreshTicket(const Ticket &ticket)
{
    const int row = rowOf(ticket.id);
    if (row < 0)
        return;
    m_tickets[row] = ticket;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TicketTableModel::rowOf(TicketId id) const
{
    for (qsizetype i = 0; i < m_tickets.size(); ++i) {
        if (m_tickets.at(i).id == id)
            return int(i);
    }
    return -1;
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketTableModel::priorityName(int priority)
{
    switch (priority) {
    case 1: return tr("Very low");
    case 2: return tr("Low");
    case 3: return tr("Medium");
    case 4: return tr("High");
    case 5: return tr("Very high");
    }
    return QString::number(priority);
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_tickets.at(index.row());
    const bool overdue = t.isOverdue(m_clock());
    switch (role) {
    case TicketIdRole: return t.id;
    case PriorityRole: return t.priority;
    case OverdueRole: return overdue;
    case StatusRole: return int(t.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QStringLiteral("#%1").arg(t.id);
        case PriorityColumn:
            return t.priorityOverridden ? tr("%1 (set by hand)").arg(priorityName(t.priority)) : priorityName(t.priority);
        case StatusColumn: return TicketWorkflow::statusName(t.status);
        case TitleColumn: return t.title;
        case RequesterColumn: return t.requester.name.isEmpty() ? t.requester.email : t.requester.name;
        case AssigneeColumn: return t.assignee;
        case DueColumn:
            if (!t.due.isValid())
                return QString();
            return overdue ? tr("%1 (overdue)").arg(ShownTime::dateTime(t.due)) : ShownTime::dateTime(t.due);
        case HostsColumn: {
            QStringList names;
            for (qint64 id : t.hostIds)
                names << (m_hostNames ? m_hostNames(id) : QStringLiteral("#%1").arg(id));
            return names.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            // The dock is narrow: the title's tooltip carries what its hidden columns say.
            QStringList lines{t.title};
            if (t.due.isValid())
                lines << (overdue ? tr("Overdue since %1") : tr("Due %1")).arg(ShownTime::dateTime(t.due));
            if (!t.assignee.isEmpty())
                lines << tr("Assigned to %1").arg(t.assignee);
            if (!t.description.isEmpty())
                lines << QString() << t.description.left(500);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == DueColumn && overdue)
            return tr("Past its due date");
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == DueColumn || index.column() == TitleColumn) && overdue)
            return QBrush(QColor(0xc0, 0x1c, 0x28)); // red, as in the inventory's unreachable state
        return {};
    case Qt::FontRole:
        if (t.priority >= 4 && t.isOpen() && (index.column() == PriorityColumn || index.column() == TitleColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == PriorityColumn && t.priority >= 4 && t.isOpen())
            return QIcon(QStringLiteral(":/icons/priority-high.svg"));
        if ((index.column() == DueColumn || index.column() == TitleColumn) && overdue)
            return QIcon(QStringLiteral(":/icons/overdue.svg"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Number");
    case PriorityColumn: return tr("Priority");
    case StatusColumn: return tr("Status");
    case TitleColumn: return tr("Title");
    case RequesterColumn: return tr("Requester");
    case AssigneeColumn: return tr("Assignee");
    case DueColumn: return tr("Due");
    case HostsColumn: return tr("Hosts");
    }
    return {};
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order); // each order has its natural direction: most urgent, soonest, newest first
    TicketQuery query = m_query;
    switch (column) {
    case PriorityColumn: query.order = TicketQuery::Order::PriorityThenDue; break;
    case DueColumn: query.order = TicketQuery::Order::Due; break;
    case IdColumn: query.order = TicketQuery::Order::Newest; break;
    default: return; // the other columns are not orders the store keeps an index for
    }
    if (query.order != m_query.order)
        setQuery(query);
}

} // namespace wb
