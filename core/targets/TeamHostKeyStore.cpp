#include "core/targets/TeamHostKeyStore.h"

#include "core/storage/SqlDialect.h"
#include "core/storage/WriteScope.h"
#include "core/text/LocalUser.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


namespace wb {

bool TeamHostKeyStore::isShared(const QSqlDatabase &db)
{
    return sqlEngine(db) == SqlEngine::PostgreSql;
}

bool TeamHostKeyStore::load(QList<TeamKnownHosts::Entry> *entries, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT host, port, key_type, key_blob, accepted_by, accepted_at FROM team_host_keys ORDER BY id")))
        return sql::fail(error, tr("Cannot read the team's known hosts: %1").arg(sql::errorText(q.lastError())));
    entries->clear();
    while (q.next()) {
        TeamKnownHosts::Entry entry;
        entry.host = q.value(0).toString();
        entry.port = quint16(q.value(1).toUInt());
        entry.key = HostKey{q.value(2).toString(), QByteArray::fromBase64(q.value(3).toString().toLatin1())};
        entry.acceptedBy = q.value(4).toString();
        entry.acceptedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        entries->append(entry);
    }
    return true;
}

std::optional<QList<TeamKnownHosts::Entry>> TeamHostKeyStore::loadShared(const QSqlDatabase &db)
{
    if (!isShared(db))
        return std::nullopt;
    QList<TeamKnownHosts::Entry> entries;
    QString error;
    if (TeamHostKeyStore(db).load(&entries, &error))
        return entries;
    qWarning("%s", qPrintable(error));
    return std::nullopt;
}

bool TeamHostKeyStore::add(TeamKnownHosts::Entry *entry, QString *error)
{
    const QString host = entry->host.trimmed().toLower();
    if (host.isEmpty() || entry->key.type.isEmpty() || entry->key.blob.isEmpty())
        return sql::fail(error, tr("A host key for the team needs a host and a key."));
    WriteScope scope(m_db, false, error);
    if (!scope.ok())
        return false;
    QSqlQuery listed(m_db);
    listed.prepare(QStringLiteral("SELECT key_blob FROM team_host_keys WHERE host = ? AND port = ? AND key_type = ?"));
    listed.addBindValue(host);
    listed.addBindValue(int(entry->port));
    listed.addBindValue(entry->key.type);
    if (!listed.exec())
        return sql::fail(error, tr("Cannot read the team's known hosts: %1").arg(sql::errorText(listed.lastError())));
    if (listed.next()) {
        if (QByteArray::fromBase64(listed.value(0).toString().toLatin1()) == entry->key.blob)
            return scope.commit();  // trusted already
        return sql::fail(error, tr("The team already trusts another %1 key for %2; remove it first if the server's key really changed.")
                                    .arg(entry->key.type, KnownHosts::hostField(host, entry->port)));
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO team_host_keys (host, port, key_type, key_blob, accepted_by, accepted_at)"
                             " VALUES (?, ?, ?, ?, ?, ?) RETURNING accepted_by"));
    q.addBindValue(host);
    q.addBindValue(int(entry->port));
    q.addBindValue(entry->key.type);
    q.addBindValue(QString::fromLatin1(entry->key.blob.toBase64()));
    q.addBindValue(localUserName());  // PostgreSQL puts the login here instead
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next())
        return sql::fail(error, tr("Cannot trust the key for the team: %1").arg(sql::errorText(q.lastError())));
    entry->host = host;
    entry->acceptedBy = q.value(0).toString();
    entry->acceptedAt = at;
    q.finish();
    return scope.commit();
}

bool TeamHostKeyStore::remove(const QString &host, quint16 port, int *removed, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM team_host_keys WHERE host = ? AND port = ?"));
    q.addBindValue(host.trimmed().toLower());
    q.addBindValue(int(port));
    if (!q.exec())
        return sql::fail(error, tr("Cannot remove the team's key: %1").arg(sql::errorText(q.lastError())));
    *removed = q.numRowsAffected();
    return true;
}

} // namespace wb
