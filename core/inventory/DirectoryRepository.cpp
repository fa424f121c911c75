#include "core/inventory/DirectoryRepository.h"

#include "core/storage/SqlDialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace wb {

namespace DirectoryRepository {

namespace {

const QString columns = QStringLiteral("id, group_id, name, url, base_dn, bind_dn, ca_file, kind, domain_controllers, notes, row_version");

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = sql::errorText(query.lastError());
    return false;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Directory directoryFrom(const QSqlQuery &q)
{
    Directory d;
    d.id = q.value(0).toLongLong();
    d.groupId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    d.name = q.value(2).toString();
    d.url = q.value(3).toString();
    d.baseDn = q.value(4).toString();
    d.bindDn = q.value(5).toString();
    d.caFile = q.value(6).toString();
    directoryKindFromId(q.value(7).toString(), &d.kind);
    d.domainControllers = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    d.notes = q.value(9).toString();
    d.rowVersion = q.value(10).toInt();
    return d;
}

void bindFields(QSqlQuery &q, const Directory &d)
{
    q.bindValue(QStringLiteral(":group_id"), d.groupId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(d.groupId));
    q.bindValue(QStringLiteral(":name"), text(d.name));
    q.bindValue(QStringLiteral(":url"), text(d.url));
    q.bindValue(QStringLiteral(":base_dn"), text(d.baseDn));
    q.bindValue(QStringLiteral(":bind_dn"), text(d.bindDn));
    q.bindValue(QStringLiteral(":ca_file"), text(d.caFile));
    q.bindValue(QStringLiteral(":kind"), directoryKindId(d.kind));
    q.bindValue(QStringLiteral(":domain_controllers"), text(d.domainControllers.join(u'\n')));
    q.bindValue(QStringLiteral(":notes"), text(d.notes));
}

bool readOne(QSqlDatabase db, const QString &where, const QVariant &value, std::optional<Directory> *directory,
             QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM directories WHERE %2 = ?").arg(columns, where));
    q.addBindValue(value);
    if (!run(q, error))
        return false;
    *directory = q.next() ? std::optional<Directory>(directoryFrom(q)) : std::nullopt;
    return true;
}

} // namespace

bool loadAll(QSqlDatabase db, QList<Directory> *directories, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM directories ORDER BY name").arg(columns))) {
        *error = sql::errorText(q.lastError());
        return false;
    }
    directories->clear();
    while (q.next())
        directories->append(directoryFrom(q));
    return true;
}

bool read(QSqlDatabase db, DirectoryId id, std::optional<Directory> *directory, QString *error)
{
    return readOne(db, QStringLiteral("id"), id, directory, error);
}

bool findByName(QSqlDatabase db, const QString &name, std::optional<Directory> *directory, QString *error)
{
    return readOne(db, QStringLiteral("name"), name, directory, error);
}

bool insert(QSqlDatabase db, Directory *directory, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO directories (%1group_id, name, url, base_dn, bind_dn, ca_file, kind,"
                             " domain_controllers, notes, row_version) VALUES (%2:group_id, :name, :url, :base_dn,"
                             " :bind_dn, :ca_file, :kind, :domain_controllers, :notes, :row_version) RETURNING id")
                  .arg(sql::idColumn(directory->id), sql::idValue(directory->id)));
    if (directory->id != 0)
        q.bindValue(QStringLiteral(":id"), directory->id);
    bindFields(q, *directory);
    q.bindValue(QStringLiteral(":row_version"), directory->rowVersion);
    if (!run(q, error))
        return false;
    directory->id = sql::returnedId(q);
    return true;
}

InventoryRepository::WriteResult update(QSqlDatabase db, Directory *directory, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE directories SET group_id = :group_id, name = :name, url = :url, base_dn = :base_dn,"
                             " bind_dn = :bind_dn, ca_file = :ca_file, kind = :kind,"
                             " domain_controllers = :domain_controllers, notes = :notes,"
                             " row_version = row_version + 1 WHERE id = :id AND row_version = :row_version"));
    bindFields(q, *directory);
    q.bindValue(QStringLiteral(":id"), directory->id);
    q.bindValue(QStringLiteral(":row_version"), directory->rowVersion);
    if (!run(q, error))
        return InventoryRepository::WriteResult::Failed;
    if (q.numRowsAffected() != 1)
        return InventoryRepository::WriteResult::Stale;
    ++directory->rowVersion;
    return InventoryRepository::WriteResult::Written;
}

bool remove(QSqlDatabase db, DirectoryId id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM directories WHERE id = ?"));
    q.addBindValue(id);
    return run(q, error);
}

bool readTicketLinks(QSqlDatabase db, const QList<Directory> &directories, QList<DirectoryTicketLink> *links,
                     QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ticket_id, account_dn FROM ticket_directories WHERE directory_id = ?"));
    for (const Directory &d : directories) {
        q.addBindValue(d.id);
        if (!run(q, error))
            return false;
        while (q.next())
            links->append(DirectoryTicketLink{q.value(0).toLongLong(), d.id, q.value(1).toString()});
    }
    return true;
}

bool insertTicketLinks(QSqlDatabase db, const QList<DirectoryTicketLink> &links, QString *error)
{
    QSqlQuery q(db);
    // A ticket deleted in the meantime has nothing to link back to.
    q.prepare(QStringLiteral("INSERT INTO ticket_directories (ticket_id, directory_id, account_dn)"
                             " SELECT id, ?, ? FROM tickets WHERE id = ? ON CONFLICT DO NOTHING"));
    for (const DirectoryTicketLink &link : links) {
        q.addBindValue(link.directoryId);
        q.addBindValue(text(link.accountDn));
        q.addBindValue(link.ticketId);
        if (!run(q, error))
            return false;
    }
    return true;
}

} // namespace DirectoryRepository

bool DirectoryValidator::isValidServer(const QString &server)
{
    // A DNS name or IPv4 address, or an IPv6 address in brackets; then an optional port.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\\.?|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(server);
    if (!match.hasMatch() || server.size() > 260)
        return false;
    if (match.hasCaptured(1)) {
        const int port = match.captured(1).toInt();
        return port >= 1 && port <= 65535;
    }
    return true;
}

QStringList DirectoryValidator::problems(const Directory &d)
{
    QStringList problems;
    const auto hasLineBreak = [](const QString &value) {
        return value.contains(u'\n') || value.contains(u'\r') || value.contains(QChar(0));
    };
    if (d.name.trimmed().isEmpty())
        problems << tr("A directory needs a name.");
    else if (hasLineBreak(d.name) || d.name.size() > 200)
        problems << tr("A directory's name is one line of at most 200 characters.");
    const QUrl url(d.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (d.url.isEmpty()) {
        problems << tr("A directory needs an address (ldaps://server or ldap://server).");
    } else if (!url.isValid() || (scheme != QLatin1String("ldaps") && scheme != QLatin1String("ldap")) || url.host().isEmpty()
               || !url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty() || hasLineBreak(d.url)) {
        problems << tr("The address \"%1\" is not ldaps://server[:port] or ldap://server[:port] (StartTLS).").arg(d.url);
    }
    if (d.baseDn.trimmed().isEmpty())
        problems << tr("A directory needs a base DN (where people are searched, e.g. dc=example,dc=org).");
    else if (hasLineBreak(d.baseDn) || !d.baseDn.contains(u'='))
        problems << tr("The base DN \"%1\" is not a DN (e.g. dc=example,dc=org).").arg(d.baseDn);
    if (d.bindDn.trimmed().isEmpty())
        problems << tr("A directory needs a bind DN (or user@REALM for Active Directory): the account Werkbank logs in as.");
    else if (hasLineBreak(d.bindDn) || (!d.bindDn.contains(u'=') && !d.bindDn.contains(u'@')))
        problems << tr("The bind DN \"%1\" is neither a DN nor user@REALM.").arg(d.bindDn);
    if (hasLineBreak(d.caFile))
        problems << tr("The CA file's path is one line.");
    for (const QString &server : d.domainControllers) {
        if (!isValidServer(server))
            problems << tr("\"%1\" is not a domain controller's host[:port].").arg(server);
    }
    return problems;
}

} // namespace wb
