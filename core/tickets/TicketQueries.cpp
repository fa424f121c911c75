// TicketStore's reads: pages of tickets for views and searches, and counts.
#include "core/tickets/TicketRows.h"
#include "core/storage/SqlDialect.h"
#include "core/tickets/TextSearch.h"
#include "core/tickets/TicketStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

namespace wb {

using namespace ticketrows;

namespace {

constexpr const char *openStatuses = "t.status IN ('new', 'assigned', 'in-progress', 'pending')";

// The WHERE clause of a query, with its values in bind order.
QString whereFor(SqlEngine engine, const TicketQuery &query, const QDateTime &now, QVariantList *values)
{
    QStringList conditions;
    switch (query.view) {
    case TicketQuery::View::AllOpen:
        conditions << QString::fromLatin1(openStatuses);
        break;
    case TicketQuery::View::Mine:
        conditions << QString::fromLatin1(openStatuses) << QStringLiteral("t.assignee = ?");
        *values << query.me;
        break;
    case TicketQuery::View::Unassigned:
        conditions << QString::fromLatin1(openStatuses) << QStringLiteral("t.assignee = ''");
        break;
    case TicketQuery::View::Overdue:
        conditions << QString::fromLatin1(openStatuses) << QStringLiteral("t.due_at < ?");
        *values << timeText(now);
        break;
    case TicketQuery::View::ResolvedThisWeek: {
        const QDate today = now.toLocalTime().date();
        const QDateTime monday(today.addDays(1 - today.dayOfWeek()), QTime(0, 0), Qt::LocalTime);
        conditions << QStringLiteral("t.resolved_at >= ?");
        *values << timeText(monday);
        break;
    }
    case TicketQuery::View::All:
        break;
    }
    if (!query.text.trimmed().isEmpty()) {
        // Searched through the join in fromFor(): the text index drives the query.
        const textsearch::TicketSearch search = textsearch::ticketSearch(engine, query.text);
        conditions << search.condition;
        *values << search.argument;
    }
    if (query.hostId != 0) {
        conditions << QStringLiteral("t.id IN (SELECT ticket_id FROM ticket_hosts WHERE host_id = ?)");
        *values << query.hostId;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// With words to find, the full-text index leads: newest first it hands out
// matches in id order and the LIMIT stops it early (a common word in a
// million tickets stays a millisecond query); other orders sort every match.
QString fromFor(SqlEngine engine, const TicketQuery &query)
{
    return query.text.trimmed().isEmpty() ? QStringLiteral(" FROM tickets t") : textsearch::ticketSearch(engine, query.text).from;
}

QString orderFor(SqlEngine engine, const TicketQuery &query)
{
    switch (query.order) {
    case TicketQuery::Order::PriorityThenDue: return QStringLiteral(" ORDER BY t.priority DESC, t.due_at, t.id");
    case TicketQuery::Order::Due: return QStringLiteral(" ORDER BY t.due_at, t.priority DESC, t.id");
    case TicketQuery::Order::Newest:
        return query.text.trimmed().isEmpty() ? QStringLiteral(" ORDER BY t.id DESC")
                                              : textsearch::ticketSearch(engine, query.text).newestFirst;
    }
    return {};
}

// TICKET_COLUMNS_READ with the table named: the index has columns of the same names.
QString qualifiedColumns()
{
    QStringList columns = QString::fromLatin1(TICKET_COLUMNS_READ).split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("t."));
    return columns.join(QStringLiteral(", "));
}

} // namespace

QList<Ticket> TicketStore::list(const TicketQuery &query, QString *error) const
{
    QList<Ticket> tickets;
    if (!isOpen(m_db, error))
        return tickets;
    QVariantList values;
    const SqlEngine engine = sqlEngine(m_db);
    const QString where = whereFor(engine, query, now(), &values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + qualifiedColumns() + fromFor(engine, query) + where + orderFor(engine, query)
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(std::max(0, query.limit));
    q.addBindValue(std::max(0, query.offset));
    if (!q.exec()) {
        fail(error, tr("The tickets could not be read: %1").arg(sql::errorText(q.lastError())));
        return tickets;
    }
    QHash<TicketId, qsizetype> row;
    while (q.next()) {
        tickets.append(readTicket(q));
        row.insert(tickets.last().id, tickets.size() - 1);
    }
    if (tickets.isEmpty())
        return tickets;
    // Hosts of the whole page in one query.
    QStringList ids;
    for (const Ticket &ticket : std::as_const(tickets))
        ids << QString::number(ticket.id);
    QSqlQuery hosts(m_db);
    hosts.setForwardOnly(true);
    if (hosts.exec(QStringLiteral("SELECT ticket_id, host_id FROM ticket_hosts WHERE ticket_id IN (%1) ORDER BY host_id")
                       .arg(ids.join(QLatin1Char(','))))) {
        while (hosts.next())
            tickets[row.value(hosts.value(0).toLongLong())].hostIds << hosts.value(1).toLongLong();
    }
    return tickets;
}

int TicketStore::count(const TicketQuery &query, QString *error) const
{
    if (!isOpen(m_db, error))
        return 0;
    QVariantList values;
    QSqlQuery q(m_db);
    const SqlEngine engine = sqlEngine(m_db);
    q.prepare(QStringLiteral("SELECT count(*)") + fromFor(engine, query) + whereFor(engine, query, now(), &values));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        fail(error, tr("The tickets could not be counted: %1").arg(sql::errorText(q.lastError())));
        return 0;
    }
    return q.value(0).toInt();
}

QHash<qint64, int> TicketStore::openTicketsPerHost(QString *error) const
{
    QHash<qint64, int> counts;
    if (!isOpen(m_db, error))
        return counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT h.host_id, count(*) FROM ticket_hosts h JOIN tickets t ON t.id = h.ticket_id"
                               " WHERE ") + QString::fromLatin1(openStatuses) + QStringLiteral(" GROUP BY h.host_id"))) {
        fail(error, tr("The tickets could not be counted: %1").arg(sql::errorText(q.lastError())));
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

} // namespace wb
