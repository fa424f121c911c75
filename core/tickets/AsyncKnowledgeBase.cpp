#include "core/tickets/AsyncKnowledgeBase.h"

#include "core/storage/WorkspaceThread.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketStore.h"

namespace wb {

namespace {
struct ArticleRead
{
    Article article;
    QString categoryPath;
};
} // namespace

AsyncKnowledgeBase::AsyncKnowledgeBase(WorkspaceThread *thread, QObject *parent) : QObject(parent), m_thread(thread)
{
    connect(m_thread, &WorkspaceThread::changedElsewhere, this, [this](const QString &table) {
        if (table == QLatin1String("kb_articles"))
            Q_EMIT changedElsewhere();
    });
}

void AsyncKnowledgeBase::find(const QObject *asker, const QString &words, int limit, ArticlesAnswer answer)
{
    m_thread->read<QList<Article>>(
        asker,
        [words = words.trimmed(), limit](QSqlDatabase db, QString *error) {
            const KnowledgeBase kb(db);
            return words.isEmpty() ? kb.newest(limit, error) : kb.search(words, limit, error);
        },
        std::move(answer));
}

void AsyncKnowledgeBase::open(const QObject *asker, qint64 id, ArticleAnswer answer)
{
    m_thread->read<ArticleRead>(
        asker,
        [id](QSqlDatabase db, QString *error) {
            ArticleRead read;
            if (KnowledgeBase(db).load(id, &read.article, error))
                read.categoryPath = TicketCategories(db).path(read.article.categoryId);
            return read;
        },
        [answer = std::move(answer)](const ArticleRead &read, const QString &error) { answer(read.article, read.categoryPath, error); });
}

void AsyncKnowledgeBase::remove(const QObject *asker, qint64 id, RemoveAnswer answer)
{
    m_thread->write<bool>(
        asker, [id](QSqlDatabase db, QString *error) { return KnowledgeBase(db).remove(id, error); },
        [answer = std::move(answer)](bool, const QString &error) { answer(error); });
}

void AsyncKnowledgeBase::suggestionsFor(const QObject *asker, const QString &title, CategoryId categoryId, int limit,
                                        ArticlesAnswer answer)
{
    m_thread->read<QList<Article>>(
        asker,
        [title, categoryId, limit](QSqlDatabase db, QString *) { return KnowledgeBase(db).suggestionsFor(title, categoryId, limit); },
        std::move(answer));
}

} // namespace wb
