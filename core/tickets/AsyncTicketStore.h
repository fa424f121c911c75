#pragma once

#include "core/tickets/PriorityMatrix.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketSave.h"
#include "core/tickets/TicketStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace wb {

class ActiveTicket;
class WorkspaceThread;

// The workspace's ticket rules as one value: what Ticket Settings shows.
struct TicketRules
{
    PriorityMatrix matrix;
    SlaPolicy sla;
    QList<TicketCategory> categories;
};

// What the ticket editor shows: the ticket (a blank one when new), the
// matrix its priority comes from, every category's path, and its work log.
struct TicketView
{
    Ticket ticket;
    PriorityMatrix matrix;
    QHash<CategoryId, QString> categoryPaths;
    QList<WorkLogEntry> workLog;
};

// Tickets for the window: TicketStore's calls run on the workspace thread
// and answer on the asker's thread (never once the asker is gone).
class AsyncTicketStore : public QObject
{
    Q_OBJECT
public:
    // `thread` must outlive this.
    explicit AsyncTicketStore(WorkspaceThread *thread, QObject *parent = nullptr);

    using RulesAnswer = std::function<void(const TicketRules &rules, const QString &error)>;
    using CategoriesAnswer = std::function<void(const QList<TicketCategory> &categories, const QString &error)>;
    using DoneAnswer = std::function<void(const QString &error)>;

    void rules(const QObject *asker, RulesAnswer answer);
    // The matrix and the SLA in one transaction: both are stored, or neither.
    void saveRules(const QObject *asker, const PriorityMatrix &matrix, const SlaPolicy &sla, DoneAnswer answer);
    // As saveRules, but only while the stored matrix and SLA are still those
    // of `basedOn` (what the asker read): otherwise nothing is stored, the
    // error says so and `savedElsewhere` holds what is stored now.
    using CheckedAnswer = std::function<void(const QString &error, const std::optional<TicketRules> &savedElsewhere)>;
    void saveRulesIfUnchanged(const QObject *asker, const TicketRules &basedOn, const PriorityMatrix &matrix, const SlaPolicy &sla,
                              CheckedAnswer answer);

    void categories(const QObject *asker, CategoriesAnswer answer);
    void addCategory(const QObject *asker, const TicketCategory &category, DoneAnswer answer);
    // `basedOn`: as TicketCategories::rename.
    void renameCategory(const QObject *asker, CategoryId id, const QString &name, DoneAnswer answer,
                        const std::optional<QString> &basedOn = std::nullopt);
    void removeCategory(const QObject *asker, CategoryId id, DoneAnswer answer);

    using ViewAnswer = std::function<void(const TicketView &view, const QString &error)>;
    // The ticket with all the editor shows; `id` 0: what a new one needs.
    void open(const QObject *asker, TicketId id, ViewAnswer answer);
    // saveTicket() (with publishing), then the ticket as open() reads it;
    // `published` has id 0 when no article was published.
    using SaveAnswer = std::function<void(const TicketView &view, const Article &published, const QString &error)>;
    void save(const QObject *asker, const Ticket &ticket, const PublishRequest &publish, SaveAnswer answer);
    // Appends an entry; answers with the ticket as stored now (the first
    // entry is its first response) and its whole work log (the view's matrix
    // and categories are left empty: an entry does not change them).
    void addWorkLog(const QObject *asker, const WorkLogEntry &entry, ViewAnswer answer);
    // The directories (and accounts in them) a ticket links; changed at once, apart from save().
    using DirectoryLinksAnswer = std::function<void(const QList<TicketStore::DirectoryLink> &links, const QString &error)>;
    void directoryLinks(const QObject *asker, TicketId id, DirectoryLinksAnswer answer);
    void linkDirectory(const QObject *asker, TicketId id, const TicketStore::DirectoryLink &link, DirectoryLinksAnswer answer);
    void unlinkDirectory(const QObject *asker, TicketId id, qint64 directoryId, DirectoryLinksAnswer answer);
    using WorkLogAnswer = std::function<void(const QList<WorkLogEntry> &entries, const QString &error)>;
    void workLog(const QObject *asker, TicketId id, WorkLogAnswer answer);
    // The workbench's own work (TicketWorkLogger::record: only into an open
    // ticket that links one of the hosts); `logged` hears of an entry
    // written, so open views of the ticket reload. Quitting waits for it.
    void recordWork(TicketId ticket, const QList<qint64> &hostIds, const QString &text, ActiveTicket *logged);

private:
    // A write that answers only with its error.
    void writeCategories(const QObject *asker, std::function<bool(TicketCategories &, QString *)> write, DoneAnswer answer);

    WorkspaceThread *m_thread;
};

} // namespace wb
