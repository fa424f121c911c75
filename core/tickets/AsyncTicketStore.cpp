#include "AsyncTicketStore.h"

#include "storage/WorkspaceThread.h"
#include "storage/WriteScope.h"

namespace wb {

AsyncTicketStore::AsyncTicketStore(WorkspaceThread *thread, QObject *parent) : QObject(parent), m_thread(thread) {}

void AsyncTicketStore::rules(const QObject *asker, RulesAnswer answer)
{
    m_thread->read<TicketRules>(
        asker,
        [](QSqlDatabase db, QString *error) {
            const TicketStore store(db);
            return TicketRules{store.priorityMatrix(), store.slaPolicy(), store.categories(error)};
        },
        [answer = std::move(answer)](const TicketRules &rules, const QString &error) { answer(rules, error); });
}

void AsyncTicketStore::writeThen(const QObject *asker, std::function<bool(TicketStore &, QString *)> write, DoneAnswer answer)
{
    m_thread->write<bool>(
        asker,
        [write = std::move(write)](QSqlDatabase db, QString *error) {
            TicketStore store(db);
            return write(store, error);
        },
        [answer = std::move(answer)](bool, const QString &error) { answer(error); });
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

void AsyncTicketStore::categories(const QObject *asker, CategoriesAnswer answer)
{
    m_thread->read<QList<TicketCategory>>(
        asker, [](QSqlDatabase db, QString *error) { return TicketStore(db).categories(error); },
        [answer = std::move(answer)](const QList<TicketCategory> &categories, const QString &error) { answer(categories, error); });
}

void AsyncTicketStore::addCategory(const QObject *asker, const TicketCategory &category, DoneAnswer answer)
{
    writeThen(asker, [category](TicketStore &store, QString *error) {
        TicketCategory added = category;
        return store.addCategory(&added, error);
    }, std::move(answer));
}

void AsyncTicketStore::renameCategory(const QObject *asker, CategoryId id, const QString &name, DoneAnswer answer)
{
    writeThen(asker, [id, name](TicketStore &store, QString *error) { return store.renameCategory(id, name, error); },
              std::move(answer));
}

void AsyncTicketStore::removeCategory(const QObject *asker, CategoryId id, DoneAnswer answer)
{
    writeThen(asker, [id](TicketStore &store, QString *error) { return store.removeCategory(id, error); }, std::move(answer));
}

} // namespace wb
