#include "app/cli/WorkspaceCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "core/storage/TeamRoles.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceCopy.h"
#include "core/targets/TeamHostKeyStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {

QString WorkspaceCommand::synopsis() const
{
    return QStringLiteral("workspace init | info [--json] | grant LOGIN --role helpdesk|sysadmin [--password-stdin] | revoke LOGIN "
                          "| copy --from FILE --to ADDRESS [--merge] | known-hosts [list] [--json] | known-hosts remove HOST [--port N]");
}

QString WorkspaceCommand::summary() const
{
    return Cli::tr("set up a team workspace on PostgreSQL and say who may do what in it");
}

int WorkspaceCommand::copy(const QString &target, const QString &sourceFile, bool merge, bool json, qsizetype words)
{
    if (words != 1)
        return failUsage(Cli::tr("copy takes no further words."));
    if (sourceFile.isEmpty())
        return failUsage(Cli::tr("copy needs --from FILE, the workspace to copy."));
    if (WorkspaceLocation::looksLikePostgreSql(sourceFile) || !QFileInfo::exists(sourceFile))
        return failUsage(Cli::tr("--from names a workspace file, and %1 is none.").arg(printable(sourceFile)));
    Workspace source;
    if (!source.open(sourceFile))
        return fail(source.errorString());
    Workspace destination;
    if (!openWorkspace(&destination, target))
        return fail(destination.errorString());
    QString error;
    if (destination.engine() == SqlEngine::PostgreSql) {
        // Only the owner's writes keep the operators and authors they name.
        const TeamRole myRole = TeamRoles(destination.database()).currentRole(&error);
        if (myRole != TeamRole::Owner)
            return fail(error.isEmpty() ? Cli::tr("copy is run by the login that owns the team workspace (the one that ran "
                                                  "workspace init), so audit records and work logs keep who wrote them.")
                                        : error);
    }
    WorkspaceCopy::Report report;
    if (!WorkspaceCopy(source.database(), destination.database()).copy(merge, &report, &error))
        return fail(error);
    if (json) {
        QJsonObject added, kept;
        for (auto it = report.added.cbegin(); it != report.added.cend(); ++it)
            added.insert(it.key(), it.value());
        for (auto it = report.kept.cbegin(); it != report.kept.cend(); ++it)
            kept.insert(it.key(), it.value());
        out() << QJsonDocument(QJsonObject{{QStringLiteral("added"), added}, {QStringLiteral("kept"), kept}}).toJson(QJsonDocument::Compact)
              << '\n';
        out().flush();
    } else {
        QList<QStringList> rows{{Cli::tr("Table"), Cli::tr("Added"), Cli::tr("Already there")}};
        for (auto it = report.added.cbegin(); it != report.added.cend(); ++it)
            rows << QStringList{it.key(), QString::number(it.value()), QString::number(report.kept.value(it.key()))};
        for (auto it = report.kept.cbegin(); it != report.kept.cend(); ++it) {
            if (!report.added.contains(it.key()))
                rows << QStringList{it.key(), QStringLiteral("0"), QString::number(it.value())};
        }
        printColumns(rows);
    }
    return 0;
}

int WorkspaceCommand::knownHosts(const QString &location, const QStringList &words, bool json, const QString &portText)
{
    const QString what = words.value(1, QStringLiteral("list"));
    if (what != QLatin1String("list") && what != QLatin1String("remove"))
        return failUsage(Cli::tr("known-hosts takes list or remove HOST."));
    if (what == QLatin1String("list") && words.size() > 2)
        return failUsage(Cli::tr("known-hosts list takes no further words."));
    if (what == QLatin1String("remove") && words.size() != 3)
        return failUsage(Cli::tr("known-hosts remove needs one HOST (as known_hosts names it: the address or HostKeyAlias)."));
    bool portOk = true;
    const int port = portText.isEmpty() ? 22 : portText.toInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return failUsage(Cli::tr("--port takes a number from 1 to 65535."));
    Workspace ws;
    if (!openWorkspace(&ws, location))
        return fail(ws.errorString());
    TeamHostKeyStore store(ws.database());
    QString error;
    if (what == QLatin1String("remove")) {
        int removed = 0;
        if (!store.remove(words.at(2), quint16(port), &removed, &error))
            return fail(error);
        if (removed == 0)
            return fail(Cli::tr("The team's known hosts list no key for %1.").arg(printable(KnownHosts::hostField(words.at(2), quint16(port)))));
        err() << Cli::tr("Removed %n key(s) for %1 from the team's known hosts.", nullptr, removed)
                     .arg(printable(KnownHosts::hostField(words.at(2), quint16(port))))
              << Qt::endl;
        return 0;
    }
    QList<TeamKnownHosts::Entry> entries;
    if (!store.load(&entries, &error))
        return fail(error);
    if (json) {
        QJsonArray array;
        for (const TeamKnownHosts::Entry &entry : std::as_const(entries))
            array << QJsonObject{{QStringLiteral("host"), entry.host},
                                 {QStringLiteral("port"), entry.port},
                                 {QStringLiteral("key_type"), entry.key.type},
                                 {QStringLiteral("fingerprint"), entry.key.fingerprint()},
                                 {QStringLiteral("accepted_by"), entry.acceptedBy},
                                 {QStringLiteral("accepted_at"), entry.acceptedAt.toString(Qt::ISODateWithMs)}};
        out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        QList<QStringList> rows{{Cli::tr("Host"), Cli::tr("Key"), Cli::tr("Accepted by"), Cli::tr("Accepted")}};
        for (const TeamKnownHosts::Entry &entry : std::as_const(entries))
            rows << QStringList{printable(KnownHosts::hostField(entry.host, entry.port)),
                                entry.key.type + QLatin1Char(' ') + entry.key.fingerprint(), printable(entry.acceptedBy),
                                entry.acceptedAt.toString(Qt::ISODate)};
        printColumns(rows);
    }
    out().flush();
    return 0;
}

int WorkspaceCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Team workspaces on PostgreSQL. init (run by the login that will own the schema) lays out an empty "
                "database and creates its two roles, <db>_helpdesk and <db>_sysadmin; grant gives a login one of "
                "them (creating the login when it does not exist); revoke takes both away; info says what the "
                "workspace is and what your login may do in it; copy puts a personal workspace into a team one; "
                "known-hosts lists the host keys a sysadmin trusted for the team, or removes a host's."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("grant: helpdesk or sysadmin."), Cli::tr("role"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Cli::tr("grant: a new login's password, from the first line of standard input "
                                                   "(without it the login has none: certificate or peer authentication)."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("info, copy: one JSON object; known-hosts list: one array."));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("copy: the workspace to copy (a file)."), Cli::tr("file"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("copy: the team workspace to copy into (default: --workspace)."),
                                Cli::tr("address"));
    const QCommandLineOption merge(QStringLiteral("merge"),
                                   Cli::tr("copy: add to a workspace that already holds data (what it has stays as it is)."));
    const QCommandLineOption port(QStringLiteral("port"), Cli::tr("known-hosts remove: the host's SSH port (default 22)."),
                                  Cli::tr("port"));
    parser.addOptions({role, passwordStdin, json, from, to, merge, port});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("init, info, grant, revoke, copy or known-hosts."),
                                 QStringLiteral("ACTION [LOGIN]"));
    if (!parse(parser, QStringLiteral("workspace"), arguments))
        return 2;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QString location = action == QLatin1String("copy") && parser.isSet(to) ? parser.value(to) : common.workspacePath(parser);
    const bool team = WorkspaceLocation::looksLikePostgreSql(location);

    if (action == QLatin1String("copy"))
        return copy(location, parser.isSet(from) ? QDir::current().absoluteFilePath(parser.value(from)) : QString(),
                    parser.isSet(merge), parser.isSet(json), words.size());

    if (action == QLatin1String("info")) {
        if (words.size() != 1)
            return failUsage(Cli::tr("info takes no further words."));
        Workspace ws;
        if (!openWorkspace(&ws, location))
            return fail(ws.errorString());
        QString error;
        const TeamRole myRole = team ? TeamRoles(ws.database()).currentRole(&error) : TeamRole::Owner;
        if (!error.isEmpty())
            return fail(error);
        if (parser.isSet(json)) {
            QJsonObject object{{QStringLiteral("engine"), team ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                               {QStringLiteral("address"), ws.path()},
                               {QStringLiteral("schema_version"), ws.schemaVersion()},
                               {QStringLiteral("role"), TeamRoles::key(myRole)}};
            out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            printColumns({{Cli::tr("Workspace"), printable(ws.path())},
                          {Cli::tr("Engine"), team ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")},
                          {Cli::tr("Schema"), QString::number(ws.schemaVersion())},
                          {Cli::tr("Your role"), TeamRoles::displayName(myRole)}});
        }
        out().flush();
        return 0;
    }

    if (action != QLatin1String("init") && action != QLatin1String("grant") && action != QLatin1String("revoke")
        && action != QLatin1String("known-hosts"))
        return failUsage(Cli::tr("workspace needs an ACTION: init, info, grant, revoke, copy or known-hosts."));
    if (!team)
        return failUsage(Cli::tr("workspace %1 is for a team workspace: give --workspace a PostgreSQL address "
                                 "(postgresql://user@host/db).")
                             .arg(action));
    if (action == QLatin1String("known-hosts"))
        return knownHosts(location, words, parser.isSet(json), parser.value(port));

    if (action == QLatin1String("init")) {
        if (words.size() != 1)
            return failUsage(Cli::tr("init takes no further words."));
        Workspace ws;
        if (!ws.create(location))
            return fail(ws.errorString());
        TeamRoles roles(ws.database());
        QString error;
        if (!roles.setUp(&error))
            return fail(error);
        err() << Cli::tr("The team workspace %1 is ready (schema %2), with the roles %3 and %4. Give logins a role with: "
                         "werkbank-cli --workspace '%1' workspace grant LOGIN --role helpdesk|sysadmin")
                     .arg(ws.path())
                     .arg(ws.schemaVersion())
                     .arg(roles.roleName(TeamRole::Helpdesk), roles.roleName(TeamRole::Sysadmin))
              << Qt::endl;
        return 0;
    }

    if (words.size() != 2)
        return failUsage(Cli::tr("%1 needs one LOGIN.").arg(action));
    const QString login = words.at(1);
    std::optional<TeamRole> granted;
    std::optional<QString> password;
    if (action == QLatin1String("grant")) {
        granted = TeamRoles::fromKey(parser.value(role));
        if (!granted)
            return failUsage(Cli::tr("grant needs --role helpdesk or --role sysadmin."));
        if (parser.isSet(passwordStdin)) {
            QString line;
            if (!readStdinLine(&line) || line.isEmpty())
                return failUsage(Cli::tr("--password-stdin: standard input has no password line."));
            password = line;
        }
    } else if (parser.isSet(role) || parser.isSet(passwordStdin)) {
        return failUsage(Cli::tr("revoke takes no --role and no password."));
    }
    Workspace ws;
    if (!openWorkspace(&ws, location))
        return fail(ws.errorString());
    TeamRoles roles(ws.database());
    QString error;
    if (granted) {
        if (!roles.grant(login, *granted, password, &error))
            return fail(error);
        err() << Cli::tr("%1 now has the role %2.").arg(printable(login), roles.roleName(*granted)) << Qt::endl;
    } else {
        if (!roles.revoke(login, &error))
            return fail(error);
        err() << Cli::tr("%1 has no role in this workspace any more.").arg(printable(login)) << Qt::endl;
    }
    return 0;
}

} // namespace wb
