#include "core/storage/Workspace.h"

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

int Workspace::latestSchemaVersion()
{
    const auto migrations = workspaceMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

bool Workspace::open(const QString &path)
{
    return open(path, workspaceMigrations());
}

bool Workspace::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    m_error.clear();
    m_path = path;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    // The connection's handles (db, queries) end with this lambda, before a
    // failure closes the connection: no "connection still in use" warning.
    const QString problem = [&]() -> QString {
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
    }();
    if (!problem.isEmpty())
        return fail(problem);

    return migrate(migrations);
}

bool Workspace::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase db = database();
    QString error;
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), &error))
        return fail(tr("Cannot prepare the workspace %1: %2").arg(m_path, error));

    const int current = schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest) {
        return fail(tr("The workspace %1 was written by a newer version of Werkbank (schema %2; this "
                       "version understands up to %3). Update Werkbank to open it.")
                        .arg(m_path)
                        .arg(current)
                        .arg(latest));
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return fail(tr("Cannot start a transaction on %1: %2").arg(m_path, db.lastError().text()));
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!exec(db, statement, &error)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = exec(db, QStringLiteral("DELETE FROM schema_version"), &error)
                 && exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(migration.version), &error);
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return fail(tr("Upgrading the workspace %1 to schema %2 failed; it was left unchanged: %3")
                            .arg(m_path)
                            .arg(migration.version)
                            .arg(error));
        }
    }
    return true;
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
