#include "app/cli/ExportCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "core/inventory/io/Exporters.h"

#include <QCommandLineParser>

namespace wb {

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export --format csv|ansible [--group G] [--output FILE]");
}

QString ExportCommand::summary() const
{
    return Cli::tr("write the inventory (to standard output by default)");
}

int ExportCommand::execute(const QStringList &arguments)
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
    if (const int status = ws.openAtGroup(common.workspacePath(parser), parser.value(group), &top))
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

} // namespace wb
