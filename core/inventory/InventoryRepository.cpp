#include "core/inventory/InventoryRepository.h"

#include "core/inventory/DirectoryRepository.h"
#include "core/storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace wb::InventoryRepository {

namespace {
QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = sql::errorText(query.lastError());
    return false;
}

void bindHostFields(QSqlQuery &q, const Host &h)
{
    q.bindValue(QStringLiteral(":group_id"), nullableId(h.groupId));
    q.bindValue(QStringLiteral(":name"), text(h.name));
    q.bindValue(QStringLiteral(":address"), text(h.address));
    q.bindValue(QStringLiteral(":port"), h.port);
    q.bindValue(QStringLiteral(":kind"), hostKindId(h.kind));
    q.bindValue(QStringLiteral(":os"), text(h.os));
    q.bindValue(QStringLiteral(":tags"), text(h.tags.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":notes"), text(h.notes));
    q.bindValue(QStringLiteral(":ssh_user"), text(h.sshUser));
    q.bindValue(QStringLiteral(":auth_method"), authMethodId(h.authMethod));
    q.bindValue(QStringLiteral(":identity_file"), text(h.identityFile));
    q.bindValue(QStringLiteral(":jump_host_id"), nullableId(h.jumpHostId));
    q.bindValue(QStringLiteral(":location"), text(h.location));
    q.bindValue(QStringLiteral(":owner"), text(h.owner));
    q.bindValue(QStringLiteral(":host_key_alias"), text(h.hostKeyAlias));
    q.bindValue(QStringLiteral(":known_hosts_file"), text(h.knownHostsFile));
    q.bindValue(QStringLiteral(":reachability_check"), text(h.reachabilityCheck));
    q.bindValue(QStringLiteral(":mac_address"), text(h.macAddress));
    q.bindValue(QStringLiteral(":session_log"), text(h.sessionLog));
    q.bindValue(QStringLiteral(":port_forwards"), text(h.portForwards.join(QLatin1Char('\n'))));
    q.bindValue(QStringLiteral(":remote_desktop"), text(h.remoteDesktop));
    q.bindValue(QStringLiteral(":ssh_options"), text(h.sshOptions.join(QLatin1Char('\n'))));
}

// Empty columns come back as shared empty strings instead of one small heap
// block each: with 100,000 hosts and a dozen mostly empty fields that matters.
inline QString column(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QString() : v.toString();
}

QString hostSelect(const QString &rest)
{
    return QStringLiteral(
               "SELECT id, coalesce(group_id, 0), name, address, port, kind, nullif(os, ''), nullif(tags, ''),"
               " nullif(notes, ''), nullif(ssh_user, ''), auth_method, nullif(identity_file, ''),"
               " coalesce(jump_host_id, 0), nullif(location, ''), nullif(owner, ''), row_version,"
               " nullif(host_key_alias, ''), nullif(known_hosts_file, ''), nullif(reachability_check, ''),"
               " nullif(mac_address, ''), nullif(session_log, ''), nullif(port_forwards, ''), nullif(remote_desktop, ''),"
               " nullif(ssh_options, '') FROM hosts")
           + rest;
}

const char *const groupColumns = "SELECT id, coalesce(parent_id, 0), name, row_version FROM groups";

Group groupFrom(const QSqlQuery &groups)
{
    return Group{groups.value(0).toLongLong(), groups.value(1).toLongLong(), groups.value(2).toString(), groups.value(3).toInt()};
}

Host hostFrom(const QSqlQuery &hosts)
{
    Host h;
    h.id = hosts.value(0).toLongLong();
    h.groupId = hosts.value(1).toLongLong();
    h.name = hosts.value(2).toString();
    h.address = hosts.value(3).toString();
    h.port = hosts.value(4).toInt();
    hostKindFromId(hosts.value(5).toString(), &h.kind);
    h.os = column(hosts, 6);
    const QString tags = column(hosts, 7);
    if (!tags.isEmpty())
        h.tags = tags.split(QLatin1Char(','));
    h.notes = column(hosts, 8);
    h.sshUser = column(hosts, 9);
    authMethodFromId(hosts.value(10).toString(), &h.authMethod);
    h.identityFile = column(hosts, 11);
    h.jumpHostId = hosts.value(12).toLongLong();
    h.location = column(hosts, 13);
    h.owner = column(hosts, 14);
    h.rowVersion = hosts.value(15).toInt();
    h.hostKeyAlias = column(hosts, 16);
    h.knownHostsFile = column(hosts, 17);
    h.reachabilityCheck = column(hosts, 18);
    h.macAddress = column(hosts, 19);
    h.sessionLog = column(hosts, 20);
    const QString forwards = column(hosts, 21);
    if (!forwards.isEmpty())
        h.portForwards = forwards.split(QLatin1Char('\n'));
    h.remoteDesktop = column(hosts, 22);
    if (const QString options = column(hosts, 23); !options.isEmpty())
        h.sshOptions = options.split(QLatin1Char('\n'));
    return h;
}
} // namespace

bool load(QSqlDatabase db, InventorySnapshot *snapshot, QString *error)
{
    QSqlQuery groups(db);
    groups.setForwardOnly(true);
    // In table order: InventoryTables::build sorts each parent's children.
    if (!groups.exec(QLatin1String(groupColumns))) {
        *error = sql::errorText(groups.lastError());
        return false;
    }
    while (groups.next())
        snapshot->groups.append(groupFrom(groups));

    QSqlQuery hosts(db);
    hosts.setForwardOnly(true);
    if (!hosts.exec(hostSelect(QString()))) {
        *error = sql::errorText(hosts.lastError());
        return false;
    }
    while (hosts.next())
        snapshot->hosts.append(hostFrom(hosts));
    return DirectoryRepository::loadAll(db, &snapshot->directories, error);
}

bool readHost(QSqlDatabase db, HostId id, std::optional<Host> *host, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(hostSelect(QStringLiteral(" WHERE id = ?")));
    q.addBindValue(id);
    if (!run(q, error))
        return false;
    *host = q.next() ? std::optional<Host>(hostFrom(q)) : std::nullopt;
    return true;
}

bool insertGroup(QSqlDatabase db, Group *group, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO groups (%1parent_id, name, row_version) VALUES (%2:parent_id, :name, :row_version)"
                             " RETURNING id")
                  .arg(sql::idColumn(group->id), sql::idValue(group->id)));
    if (group->id != 0)
        q.bindValue(QStringLiteral(":id"), group->id);
    q.bindValue(QStringLiteral(":row_version"), group->rowVersion);
    q.bindValue(QStringLiteral(":parent_id"), nullableId(group->parentId));
    q.bindValue(QStringLiteral(":name"), text(group->name));
    if (!run(q, error))
        return false;
    group->id = sql::returnedId(q);
    return true;
}

WriteResult updateGroup(QSqlDatabase db, Group *group, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE groups SET parent_id = :parent_id, name = :name, row_version = row_version + 1"
                             " WHERE id = :id AND row_version = :row_version"));
    q.bindValue(QStringLiteral(":parent_id"), nullableId(group->parentId));
    q.bindValue(QStringLiteral(":name"), text(group->name));
    q.bindValue(QStringLiteral(":id"), group->id);
    q.bindValue(QStringLiteral(":row_version"), group->rowVersion);
    if (!run(q, error))
        return WriteResult::Failed;
    if (q.numRowsAffected() != 1)
        return WriteResult::Stale;
    ++group->rowVersion;
    return WriteResult::Written;
}

bool readGroup(QSqlDatabase db, GroupId id, std::optional<Group> *group, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(groupColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, error))
        return false;
    *group = q.next() ? std::optional<Group>(groupFrom(q)) : std::nullopt;
    return true;
}

bool deleteGroup(QSqlDatabase db, GroupId id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM groups WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return run(q, error);
}

bool insertHost(QSqlDatabase db, Host *host, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "INSERT INTO hosts (%1group_id, name, address, port, kind, os, tags, notes, ssh_user, auth_method,"
                  " identity_file, jump_host_id, location, owner, host_key_alias, known_hosts_file, reachability_check, mac_address, session_log,"
                  " port_forwards, remote_desktop, ssh_options, row_version) VALUES (%2"
                  " :group_id, :name, :address, :port, :kind, :os, :tags, :notes, :ssh_user, :auth_method, :identity_file,"
                  " :jump_host_id, :location, :owner, :host_key_alias, :known_hosts_file, :reachability_check, :mac_address, :session_log,"
                  " :port_forwards, :remote_desktop, :ssh_options,"
                  " :row_version) RETURNING id")
                  .arg(sql::idColumn(host->id), sql::idValue(host->id)));
    if (host->id != 0)
        q.bindValue(QStringLiteral(":id"), host->id);
    q.bindValue(QStringLiteral(":row_version"), host->rowVersion);
    bindHostFields(q, *host);
    if (!run(q, error))
        return false;
    host->id = sql::returnedId(q);
    return true;
}

WriteResult updateHost(QSqlDatabase db, Host *host, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE hosts SET group_id = :group_id, name = :name, address = :address, port = :port, kind = :kind,"
        " os = :os, tags = :tags, notes = :notes, ssh_user = :ssh_user, auth_method = :auth_method,"
        " identity_file = :identity_file, jump_host_id = :jump_host_id, location = :location, owner = :owner,"
        " host_key_alias = :host_key_alias, known_hosts_file = :known_hosts_file, reachability_check = :reachability_check,"
        " mac_address = :mac_address, session_log = :session_log, port_forwards = :port_forwards, remote_desktop = :remote_desktop,"
        " ssh_options = :ssh_options, row_version = row_version + 1 WHERE id = :id AND row_version = :row_version"));
    bindHostFields(q, *host);
    q.bindValue(QStringLiteral(":id"), host->id);
    q.bindValue(QStringLiteral(":row_version"), host->rowVersion);
    if (!run(q, error))
        return WriteResult::Failed;
    if (q.numRowsAffected() != 1)
        return WriteResult::Stale;
    ++host->rowVersion;
    return WriteResult::Written;
}

bool setJumpHost(QSqlDatabase db, HostId id, HostId jumpHostId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE hosts SET jump_host_id = ? WHERE id = ?"));
    q.addBindValue(nullableId(jumpHostId));
    q.addBindValue(id);
    return run(q, error);
}

bool deleteHost(QSqlDatabase db, HostId id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM hosts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return run(q, error);
}

bool readTicketLinks(QSqlDatabase db, const QList<Host> &hosts, QList<TicketLink> *links, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ticket_id FROM ticket_hosts WHERE host_id = ?"))) {
        *error = sql::errorText(q.lastError());
        return false;
    }
    for (const Host &h : hosts) {
        q.addBindValue(h.id);
        if (!run(q, error))
            return false;
        while (q.next())
            links->append(TicketLink{q.value(0).toLongLong(), h.id});
    }
    return true;
}

bool insertTicketLinks(QSqlDatabase db, const QList<TicketLink> &links, QString *error)
{
    QSqlQuery q(db);
    // A ticket deleted in the meantime has nothing to link back to.
    q.prepare(QStringLiteral("INSERT INTO ticket_hosts (ticket_id, host_id)"
                             " SELECT id, ? FROM tickets WHERE id = ? ON CONFLICT DO NOTHING"));
    for (const TicketLink &link : links) {
        q.addBindValue(link.hostId);
        q.addBindValue(link.ticketId);
        if (!run(q, error))
            return false;
    }
    return true;
}

} // namespace wb::InventoryRepository
