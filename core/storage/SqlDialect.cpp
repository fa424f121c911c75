#include "core/storage/SqlDialect.h"

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

QString errorText(const QSqlError &error)
{
    QString reason = error.databaseText().trimmed();
    if (reason.startsWith(QLatin1String("ERROR:")))
        reason = reason.mid(6).trimmed();
    if (reason.isEmpty())
        return error.text();
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return SqlText::tr("Your role in this team workspace does not allow this (the database said: %1).").arg(reason);
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
