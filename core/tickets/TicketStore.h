#pragma once

#include "core/storage/GuiThreadCheck.h"
#include "core/tickets/PriorityMatrix.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace wb {

// Which tickets, in which order: what the pane's saved views, the CLI and
// the search ask for. One page at a time (offset, limit).
struct TicketQuery
{
    enum class View { AllOpen, Mine, Unassigned, Overdue, ResolvedThisWeek, All };
    enum class Order { PriorityThenDue, Due, Newest };
    View view = View::AllOpen;
    Order order = Order::PriorityThenDue;
    QString me{};        // for View::Mine
    QString text{};      // full-text words (FTS5 over title, description, work log, solution); empty = any
    qint64 hostId = 0;   // only tickets linked to this host; 0 = any
    int offset = 0;
    int limit = 200;
};

// The workspace's tickets (migration 5); their categories are TicketCategories. Every write is checked first and
// fails with a sentence the user can act on: a missing title, a status the
// workflow does not allow from the stored one, a stale copy (someone saved
// the ticket since it was read). Priority comes from the workspace's matrix
// unless overridden; the due date from its SLA, set again when the priority changes.
class TicketStore
{
    Q_DECLARE_TR_FUNCTIONS(wb::TicketStore)
public:
    explicit TicketStore(QSqlDatabase db, const std::source_location &caller = std::source_location::current());

    // For tests: the time "now" (UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    // Writes from now on are part of the transaction the caller opened
    // (WriteScope) instead of one of their own, so several stores' writes
    // are stored together or not at all.
    void joinCallersTransaction() { m_inCallersTransaction = true; }

    PriorityMatrix priorityMatrix() const;
    bool setPriorityMatrix(const PriorityMatrix &matrix, QString *error);
    SlaPolicy slaPolicy() const;
    bool setSlaPolicy(const SlaPolicy &policy, QString *error);

    // A new ticket: status New, created now, priority and due date worked out;
    // writes back id, priority, due, timestamps and row version.
    bool add(Ticket *ticket, QString *error);
    // Saves a stored ticket; a status change must be a step the workflow allows
    // from the stored status (TicketWorkflow), and sets its timestamps.
    bool update(Ticket *ticket, QString *error);
    bool load(TicketId id, Ticket *ticket, QString *error) const;
    bool remove(TicketId id, QString *error);

    // Directories the ticket is about, or accounts in them (by DN). Kept apart
    // from save(): a ticket saved by a window that never read them leaves them be.
    struct DirectoryLink {
        qint64 directoryId = 0;
        QString accountDn; // empty: the directory itself
        bool operator==(const DirectoryLink &) const = default;
    };
    QList<DirectoryLink> directoryLinks(TicketId id, QString *error = nullptr) const;
    bool linkDirectory(TicketId id, const DirectoryLink &link, QString *error);
    // Every link of the ticket to that directory (itself and its accounts).
    bool unlinkDirectory(TicketId id, qint64 directoryId, QString *error);

    // Appends to the work log (the first entry is the ticket's first response).
    bool addWorkLog(WorkLogEntry *entry, QString *error);
    QList<WorkLogEntry> workLog(TicketId id, QString *error = nullptr) const;

    QList<Ticket> list(const TicketQuery &query, QString *error = nullptr) const;
    int count(const TicketQuery &query, QString *error = nullptr) const;
    // Open tickets per linked host (hosts without one are left out).
    QHash<qint64, int> openTicketsPerHost(QString *error = nullptr) const;

    // The first problem with the ticket's own fields, or an empty string.
    static QString validate(const Ticket &ticket);

private:
    bool write(Ticket *ticket, const Ticket *stored, QString *error);
    bool saveHosts(const Ticket &ticket, QString *error);

    QSqlDatabase m_db;
    std::function<QDateTime()> m_clock;
    bool m_inCallersTransaction = false;
};

} // namespace wb
