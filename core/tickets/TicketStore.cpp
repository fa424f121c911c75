#include "core/tickets/TicketStore.h"

#include "core/storage/GuiThreadCheck.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WriteScope.h"
#include "core/tickets/TicketRows.h"
#include "core/tickets/TicketWorkflow.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace wb {

using namespace ticketrows;

TicketStore::TicketStore(QSqlDatabase db, const std::source_location &caller)
    : m_db(std::move(db)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    checkNotOnGuiThread("TicketStore", caller);
}

PriorityMatrix TicketStore::priorityMatrix() const
{
    PriorityMatrix matrix;
    const QString stored = WorkspaceSettings(m_db).value(PriorityMatrix::settingsKey());
    if (!stored.isEmpty())
        PriorityMatrix::fromString(stored, &matrix, nullptr); // a damaged value: GLPI's default
    return matrix;
}

bool TicketStore::setPriorityMatrix(const PriorityMatrix &matrix, QString *error)
{
    return WorkspaceSettings(m_db).setValue(PriorityMatrix::settingsKey(), matrix.toString(), error);
}

SlaPolicy TicketStore::slaPolicy() const
{
    SlaPolicy policy;
    const QString stored = WorkspaceSettings(m_db).value(SlaPolicy::settingsKey());
    if (!stored.isEmpty())
        SlaPolicy::fromString(stored, &policy, nullptr);
    return policy;
}

bool TicketStore::setSlaPolicy(const SlaPolicy &policy, QString *error)
{
    if (const QString problem = policy.problem(); !problem.isEmpty())
        return fail(error, problem);
    return WorkspaceSettings(m_db).setValue(SlaPolicy::settingsKey(), policy.toString(), error);
}

QString TicketStore::validate(const Ticket &ticket)
{
    const QString title = ticket.title.trimmed();
    if (title.isEmpty())
        return tr("A ticket needs a title.");
    if (title.size() > 200)
        return tr("The title is longer than 200 characters; put the details in the description.");
    auto hasControl = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    if (hasControl(title))
        return tr("The title contains a line break or another control character.");
    auto inRange = [](int level) { return level >= minLevel && level <= maxLevel; };
    if (!inRange(ticket.urgency) || !inRange(ticket.impact) || !inRange(ticket.priority))
        return tr("Urgency, impact and priority go from %1 (very low) to %2 (very high).").arg(minLevel).arg(maxLevel);
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString address = ticket.requester.email.trimmed();
    if (!address.isEmpty() && !email.match(address).hasMatch())
        return tr("“%1” is not an e-mail address.").arg(address);
    if (hasControl(ticket.requester.name) || hasControl(ticket.requester.email) || hasControl(ticket.requester.phone)
        || hasControl(ticket.assignee))
        return tr("A name, address or phone number contains a line break or another control character.");
    return {};
}

bool TicketStore::add(Ticket *ticket, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    ticket->status = TicketStatus::New;
    ticket->created = now();
    ticket->firstResponse = ticket->resolved = ticket->closed = QDateTime();
    return write(ticket, nullptr, error);
}

bool TicketStore::update(Ticket *ticket, QString *error)
{
    Ticket stored;
    if (!load(ticket->id, &stored, error))
        return false;
    if (stored.rowVersion != ticket->rowVersion)
        return fail(error, tr("Ticket #%1 was changed elsewhere since it was opened; open it again to see the changes.")
                               .arg(ticket->id));
    // What a status needs holds for as long as the ticket has it, not only on the step into it.
    if ((ticket->status == TicketStatus::Resolved || ticket->status == TicketStatus::Closed) && ticket->solution.trimmed().isEmpty())
        return fail(error, tr("A resolved or closed ticket keeps its solution."));
    if (ticket->status == TicketStatus::Assigned && ticket->status == stored.status && ticket->assignee.trimmed().isEmpty())
        return fail(error, tr("An assigned ticket keeps its assignee; to take it off someone, move it to in progress or pending."));
    if (ticket->status != stored.status) {
        Ticket probe = *ticket;
        probe.status = stored.status;
        if (const QString refusal = TicketWorkflow::refusal(probe, ticket->status); !refusal.isEmpty())
            return fail(error, refusal);
    }
    // What the workflow stamps; the rest of the stored times stay as they were.
    ticket->created = stored.created;
    ticket->firstResponse = stored.firstResponse;
    ticket->resolved = stored.resolved;
    ticket->closed = stored.closed;
    if (ticket->status != stored.status) {
        const QDateTime at = now();
        if (!ticket->firstResponse.isValid())
            ticket->firstResponse = at;
        if (TicketWorkflow::isReopen(stored.status, ticket->status))
            ticket->resolved = ticket->closed = QDateTime();
        if (ticket->status == TicketStatus::Resolved)
            ticket->resolved = at;
        if (ticket->status == TicketStatus::Closed)
            ticket->closed = at;
    }
    return write(ticket, &stored, error);
}

bool TicketStore::write(Ticket *ticket, const Ticket *stored, QString *error)
{
    ticket->title = ticket->title.trimmed();
    ticket->requester.email = ticket->requester.email.trimmed();
    ticket->assignee = ticket->assignee.trimmed();
    if (!ticket->priorityOverridden)
        ticket->priority = priorityMatrix().priority(ticket->urgency, ticket->impact);
    if (const QString problem = validate(*ticket); !problem.isEmpty())
        return fail(error, problem);
    if (ticket->categoryId != 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM ticket_categories WHERE id = ?"));
        q.addBindValue(ticket->categoryId);
        if (!q.exec() || !q.next())
            return fail(error, tr("The ticket's category no longer exists; choose another."));
    }
    if (!stored || stored->priority != ticket->priority)
        ticket->due = slaPolicy().dueFrom(ticket->created, ticket->priority);

    WriteScope scope(m_db, m_inCallersTransaction, error);
    if (!scope.ok())
        return false;
    QSqlQuery q(m_db);
    if (stored) {
        q.prepare(QStringLiteral("UPDATE tickets SET " TICKET_ASSIGNMENTS ", row_version = row_version + 1"
                                 " WHERE id = :id AND row_version = :row_version"));
        q.bindValue(QStringLiteral(":id"), ticket->id);
        q.bindValue(QStringLiteral(":row_version"), ticket->rowVersion);
    } else {
        q.prepare(QStringLiteral("INSERT INTO tickets (" TICKET_COLUMNS_WRITTEN ") VALUES (" TICKET_VALUES_WRITTEN ") RETURNING id"));
    }
    bindTicket(q, *ticket);
    if (!q.exec())
        return fail(error, tr("The ticket could not be saved: %1").arg(sql::errorText(q.lastError())));
    if (stored && q.numRowsAffected() != 1)
        return fail(error, tr("Ticket #%1 was changed elsewhere since it was opened; open it again to see the changes.")
                               .arg(ticket->id));
    if (!stored)
        ticket->id = sql::returnedId(q);
    if (!saveHosts(*ticket, error) || !scope.commit())
        return false;
    ticket->rowVersion = stored ? stored->rowVersion + 1 : 1;
    return true;
}

bool TicketStore::saveHosts(const Ticket &ticket, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ticket_hosts WHERE ticket_id = ?"));
    q.addBindValue(ticket.id);
    if (!q.exec())
        return fail(error, tr("The ticket's hosts could not be saved: %1").arg(sql::errorText(q.lastError())));
    QList<qint64> hosts = ticket.hostIds;
    std::sort(hosts.begin(), hosts.end());
    hosts.erase(std::unique(hosts.begin(), hosts.end()), hosts.end());
    q.prepare(QStringLiteral("INSERT INTO ticket_hosts (ticket_id, host_id) VALUES (?, ?)"));
    for (qint64 host : std::as_const(hosts)) {
        q.addBindValue(ticket.id);
        q.addBindValue(host);
        if (!q.exec())
            return fail(error, tr("The ticket names a host that is not in the inventory (any more)."));
    }
    return true;
}

bool TicketStore::load(TicketId id, Ticket *ticket, QString *error) const
{
    if (!isOpen(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT " TICKET_COLUMNS_READ " FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, tr("The ticket could not be read: %1").arg(sql::errorText(q.lastError())));
    if (!q.next())
        return fail(error, tr("There is no ticket #%1.").arg(id));
    *ticket = readTicket(q);
    QSqlQuery hosts(m_db);
    hosts.prepare(QStringLiteral("SELECT host_id FROM ticket_hosts WHERE ticket_id = ? ORDER BY host_id"));
    hosts.addBindValue(id);
    if (hosts.exec()) {
        while (hosts.next())
            ticket->hostIds << hosts.value(0).toLongLong();
    }
    return true;
}

QList<TicketStore::DirectoryLink> TicketStore::directoryLinks(TicketId id, QString *error) const
{
    QList<DirectoryLink> links;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT directory_id, account_dn FROM ticket_directories WHERE ticket_id = ? ORDER BY directory_id, account_dn"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, sql::errorText(q.lastError()));
        return links;
    }
    while (q.next())
        links.append({q.value(0).toLongLong(), q.value(1).toString()});
    return links;
}

bool TicketStore::linkDirectory(TicketId id, const DirectoryLink &link, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ticket_directories (ticket_id, directory_id, account_dn) VALUES (?, ?, ?)"
                             " ON CONFLICT DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(link.directoryId);
    q.addBindValue(link.accountDn.isNull() ? QStringLiteral("") : link.accountDn);
    if (!q.exec())
        return fail(error, tr("The ticket could not be linked to the directory: %1").arg(sql::errorText(q.lastError())));
    return true;
}

bool TicketStore::unlinkDirectory(TicketId id, qint64 directoryId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ticket_directories WHERE ticket_id = ? AND directory_id = ?"));
    q.addBindValue(id);
    q.addBindValue(directoryId);
    if (!q.exec())
        return fail(error, tr("The ticket's link to the directory could not be removed: %1").arg(sql::errorText(q.lastError())));
    return true;
}

bool TicketStore::remove(TicketId id, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, tr("The ticket could not be deleted: %1").arg(sql::errorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return fail(error, tr("There is no ticket #%1.").arg(id));
    return true;
}

bool TicketStore::addWorkLog(WorkLogEntry *entry, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    if (entry->text.trimmed().isEmpty())
        return fail(error, tr("A work log entry needs some text."));
    if (entry->minutes < 0 || entry->minutes > 24 * 60 * 31)
        return fail(error, tr("The time spent is from 0 minutes to a month."));
    if (!entry->at.isValid())
        entry->at = now();
    WriteScope scope(m_db, m_inCallersTransaction, error);
    if (!scope.ok())
        return false;
    // The ticket's row before its search document (the work-log trigger's), in
    // the order a save of the ticket takes them: a line logged while someone
    // saves the ticket waits for it rather than deadlocking with it.
    QSqlQuery first(m_db);
    first.prepare(QStringLiteral("UPDATE tickets SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL"));
    first.addBindValue(timeText(entry->at));
    first.addBindValue(entry->ticketId);
    if (!first.exec())
        return fail(error, tr("The work log entry could not be saved: %1").arg(sql::errorText(first.lastError())));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ticket_worklog (ticket_id, author, at, text, minutes, public) VALUES (?, ?, ?, ?, ?, ?)"
                             " RETURNING id"));
    q.addBindValue(entry->ticketId);
    q.addBindValue(entry->author.isNull() ? QStringLiteral("") : entry->author);
    q.addBindValue(timeText(entry->at));
    q.addBindValue(entry->text);
    q.addBindValue(entry->minutes);
    q.addBindValue(entry->isPublic ? 1 : 0);
    if (!q.exec())
        return fail(error, tr("There is no ticket #%1 to log work on.").arg(entry->ticketId));
    entry->id = sql::returnedId(q);
    return scope.commit();
}

QList<WorkLogEntry> TicketStore::workLog(TicketId id, QString *error) const
{
    QList<WorkLogEntry> entries;
    if (!isOpen(m_db, error))
        return entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ticket_id, author, at, text, minutes, public FROM ticket_worklog"
                             " WHERE ticket_id = ? ORDER BY at, id"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, tr("The work log could not be read: %1").arg(sql::errorText(q.lastError())));
        return entries;
    }
    while (q.next())
        entries.append(WorkLogEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                    timeFrom(q.value(3)), q.value(4).toString(), q.value(5).toInt(), q.value(6).toBool()});
    return entries;
}

} // namespace wb
