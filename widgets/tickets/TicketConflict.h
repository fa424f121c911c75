#pragma once

#include "core/tickets/Ticket.h"
#include "models/common/ConflictModel.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace wb {

// A ticket saved elsewhere while it was open in an editor, field by field:
// the fields the editor's form changes (the times and the work log are the
// store's, never the form's).
class TicketConflict
{
    Q_DECLARE_TR_FUNCTIONS(wb::TicketConflict)
public:
    enum Field { Title, Requester, Category, Urgency, Impact, Priority, Status, Assignee, Hosts, Description, Solution, FieldCount };

    // `categoryPaths` and `hostNames` name what the ids point at.
    static QList<ConflictField> fields(const Ticket &base, const Ticket &mine, const Ticket &theirs,
                                       const QHash<CategoryId, QString> &categoryPaths,
                                       const std::function<QString(qint64)> &hostNames);
    // What is stored now (`theirs`, its row version and times too) with the
    // fields named by `keysFromMine` taken from `mine`.
    static Ticket merged(const Ticket &mine, const Ticket &theirs, const QList<int> &keysFromMine);
};

} // namespace wb
