#include "app/cli/TransferCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TargetOptions.h"
#include "core/files/HostTransfers.h"
#include "core/targets/SshSettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace wb {

namespace {

QString kindName(TransferItem::Kind kind)
{
    switch (kind) {
    case TransferItem::Kind::Folder: return QStringLiteral("folder");
    case TransferItem::Kind::Link: return QStringLiteral("link");
    case TransferItem::Kind::File: break;
    }
    return QStringLiteral("file");
}

QString resultName(TransferItem::Result result)
{
    switch (result) {
    case TransferItem::Result::Skipped: return QStringLiteral("skipped");
    case TransferItem::Result::Failed: return QStringLiteral("failed");
    case TransferItem::Result::Copied: break;
    }
    return QStringLiteral("copied");
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString TransferCommand::synopsis() const
{
    return m_verb == Verb::Get
               ? QStringLiteral("get (--host H | --group G)... [-r] [--overwrite|--skip|--resume|--rename] [--json] REMOTE... LOCAL")
               : QStringLiteral("put (--host H | --group G)... [-r] [--overwrite|--skip|--resume|--rename] [--json] LOCAL... REMOTE");
}

QString TransferCommand::summary() const
{
    return m_verb == Verb::Get ? Cli::tr("copy files (with -r folders) from hosts over SFTP")
                               : Cli::tr("copy files (with -r folders) to hosts over SFTP");
}

int TransferCommand::execute(const QStringList &arguments)
{
    const bool get = m_verb == Verb::Get;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        get ? Cli::tr("Copies REMOTE files (and with -r folders) from every host given by --host and --group to LOCAL, over "
                      "SFTP. With one host LOCAL is the new name, or a folder they go into; with several, each host's copy goes "
                      "to LOCAL/<host>/. A file is written under NAME.wbpart and renamed when whole; modes and times are kept. "
                      "Exit status 1 when any file failed.")
            : Cli::tr("Copies LOCAL files (and with -r folders) to REMOTE on every host given by --host and --group, over "
                      "SFTP: the new name, or a folder they go into. A file is written under NAME.wbpart and renamed when "
                      "whole; modes and times are kept. Exit status 1 when any file failed."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const TargetOptions targetOptions;
    targetOptions.addTo(parser);
    const QCommandLineOption recursive({QStringLiteral("r"), QStringLiteral("recursive")}, Cli::tr("Copy folders with everything in them."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), Cli::tr("Replace files that exist already."));
    const QCommandLineOption skip(QStringLiteral("skip"), Cli::tr("Leave files that exist already as they are."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    Cli::tr("Go on with files a cut-off copy left (NAME.wbpart), and with shorter files of the same name."));
    const QCommandLineOption renameNew(QStringLiteral("rename"),
                                       Cli::tr("Keep files that exist already and give the copy a free name (NAME (1).EXT)."));
    const QCommandLineOption fanout({QStringLiteral("f"), QStringLiteral("fanout")}, Cli::tr("Hosts at once (default 8)."), Cli::tr("n"),
                                    QStringLiteral("8"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("One JSON object per file and host: host, source, destination, kind, result, bytes, error."));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-keys"),
                                       Cli::tr("Trust and save keys of hosts not yet in known_hosts (changed keys still fail)."));
    parser.addOptions({recursive, overwrite, skip, resume, renameNew, fanout, json, acceptNew});
    parser.addPositionalArgument(get ? QStringLiteral("REMOTE") : QStringLiteral("LOCAL"), Cli::tr("What to copy."),
                                 get ? QStringLiteral("REMOTE...") : QStringLiteral("LOCAL..."));
    parser.addPositionalArgument(get ? QStringLiteral("LOCAL") : QStringLiteral("REMOTE"), Cli::tr("Where to."));
    if (!parse(parser, name(), arguments))
        return 2;
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return failUsage(get ? Cli::tr("get needs REMOTE and LOCAL.") : Cli::tr("put needs LOCAL and REMOTE."));
    if (!targetOptions.isSet(parser))
        return failUsage(Cli::tr("%1 needs at least one --host or --group.").arg(name()));
    if (int(parser.isSet(overwrite)) + int(parser.isSet(skip)) + int(parser.isSet(resume)) + int(parser.isSet(renameNew)) > 1)
        return failUsage(Cli::tr("Give one of --overwrite, --skip, --resume and --rename."));
    bool ok = false;
    const int hostsAtOnce = parser.value(fanout).toInt(&ok);
    if (!ok || hostsAtOnce < 1)
        return failUsage(Cli::tr("--fanout must be a number of 1 or more."));

    TransferRequest base;
    base.direction = get ? SftpFileTransfer::Direction::Download : SftpFileTransfer::Direction::Upload;
    base.sources = words.mid(0, words.size() - 1);
    base.destination = words.last();
    base.recursive = parser.isSet(recursive);
    base.conflict = parser.isSet(overwrite) ? TransferConflict::Overwrite
                    : parser.isSet(skip)    ? TransferConflict::Skip
                    : parser.isSet(resume)  ? TransferConflict::Resume
                    : parser.isSet(renameNew) ? TransferConflict::Rename
                                              : TransferConflict::Refuse;
    if (!get) {
        for (QString &source : base.sources)
            source = QFileInfo(source).absoluteFilePath();
    } else {
        base.destination = QFileInfo(base.destination).absoluteFilePath();
    }
    for (const QString &remote : get ? base.sources : QStringList{base.destination}) {
        if (remote.isEmpty() || remote.contains(QChar(0)))
            return failUsage(Cli::tr("“%1” is no remote path.").arg(printable(remote)));
    }

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    QList<SshTarget> targets;
    if (const int status = targetOptions.resolve(parser, ws.inventory, SshSettings::load(ws.inventory.database()), &targets))
        return status;

    // Several hosts' copies of one remote file must not land on one local name.
    const bool perHostFolders = get && targets.size() > 1;
    if (perHostFolders && !QDir().mkpath(base.destination))
        return fail(Cli::tr("Cannot make the folder %1.").arg(base.destination));
    HostTransfers transfers(targets, [&](int index) {
        TransferRequest request = base;
        if (perHostFolders) {
            // The host's name as a folder name: no slashes, never "." or "..".
            QString folder = targets.at(index).endpoint.name;
            folder.replace(QLatin1Char('/'), QLatin1Char('_'));
            if (folder == QLatin1String(".") || folder == QLatin1String(".."))
                folder.prepend(QLatin1Char('_'));
            request.destination = QDir(base.destination).filePath(folder);
            QDir().mkpath(request.destination);
        }
        return request;
    });
    transfers.setConcurrency(hostsAtOnce);
    transfers.setAcceptNewKeys(parser.isSet(acceptNew));
    const bool asJson = parser.isSet(json);
    const bool showProgress = !asJson && isatty(STDERR_FILENO);
    bool progressShown = false;
    const auto clearProgress = [&] {
        if (std::exchange(progressShown, false))
            err() << "\r\x1b[K" << Qt::flush;
    };
    QObject::connect(&transfers, &HostTransfers::itemDone, [&](int host, const TransferItem &item) {
        const QString hostName = transfers.target(host).endpoint.name;
        if (asJson) {
            const QJsonObject line{{QStringLiteral("host"), hostName},
                                   {QStringLiteral("source"), item.source},
                                   {QStringLiteral("destination"), item.destination},
                                   {QStringLiteral("kind"), kindName(item.kind)},
                                   {QStringLiteral("result"), resultName(item.result)},
                                   {QStringLiteral("bytes"), item.bytes},
                                   {QStringLiteral("error"), item.error.isEmpty() ? QJsonValue() : QJsonValue(item.error)}};
            out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n' << Qt::flush;
            return;
        }
        clearProgress();
        if (item.result == TransferItem::Result::Failed)
            err() << printable(Cli::tr("%1: %2: %3").arg(hostName, item.source, item.error)) << Qt::endl;
        else if (item.result == TransferItem::Result::Skipped)
            err() << printable(Cli::tr("%1: %2: skipped, %3").arg(hostName, item.source, item.error)) << Qt::endl;
    });
    QObject::connect(&transfers, &HostTransfers::hostFailed, [&](int host, const QString &error) {
        clearProgress();
        if (asJson) {
            const QJsonObject line{{QStringLiteral("host"), transfers.target(host).endpoint.name},
                                   {QStringLiteral("source"), QJsonValue()},
                                   {QStringLiteral("destination"), QJsonValue()},
                                   {QStringLiteral("kind"), QStringLiteral("host")},
                                   {QStringLiteral("result"), QStringLiteral("failed")},
                                   {QStringLiteral("bytes"), 0},
                                   {QStringLiteral("error"), error}};
            out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n' << Qt::flush;
            return;
        }
        err() << printable(error) << Qt::endl;
    });
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&transfers, &HostTransfers::progress, [&](int host, const QString &file, qint64 done, qint64 total, qint64 hostDone) {
        if (!showProgress)
            return;
        const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
        const QString line = Cli::tr("%1: %2  %3 of %4  %5/s")
                                 .arg(transfers.target(host).endpoint.name, QFileInfo(file).fileName(), sizeText(done),
                                      sizeText(total), sizeText(qint64(hostDone / seconds)));
        err() << "\r\x1b[K" << printable(line).left(200) << Qt::flush;
        progressShown = true;
    });
    QEventLoop loop;
    QObject::connect(&transfers, &HostTransfers::finished, &loop, &QEventLoop::quit);
    transfers.start();
    if (!transfers.isFinished())
        loop.exec();
    clearProgress();
    return transfers.failedItems() == 0 && transfers.failedHosts() == 0 ? 0 : 1;
}

} // namespace wb
