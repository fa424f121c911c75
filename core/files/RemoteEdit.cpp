#include "core/files/RemoteEdit.h"

#include "core/files/SftpSession.h"

#include <QDateTime>
#include <QFileInfo>

namespace wb {

namespace {

constexpr int settleMs = 300; // an editor's save is several events: act once they stop

} // namespace

RemoteEdit::RemoteEdit(SftpSession *session, const QByteArray &remotePath, const QString &localFolder, QObject *parent)
    : QObject(parent), m_remotePath(remotePath)
{
    // Named as the transfer names it; a path without a name of its own ("a/..") fails there.
    m_localPath = localFolder + QLatin1Char('/') + SftpTransferJob::destinationName(QString::fromUtf8(remotePath));
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &RemoteEdit::onLocalChange);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    setSession(session);
}

void RemoteEdit::setSession(SftpSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_step == Step::StatBeforeUpload || m_step == Step::Uploading || m_step == Step::StatAfterUpload) {
        m_step = Step::Watching; // its answer went with the old session: the next save sends it
        m_localSize = -1;
    }
    if (!session)
        return;
    connect(session, &SftpSession::transferItem, this, [this](int id, const TransferItem &item) {
        if (id == m_requestId && item.result == TransferItem::Result::Failed)
            m_failure = item.error;
    });
    connect(session, &SftpSession::transferFinished, this, [this](int id, bool ok) {
        if (id != m_requestId)
            return;
        const QString failure = std::exchange(m_failure, {});
        if (!ok) {
            const bool opening = m_step == Step::Downloading;
            m_step = opening ? Step::Idle : Step::Watching;
            m_localSize = -1; // not on the host: the next look sends it
            Q_EMIT failed(failure.isEmpty() ? tr("the copy failed") : failure);
            return;
        }
        m_step = m_step == Step::Downloading ? Step::StatAfterDownload : Step::StatAfterUpload;
        m_requestId = m_session->statPath(m_remotePath);
    });
    connect(session, &SftpSession::pathStatted, this,
            [this](int id, const QByteArray &, const SftpAttributes &attributes, const QString &error) {
                if (id != m_requestId)
                    return;
                switch (m_step) {
                case Step::StatAfterDownload:
                    if (!error.isEmpty()) {
                        m_step = Step::Idle;
                        Q_EMIT failed(error);
                        return;
                    }
                    remember(attributes);
                    watch();
                    m_step = Step::Watching;
                    Q_EMIT opened(m_localPath);
                    return;
                case Step::StatBeforeUpload:
                    // Gone, or another size or time than when it was fetched: someone else changed it.
                    if (!error.isEmpty() || attributes.size != m_remoteSeen.size || attributes.mtime != m_remoteSeen.mtime) {
                        m_step = Step::Asking;
                        Q_EMIT remoteChanged();
                        return;
                    }
                    upload();
                    return;
                case Step::StatAfterUpload:
                    remember(attributes);
                    m_step = Step::Watching;
                    Q_EMIT saved();
                    if (std::exchange(m_changedMeanwhile, false))
                        onLocalChange();
                    return;
                default: return;
                }
            });
}

void RemoteEdit::start()
{
    if (!m_session || m_step != Step::Idle)
        return;
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Download;
    request.sources = {QString::fromUtf8(m_remotePath)};
    request.destination = QFileInfo(m_localPath).path();
    request.conflict = TransferConflict::Overwrite;
    m_step = Step::Downloading;
    m_requestId = m_session->transfer(request);
}

void RemoteEdit::remember(const SftpAttributes &remote)
{
    m_remoteSeen = remote;
    const QFileInfo local(m_localPath);
    m_localSize = local.size();
    m_localModified = local.lastModified().toMSecsSinceEpoch();
}

void RemoteEdit::watch()
{
    // The folder too: an editor that saves by writing a new file and renaming
    // it over the old one ends the file's own watch.
    const QString folder = QFileInfo(m_localPath).path();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_localPath) && !m_watcher.files().contains(m_localPath))
        m_watcher.addPath(m_localPath);
}

bool RemoteEdit::localChanged() const
{
    const QFileInfo local(m_localPath);
    return local.exists() && (local.size() != m_localSize || local.lastModified().toMSecsSinceEpoch() != m_localModified);
}

void RemoteEdit::onLocalChange()
{
    watch();
    if (m_step != Step::Watching) {
        if (m_step == Step::StatBeforeUpload || m_step == Step::Uploading || m_step == Step::StatAfterUpload)
            m_changedMeanwhile = true;
        return;
    }
    if (!localChanged() || !m_session)
        return; // a file saved as it was, or one that is not there yet (mid-rename)
    m_step = Step::StatBeforeUpload;
    m_requestId = m_session->statPath(m_remotePath);
}

void RemoteEdit::resolveConflict(bool uploadAnyway)
{
    if (m_step != Step::Asking)
        return;
    if (uploadAnyway && m_session)
        return upload();
    // This save stays here; the host's copy is still not the one fetched, so the next save asks again.
    const QFileInfo local(m_localPath);
    m_localSize = local.size();
    m_localModified = local.lastModified().toMSecsSinceEpoch();
    m_step = Step::Watching;
}

void RemoteEdit::upload()
{
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Upload;
    request.sources = {m_localPath};
    request.destination = QString::fromUtf8(m_remotePath);
    request.conflict = TransferConflict::Overwrite;
    m_step = Step::Uploading;
    m_requestId = m_session->transfer(request);
}

} // namespace wb
