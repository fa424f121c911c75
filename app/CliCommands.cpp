#include "app/CliCommands.h"

#include "app/AppOptions.h"
#include "app/CliSupport.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/io/Exporters.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/Importers.h"
#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wb {

namespace {

QString usage()
{
    return Cli::tr("Usage: werkbank-cli [--workspace PATH] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  import --format ssh-config|csv|ansible FILE [--group G] [--skip-bad-lines]\n"
              "                      add hosts from a file (again: updates, never duplicates)\n"
              "  export --format csv|ansible [--group G] [--output FILE]\n"
              "                      write the inventory (to standard output by default)\n"
              "  hosts [--group G] [--json]\n"
              "                      list the hosts\n"
              "  run (--group G | --host H)... [-f N] [--timeout S] [--json] [--ssh-config F] (-- COMMAND | --script FILE)\n"
              "                      run a command or script on many hosts over SSH\n"
              "  account ACTION --host H [--user U] [--generate | --password-stdin] [--show] [--date D] [--json]\n"
              "                      list, show, reset, must-change, lock, unlock, disable, enable,\n"
              "                      reset-failures or expire accounts on a Linux host (audited)\n"
              "  ticket new|list|show|update|comment|resolve|search [ID | WORDS] [options] [--json]\n"
              "                      open, list, search and work helpdesk tickets\n"
              "\n"
              "Run werkbank-cli COMMAND --help for the options of one command.\n");
}

// Opens the workspace and finds the --group to work on (0: everything).
// Returns an exit status, 0 when the caller can go on.
int openAtGroup(OpenWorkspace &ws, const QString &workspacePath, const QString &groupPath, GroupId *top)
{
    if (!ws.open(workspacePath))
        return fail(ws.error);
    *top = 0;
    if (groupPath.isEmpty() || groupPath == QLatin1String("/"))
        return 0;
    *top = ws.inventory.findGroupByPath(groupPath);
    if (*top == 0)
        return fail(Cli::tr("There is no group “%1” in the inventory.").arg(groupPath));
    return 0;
}

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Adds the hosts in FILE to the inventory. Hosts already in the target group "
                                        "under the same name are updated, so importing twice adds nothing."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("ssh-config, csv or ansible."), Cli::tr("format"));
    const QCommandLineOption group(QStringLiteral("group"), Cli::tr("Group to import into, as a path like site/role; created when missing."), Cli::tr("group"));
    const QCommandLineOption skip(QStringLiteral("skip-bad-lines"), Cli::tr("Import the good lines of a file that has errors."));
    parser.addOptions({format, group, skip});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The file to import."));
    if (!parse(parser, QStringLiteral("import"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("import needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    ImportFormat importFormat;
    if (!importFormatFromId(parser.value(format), &importFormat)) {
        err() << Cli::tr("--format must be ssh-config, csv or ansible.") << Qt::endl;
        return 2;
    }

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);

    const ImportResult result = Importers::importFile(importFormat, parser.positionalArguments().first());
    for (const ImportIssue &issue : result.skipped)
        err() << Cli::tr("skipped: %1").arg(issue.toString()) << Qt::endl;
    for (const ImportIssue &issue : result.errors)
        err() << Cli::tr("error: %1").arg(issue.toString()) << Qt::endl;
    if (result.hasErrors() && !parser.isSet(skip))
        return fail(Cli::tr("%Ln bad line(s); nothing was imported. Fix them or pass --skip-bad-lines.", nullptr,
                            result.badLineCount()));

    // The target group path is created as part of the import: one transaction.
    QString error;
    if (!ws.inventory.beginBatch(&error))
        return fail(error);
    GroupId target = 0;
    int targetGroupsCreated = 0;
    const QStringList path = parser.value(group).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &name : path) {
        GroupId next = ws.inventory.findGroup(target, name.trimmed());
        if (next == 0) {
            Group g{0, target, name.trimmed()};
            if (!ws.inventory.addGroup(&g, &error)) {
                ws.inventory.rollbackBatch();
                return fail(error);
            }
            next = g.id;
            ++targetGroupsCreated;
        }
        target = next;
    }
    ApplyStats stats;
    if (!ImportApplier::apply(ws.inventory, result, target, parser.isSet(skip), &stats, &error)) {
        ws.inventory.rollbackBatch();
        return fail(error);
    }
    stats.groupsCreated += targetGroupsCreated;
    if (!ws.inventory.commitBatch(&error))
        return fail(error);
    for (const ImportIssue &warning : stats.warnings)
        err() << Cli::tr("warning: %1").arg(warning.toString()) << Qt::endl;
    out() << Cli::tr("%1 added, %2 updated, %3 unchanged, %4 groups created.")
                 .arg(stats.added)
                 .arg(stats.updated)
                 .arg(stats.unchanged)
                 .arg(stats.groupsCreated)
          << Qt::endl;
    return 0;
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes the inventory as CSV or as an Ansible INI inventory."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("csv or ansible."), Cli::tr("format"), QStringLiteral("csv"));
    const QCommandLineOption group(QStringLiteral("group"), Cli::tr("Only this group and what is below it."), Cli::tr("group"));
    const QCommandLineOption output(QStringLiteral("output"), Cli::tr("File to write (default: standard output)."), Cli::tr("file"));
    parser.addOptions({format, group, output});
    if (!parse(parser, QStringLiteral("export"), arguments))
        return 2;
    ExportFormat exportFormat;
    if (parser.value(format) == QLatin1String("csv"))
        exportFormat = ExportFormat::Csv;
    else if (parser.value(format) == QLatin1String("ansible"))
        exportFormat = ExportFormat::Ansible;
    else {
        err() << Cli::tr("--format must be csv or ansible.") << Qt::endl;
        return 2;
    }
    OpenWorkspace ws;
    GroupId top = 0;
    if (const int status = openAtGroup(ws, common.workspacePath(parser), parser.value(group), &top))
        return status;
    if (parser.isSet(output)) {
        QString error;
        if (!Exporters::exportFile(ws.inventory, exportFormat, parser.value(output), top, &error))
            return fail(error);
        return 0;
    }
    out() << (exportFormat == ExportFormat::Csv ? Exporters::toCsv(ws.inventory, top) : Exporters::toAnsible(ws.inventory, top));
    out().flush();
    return 0;
}

int hostsCommand(const QStringList &arguments)
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
    if (const int status = openAtGroup(ws, common.workspacePath(parser), parser.value(group), &top))
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
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
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

} // namespace

int runCli(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor an option's value.
    static const QStringList valued = {QStringLiteral("--workspace"), QStringLiteral("-w"), QStringLiteral("--lang"),
                                       QStringLiteral("--format"), QStringLiteral("--group"), QStringLiteral("--output"),
                                       QStringLiteral("--host"), QStringLiteral("-f"), QStringLiteral("--fanout"),
                                       QStringLiteral("--timeout"), QStringLiteral("--script"), QStringLiteral("--identity"),
                                       QStringLiteral("-i"), QStringLiteral("--ssh-config"),
                                       QStringLiteral("--user"), QStringLiteral("-u"), QStringLiteral("--date"),
                                       QStringLiteral("--length"), QStringLiteral("--ticket"), QStringLiteral("--title"),
                                       QStringLiteral("--description"), QStringLiteral("--requester"), QStringLiteral("--email"),
                                       QStringLiteral("--phone"), QStringLiteral("--category"), QStringLiteral("--urgency"),
                                       QStringLiteral("--impact"), QStringLiteral("--priority"), QStringLiteral("--remove-host"),
                                       QStringLiteral("--status"), QStringLiteral("--assignee"), QStringLiteral("--text"),
                                       QStringLiteral("--minutes"), QStringLiteral("--author"), QStringLiteral("--solution"),
                                       QStringLiteral("--view"), QStringLiteral("--me"), QStringLiteral("--order"), QStringLiteral("--limit"),
                                       QStringLiteral("--tags")};
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (valued.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            command = arg;
            break;
        }
    }
    if (command == QLatin1String("import"))
        return importCommand(arguments);
    if (command == QLatin1String("export"))
        return exportCommand(arguments);
    if (command == QLatin1String("hosts"))
        return hostsCommand(arguments);
    if (command == QLatin1String("run"))
        return runCommand(arguments);
    if (command == QLatin1String("account"))
        return accountCommand(arguments);
    if (command == QLatin1String("ticket"))
        return ticketCommand(arguments);
    if (arguments.contains(QLatin1String("--version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const bool askedForHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (!command.isEmpty() && !askedForHelp)
        err() << Cli::tr("Unknown command “%1”.").arg(command) << '\n';
    (askedForHelp ? out() : err()) << usage();
    return askedForHelp ? 0 : 2;
}

} // namespace wb
