#pragma once

#include "core/snippets/Snippet.h"
#include "core/storage/GuiThreadCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace wb {

// The workspace's library of snippets (the snippets table). Every write is
// checked first and fails with a sentence the user can act on; an update
// made from a stale copy (someone saved the row since it was read) is
// refused, never silently overwritten.
class SnippetStore
{
    Q_DECLARE_TR_FUNCTIONS(wb::SnippetStore)
public:
    explicit SnippetStore(QSqlDatabase db, const std::source_location &caller = std::source_location::current())
        : m_db(std::move(db))
    {
        checkNotOnGuiThread("SnippetStore", caller);
    }

    // Sorted with Snippet::lessByName.
    QList<Snippet> list(QString *error = nullptr) const;
    // Stores a new snippet; writes back its id, row version and trimmed name and description.
    bool add(Snippet *snippet, QString *error);
    // Saves a stored snippet; writes back the new row version and trimmed fields.
    bool update(Snippet *snippet, QString *error);
    bool remove(SnippetId id, QString *error);

    // The first problem with the snippet's own fields, or an empty string.
    static QString validate(const Snippet &snippet);

private:
    bool prepareWrite(Snippet *snippet, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace wb
