#include "app/cli/ImportCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/Importers.h"

#include <QCommandLineParser>

namespace wb {

QString ImportCommand::synopsis() const
{
    return QStringLiteral("import --format ssh-config|csv|ansible FILE [--group G] [--skip-bad-lines]");
}

QString ImportCommand::summary() const
{
    return Cli::tr("add hosts from a file (again: updates, never duplicates)");
}

int ImportCommand::execute(const QStringList &arguments)
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

} // namespace wb
