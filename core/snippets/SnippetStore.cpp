#include "core/snippets/SnippetStore.h"

#include "core/storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace wb {

namespace {
bool isOpen(const QSqlDatabase &db, QString *error)
{
    if (db.isOpen())
        return true;
    if (error)
        *error = SnippetStore::tr("No workspace is open.");
    return false;
}

void bindFields(QSqlQuery &q, const Snippet &snippet)
{
    q.bindValue(QStringLiteral(":name"), snippet.name);
    // A null QString binds as SQL NULL; the column is NOT NULL ''.
    q.bindValue(QStringLiteral(":description"), snippet.description.isNull() ? QStringLiteral("") : snippet.description);
    q.bindValue(QStringLiteral(":body"), snippet.body);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QList<Snippet> SnippetStore::list(QString *error) const
{
    QList<Snippet> snippets;
    if (!isOpen(m_db, error))
        return snippets;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, description, body, row_version FROM snippets"))) {
        fail(error, tr("The snippets could not be read: %1").arg(sql::errorText(q.lastError())));
        return snippets;
    }
    while (q.next())
        snippets.append(Snippet{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toLongLong()});
    // Sorted here rather than by ORDER BY: NOCASE folds ASCII only.
    std::sort(snippets.begin(), snippets.end(), &Snippet::lessByName);
    return snippets;
}

QString SnippetStore::validate(const Snippet &snippet)
{
    const QString name = snippet.name.trimmed();
    if (name.isEmpty())
        return tr("A snippet needs a name.");
    // The name is a menu entry: a line break or tab would break the menu.
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("The snippet name contains a line break or another control character.");
    if (snippet.body.trimmed().isEmpty())
        return tr("A snippet needs a command or script to run.");
    return {};
}

bool SnippetStore::prepareWrite(Snippet *snippet, QString *error) const
{
    if (!isOpen(m_db, error))
        return false;
    if (const QString problem = validate(*snippet); !problem.isEmpty())
        return fail(error, problem);
    snippet->name = snippet->name.trimmed();
    snippet->description = snippet->description.trimmed();
    // Asked before writing so the message names the snippet that is in the
    // way; the UNIQUE constraint still guards against a race.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM snippets WHERE lower(name) = lower(:name) AND id <> :id"));
    q.bindValue(QStringLiteral(":name"), snippet->name);
    q.bindValue(QStringLiteral(":id"), snippet->id);
    if (!q.exec())
        return fail(error, tr("The snippet could not be saved: %1").arg(sql::errorText(q.lastError())));
    if (q.next())
        return fail(error, tr("A snippet named “%1” already exists.").arg(q.value(0).toString()));
    return true;
}

bool SnippetStore::add(Snippet *snippet, QString *error)
{
    Snippet candidate = *snippet;
    candidate.id = 0;
    if (!prepareWrite(&candidate, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO snippets (name, description, body) VALUES (:name, :description, :body) RETURNING id"));
    bindFields(q, candidate);
    if (!q.exec())
        return fail(error, tr("The snippet could not be saved: %1").arg(sql::errorText(q.lastError())));
    candidate.id = sql::returnedId(q);
    candidate.rowVersion = 1;
    *snippet = candidate;
    return true;
}

bool SnippetStore::update(Snippet *snippet, QString *error)
{
    Snippet candidate = *snippet;
    if (!prepareWrite(&candidate, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE snippets SET name = :name, description = :description, body = :body,"
                             " row_version = row_version + 1 WHERE id = :id AND row_version = :row_version"));
    bindFields(q, candidate);
    q.bindValue(QStringLiteral(":id"), candidate.id);
    q.bindValue(QStringLiteral(":row_version"), candidate.rowVersion);
    if (!q.exec())
        return fail(error, tr("The snippet could not be saved: %1").arg(sql::errorText(q.lastError())));
    if (q.numRowsAffected() == 0) {
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT 1 FROM snippets WHERE id = :id"));
        exists.bindValue(QStringLiteral(":id"), candidate.id);
        const bool gone = exists.exec() && !exists.next();
        return fail(error, gone ? tr("The snippet “%1” no longer exists: it was deleted elsewhere.").arg(snippet->name)
                                : tr("The snippet “%1” was changed elsewhere since it was opened; close and reopen "
                                     "the library to see that version.").arg(snippet->name));
    }
    ++candidate.rowVersion;
    *snippet = candidate;
    return true;
}

bool SnippetStore::remove(SnippetId id, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM snippets WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(error, tr("The snippet could not be deleted: %1").arg(sql::errorText(q.lastError())));
    return true;
}

} // namespace wb
