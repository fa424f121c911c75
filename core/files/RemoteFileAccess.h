#pragma once

#include "core/files/SftpWire.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace wb {

class SftpSession;

// What editing a remote file (RemoteEdit) needs of the host: where a path
// leads, its size, time and mode, and the file copied here and back. Over
// SFTP as the login (SftpFileAccess) or as root through sudo (SudoFileAccess).
// Each call returns an id its answer carries.
class RemoteFileAccess : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Calls made now are answered (SFTP: a session is up).
    virtual bool isReady() const = 0;
    virtual int resolvePath(const QByteArray &path) = 0;
    virtual int statPath(const QByteArray &path) = 0;
    // The host's file into `localPath` (replaced whole).
    virtual int fetch(const QByteArray &remotePath, const QString &localPath) = 0;
    // `localPath` over the host's file, written beside it and renamed over it;
    // `mode` (permission bits; -1: as it is) for the file written.
    virtual int store(const QString &localPath, const QByteArray &remotePath, int mode) = 0;

Q_SIGNALS:
    // Became ready (again, after a reconnect).
    void ready();
    void pathResolved(int id, const QByteArray &path, const QString &error);
    // missing: there is no such file (not a lost connection, not a refusal).
    void pathStatted(int id, const wb::SftpAttributes &attributes, const QString &error, bool missing);
    // A fetch or store ended; error empty: done.
    void copied(int id, const QString &error);
};

// RemoteFileAccess over one SFTP session (the file tab's).
class SftpFileAccess : public RemoteFileAccess
{
    Q_OBJECT
public:
    SftpFileAccess(SftpSession *session, QObject *parent = nullptr);

    bool isReady() const override;
    int resolvePath(const QByteArray &path) override;
    int statPath(const QByteArray &path) override;
    int fetch(const QByteArray &remotePath, const QString &localPath) override;
    int store(const QString &localPath, const QByteArray &remotePath, int mode) override;

private:
    QPointer<SftpSession> m_session;
    QHash<int, QString> m_failures; // a copy's failed file, said when it ends
};

} // namespace wb
