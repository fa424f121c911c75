#include "core/files/RemoteFileAccess.h"

#include "core/files/SftpSession.h"

namespace wb {

SftpFileAccess::SftpFileAccess(SftpSession *session, QObject *parent) : RemoteFileAccess(parent), m_session(session)
{
    connect(session, &SftpSession::ready, this, &RemoteFileAccess::ready);
    connect(session, &SftpSession::pathResolved, this, &RemoteFileAccess::pathResolved);
    connect(session, &SftpSession::pathStatted, this,
            [this](int id, const QByteArray &, const SftpAttributes &attributes, const QString &error, bool missing) {
                Q_EMIT pathStatted(id, attributes, error, missing);
            });
    connect(session, &SftpSession::transferItem, this, [this](int id, const TransferItem &item) {
        if (item.result == TransferItem::Result::Failed)
            m_failures.insert(id, item.error);
    });
    connect(session, &SftpSession::transferFinished, this, [this](int id, bool ok) {
        const QString failure = m_failures.take(id);
        Q_EMIT copied(id, ok ? QString() : failure.isEmpty() ? tr("the copy failed") : failure);
    });
}

bool SftpFileAccess::isReady() const
{
    return m_session && m_session->isReady();
}

int SftpFileAccess::resolvePath(const QByteArray &path)
{
    return m_session ? m_session->resolvePath(path) : 0;
}

int SftpFileAccess::statPath(const QByteArray &path)
{
    return m_session ? m_session->statPath(path) : 0;
}

int SftpFileAccess::fetch(const QByteArray &remotePath, const QString &localPath)
{
    if (!m_session)
        return 0;
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Download;
    request.sources = {QString::fromUtf8(remotePath)};
    request.destination = localPath; // the file itself, under the caller's name for it
    request.conflict = TransferConflict::Overwrite;
    return m_session->transfer(request);
}

int SftpFileAccess::store(const QString &localPath, const QByteArray &remotePath, int mode)
{
    if (!m_session)
        return 0;
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Upload;
    request.sources = {localPath};
    request.destination = QString::fromUtf8(remotePath);
    request.mode = mode;
    request.conflict = TransferConflict::Overwrite;
    return m_session->transfer(request);
}

} // namespace wb
