#include "core/storage/SqlDialect.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

namespace wb {

SqlEngine sqlEngine(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlEngine::PostgreSql : SqlEngine::Sqlite;
}

namespace sql {

namespace {
class SqlText
{
    Q_DECLARE_TR_FUNCTIONS(wb::SqlText)
};
} // namespace

QString serverText(const QString &databaseText)
{
    QStringList lines;
    for (QString line : databaseText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.simplified();
        for (const char *severity : {"ERROR:", "FATAL:", "PANIC:"}) {
            if (line.startsWith(QLatin1String(severity)))
                line = line.mid(int(qstrlen(severity))).trimmed();
        }
        if (line.isEmpty() || QRegularExpression(QStringLiteral("^\\([0-9A-Z]*\\)$")).match(line).hasMatch())
            continue;
        if (!lines.isEmpty() && !lines.last().endsWith(QLatin1Char('.')) && !lines.last().endsWith(QLatin1Char('?')))
            lines.last() += QLatin1Char(';');
        lines << line;
    }
    return lines.join(QLatin1Char(' '));
}

QString errorText(const QSqlError &error)
{
    const QString reason = serverText(error.databaseText());
    if (reason.isEmpty())
        return error.text();
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("42501"))
        return SqlText::tr("Your role in this team workspace does not allow this (the database said: %1).").arg(reason);
    // Connection exceptions (08…) and a server shutting down (57P01–57P03).
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) || reason.contains(QLatin1String("closed unexpectedly"))
        || reason.contains(QLatin1String("no connection to the server")))
        return SqlText::tr("The connection to the team workspace's server was lost (%1).").arg(reason);
    return reason;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString containsIgnoringCase(SqlEngine engine, const QString &haystack, const QString &needle)
{
    const QString function = engine == SqlEngine::PostgreSql ? QStringLiteral("strpos") : QStringLiteral("instr");
    return QStringLiteral("%1(lower(%2), lower(%3)) > 0").arg(function, haystack, needle);
}

pg_conn *postgresConnection(const QSqlDatabase &db)
{
    if (sqlEngine(db) != SqlEngine::PostgreSql || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL names its handle after libpq's struct: "pg_conn*" (older Qt: "PGconn*").
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.data());
}

bool connectionLost(const QSqlDatabase &db)
{
    pg_conn *connection = postgresConnection(db);
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QString idColumn(qint64 id)
{
    return id != 0 ? QStringLiteral("id, ") : QString();
}

QString idValue(qint64 id)
{
    return id != 0 ? QStringLiteral(":id, ") : QString();
}

} // namespace sql
} // namespace wb
