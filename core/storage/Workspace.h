#pragma once

#include "core/storage/Migration.h"
#include "core/storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace wb {

// One workspace database, brought up to the newest schema when opened: an
// SQLite file in WAL mode with foreign keys on, or a PostgreSQL database (a
// team workspace, see WorkspaceLocation). Each Workspace owns its own named
// QSqlDatabase connection, usable only from the thread that opened it.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(wb::Workspace)
public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The default file: workspace.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // `location` is a file path or a PostgreSQL address (WorkspaceLocation).
    // An SQLite file is created when missing; a PostgreSQL database must hold
    // a workspace already (create() makes one), and is upgraded when older.
    bool open(const QString &location);
    // For tests: open with a chosen list of migrations.
    bool open(const QString &location, const QList<Migration> &migrations);
    // As open(), and also lays the schema into an empty PostgreSQL database.
    bool create(const QString &location);
    // The password for a PostgreSQL login, kept in memory for this
    // connection only (libpq reads ~/.pgpass itself when none is set).
    void setPassword(const QString &password) { m_password = password; }
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    SqlEngine engine() const { return m_engine; }
    // True when the last open() failed because the server wants a password.
    bool needsPassword() const { return m_needsPassword; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    static int latestSchemaVersion();

private:
    enum class Mode { Open, Create };
    bool open(const QString &location, const QList<Migration> &migrations, Mode mode);
    QString openSqlite(const QString &path);
    QString openPostgres(const WorkspaceLocation &location);
    // Empty when the schema is current, else why it is not.
    QString migrate(const QList<Migration> &migrations, Mode mode);
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_password;
    SqlEngine m_engine = SqlEngine::Sqlite;
    bool m_needsPassword = false;
};

} // namespace wb
