#include "app/cli/CheckCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TargetOptions.h"
#include "core/fleet/ProbeTargets.h"
#include "core/fleet/ReachabilitySweep.h"
#include "core/targets/SshSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString methodId(ProbeTarget::Method method)
{
    switch (method) {
    case ProbeTarget::Method::SshBanner: return QStringLiteral("ssh");
    case ProbeTarget::Method::TcpConnect: return QStringLiteral("tcp");
    case ProbeTarget::Method::NotChecked: return QStringLiteral("none");
    case ProbeTarget::Method::BehindJumpHost: break;
    }
    return QStringLiteral("jump");
}

void printJson(const ProbeTarget &target, const ProbeResult &result)
{
    const bool known = result.state == ProbeResult::State::Up || result.state == ProbeResult::State::Down;
    const QJsonObject line{
        {QStringLiteral("host"), target.name},
        {QStringLiteral("up"), known ? QJsonValue(result.state == ProbeResult::State::Up) : QJsonValue()},
        {QStringLiteral("latency_ms"), result.latencyMs >= 0 ? QJsonValue(result.latencyMs) : QJsonValue()},
        {QStringLiteral("error"), orNull(result.error)},
        {QStringLiteral("address"), target.address},
        {QStringLiteral("port"), target.port},
        {QStringLiteral("method"), methodId(target.method)},
        {QStringLiteral("banner"), orNull(result.banner)},
        {QStringLiteral("checked"), result.checkedAt.toString(Qt::ISODate)},
    };
    out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
}

void printText(const ProbeTarget &target, const ProbeResult &result)
{
    switch (result.state) {
    case ProbeResult::State::Up:
        out() << Cli::tr("%1: up, %2 ms").arg(target.name).arg(result.latencyMs) << '\n';
        break;
    case ProbeResult::State::Down:
        out() << Cli::tr("%1: down: %2").arg(target.name, printable(result.error)) << '\n';
        break;
    case ProbeResult::State::Unknown:
    case ProbeResult::State::Pending:
        out() << Cli::tr("%1: %2").arg(target.name, result.error) << '\n';
        break;
    }
}

} // namespace

QString CheckCommand::synopsis() const
{
    return QStringLiteral("check (--group G | --host H)... [-f N] [--timeout S] [--json] [--ssh-config F]");
}

QString CheckCommand::summary() const
{
    return Cli::tr("check which hosts are up (SSH banner, or the port their kind answers on)");
}

int CheckCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks every host given by --group and --host without logging in: up means its SSH server sent its "
                "banner (or, for hosts checked on another port, that the port connected). One line per host as the "
                "answers come. Hosts behind a jump host are reported as unknown. Exit status 1 when any host is down."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const TargetOptions targetOptions;
    targetOptions.addTo(parser);
    const QCommandLineOption fanout({QStringLiteral("f"), QStringLiteral("fanout")}, Cli::tr("Hosts checked at once (default 256)."),
                                    Cli::tr("n"), QStringLiteral("256"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Cli::tr("Seconds each host has to answer (default 5)."),
                                     Cli::tr("seconds"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("One JSON object per host and line."));
    parser.addOptions({fanout, timeout, json});
    if (!parse(parser, QStringLiteral("check"), arguments))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return failUsage(Cli::tr("check takes no arguments besides its options."));
    ReachabilitySweep::Options options;
    bool ok = false;
    options.concurrency = parser.value(fanout).toInt(&ok);
    if (!ok || options.concurrency < 1)
        return failUsage(Cli::tr("--fanout must be a number of 1 or more."));
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600)
        return failUsage(Cli::tr("--timeout must be a number of seconds from 1 to 600."));
    options.timeoutMs = seconds * 1000;
    if (!targetOptions.isSet(parser))
        return failUsage(Cli::tr("check needs at least one --group or --host."));

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    QList<SshTarget> targets;
    if (const int status = targetOptions.resolve(parser, ws.inventory, SshSettings::load(ws.inventory.database()), &targets))
        return status;

    ReachabilitySweep sweep(ProbeTargets::forSshTargets(ws.inventory, targets), options);
    const bool asJson = parser.isSet(json);
    QObject::connect(&sweep, &ReachabilitySweep::probed, [&sweep, asJson](int index) {
        if (asJson)
            printJson(sweep.target(index), sweep.result(index));
        else
            printText(sweep.target(index), sweep.result(index));
        out().flush();
    });
    QEventLoop loop;
    QObject::connect(&sweep, &ReachabilitySweep::finished, &loop, &QEventLoop::quit);
    sweep.start();
    if (!sweep.isFinished())
        loop.exec();
    const ReachabilitySweep::Counts counts = sweep.counts();
    if (!asJson) {
        err() << Cli::tr("%n up", nullptr, counts.up) << ", " << Cli::tr("%n down", nullptr, counts.down);
        if (counts.unknown > 0)
            err() << ", " << Cli::tr("%n unknown", nullptr, counts.unknown);
        err() << Qt::endl;
    }
    return counts.down > 0 ? 1 : 0;
}

} // namespace wb
