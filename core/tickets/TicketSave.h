#pragma once

#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/Ticket.h"

#include <QSqlDatabase>
#include <QStringList>

namespace wb {

// Publishing a ticket's solution when it is resolved.
struct PublishRequest
{
    bool wanted = false;
    QStringList tags;
};

struct TicketSaveResult
{
    Ticket ticket;   // as stored: id, priority, due date, timestamps, row version
    Article article; // the published article; id 0 when none was
};

// Saving a ticket, the same from the window and from werkbank-cli: added when
// its id is 0, else updated (with TicketStore's workflow and version checks);
// when this save makes it Resolved and publishing is wanted, its solution
// becomes a knowledge-base article (KnowledgeBase::draftFrom, with the tags).
// One transaction: the ticket and its article are both stored, or neither.
bool saveTicket(QSqlDatabase db, const Ticket &ticket, const PublishRequest &publish, TicketSaveResult *result, QString *error);

} // namespace wb
