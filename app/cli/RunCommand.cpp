#include "app/cli/RunCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TargetOptions.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/RunReport.h"
#include "core/targets/SshSettings.h"
#include "core/text/NameRanges.h"
#include "core/tickets/TicketWorkLogger.h"
#include "core/worklog/RunWorkLog.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QMap>

namespace wb {

namespace {

void printGrouped(const CommandRunner &runner, bool unknownKeysRejected)
{
    // Hosts with the same output are one block, as `clush -b` prints them.
    QMap<QByteArray, QStringList> groups;
    for (int i = 0; i < runner.size(); ++i) {
        const HostRun &run = runner.result(i);
        if (run.state == HostRun::State::Done)
            groups[run.out + run.err] << runner.target(i).endpoint.name;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QString header = QStringLiteral("%1 (%2)").arg(foldNames(it.value())).arg(it.value().size());
        const QString rule(std::min<qsizetype>(header.size(), 72), QLatin1Char('-'));
        out() << rule << '\n' << header << '\n' << rule << '\n';
        out() << QString::fromUtf8(it.key());
        if (!it.key().isEmpty() && !it.key().endsWith('\n'))
            out() << '\n';
    }
    out().flush();
    bool keyRejected = false;
    for (int i = 0; i < runner.size(); ++i) {
        const HostRun &run = runner.result(i);
        const QString name = runner.target(i).endpoint.name;
        if (run.state == HostRun::State::Failed) {
            err() << run.failure.message() << '\n';
            keyRejected = keyRejected || (run.unknownHostKey && run.failure.step == SshStep::HostKey);
        }
        else if (run.state == HostRun::State::Cancelled)
            err() << Cli::tr("%1: cancelled").arg(name) << '\n';
        else if (!run.exitSignal.isEmpty())
            err() << Cli::tr("%1: killed by signal %2").arg(name, run.exitSignal) << '\n';
        else if (!run.succeeded())
            err() << Cli::tr("%1: exited with exit status %2").arg(name).arg(run.exitStatus) << '\n';
    }
    if (keyRejected && unknownKeysRejected)
        err() << Cli::tr("Hosts whose keys known_hosts does not list were not contacted; check the fingerprints, "
                         "then run again with --accept-new-host-keys to trust and save them.") << '\n';
    err().flush();
}

void printJson(const CommandRunner &runner)
{
    // One line a host, with the keys RunReport documents.
    out() << QString::fromUtf8(RunReport::jsonLines(RunReport::hostObjects(runner)));
    out().flush();
}

} // namespace

QString RunCommand::synopsis() const
{
    return QStringLiteral("run (--group G | --host H)... [-f N] [--timeout S] [--json] [--ssh-config F] (-- COMMAND | --script FILE)");
}

QString RunCommand::summary() const
{
    return Cli::tr("run a command or script on many hosts over SSH");
}

int RunCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Runs COMMAND (or the script in FILE, sent on standard input to sh -s) on every host given by "
                "--group and --host, in parallel. Output is grouped: hosts with the same output are listed together. "
                "Exit status 0 only when every host ran it with exit status 0."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const TargetOptions targetOptions;
    targetOptions.addTo(parser);
    const QCommandLineOption fanout({QStringLiteral("f"), QStringLiteral("fanout")}, Cli::tr("Hosts in flight at once (default 64)."), Cli::tr("n"), QStringLiteral("64"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Cli::tr("Seconds per host, from connect to exit (default 60)."), Cli::tr("seconds"), QStringLiteral("60"));
    const QCommandLineOption connectTimeout(QStringLiteral("connect-timeout"),
                                            Cli::tr("Seconds to wait for each host to answer and finish the key exchange "
                                                    "(default: the connection settings, 10)."),
                                            Cli::tr("seconds"));
    const QCommandLineOption script(QStringLiteral("script"), Cli::tr("Run this script file with sh -s (sent on standard input)."), Cli::tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("One JSON object per host and line."));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
                                    Cli::tr("Write what was run into this ticket's work log (when it links one of the hosts), as the window does."),
                                    Cli::tr("id"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-keys"),
                                       Cli::tr("Trust and save keys of hosts not yet in known_hosts (changed keys still fail)."));
    parser.addOptions({fanout, timeout, connectTimeout, script, json, acceptNew, ticket});
    parser.addPositionalArgument(QStringLiteral("COMMAND"), Cli::tr("The command, after --."), QStringLiteral("-- COMMAND..."));
    if (!parse(parser, QStringLiteral("run"), arguments))
        return 2;

    RunSpec spec;
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(script)) {
        QFile file(parser.value(script));
        if (!words.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            err() << (words.isEmpty() ? Cli::tr("Cannot read the script %1: %2").arg(file.fileName(), file.errorString())
                                      : Cli::tr("Give a COMMAND or --script, not both.")) << Qt::endl;
            return 2;
        }
        spec.script = file.readAll();
    } else if (words.isEmpty()) {
        err() << Cli::tr("run needs a COMMAND after -- (or --script FILE).") << Qt::endl;
        return 2;
    } else {
        spec.command = words.join(QLatin1Char(' ')); // as ssh does: the remote shell reads the line
    }
    bool ok = false;
    spec.concurrency = parser.value(fanout).toInt(&ok);
    if (!ok || spec.concurrency < 1) {
        err() << Cli::tr("--fanout must be a number of 1 or more.") << Qt::endl;
        return 2;
    }
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1) {
        err() << Cli::tr("--timeout must be a number of seconds.") << Qt::endl;
        return 2;
    }
    spec.hostTimeoutMs = seconds * 1000;
    spec.unknownKeys = parser.isSet(acceptNew) ? RunSpec::UnknownKeys::AcceptNew : RunSpec::UnknownKeys::Reject;
    const qint64 ticketId = parser.isSet(ticket) ? parser.value(ticket).toLongLong(&ok) : 0;
    if (parser.isSet(ticket) && (!ok || ticketId <= 0)) {
        err() << Cli::tr("--ticket must be a ticket number.") << Qt::endl;
        return 2;
    }
    if (!targetOptions.isSet(parser)) {
        err() << Cli::tr("run needs at least one --group or --host.") << Qt::endl;
        return 2;
    }

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    SshSettings settings = SshSettings::load(ws.inventory.database());
    if (parser.isSet(connectTimeout)) {
        const int connectSeconds = parser.value(connectTimeout).toInt(&ok);
        if (!ok || connectSeconds < 1 || connectSeconds > 600) {
            err() << Cli::tr("--connect-timeout must be a number of seconds from 1 to 600.") << Qt::endl;
            return 2;
        }
        settings.connectTimeoutSeconds = connectSeconds;
    }
    QList<SshTarget> targets;
    if (const int status = targetOptions.resolve(parser, ws.inventory, settings, &targets))
        return status;

    CommandRunner runner(targets, spec);
    QEventLoop loop;
    QObject::connect(&runner, &CommandRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    if (ticketId != 0) {
        const RunWorkLog line = RunWorkLog::of(runner);
        QString logError;
        if (!TicketWorkLogger(ws.workspace.database()).record(ticketId, line.hostIds, line.text, &logError))
            err() << (logError.isEmpty() ? Cli::tr("Nothing was logged to #%1: it is not open, or it links none of these hosts.").arg(ticketId)
                                         : logError) << Qt::endl;
    }
    if (parser.isSet(json))
        printJson(runner);
    else
        printGrouped(runner, spec.unknownKeys == RunSpec::UnknownKeys::Reject);
    const CommandRunner::Counts counts = runner.counts();
    return counts.ok == runner.size() ? 0 : 1;
}

} // namespace wb
