#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace wb {

using TicketId = qint64;
using CategoryId = qint64;

// The ticket life cycle (TicketWorkflow says which step may follow which).
enum class TicketStatus { New, Assigned, InProgress, Pending, Resolved, Closed };

// Urgency, impact and priority: 1 very low … 5 very high, as GLPI counts them.
constexpr int minLevel = 1;
constexpr int maxLevel = 5;

struct Requester
{
    QString name;
    QString email;
    QString phone;
};

struct WorkLogEntry
{
    qint64 id = 0;
    TicketId ticketId = 0;
    QString author;
    QDateTime at;          // UTC; set when added if invalid
    QString text;
    int minutes = 0;       // time spent
    bool isPublic = false; // shown to the requester; internal otherwise
};

struct TicketCategory
{
    CategoryId id = 0;
    CategoryId parentId = 0; // 0 = top level
    QString name;            // as stored: a built-in one's English name, any other as written
    // A category the workspace came with ("account", "printer"): shown in the
    // UI language. Empty for one the user made, and once the user renamed it.
    QString builtin;
};

// How a category is named to the user, or to a script.
enum class CategoryNames {
    Shown,  // built-in ones in the UI language, any other as written
    Stored, // as stored (built-in ones in English): for JSON and exports
};

struct Ticket
{
    TicketId id = 0;       // also its number, shown as #id
    QString title;
    QString description;
    Requester requester;
    CategoryId categoryId = 0; // 0 = none
    int urgency = 3;
    int impact = 3;
    int priority = 3;          // from the matrix unless priorityOverridden
    bool priorityOverridden = false;
    TicketStatus status = TicketStatus::New;
    QString assignee;
    QList<qint64> hostIds;     // inventory hosts the ticket is about (directories: TicketStore::directoryLinks)
    QDateTime due;             // from the SLA of its priority; invalid = none
    QString solution;          // required to resolve
    QDateTime created;
    QDateTime firstResponse;
    QDateTime resolved;
    QDateTime closed;
    qint64 rowVersion = 0;

    bool isOpen() const { return status != TicketStatus::Resolved && status != TicketStatus::Closed; }
    bool isOverdue(const QDateTime &now) const { return isOpen() && due.isValid() && due < now; }
};

} // namespace wb
