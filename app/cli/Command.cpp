#include "app/cli/Command.h"

#include "app/AppOptions.h"
#include "app/cli/AccountCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/FactsCommand.h"
#include "app/cli/LogsCommand.h"
#include "app/cli/TransferCommand.h"
#include "app/cli/DirectoryCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/HostsCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/RunCommand.h"
#include "app/cli/TicketCommand.h"
#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace wb {

namespace {

// The synopsis of each command, its summary indented below it.
QString usage(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = Cli::tr("Usage: werkbank-cli [--workspace PATH|ADDRESS] [--lang nl|en] COMMAND [options]") + QStringLiteral("\n\n")
                   + Cli::tr("Commands:") + QLatin1Char('\n');
    const QString indent(22, QLatin1Char(' '));
    for (const std::unique_ptr<Command> &command : commands) {
        // One line each, however long: help2man makes a man page entry of a line and the
        // indented lines below it.
        text += QStringLiteral("  ") + command->synopsis() + QLatin1Char('\n');
        for (const QString &line : command->summary().split(QLatin1Char('\n')))
            text += indent + line + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + Cli::tr("Run werkbank-cli COMMAND --help for the options of one command.") + QLatin1Char('\n')
           + Cli::tr("Messages and tables follow the system language unless --lang says otherwise; --json is never translated.")
           + QLatin1Char('\n');
}

} // namespace

std::vector<std::unique_ptr<Command>> Command::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<HostsCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<FactsCommand>());
    commands.push_back(std::make_unique<LogsCommand>());
    commands.push_back(std::make_unique<TransferCommand>(TransferCommand::Verb::Get));
    commands.push_back(std::make_unique<TransferCommand>(TransferCommand::Verb::Put));
    commands.push_back(std::make_unique<AccountCommand>());
    commands.push_back(std::make_unique<DirectoryCommand>());
    commands.push_back(std::make_unique<TicketCommand>());
    commands.push_back(std::make_unique<WorkspaceCommand>());
    return commands;
}

int runCli(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor the
    // value of one of the options every command shares (--workspace, --lang);
    // a command's own options come after it, and its own parser reads them.
    QStringList valued;
    const CommonOptions common;
    for (const QCommandLineOption *option : {&common.workspace, &common.language})
        for (const QString &name : option->names())
            valued << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
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
    const std::vector<std::unique_ptr<Command>> commands = Command::all();
    for (const std::unique_ptr<Command> &candidate : commands) {
        if (candidate->name() == command)
            return candidate->execute(arguments);
    }
    if (arguments.contains(QLatin1String("--version"))) {
        // Named as the program is: help2man takes the man page's NAME from this line.
        out() << "werkbank-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const bool askedForHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (!command.isEmpty() && !askedForHelp)
        err() << Cli::tr("Unknown command “%1”.").arg(command) << '\n';
    (askedForHelp ? out() : err()) << usage(commands);
    return askedForHelp ? 0 : 2;
}

} // namespace wb
