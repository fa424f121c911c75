#include "core/storage/Workspace.h"

#include "core/storage/SqlDialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace wb {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

Workspace::Workspace()
    : m_connectionName(QStringLiteral("werkbank-workspace-%1").arg(++s_connectionCounter))
{
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.sqlite"));
}

namespace {
// The migrations for the engine the location names.
QList<Migration> migrationsFor(const QString &location)
{
    return workspaceMigrations(WorkspaceLocation::looksLikePostgreSql(location) ? SqlEngine::PostgreSql : SqlEngine::Sqlite);
}
} // namespace

int Workspace::latestSchemaVersion()
{
    const auto migrations = workspaceMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

bool Workspace::open(const QString &location)
{
    return open(location, migrationsFor(location), Mode::Open);
}

bool Workspace::open(const QString &location, const QList<Migration> &migrations)
{
    return open(location, migrations, Mode::Open);
}

bool Workspace::create(const QString &location)
{
    return open(location, migrationsFor(location), Mode::Create);
}

bool Workspace::open(const QString &location, const QList<Migration> &migrations, Mode mode)
{
    close();
    m_error.clear();
    m_needsPassword = false;
    m_path = location;
    QString error;
    const WorkspaceLocation parsed = WorkspaceLocation::parse(location, &error);
    if (!parsed.isValid())
        return fail(tr("The workspace address is not valid: %1").arg(error));
    m_engine = parsed.isTeam() ? SqlEngine::PostgreSql : SqlEngine::Sqlite;
    m_path = parsed.isTeam() ? parsed.displayText() : location;
    // The connection's handles (db, queries) end inside these calls, before a
    // failure closes the connection: no "connection still in use" warning.
    const QString problem = parsed.isTeam() ? openPostgres(parsed) : openSqlite(location);
    if (!problem.isEmpty())
        return fail(problem);
    const QString failed = migrate(migrations, mode);
    return failed.isEmpty() || fail(failed);
}

QString Workspace::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1.").arg(info.absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return tr("Cannot open the workspace %1: %2").arg(path, db.lastError().text());
    QString error;
    QSqlQuery probe(db);
    // Reading the header tells a non-database file apart from an empty one.
    if (!probe.exec(QStringLiteral("PRAGMA schema_version")))
        return tr("%1 is not a Werkbank workspace: %2").arg(path, probe.lastError().text());
    probe.finish();
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        || !exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &error))
        return tr("Cannot configure the workspace %1: %2").arg(path, error);
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next()
        || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return tr("Cannot switch the workspace %1 to write-ahead logging.").arg(path);
    wal.finish();
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error);
    return {};
}

QString Workspace::openPostgres(const WorkspaceLocation &location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return tr("Qt's PostgreSQL driver (QPSQL) is not installed, so the team workspace %1 cannot be opened "
                  "(Debian: libqt6sql6-psql).")
            .arg(m_path);
    QString options = location.connectOptions();
    // A host that does not answer must not hold the window's first question forever.
    if (location.parameter(QStringLiteral("connect_timeout")).isEmpty())
        options += QStringLiteral(";connect_timeout=10");
    options += QStringLiteral(";fallback_application_name=werkbank");
    db.setConnectOptions(options);
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    if (!db.open()) {
        const QString reason = sql::serverText(db.lastError().databaseText());
        m_needsPassword = reason.contains(QLatin1String("no password supplied"))
                          || reason.contains(QLatin1String("password authentication failed"));
        return tr("Cannot connect to the team workspace %1: %2").arg(m_path, reason.isEmpty() ? db.lastError().text() : reason);
    }
    QString error;
    if (!exec(db, QStringLiteral("SET client_min_messages = warning"), &error))
        return tr("Cannot configure the team workspace %1: %2").arg(m_path, error);
    return {};
}

QString Workspace::migrate(const QList<Migration> &migrations, Mode mode)
{
    QSqlDatabase db = database();
    QString error;
    const bool postgres = m_engine == SqlEngine::PostgreSql;
    // A team database is laid out once, on purpose, by the login that will own
    // it: opening an empty one is a mistake in the address more often than not.
    bool hasSchema = true;
    if (postgres) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !probe.next())
            return tr("Cannot read the team workspace %1: %2").arg(m_path, sql::errorText(probe.lastError()));
        hasSchema = probe.value(0).toBool();
        if (!hasSchema && mode == Mode::Open)
            return tr("The database %1 holds no Werkbank workspace yet. Its owner creates one with: "
                           "werkbank-cli --workspace '%1' workspace init")
                            .arg(m_path);
    } else if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), &error)) {
        return tr("Cannot prepare the workspace %1: %2").arg(m_path, error);
    }

    int current = 0;
    if (hasSchema) {
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !version.next())
            return tr("Cannot read the workspace %1: %2").arg(m_path, sql::errorText(version.lastError()));
        current = version.value(0).toInt();
    }
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest) {
        return tr("The workspace %1 was written by a newer version of Werkbank (schema %2; this "
                       "version understands up to %3). Update Werkbank to open it.")
                        .arg(m_path)
                        .arg(current)
                        .arg(latest);
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return tr("Cannot start a transaction on %1: %2").arg(m_path, db.lastError().text());
        bool ok = true;
        bool done = false;
        if (postgres) {
            // Two workbenches upgrading at once: the second waits here, then
            // finds the step done. DDL is transactional, so a failure undoes all.
            ok = (hasSchema || exec(db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"), &error))
                 && exec(db, QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"), &error);
            hasSchema = true;
            done = ok && schemaVersion() >= migration.version;
        }
        for (qsizetype i = 0; ok && !done && i < migration.statements.size(); ++i)
            ok = exec(db, migration.statements[i], &error);
        if (ok && !done) {
            ok = exec(db, QStringLiteral("DELETE FROM schema_version"), &error)
                 && exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(migration.version), &error);
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return tr("Upgrading the workspace %1 to schema %2 failed; it was left unchanged: %3")
                            .arg(m_path)
                            .arg(migration.version)
                            .arg(error);
        }
    }
    return {};
}

bool Workspace::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

void Workspace::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace wb
