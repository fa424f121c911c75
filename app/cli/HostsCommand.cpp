#include "app/cli/HostsCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {

QString HostsCommand::synopsis() const
{
    return QStringLiteral("hosts [--group G] [--json]");
}

QString HostsCommand::summary() const
{
    return Cli::tr("list the hosts");
}

int HostsCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the hosts in the inventory."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption group(QStringLiteral("group"), Cli::tr("Only this group and what is below it."), Cli::tr("group"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON instead of a table."));
    parser.addOptions({group, json});
    if (!parse(parser, QStringLiteral("hosts"), arguments))
        return 2;
    OpenWorkspace ws;
    GroupId top = 0;
    if (const int status = ws.openAtGroup(common.workspacePath(parser), parser.value(group), &top))
        return status;

    const QList<HostId> ids = ws.inventory.hostsBelow(top);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (HostId id : ids) {
            const Host *h = ws.inventory.host(id);
            array.append(QJsonObject{
                {QStringLiteral("id"), h->id},
                {QStringLiteral("group"), ws.inventory.groupPath(h->groupId).join(QLatin1Char('/'))},
                {QStringLiteral("name"), h->name},
                {QStringLiteral("address"), h->address},
                {QStringLiteral("port"), h->port},
                {QStringLiteral("kind"), hostKindId(h->kind)},
                {QStringLiteral("os"), h->os},
                {QStringLiteral("tags"), QJsonArray::fromStringList(h->tags)},
                {QStringLiteral("notes"), h->notes},
                {QStringLiteral("user"), h->sshUser},
                {QStringLiteral("auth"), authMethodId(h->authMethod)},
                {QStringLiteral("identity_file"), h->identityFile},
                {QStringLiteral("jump_host"), ws.inventory.displayName(h->jumpHostId)},
                {QStringLiteral("location"), h->location},
                {QStringLiteral("owner"), h->owner},
                {QStringLiteral("host_key_alias"), h->hostKeyAlias},
                {QStringLiteral("known_hosts_file"), h->knownHostsFile},
                {QStringLiteral("reachability_check"), h->reachabilityCheck},
                {QStringLiteral("mac_address"), h->macAddress},
                {QStringLiteral("session_log"), h->sessionLog},
                {QStringLiteral("port_forwards"), QJsonArray::fromStringList(h->portForwards)},
                {QStringLiteral("remote_desktop"), h->remoteDesktop},
                {QStringLiteral("ssh_options"), QJsonArray::fromStringList(h->sshOptions)},
            });
        }
        printJsonArray(array);
        return 0;
    }
    // A plain table: group, name, user@address:port, kind, OS, tags.
    QList<QStringList> rows;
    rows.append({Cli::tr("GROUP"), Cli::tr("NAME"), Cli::tr("ADDRESS"), Cli::tr("KIND"), Cli::tr("OS"), Cli::tr("TAGS")});
    for (HostId id : ids) {
        const Host *h = ws.inventory.host(id);
        const QString address = (h->sshUser.isEmpty() ? QString() : h->sshUser + QLatin1Char('@')) + h->address
                                + (h->port == 22 ? QString() : QStringLiteral(":%1").arg(h->port));
        rows.append({ws.inventory.groupPath(h->groupId).join(QLatin1Char('/')), h->name, address, hostKindId(h->kind),
                     h->os, h->tags.join(QLatin1Char(','))});
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row[c].size()));
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c] + 2);
        out() << line.trimmed() << '\n';
    }
    out().flush();
    return 0;
}

} // namespace wb
