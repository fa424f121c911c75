#include "app/cli/LogsCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TargetOptions.h"
#include "core/fleet/LogStream.h"
#include "core/targets/SshSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

namespace wb {

namespace {
QJsonObject jsonLine(const LogLine &line)
{
    // Visible here too: a terminal reads UTF-8 C1 controls (U+009B is CSI) that JSON leaves as they are.
    LogLine shown = line;
    shown.host = LogText::visible(line.host);
    shown.unit = LogText::visible(line.unit);
    shown.message = LogText::visible(line.message);
    return shown.toJson();
}
} // namespace

QString LogsCommand::synopsis() const
{
    return QStringLiteral("logs (--host H | --group G)... [--unit U] [--priority P] [--grep RE] [--follow] [--since T] [--file PATH] "
                          "[--lines N] [--sudo [--sudo-password-stdin]] [--json]");
}

QString LogsCommand::summary() const
{
    return Cli::tr("print or follow hosts' journals (or a log file), merged by time");
}

int LogsCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads the journal (journalctl -o json) or, with --file, a log file (tail) of every host given by --host and "
                "--group over SSH, and prints the lines merged by time: time, host, priority, unit, message. Control "
                "characters are shown as cat -v does, never passed to the terminal. Without --follow it prints and exits "
                "(the last %1 lines of each host, or all since --since); with it, it goes on until interrupted. "
                "Exit status 1 when a host could not be read.")
            .arg(LogQuery::defaultLines));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const TargetOptions targetOptions;
    targetOptions.addTo(parser);
    const QCommandLineOption unit(QStringLiteral("unit"), Cli::tr("Only this systemd unit (with --file: this syslog program)."), Cli::tr("unit"));
    const QCommandLineOption priority(QStringLiteral("priority"),
                                      Cli::tr("Only this priority and more important: 0–7 or emerg, alert, crit, err, warning, notice, info, debug."),
                                      Cli::tr("priority"));
    const QCommandLineOption grep(QStringLiteral("grep"), Cli::tr("Only lines whose message matches this regular expression (applied here, not on the host)."),
                                  Cli::tr("regex"));
    const QCommandLineOption follow(QStringLiteral("follow"), Cli::tr("Keep printing new lines as they come."));
    const QCommandLineOption since(QStringLiteral("since"), Cli::tr("Only lines since this time: ISO 8601, or an age such as 30m, 2h, 1d."),
                                   Cli::tr("time"));
    const QCommandLineOption file(QStringLiteral("file"), Cli::tr("Read this file (tail -F when following) instead of the journal."),
                                  Cli::tr("path"));
    const QCommandLineOption lines(QStringLiteral("lines"), Cli::tr("How many of the last lines of each host to start with (default %1, all with --since).")
                                                                .arg(LogQuery::defaultLines),
                                   Cli::tr("n"));
    const QCommandLineOption sudo(QStringLiteral("sudo"), Cli::tr("Read through sudo -S (the whole journal, files only root may read)."));
    const QCommandLineOption sudoStdin(QStringLiteral("sudo-password-stdin"), Cli::tr("Read sudo's password from the first line of standard input."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("One JSON object per line: host, time, priority, unit, message."));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-keys"),
                                       Cli::tr("Trust and save keys of hosts not yet in known_hosts (changed keys still fail)."));
    parser.addOptions({unit, priority, grep, follow, since, file, lines, sudo, sudoStdin, json, acceptNew});
    if (!parse(parser, QStringLiteral("logs"), arguments))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return failUsage(Cli::tr("logs takes no arguments besides its options."));
    if (!targetOptions.isSet(parser))
        return failUsage(Cli::tr("logs needs at least one --host or --group."));

    LogQuery query;
    query.unit = parser.value(unit);
    query.file = parser.value(file);
    // An absolute path: "-" would have tail read stdin, where sudo's password may be.
    if (parser.isSet(file) && !query.file.startsWith(QLatin1Char('/')))
        return failUsage(Cli::tr("--file takes an absolute path (/var/log/syslog), not “%1”.").arg(query.file));
    query.follow = parser.isSet(follow);
    query.sudo = parser.isSet(sudo);
    if (parser.isSet(priority)) {
        query.priority = LogPriority::parse(parser.value(priority));
        if (query.priority < 0)
            return failUsage(Cli::tr("--priority takes 0–7 or a syslog name (emerg, alert, crit, err, warning, notice, info, debug), not “%1”.")
                                 .arg(parser.value(priority)));
    }
    if (parser.isSet(grep)) {
        query.grep = QRegularExpression(parser.value(grep));
        if (!query.grep.isValid())
            return failUsage(Cli::tr("--grep: “%1” is no regular expression: %2").arg(parser.value(grep), query.grep.errorString()));
    }
    if (parser.isSet(since)) {
        QString error;
        if (!LogQuery::parseSince(parser.value(since), QDateTime::currentDateTimeUtc(), &query.since, &error))
            return failUsage(QStringLiteral("--since: ") + error);
    }
    if (parser.isSet(lines)) {
        bool ok = false;
        query.lines = parser.value(lines).toInt(&ok);
        if (!ok || query.lines < 0)
            return failUsage(Cli::tr("--lines must be a number of 0 or more."));
    }
    QString sudoPassword;
    if (parser.isSet(sudoStdin)) {
        if (!query.sudo)
            return failUsage(Cli::tr("--sudo-password-stdin goes with --sudo."));
        if (!readStdinLine(&sudoPassword))
            return failUsage(Cli::tr("--sudo-password-stdin: standard input is empty."));
    }

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    QList<SshTarget> targets;
    if (const int status = targetOptions.resolve(parser, ws.inventory, SshSettings::load(ws.inventory.database()), &targets))
        return status;

    LogStream stream(targets, query);
    stream.setUnknownKeys(parser.isSet(acceptNew) ? RunSpec::UnknownKeys::AcceptNew : RunSpec::UnknownKeys::Reject);
    stream.setSudoPassword(sudoPassword);
    const bool asJson = parser.isSet(json);
    bool anyFailed = false;
    QObject::connect(&stream, &LogStream::linesArrived, [&](const QList<LogLine> &batch) {
        for (const LogLine &line : batch) {
            if (asJson)
                out() << QString::fromUtf8(QJsonDocument(jsonLine(line)).toJson(QJsonDocument::Compact)) << '\n';
            else
                out() << LogText::line(line) << '\n';
        }
        out().flush();
    });
    QObject::connect(&stream, &LogStream::hostNotice, [](const QString &host, const QString &text) {
        err() << printable(QStringLiteral("%1: %2").arg(host, text)) << Qt::endl;
    });
    QObject::connect(&stream, &LogStream::hostFailed, [&](const QString &host, const QString &error) {
        anyFailed = true;
        err() << printable(error.contains(host) ? error : QStringLiteral("%1: %2").arg(host, error)) << Qt::endl;
    });
    QEventLoop loop;
    QObject::connect(&stream, &LogStream::finished, &loop, &QEventLoop::quit);
    stream.start();
    loop.exec();
    return anyFailed ? 1 : 0;
}

} // namespace wb
