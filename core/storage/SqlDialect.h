#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

struct pg_conn;

namespace wb {

// The SQL that differs between the two engines a workspace can live in, kept
// here (and in the PostgreSQL baseline of Migration) so the stores stay one
// code path. Everything else the stores write is SQL both engines accept:
// coalesce, INSERT … RETURNING id, ON CONFLICT … DO NOTHING/UPDATE.
enum class SqlEngine { Sqlite, PostgreSql };

SqlEngine sqlEngine(const QSqlDatabase &db);

namespace sql {

// A failed statement's reason for a person: the server's own sentence (not
// the driver's "Unable to create query"), and for a team workspace's refusal
// (SQLSTATE 42501) what it means: this login's role may not do that.
QString errorText(const QSqlError &error);
// A server's or libpq's message (severity words, a tab-indented hint on the
// next line, QPSQL's "(code)") as one paragraph.
QString serverText(const QString &databaseText);
// Sets *error (when given) and returns false.
bool fail(QString *error, const QString &message);

// "haystack contains needle, ignoring case", both SQL expressions; no LIKE, so
// a user's % and _ are plain characters.
QString containsIgnoringCase(SqlEngine engine, const QString &haystack, const QString &needle);

// The id an executed "INSERT … RETURNING id" gave back (0 if none), and the
// statement finished: SQLite commits an autocommit INSERT only when its
// statement is reset, so a RETURNING row left unread would hold the write lock.
qint64 returnedId(QSqlQuery &query);

// libpq's connection under a QPSQL connection; null for another driver.
pg_conn *postgresConnection(const QSqlDatabase &db);
// True when a PostgreSQL connection has been lost (the server went away or
// restarted): it does not come back by itself and has to be opened again.
bool connectionLost(const QSqlDatabase &db);

// "id, " and ":id, " for an INSERT that keeps a row's old id (undo, copy), or
// nothing, so the engine assigns one: PostgreSQL's identity columns refuse a
// NULL where SQLite would pick the next id.
QString idColumn(qint64 id);
QString idValue(qint64 id);

} // namespace sql
} // namespace wb
