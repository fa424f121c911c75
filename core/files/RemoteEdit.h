#pragma once

#include "core/files/RemoteFileAccess.h"

#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>

namespace wb {

// One remote file edited in a local editor: its path resolved (a link is
// edited where it points), downloaded into a private folder under a plain
// name, readable by its owner only, then watched; each save is uploaded
// (written beside it and renamed over it, as every transfer is), unless the
// host's copy changed since it was fetched or last saved (another size or
// time, or gone): then remoteChanged() asks first. A save while the session
// is down waits, and goes once a session is ready. Editors that save by
// writing a new file and renaming it are followed.
class RemoteEdit : public QObject
{
    Q_OBJECT
public:
    // localFolder: where the copy goes (a private folder of the caller's).
    RemoteEdit(RemoteFileAccess *access, const QByteArray &remotePath, const QString &localFolder, QObject *parent = nullptr);

    void start();
    // A new way to the same host (a new SFTP session, after a reconnect).
    void setAccess(RemoteFileAccess *access);
    // After a failure that the user mended (sudo's password given): the fetch
    // again, or the save that did not reach the host.
    void retry();
    QByteArray remotePath() const { return m_remotePath; }
    QString localPath() const { return m_localPath; }
    // The answer to remoteChanged(): upload over the host's copy, or leave it
    // (this save stays local; the next one asks again).
    void resolveConflict(bool uploadAnyway);
    // Fetched and watched: a file the editor has open.
    bool isOpen() const { return m_step != Step::Idle && m_step != Step::Resolving && m_step != Step::Downloading && m_step != Step::StatAfterDownload; }

Q_SIGNALS:
    // Downloaded: the editor can start on localPath().
    void opened(const QString &localPath);
    // A save reached the host.
    void saved();
    // A save waits: the host's copy changed since.
    void remoteChanged();
    void failed(const QString &error);

private:
    void onLocalChange();
    void checkRemote();
    void upload();
    void remember(const SftpAttributes &remote);
    void watch();
    bool localChanged() const;
    void onStatted(const SftpAttributes &attributes, const QString &error, bool missing);
    // A plain local name for the copy: the editor and the desktop never see the host's characters.
    static QString localNameFor(const QByteArray &remotePath);

    QPointer<RemoteFileAccess> m_access;
    QByteArray m_remotePath;
    QString m_localPath;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    enum class Step { Idle, Resolving, Downloading, StatAfterDownload, Watching, StatBeforeUpload, Asking, Uploading, StatAfterUpload } m_step =
        Step::Idle;
    QByteArray m_resolvedPath;     // where a link points; what is fetched and saved
    qint64 m_sentSize = -1;        // the local copy as it was when the upload under way began
    qint64 m_sentModified = -1;
    int m_requestId = 0;
    SftpAttributes m_remoteSeen;   // the host's copy when fetched or last saved
    qint64 m_localSize = -1;       // the local copy then
    qint64 m_localModified = -1;   // in milliseconds
    bool m_changedMeanwhile = false; // a save came while one was being sent
    bool m_refetch = false;          // the first fetch was cut off by a new session
};

} // namespace wb
