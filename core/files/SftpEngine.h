#pragma once

#include "core/files/SftpTransferJob.h"
#include "core/ssh/SshChannelPeer.h"

#include <QElapsedTimer>

#include <functional>

#include <map>
#include <memory>

namespace wb {

// SFTP on the "sftp" subsystem channel of one connection, on that
// connection's worker thread (SshChannelPeer): the protocol, the transfers and
// their local file I/O all happen there, and only results and a few progress
// signals a second cross to the thread that asked (SftpSession). Jobs run one
// after another in the order asked.
class SftpEngine : public SshChannelPeer
{
    Q_OBJECT
public:
    SftpEngine();
    ~SftpEngine() override;

    void channelOpened(SshChannelPort *port) override;
    void channelData(const QByteArray &data, bool isStderr) override;
    void channelClosed(const SshOutcome &outcome) override;

    // Called on the engine's thread (SftpSession queues them).
    void startTransfer(int id, const TransferRequest &request);
    void cancelTransfer(int id);
    void answerConflict(int id, TransferConflict choice, bool forAll);
    void listFolder(int id, const QByteArray &path);
    // The server's absolute form of path ("." is the login's home folder).
    void resolvePath(int id, const QByteArray &path);
    // A path's attributes, links followed.
    void statPath(int id, const QByteArray &path);
    enum class Operation { MakeFolder, Rename, Remove, RemoveTree, ChangeMode };
    // One change to the remote side; `target` for Rename, `mode` for ChangeMode and MakeFolder.
    void operate(int id, Operation operation, const QByteArray &path, const QByteArray &target, quint32 mode);

Q_SIGNALS:
    // The server answered the SFTP greeting (error empty) or could not;
    // noSftp: the server has no SFTP service at all (the subsystem was refused).
    void ready(const QString &error, bool noSftp = false);
    void transferItem(int id, const wb::TransferItem &item);
    void transferProgress(int id, const QString &file, qint64 fileDone, qint64 fileTotal, qint64 jobDone, qint64 jobKnown);
    // The transfer waits for answerConflict (its request said Ask).
    void transferConflict(int id, const wb::TransferConflictQuestion &question);
    void transferFinished(int id, bool ok);
    void folderListed(int id, const QByteArray &path, const QList<wb::SftpEntry> &entries, const QString &error);
    // error is empty when it was done.
    void operationDone(int id, const QString &error);
    void pathResolved(int id, const QByteArray &path, const QString &error);
    // missing: the server said there is no such file (not a lost connection, not a refusal).
    void pathStatted(int id, const QByteArray &path, const wb::SftpAttributes &attributes, const QString &error, bool missing);

private:
    void startNext();
    void readFolder(const QByteArray &path, std::function<void(const QList<SftpEntry> &, const QString &)> then);
    void removeTree(const QByteArray &path, std::function<void(const QString &)> then);

    SshChannelPort *m_port = nullptr;
    std::unique_ptr<SftpClient> m_client;
    std::map<int, TransferRequest> m_queued;            // in the order asked (ids grow)
    int m_runningId = 0;
    std::unique_ptr<SftpTransferJob> m_running;
    bool m_finishedJob = false;
    QElapsedTimer m_sinceProgress;
    bool m_ready = false;
    QString m_closedReason;
};

} // namespace wb
