#pragma once

#include "core/files/SftpTransferJob.h"
#include "core/ssh/SshConnection.h"

#include <QObject>

#include <functional>

namespace wb {

class ScpPeer;

// A TransferRequest carried out with SCP, file by file, each on a channel of
// its own (over the pool when there is one): what werkbank-cli get and put
// fall back to on a device without SFTP (routers, switches). Single files
// only: a folder is refused by the host's scp and reported so. A local file
// that is there is handled as an SFTP transfer handles it (refuse, skip,
// overwrite, rename; a cut copy cannot be resumed); what is on the host
// cannot be seen, so sending needs Overwrite.
class ScpJob : public QObject
{
    Q_OBJECT
public:
    // prepare: answers the connection's questions (host key, password) as its caller does.
    using Prepare = std::function<void(SshConnection *)>;
    ScpJob(SshEndpoint target, SshConnectOptions options, TransferRequest request, Prepare prepare, QObject *parent = nullptr);
    ~ScpJob() override;

    void setPool(SshPool *pool) { m_pool = pool; }
    void start();
    void cancel();

Q_SIGNALS:
    void itemDone(const wb::TransferItem &item);
    void progress(const QString &file, qint64 fileDone, qint64 fileTotal, qint64 jobDone);
    void finished(bool ok);

private:
    void next();
    void copy(const QString &source, const QString &destination);
    void report(const QString &source, const QString &destination, TransferItem::Result result, const QString &error, qint64 bytes = 0);
    // Where a fetched file goes, or empty with the item reported (a conflict).
    QString localDestination(const QString &source);

    SshEndpoint m_target;
    SshConnectOptions m_options;
    TransferRequest m_request;
    Prepare m_prepare;
    SshPool *m_pool = nullptr;
    QStringList m_left;
    SshConnection *m_connection = nullptr;
    qint64 m_jobDone = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_destinationIsFolder = false;
};

} // namespace wb
