#include "core/files/ScpJob.h"

#include "core/files/ScpPeer.h"

#include <QFileInfo>
#include <QTimer>

#include <sys/stat.h>

namespace wb {

ScpJob::ScpJob(SshEndpoint target, SshConnectOptions options, TransferRequest request, Prepare prepare, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_options(std::move(options)), m_request(std::move(request)), m_prepare(std::move(prepare))
{
    m_options.subsystem.clear();
}

ScpJob::~ScpJob() = default;

void ScpJob::start()
{
    m_left = m_request.sources;
    const bool download = m_request.direction == SftpFileTransfer::Direction::Download;
    // As scp does: into a folder that is there (or, sending, one named with a
    // trailing "/" or for several files), else the one file's new name.
    m_destinationIsFolder = download ? QFileInfo(m_request.destination).isDir()
                                     : m_request.destination.endsWith(QLatin1Char('/')) || m_request.sources.size() > 1;
    if (m_request.sources.size() > 1 && download && !m_destinationIsFolder) {
        for (const QString &source : std::as_const(m_left))
            report(source, m_request.destination, TransferItem::Result::Failed,
                   tr("the destination must be an existing folder when there are several sources"));
        m_left.clear();
    }
    QTimer::singleShot(0, this, &ScpJob::next);
}

void ScpJob::cancel()
{
    m_cancelled = true;
    if (m_connection)
        m_connection->close();
}

void ScpJob::report(const QString &source, const QString &destination, TransferItem::Result result, const QString &error, qint64 bytes)
{
    TransferItem item;
    item.source = source;
    item.destination = destination;
    item.result = result;
    item.error = error;
    item.bytes = bytes;
    if (result == TransferItem::Result::Failed)
        ++m_failed;
    Q_EMIT itemDone(item);
}

QString ScpJob::localDestination(const QString &source)
{
    const QString name = SftpTransferJob::destinationName(source);
    if (m_destinationIsFolder && (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))) {
        report(source, m_request.destination, TransferItem::Result::Failed, tr("has no name of its own to copy it under"));
        return {};
    }
    QString destination = m_destinationIsFolder ? m_request.destination + QLatin1Char('/') + name : m_request.destination;
    struct stat there {};
    if (::lstat(QFile::encodeName(destination).constData(), &there) != 0)
        return destination;
    if (S_ISDIR(there.st_mode)) {
        report(source, destination, TransferItem::Result::Failed, tr("a folder of that name is in the way"));
        return {};
    }
    switch (m_request.conflict) {
    case TransferConflict::Overwrite: return destination;
    case TransferConflict::Skip: report(source, destination, TransferItem::Result::Skipped, tr("exists already")); return {};
    case TransferConflict::Resume:
        report(source, destination, TransferItem::Result::Failed, tr("SCP cannot go on with a cut copy: --overwrite copies it again"));
        return {};
    case TransferConflict::Rename: {
        const QFileInfo info(destination);
        const QString base = info.completeBaseName().isEmpty() ? info.fileName() : info.baseName();
        const QString suffix = info.completeBaseName().isEmpty() ? QString() : info.fileName().mid(base.size());
        for (int attempt = 1; attempt < 1000; ++attempt) {
            const QString candidate = info.path() + QLatin1Char('/') + base + QStringLiteral(" (%1)").arg(attempt) + suffix;
            if (::lstat(QFile::encodeName(candidate).constData(), &there) != 0)
                return candidate;
        }
        report(source, destination, TransferItem::Result::Failed, tr("no free name beside it"));
        return {};
    }
    case TransferConflict::Refuse:
    case TransferConflict::Ask: break;
    }
    report(source, destination, TransferItem::Result::Failed, tr("exists already (overwrite, skip or rename it)"));
    return {};
}

void ScpJob::next()
{
    if (m_connection) {
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    while (!m_left.isEmpty()) {
        const QString source = m_left.takeFirst();
        if (m_cancelled) {
            report(source, m_request.destination, TransferItem::Result::Failed, tr("cancelled"));
            continue;
        }
        if (m_request.direction == SftpFileTransfer::Direction::Download) {
            const QString destination = localDestination(source);
            if (destination.isEmpty())
                continue;
            return copy(source, destination);
        }
        QString destination = m_request.destination;
        if (m_destinationIsFolder && !destination.endsWith(QLatin1Char('/')))
            destination += QLatin1Char('/');
        if (m_request.conflict != TransferConflict::Overwrite) {
            report(source, destination, TransferItem::Result::Failed,
                   tr("SCP cannot see whether it is there already: give --overwrite to send it anyway"));
            continue;
        }
        return copy(source, destination);
    }
    Q_EMIT finished(m_failed == 0);
}

void ScpJob::copy(const QString &source, const QString &destination)
{
    const bool download = m_request.direction == SftpFileTransfer::Direction::Download;
    ScpPeer::Spec spec;
    spec.direction = m_request.direction;
    spec.remotePath = (download ? source : destination).toUtf8();
    spec.localPath = download ? destination : source;
    QString error;
    SshConnectOptions options = m_options;
    options.command = QString::fromUtf8(ScpPeer::commandFor(spec, &error));
    if (options.command.isEmpty()) {
        report(source, destination, TransferItem::Result::Failed, error);
        return QTimer::singleShot(0, this, &ScpJob::next);
    }
    m_connection = new SshConnection(m_target, options, this);
    m_connection->setPool(m_pool);
    if (m_prepare)
        m_prepare(m_connection);
    auto *peer = new ScpPeer(spec);
    const auto ended = std::make_shared<bool>(false);
    // The peer lives on the connection's thread: its signals come here queued.
    connect(peer, &ScpPeer::progress, this, [this, source](qint64 done, qint64 total) {
        Q_EMIT progress(source, done, total, m_jobDone + done);
    });
    connect(peer, &ScpPeer::finished, this, [this, source, destination, ended](bool ok, const QString &why, qint64 bytes) {
        if (std::exchange(*ended, true))
            return;
        m_jobDone += bytes;
        report(source, destination, ok ? TransferItem::Result::Copied : TransferItem::Result::Failed, why, bytes);
        QTimer::singleShot(0, this, &ScpJob::next); // the connection is not freed inside its own signal
    });
    connect(m_connection, &SshConnection::finished, this, [this, source, destination, ended](const SshOutcome &outcome) {
        if (!outcome.failed || std::exchange(*ended, true))
            return; // the peer says how it ended
        report(source, destination, TransferItem::Result::Failed, outcome.failure.message());
        QTimer::singleShot(0, this, &ScpJob::next);
    });
    m_connection->setChannelPeer(peer);
    m_connection->open();
}

} // namespace wb
