#include "core/tickets/TicketWorkflow.h"

namespace wb {

namespace {

struct StatusWords { TicketStatus status; const char *key; };
constexpr StatusWords statusWords[] = {
    {TicketStatus::New, "new"},           {TicketStatus::Assigned, "assigned"},
    {TicketStatus::InProgress, "in-progress"}, {TicketStatus::Pending, "pending"},
    {TicketStatus::Resolved, "resolved"}, {TicketStatus::Closed, "closed"},
};

} // namespace

QString TicketWorkflow::statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return tr("New");
    case TicketStatus::Assigned: return tr("Assigned");
    case TicketStatus::InProgress: return tr("In progress");
    case TicketStatus::Pending: return tr("Pending");
    case TicketStatus::Resolved: return tr("Resolved");
    case TicketStatus::Closed: return tr("Closed");
    }
    return {};
}

QString TicketWorkflow::statusKey(TicketStatus status)
{
    for (const StatusWords &words : statusWords) {
        if (words.status == status)
            return QString::fromLatin1(words.key);
    }
    return {};
}

bool TicketWorkflow::statusFromKey(const QString &key, TicketStatus *status)
{
    for (const StatusWords &words : statusWords) {
        if (key == QLatin1String(words.key)) {
            *status = words.status;
            return true;
        }
    }
    return false;
}

bool TicketWorkflow::isEdge(TicketStatus from, TicketStatus to)
{
    using S = TicketStatus;
    switch (from) {
    case S::New: return to == S::Assigned || to == S::InProgress || to == S::Pending || to == S::Resolved;
    case S::Assigned: return to == S::InProgress || to == S::Pending || to == S::Resolved;
    case S::InProgress: return to == S::Assigned || to == S::Pending || to == S::Resolved;
    case S::Pending: return to == S::Assigned || to == S::InProgress || to == S::Resolved;
    case S::Resolved: return to == S::Closed || to == S::InProgress;
    case S::Closed: return to == S::InProgress;
    }
    return false;
}

QList<TicketStatus> TicketWorkflow::nextStatuses(TicketStatus from)
{
    QList<TicketStatus> next;
    for (const StatusWords &words : statusWords) {
        if (isEdge(from, words.status))
            next << words.status;
    }
    return next;
}

QString TicketWorkflow::refusal(const Ticket &ticket, TicketStatus to)
{
    const TicketStatus from = ticket.status;
    if (from == to)
        return tr("The ticket is already %1.").arg(statusName(to).toLower());
    if (!isEdge(from, to)) {
        if (to == TicketStatus::Closed)
            return tr("A ticket is closed only after it is resolved.");
        if (to == TicketStatus::New)
            return tr("A ticket that is being worked on cannot become new again.");
        if (from == TicketStatus::Resolved || from == TicketStatus::Closed)
            return tr("A %1 ticket can only be reopened (to in progress).").arg(statusName(from).toLower());
        return tr("A ticket cannot go from %1 to %2.").arg(statusName(from).toLower(), statusName(to).toLower());
    }
    if (to == TicketStatus::Assigned && ticket.assignee.trimmed().isEmpty())
        return tr("Name who the ticket is assigned to.");
    if (to == TicketStatus::Resolved && ticket.solution.trimmed().isEmpty())
        return tr("Write down the solution before resolving the ticket.");
    return {};
}

} // namespace wb
