#pragma once

#include "core/files/SftpTransferJob.h"
#include "core/ssh/SshConnection.h"

#include <QObject>

#include <functional>

namespace wb {

class SftpEngine;

// SFTP with one host, as the window or werkbank-cli sees it: an SshConnection
// whose channel is the "sftp" subsystem, spoken by an SftpEngine on the
// connection's own worker thread (taken from the pool when it keeps one).
// Host-key questions and passwords are the connection's (connection()).
// Transfers queue and run one after another; every call returns at once.
class SftpSession : public QObject
{
    Q_OBJECT
public:
    SftpSession(SshEndpoint target, SshConnectOptions options, QObject *parent = nullptr);
    // A connection made elsewhere (with the pool and work logging the window
    // uses), not opened yet, its options from optionsFor(); taken over.
    SftpSession(SshConnection *connection, QObject *parent = nullptr);
    // A connection's options for SFTP: the "sftp" subsystem, no command, no pty.
    static SshConnectOptions optionsFor(SshConnectOptions options);
    ~SftpSession() override;

    SshConnection *connection() const { return m_connection; }
    void setPool(SshPool *pool) { m_connection->setPool(pool); }
    void open();
    void close();
    bool isReady() const { return m_ready; }
    // The host has no SFTP service (failed() said so): single files can go by SCP (ScpJob).
    bool lacksSftp() const { return m_lacksSftp; }

    // An id for the transfer's signals.
    int transfer(const TransferRequest &request);
    void cancel(int id);
    // The answer to transferConflict; forAll: to the rest of that transfer's conflicts too.
    void answerConflict(int id, TransferConflict choice, bool forAll);
    int listFolder(const QByteArray &path);
    int resolvePath(const QByteArray &path);
    int statPath(const QByteArray &path);
    int makeFolder(const QByteArray &path, quint32 mode = 0755);
    int rename(const QByteArray &from, const QByteArray &to);
    // A file or link; with `tree`, a folder and everything in it.
    int remove(const QByteArray &path, bool tree = false);
    int changeMode(const QByteArray &path, quint32 mode);

Q_SIGNALS:
    void ready();
    // Connecting, logging in or starting SFTP failed, or the session ended.
    void failed(const QString &error);
    void transferItem(int id, const wb::TransferItem &item);
    // jobKnown: the bytes of every file found so far (folders are read as they are reached).
    void transferProgress(int id, const QString &file, qint64 fileDone, qint64 fileTotal, qint64 jobDone, qint64 jobKnown);
    // A transfer whose request said Ask waits for answerConflict.
    void transferConflict(int id, const wb::TransferConflictQuestion &question);
    void transferFinished(int id, bool ok);
    void folderListed(int id, const QByteArray &path, const QList<wb::SftpEntry> &entries, const QString &error);
    void operationDone(int id, const QString &error);
    void pathResolved(int id, const QByteArray &path, const QString &error);
    // missing: the server said there is no such file (not a lost connection, not a refusal).
    void pathStatted(int id, const QByteArray &path, const wb::SftpAttributes &attributes, const QString &error, bool missing);

private:
    void attach();
    static int nextId();
    int operate(int operation, const QByteArray &path, const QByteArray &target, quint32 mode);
    // Runs work on the engine's thread; when the connection is closed, runs
    // whenClosed on this one instead (queued: the caller has its id first).
    void toEngine(std::function<void(SftpEngine *)> work, std::function<void()> whenClosed = {});

    SshConnection *m_connection;
    SftpEngine *m_engine; // lives on the connection's thread; the connection deletes it
    bool m_ready = false;
    bool m_lacksSftp = false;
    bool m_failedSaid = false;
};

} // namespace wb
