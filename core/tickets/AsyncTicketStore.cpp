#include "core/tickets/AsyncTicketStore.h"

#include "core/storage/WorkspaceThread.h"
#include "core/storage/WriteScope.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/TicketWorkLogger.h"

#include <QPointer>

namespace wb {

namespace {
struct SavedView
{
    TicketView view;
    Article published;
};

// Everything but the ticket itself (a new one has nothing more).
TicketView viewOf(QSqlDatabase db, const Ticket &ticket, QString *error)
{
    const TicketStore store(db);
    TicketView view;
    view.ticket = ticket;
    view.matrix = store.priorityMatrix();
    view.categoryPaths = TicketCategories(db).paths(error);
    if (ticket.id != 0 && error->isEmpty())
        view.workLog = store.workLog(ticket.id, error);
    return view;
}
} // namespace

AsyncTicketStore::AsyncTicketStore(WorkspaceThread *thread, QObject *parent) : QObject(parent), m_thread(thread) {}

void AsyncTicketStore::rules(const QObject *asker, RulesAnswer answer)
{
    m_thread->read<TicketRules>(
        asker,
        [](QSqlDatabase db, QString *error) {
            const TicketStore store(db);
            return TicketRules{store.priorityMatrix(), store.slaPolicy(), TicketCategories(db).list(error)};
        },
        std::move(answer));
}

void AsyncTicketStore::saveRules(const QObject *asker, const PriorityMatrix &matrix, const SlaPolicy &sla, DoneAnswer answer)
{
    m_thread->write<bool>(
        asker,
        [matrix, sla](QSqlDatabase db, QString *error) {
            WriteScope scope(db, false, error);
            TicketStore store(db);
            return scope.ok() && store.setSlaPolicy(sla, error) && store.setPriorityMatrix(matrix, error) && scope.commit();
        },
        [answer = std::move(answer)](bool, const QString &error) { answer(error); });
}

void AsyncTicketStore::saveRulesIfUnchanged(const QObject *asker, const TicketRules &basedOn, const PriorityMatrix &matrix,
                                            const SlaPolicy &sla, CheckedAnswer answer)
{
    m_thread->write<std::optional<TicketRules>>(
        asker,
        [basedOn, matrix, sla](QSqlDatabase db, QString *error) -> std::optional<TicketRules> {
            WriteScope scope(db, false, error);
            if (!scope.ok())
                return std::nullopt;
            TicketStore store(db);
            TicketRules stored{store.priorityMatrix(), store.slaPolicy(), {}};
            if (!(stored.matrix == basedOn.matrix) || stored.sla.toString() != basedOn.sla.toString()) {
                *error = tr("The ticket rules were changed elsewhere since they were opened; nothing was saved.");
                return stored;
            }
            if (store.setSlaPolicy(sla, error) && store.setPriorityMatrix(matrix, error))
                scope.commit();
            return std::nullopt;
        },
        [answer = std::move(answer)](const std::optional<TicketRules> &savedElsewhere, const QString &error) {
            answer(error, savedElsewhere);
        });
}

void AsyncTicketStore::categories(const QObject *asker, CategoriesAnswer answer)
{
    m_thread->read<QList<TicketCategory>>(
        asker, [](QSqlDatabase db, QString *error) { return TicketCategories(db).list(error); },
        std::move(answer));
}

void AsyncTicketStore::addCategory(const QObject *asker, const TicketCategory &category, DoneAnswer answer)
{
    writeCategories(asker, [category](TicketCategories &categories, QString *error) {
        TicketCategory added = category;
        return categories.add(&added, error);
    }, std::move(answer));
}

void AsyncTicketStore::renameCategory(const QObject *asker, CategoryId id, const QString &name, DoneAnswer answer,
                                      const std::optional<QString> &basedOn)
{
    writeCategories(asker, [id, name, basedOn](TicketCategories &categories, QString *error) {
        return categories.rename(id, name, error, basedOn);
    }, std::move(answer));
}

void AsyncTicketStore::directoryLinks(const QObject *asker, TicketId id, DirectoryLinksAnswer answer)
{
    m_thread->read<QList<TicketStore::DirectoryLink>>(
        asker, [id](QSqlDatabase db, QString *error) { return TicketStore(db).directoryLinks(id, error); }, std::move(answer));
}

void AsyncTicketStore::linkDirectory(const QObject *asker, TicketId id, const TicketStore::DirectoryLink &link,
                                     DirectoryLinksAnswer answer)
{
    // Answers with the links as they are after the change.
    m_thread->write<QList<TicketStore::DirectoryLink>>(
        asker,
        [id, link](QSqlDatabase db, QString *error) {
            TicketStore store(db);
            return store.linkDirectory(id, link, error) ? store.directoryLinks(id, error) : QList<TicketStore::DirectoryLink>();
        },
        std::move(answer));
}

void AsyncTicketStore::unlinkDirectory(const QObject *asker, TicketId id, qint64 directoryId, DirectoryLinksAnswer answer)
{
    m_thread->write<QList<TicketStore::DirectoryLink>>(
        asker,
        [id, directoryId](QSqlDatabase db, QString *error) {
            TicketStore store(db);
            return store.unlinkDirectory(id, directoryId, error) ? store.directoryLinks(id, error)
                                                                 : QList<TicketStore::DirectoryLink>();
        },
        std::move(answer));
}

void AsyncTicketStore::removeCategory(const QObject *asker, CategoryId id, DoneAnswer answer)
{
    writeCategories(asker, [id](TicketCategories &categories, QString *error) { return categories.remove(id, error); },
                    std::move(answer));
}

void AsyncTicketStore::writeCategories(const QObject *asker, std::function<bool(TicketCategories &, QString *)> write,
                                       DoneAnswer answer)
{
    m_thread->write<bool>(
        asker,
        [write = std::move(write)](QSqlDatabase db, QString *error) {
            TicketCategories categories(db);
            return write(categories, error);
        },
        [answer = std::move(answer)](bool, const QString &error) { answer(error); });
}

void AsyncTicketStore::open(const QObject *asker, TicketId id, ViewAnswer answer)
{
    m_thread->read<TicketView>(
        asker,
        [id](QSqlDatabase db, QString *error) {
            Ticket ticket;
            if (id != 0 && !TicketStore(db).load(id, &ticket, error))
                return TicketView{};
            return viewOf(db, ticket, error);
        },
        std::move(answer));
}

void AsyncTicketStore::save(const QObject *asker, const Ticket &ticket, const PublishRequest &publish, SaveAnswer answer)
{
    m_thread->write<SavedView>(
        asker,
        [ticket, publish](QSqlDatabase db, QString *error) {
            TicketSaveResult result;
            if (!saveTicket(db, ticket, publish, &result, error))
                return SavedView{};
            QString readError; // stored all the same: a failed re-read shows what was saved
            SavedView saved{viewOf(db, result.ticket, &readError), result.article};
            return saved;
        },
        [answer = std::move(answer)](const SavedView &saved, const QString &error) { answer(saved.view, saved.published, error); });
}

void AsyncTicketStore::addWorkLog(const QObject *asker, const WorkLogEntry &entry, ViewAnswer answer)
{
    m_thread->write<TicketView>(
        asker,
        [entry](QSqlDatabase db, QString *error) {
            // Only what the log changes: the ticket's first response and row version, and the log.
            WorkLogEntry added = entry;
            TicketStore store(db);
            TicketView view;
            if (store.addWorkLog(&added, error) && store.load(entry.ticketId, &view.ticket, error))
                view.workLog = store.workLog(entry.ticketId, error);
            return view;
        },
        std::move(answer));
}

void AsyncTicketStore::workLog(const QObject *asker, TicketId id, WorkLogAnswer answer)
{
    m_thread->read<QList<WorkLogEntry>>(
        asker, [id](QSqlDatabase db, QString *error) { return TicketStore(db).workLog(id, error); },
        std::move(answer));
}

void AsyncTicketStore::recordWork(TicketId ticket, const QList<qint64> &hostIds, const QString &text, ActiveTicket *logged)
{
    if (ticket == 0)
        return;
    m_thread->write<bool>(
        this, [ticket, hostIds, text](QSqlDatabase db, QString *) { return TicketWorkLogger(db).record(ticket, hostIds, text); },
        [ticket, logged = QPointer<ActiveTicket>(logged)](bool written, const QString &) {
            if (written && logged)
                logged->noteWorkLogged(ticket);
        });
}

} // namespace wb
