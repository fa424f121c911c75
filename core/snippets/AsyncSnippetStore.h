#pragma once

#include "core/snippets/Snippet.h"

#include <QObject>
#include <QString>

#include <functional>

namespace wb {

class WorkspaceThread;

// The snippet library for the window: SnippetStore's calls run on the
// workspace thread and answer on the asker's thread (never once the asker is
// gone). changed() follows every write that was stored, here or (on a team
// workspace) by another workbench, so menus and lists that show the library
// read it again; changedElsewhere() only the latter.
class AsyncSnippetStore : public QObject
{
    Q_OBJECT
public:
    // `thread` must outlive this.
    explicit AsyncSnippetStore(WorkspaceThread *thread, QObject *parent = nullptr);

    using ListAnswer = std::function<void(const QList<Snippet> &snippets, const QString &error)>;
    // The snippet as stored (id, row version, trimmed fields), or the error
    // that kept it from being stored.
    using SaveAnswer = std::function<void(const Snippet &saved, const QString &error)>;
    using RemoveAnswer = std::function<void(const QString &error)>;

    void list(const QObject *asker, ListAnswer answer);
    // Adds a new snippet (id 0) or saves a stored one (refused when stale).
    void save(const QObject *asker, const Snippet &snippet, SaveAnswer answer);
    void remove(const QObject *asker, SnippetId id, RemoveAnswer answer);

Q_SIGNALS:
    void changed();
    void changedElsewhere();

private:
    WorkspaceThread *m_thread;
};

} // namespace wb
