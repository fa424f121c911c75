#pragma once

#include "core/files/SftpTransferJob.h"
#include "core/ssh/SshTarget.h"

#include <QList>
#include <QObject>

#include <functional>

namespace wb {

class ScpJob;
class SshConnection;
class SftpSession;
class SshPool;

// The same transfer to or from many hosts (werkbank-cli get and put): an SFTP
// session per host, at most `concurrency` at once; a host without SFTP gets
// its files by SCP (ScpJob), one at a time. Nobody is asked anything:
// an unknown host key is rejected (or, with acceptNewKeys, trusted and
// saved), a password not in the keychain is not given, and the host fails
// with the reason.
class HostTransfers : public QObject
{
    Q_OBJECT
public:
    // The request for host index i (get writes each host's copy to its own folder).
    using RequestFor = std::function<TransferRequest(int index)>;

    HostTransfers(QList<SshTarget> targets, RequestFor requestFor, QObject *parent = nullptr);
    ~HostTransfers() override;

    void setConcurrency(int hosts) { m_concurrency = std::max(1, hosts); }
    void setAcceptNewKeys(bool accept) { m_acceptNewKeys = accept; }
    void setPool(SshPool *pool) { m_pool = pool; }
    void start();
    void cancel();

    const SshTarget &target(int index) const { return m_targets.at(index); }
    int size() const { return int(m_targets.size()); }
    int failedItems() const { return m_failedItems; }
    int failedHosts() const { return m_failedHosts; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void itemDone(int host, const wb::TransferItem &item);
    void progress(int host, const QString &file, qint64 fileDone, qint64 fileTotal, qint64 hostDone);
    // A host that could not be reached or logged into: nothing was copied there.
    void hostFailed(int host, const QString &error);
    void finished();

private:
    void launchMore();
    void launch(int index);
    void done(int index);
    void prepare(SshConnection *connection);
    void fallBackToScp(int index);

    QList<SshTarget> m_targets;
    RequestFor m_requestFor;
    QList<SftpSession *> m_sessions;
    QList<ScpJob *> m_scpJobs;
    SshPool *m_pool = nullptr;
    int m_concurrency = 8;
    int m_next = 0;
    int m_active = 0;
    int m_failedItems = 0;
    int m_failedHosts = 0;
    bool m_acceptNewKeys = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace wb
