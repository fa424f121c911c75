#include "app/cli/FactsCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TargetOptions.h"
#include "core/fleet/FactsGatherer.h"
#include "core/fleet/FactsStore.h"
#include "core/targets/SshSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {

namespace {

QString count(int value)
{
    return value < 0 ? QStringLiteral("?") : QString::number(value);
}

QString summaryLine(const QString &host, const HostFacts &f)
{
    QStringList parts;
    parts << (f.osPrettyName.isEmpty() ? Cli::tr("unknown OS") : f.osPrettyName);
    parts << Cli::tr("%1 updates (%2 security)").arg(count(f.updates), count(f.securityUpdates));
    if (f.rebootRequired == HostFacts::Answer::Yes)
        parts << Cli::tr("reboot required");
    if (const HostFacts::Filesystem *fs = f.fullest())
        parts << Cli::tr("fullest disk %1 % (%2)").arg(fs->usedPercent()).arg(fs->mount);
    if (!f.failedUnits.isEmpty())
        parts << Cli::tr("failed: %1").arg(f.failedUnits.join(QStringLiteral(", ")));
    if (f.backupConfigured)
        parts << (f.backupAgeSeconds >= 0 ? Cli::tr("last backup %1 h ago").arg(f.backupAgeSeconds / 3600)
                                          : Cli::tr("backup: %1").arg(f.problems.value(QStringLiteral("backup_age_s"))));
    return printable(host + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

} // namespace

QString FactsCommand::synopsis() const
{
    return QStringLiteral("facts (--group G | --host H)... [-f N] [--timeout S] [--json] [--accept-new-host-keys] [--ssh-config F] | facts --print-script"
                          " | facts --retention [--keep-all-days N] [--keep-daily-days N] [--json]");
}

QString FactsCommand::summary() const
{
    return Cli::tr("gather hosts' facts over SSH: OS, load, memory, disks, pending updates, reboot, failed units, backup age");
}

int FactsCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Runs Werkbank's read-only facts script on every host given by --group and --host (over SSH, as run does) "
                "and prints what it found, one line per host; inventory hosts' facts are kept in the workspace's history. "
                "Exit status 1 when any host could not be asked."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const TargetOptions targetOptions;
    targetOptions.addTo(parser);
    const QCommandLineOption fanout({QStringLiteral("f"), QStringLiteral("fanout")}, Cli::tr("Hosts in flight at once (default 64)."), Cli::tr("n"), QStringLiteral("64"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Cli::tr("Seconds per host, from connect to the last fact (default 60)."),
                                     Cli::tr("seconds"), QStringLiteral("60"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("One JSON object per host and line."));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-keys"),
                                       Cli::tr("Trust and save keys of hosts not yet in known_hosts (changed keys still fail)."));
    const QCommandLineOption printScript(QStringLiteral("print-script"),
                                         Cli::tr("Print the facts script that runs on each host (read-only; sent on standard input to sh -s) and exit."));
    const QCommandLineOption retention(QStringLiteral("retention"),
                                       Cli::tr("Print how long the workspace keeps gathered facts (with --keep-all-days and --keep-daily-days: set it first) and exit."));
    const QCommandLineOption keepAll(QStringLiteral("keep-all-days"), Cli::tr("With --retention: keep every snapshot for this many days."),
                                     Cli::tr("days"));
    const QCommandLineOption keepDaily(QStringLiteral("keep-daily-days"),
                                       Cli::tr("With --retention: then the newest of each day until this many days; one a week after."), Cli::tr("days"));
    parser.addOptions({fanout, timeout, json, acceptNew, printScript, retention, keepAll, keepDaily});
    if (!parse(parser, QStringLiteral("facts"), arguments))
        return 2;
    if (parser.isSet(printScript)) {
        out() << QString::fromUtf8(FactsScript::script());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return failUsage(Cli::tr("facts takes no arguments besides its options."));
    if (parser.isSet(keepAll) || parser.isSet(keepDaily) || parser.isSet(retention)) {
        if (!parser.isSet(retention))
            return failUsage(Cli::tr("--keep-all-days and --keep-daily-days go with --retention."));
        OpenWorkspace ws;
        if (!ws.open(common.workspacePath(parser)))
            return fail(ws.error);
        FactsRetention kept = FactsRetention::load(ws.workspace.database());
        const auto days = [&](const QCommandLineOption &option, int *value) {
            bool ok = false;
            const int n = parser.value(option).toInt(&ok);
            if (!ok || n < 1 || n > 3650)
                return false;
            *value = n;
            return true;
        };
        if (parser.isSet(keepAll) && !days(keepAll, &kept.keepAllDays))
            return failUsage(Cli::tr("--keep-all-days must be a number of days from 1 to 3650."));
        if (parser.isSet(keepDaily) && !days(keepDaily, &kept.keepDailyDays))
            return failUsage(Cli::tr("--keep-daily-days must be a number of days from 1 to 3650."));
        if (kept.keepDailyDays < kept.keepAllDays)
            return failUsage(Cli::tr("--keep-daily-days (%1) cannot be less than --keep-all-days (%2).").arg(kept.keepDailyDays).arg(kept.keepAllDays));
        QString error;
        if ((parser.isSet(keepAll) || parser.isSet(keepDaily)) && !kept.save(ws.workspace.database(), &error))
            return fail(error);
        if (parser.isSet(json))
            out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("keep_all_days"), kept.keepAllDays},
                                                                 {QStringLiteral("keep_daily_days"), kept.keepDailyDays}})
                                           .toJson(QJsonDocument::Compact))
                  << '\n';
        else
            out() << Cli::tr("Every snapshot for %1 days, then the newest of each day until %2 days, then the newest of each week.")
                         .arg(kept.keepAllDays)
                         .arg(kept.keepDailyDays)
                  << '\n';
        return 0;
    }
    RunSpec spec;
    bool ok = false;
    spec.concurrency = parser.value(fanout).toInt(&ok);
    if (!ok || spec.concurrency < 1)
        return failUsage(Cli::tr("--fanout must be a number of 1 or more."));
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return failUsage(Cli::tr("--timeout must be a number of seconds."));
    spec.hostTimeoutMs = seconds * 1000;
    spec.unknownKeys = parser.isSet(acceptNew) ? RunSpec::UnknownKeys::AcceptNew : RunSpec::UnknownKeys::Reject;
    if (!targetOptions.isSet(parser))
        return failUsage(Cli::tr("facts needs at least one --group or --host."));

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    QList<SshTarget> targets;
    if (const int status = targetOptions.resolve(parser, ws.inventory, SshSettings::load(ws.inventory.database()), &targets))
        return status;
    QHash<GroupId, BackupCheck> checks;
    QString error;
    if (!FactsStore::backupChecks(ws.workspace.database(), &checks, &error))
        return fail(error);
    QList<FactsGatherer::Target> gatherTargets;
    for (const SshTarget &target : std::as_const(targets)) {
        const Host *host = target.hostId ? ws.inventory.host(target.hostId) : nullptr;
        gatherTargets.append({target, host ? FactsStore::backupCheckFor(checks, ws.inventory, host->groupId) : BackupCheck()});
    }

    FactsGatherer gatherer(gatherTargets, spec);
    const bool asJson = parser.isSet(json);
    bool anyFailed = false;
    bool keyRejected = false;
    QObject::connect(&gatherer, &FactsGatherer::gathered, [&](int index) {
        const FactsGatherer::Target &target = gatherer.target(index);
        const FactsGatherer::Result &result = gatherer.result(index);
        const QString host = target.ssh.endpoint.name;
        if (result.ok && target.ssh.hostId != 0) {
            QString storeError;
            if (!FactsStore::record(ws.workspace.database(), target.ssh.hostId, result.facts, &storeError))
                err() << Cli::tr("%1: the facts could not be kept in the workspace: %2").arg(host, storeError) << Qt::endl;
        }
        anyFailed = anyFailed || !result.ok;
        keyRejected = keyRejected || result.unknownHostKey;
        if (asJson) {
            QJsonObject line = result.ok ? result.facts.toJson() : QJsonObject{{QStringLiteral("error"), result.error}};
            line.insert(QStringLiteral("host"), host);
            out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
            out().flush();
        } else if (result.ok) {
            out() << summaryLine(host, result.facts) << Qt::endl;
        } else {
            err() << printable(result.error) << Qt::endl;
        }
    });
    QEventLoop loop;
    QObject::connect(&gatherer, &FactsGatherer::finished, &loop, &QEventLoop::quit);
    gatherer.start();
    if (!gatherer.isFinished())
        loop.exec();
    int removed = 0;
    if (!FactsStore::prune(ws.workspace.database(), QDateTime::currentDateTimeUtc(), FactsRetention::load(ws.workspace.database()), &removed, &error))
        err() << Cli::tr("Old facts could not be thinned out: %1").arg(error) << Qt::endl;
    if (keyRejected && spec.unknownKeys == RunSpec::UnknownKeys::Reject)
        err() << Cli::tr("Hosts whose keys known_hosts does not list were not contacted; check the fingerprints, "
                         "then run again with --accept-new-host-keys to trust and save them.") << Qt::endl;
    return anyFailed ? 1 : 0;
}

} // namespace wb
