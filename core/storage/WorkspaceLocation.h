#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace wb {

// Where a workspace lives, as a user writes it on --workspace or in the Open
// Team Workspace dialog: an SQLite file path, a PostgreSQL URI
// (postgresql://user@h1:5432,h2/db?sslmode=verify-full) or libpq's keyword
// form ("host=h1,h2 dbname=wb target_session_attrs=read-write").
//
// We parse the PostgreSQL forms ourselves (as libpq documents them) so that a
// password never travels inside them (it is refused), unknown or misspelt
// parameters get a clear error before any connection, and the result can be
// handed to QPSQL, whose connect options cannot carry every character.
class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(wb::WorkspaceLocation)
public:
    enum class Engine { Sqlite, PostgreSql };

    // Never fails for a file path; for the PostgreSQL forms, an empty
    // location and *error set when the text is not a usable address.
    static WorkspaceLocation parse(const QString &text, QString *error = nullptr);
    // True when text is written in one of the PostgreSQL forms (valid or not).
    static bool looksLikePostgreSql(const QString &text);

    bool isValid() const { return m_valid; }
    Engine engine() const { return m_engine; }
    bool isTeam() const { return m_engine == Engine::PostgreSql; }

    QString filePath() const { return m_filePath; }
    // A libpq parameter as given (hosts and ports keep their commas), or empty.
    QString parameter(const QString &keyword) const;
    QList<QPair<QString, QString>> parameters() const { return m_parameters; }
    QString user() const { return parameter(QStringLiteral("user")); }
    QString databaseName() const { return parameter(QStringLiteral("dbname")); }

    // For QSqlDatabase::setConnectOptions(): "key=value;key=value" in libpq's
    // quoting. The password is never part of it (QSqlDatabase::setPassword).
    QString connectOptions() const;
    // The address written back in URI form, for recent-workspace lists, the
    // window title and messages: never holds a password.
    QString displayText() const;

private:
    bool m_valid = false;
    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace wb
