#include "core/snippets/AsyncSnippetStore.h"

#include "core/jobs/WhileAlive.h"
#include "core/snippets/SnippetStore.h"
#include "core/storage/WorkspaceThread.h"

namespace wb {

AsyncSnippetStore::AsyncSnippetStore(WorkspaceThread *thread, QObject *parent) : QObject(parent), m_thread(thread)
{
    connect(m_thread, &WorkspaceThread::changedElsewhere, this, [this](const QString &table) {
        if (table != QLatin1String("snippets"))
            return;
        Q_EMIT changedElsewhere();
        Q_EMIT changed();
    });
}

void AsyncSnippetStore::list(const QObject *asker, ListAnswer answer)
{
    m_thread->read<QList<Snippet>>(
        asker, [](QSqlDatabase db, QString *error) { return SnippetStore(db).list(error); },
        std::move(answer));
}

// Writes answer to this object, which outlives any asker: changed() is due
// even when the dialog that saved is gone. The asker lives on this thread,
// so checking that it is still there is safe here.
void AsyncSnippetStore::save(const QObject *asker, const Snippet &snippet, SaveAnswer answer)
{
    m_thread->write<Snippet>(
        this,
        [snippet](QSqlDatabase db, QString *error) {
            Snippet stored = snippet;
            SnippetStore store(db);
            if (stored.id == 0 ? store.add(&stored, error) : store.update(&stored, error))
                error->clear();
            return stored;
        },
        [this, answer = whileAlive(asker, std::move(answer))](const Snippet &saved, const QString &error) {
            answer(saved, error);
            if (error.isEmpty())
                Q_EMIT changed();
        });
}

void AsyncSnippetStore::remove(const QObject *asker, SnippetId id, RemoveAnswer answer)
{
    m_thread->write<bool>(
        this, [id](QSqlDatabase db, QString *error) { return SnippetStore(db).remove(id, error); },
        [this, answer = whileAlive(asker, std::move(answer))](bool, const QString &error) {
            answer(error);
            if (error.isEmpty())
                Q_EMIT changed();
        });
}

} // namespace wb
