#pragma once
// How a Ticket maps to a row of the tickets table; shared by the store's
// writes (TicketStore.cpp) and reads (TicketQueries.cpp). Not a public API.

#include "core/tickets/Ticket.h"
#include "core/tickets/TicketWorkflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace wb::ticketrows {

#define TICKET_COLUMNS_WRITTEN                                                                                   \
    "title, description, requester_name, requester_email, requester_phone, category_id, urgency, impact, "       \
    "priority, priority_overridden, status, assignee, due_at, solution, created_at, first_response_at, "         \
    "resolved_at, closed_at"
#define TICKET_VALUES_WRITTEN                                                                                    \
    ":title, :description, :requester_name, :requester_email, :requester_phone, :category_id, :urgency, "        \
    ":impact, :priority, :priority_overridden, :status, :assignee, :due_at, :solution, :created_at, "            \
    ":first_response_at, :resolved_at, :closed_at"
#define TICKET_ASSIGNMENTS                                                                                       \
    "title = :title, description = :description, requester_name = :requester_name, "                            \
    "requester_email = :requester_email, requester_phone = :requester_phone, category_id = :category_id, "       \
    "urgency = :urgency, impact = :impact, priority = :priority, priority_overridden = :priority_overridden, "   \
    "status = :status, assignee = :assignee, due_at = :due_at, solution = :solution, created_at = :created_at, " \
    "first_response_at = coalesce(first_response_at, :first_response_at), resolved_at = :resolved_at, closed_at = :closed_at"
#define TICKET_COLUMNS_READ "id, " TICKET_COLUMNS_WRITTEN ", row_version"

// UTC, with milliseconds: sorts as text in time order.
inline QVariant timeText(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

inline QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

inline void bindTicket(QSqlQuery &q, const Ticket &t)
{
    q.bindValue(QStringLiteral(":title"), t.title);
    q.bindValue(QStringLiteral(":description"), text(t.description));
    q.bindValue(QStringLiteral(":requester_name"), text(t.requester.name.trimmed()));
    q.bindValue(QStringLiteral(":requester_email"), text(t.requester.email));
    q.bindValue(QStringLiteral(":requester_phone"), text(t.requester.phone.trimmed()));
    q.bindValue(QStringLiteral(":category_id"), t.categoryId > 0 ? QVariant(t.categoryId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":urgency"), t.urgency);
    q.bindValue(QStringLiteral(":impact"), t.impact);
    q.bindValue(QStringLiteral(":priority"), t.priority);
    q.bindValue(QStringLiteral(":priority_overridden"), t.priorityOverridden ? 1 : 0);
    q.bindValue(QStringLiteral(":status"), TicketWorkflow::statusKey(t.status));
    q.bindValue(QStringLiteral(":assignee"), text(t.assignee));
    q.bindValue(QStringLiteral(":due_at"), timeText(t.due));
    q.bindValue(QStringLiteral(":solution"), text(t.solution));
    q.bindValue(QStringLiteral(":created_at"), timeText(t.created));
    q.bindValue(QStringLiteral(":first_response_at"), timeText(t.firstResponse));
    q.bindValue(QStringLiteral(":resolved_at"), timeText(t.resolved));
    q.bindValue(QStringLiteral(":closed_at"), timeText(t.closed));
}

// The columns of TICKET_COLUMNS_READ, in that order.
inline Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.description = q.value(2).toString();
    t.requester = Requester{q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    t.categoryId = q.value(6).toLongLong();
    t.urgency = q.value(7).toInt();
    t.impact = q.value(8).toInt();
    t.priority = q.value(9).toInt();
    t.priorityOverridden = q.value(10).toBool();
    TicketWorkflow::statusFromKey(q.value(11).toString(), &t.status);
    t.assignee = q.value(12).toString();
    t.due = timeFrom(q.value(13));
    t.solution = q.value(14).toString();
    t.created = timeFrom(q.value(15));
    t.firstResponse = timeFrom(q.value(16));
    t.resolved = timeFrom(q.value(17));
    t.closed = timeFrom(q.value(18));
    t.rowVersion = q.value(19).toLongLong();
    return t;
}

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(wb::TicketStore)
};

inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

inline bool isOpen(const QSqlDatabase &db, QString *error)
{
    return db.isOpen() || fail(error, Messages::tr("No workspace is open."));
}

} // namespace wb::ticketrows
