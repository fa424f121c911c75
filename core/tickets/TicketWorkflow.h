#pragma once

#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wb {

// Which status may follow which, and what a step needs:
//   New        → Assigned, In progress, Pending, Resolved
//   Assigned   → In progress, Pending, Resolved
//   In progress→ Assigned, Pending, Resolved
//   Pending    → Assigned, In progress, Resolved
//   Resolved   → Closed, or reopened (→ In progress)
//   Closed     → reopened (→ In progress)
// Assigned needs an assignee; Resolved needs a solution. Nothing goes back
// to New, and a ticket is never closed without being resolved first.
class TicketWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(wb::TicketWorkflow)
public:
    static QString statusName(TicketStatus status);
    // Stable words for storage, the CLI and JSON: new, assigned, in-progress, …
    static QString statusKey(TicketStatus status);
    static bool statusFromKey(const QString &key, TicketStatus *status);

    static bool isEdge(TicketStatus from, TicketStatus to);
    // The statuses the ticket may move to now (its own data considered).
    static QList<TicketStatus> nextStatuses(TicketStatus from);
    // Empty when `ticket` may go to `to`; otherwise why not, in one sentence.
    static QString refusal(const Ticket &ticket, TicketStatus to);
    static bool isReopen(TicketStatus from, TicketStatus to)
    {
        return (from == TicketStatus::Resolved || from == TicketStatus::Closed) && to == TicketStatus::InProgress;
    }
};

} // namespace wb
