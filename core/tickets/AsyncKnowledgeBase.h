#pragma once

#include "core/tickets/KnowledgeBase.h"

#include <QObject>

#include <functional>

namespace wb {

class WorkspaceThread;

// The knowledge base for the window: KnowledgeBase's calls run on the
// workspace thread and answer on the asker's thread (never once the asker
// is gone).
class AsyncKnowledgeBase : public QObject
{
    Q_OBJECT
public:
    // `thread` must outlive this.
    explicit AsyncKnowledgeBase(WorkspaceThread *thread, QObject *parent = nullptr);

    using ArticlesAnswer = std::function<void(const QList<Article> &articles, const QString &error)>;
    // The article with its category as a path ("Network / VPN"), or why it could not be read.
    using ArticleAnswer = std::function<void(const Article &article, const QString &categoryPath, const QString &error)>;
    using RemoveAnswer = std::function<void(const QString &error)>;

    // Articles with every one of `words`; the newest when `words` is blank.
    void find(const QObject *asker, const QString &words, int limit, ArticlesAnswer answer);
    void open(const QObject *asker, qint64 id, ArticleAnswer answer);
    void remove(const QObject *asker, qint64 id, RemoveAnswer answer);
    // As KnowledgeBase::suggestionsFor.
    void suggestionsFor(const QObject *asker, const QString &title, CategoryId categoryId, int limit, ArticlesAnswer answer);

Q_SIGNALS:
    // Another workbench saved or removed articles (a team workspace).
    void changedElsewhere();

private:
    WorkspaceThread *m_thread;
};

} // namespace wb
