#include "core/tickets/TicketSave.h"

#include "core/storage/WriteScope.h"
#include "core/tickets/TicketStore.h"

namespace wb {

bool saveTicket(QSqlDatabase db, const Ticket &ticket, const PublishRequest &publish, TicketSaveResult *result, QString *error)
{
    WriteScope scope(db, false, error);
    if (!scope.ok())
        return false;
    TicketStore tickets(db);
    tickets.joinCallersTransaction();
    // Whether this save resolves it: the stored status, read in the same transaction.
    Ticket stored;
    QString notFound; // update() below says what is wrong with a ticket that is gone
    const bool wasResolved = ticket.id != 0 && tickets.load(ticket.id, &stored, &notFound) && stored.status == TicketStatus::Resolved;
    Ticket saved = ticket;
    if (!(saved.id == 0 ? tickets.add(&saved, error) : tickets.update(&saved, error)))
        return false;
    Article article;
    if (publish.wanted && saved.status == TicketStatus::Resolved && !wasResolved) {
        article = KnowledgeBase::draftFrom(saved);
        for (const QString &tag : publish.tags) {
            if (!tag.trimmed().isEmpty())
                article.tags << tag.trimmed();
        }
        if (!KnowledgeBase(db).add(&article, error))
            return false;
    }
    if (!scope.commit())
        return false;
    result->ticket = saved;
    result->article = article;
    return true;
}

} // namespace wb
