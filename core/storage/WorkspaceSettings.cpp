#include "core/storage/WorkspaceSettings.h"

#include "core/storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wb {

QString WorkspaceSettings::value(const QString &key, const QString &fallback) const
{
    if (!m_db.isOpen())
        return fallback;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool WorkspaceSettings::setValue(const QString &key, const QString &value, QString *error)
{
    if (!m_db.isOpen()) {
        *error = tr("No workspace is open.");
        return false;
    }
    QSqlQuery query(m_db);
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT INTO workspace_settings(key, value) VALUES(?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = tr("The setting could not be saved: %1").arg(sql::errorText(query.lastError()));
        return false;
    }
    return true;
}

} // namespace wb
