#include "core/files/RemoteEdit.h"

#include "core/files/SftpTransferJob.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace wb {

namespace {

constexpr int settleMs = 300; // an editor's save is several events: act once they stop

} // namespace

RemoteEdit::RemoteEdit(RemoteFileAccess *access, const QByteArray &remotePath, const QString &localFolder, QObject *parent)
    : QObject(parent), m_remotePath(remotePath)
{
    m_localPath = localFolder + QLatin1Char('/') + localNameFor(remotePath);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &RemoteEdit::onLocalChange);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    setAccess(access);
}

QString RemoteEdit::localNameFor(const QByteArray &remotePath)
{
    const QString name = SftpTransferJob::destinationName(QString::fromUtf8(remotePath));
    QString plain;
    for (const QChar c : name)
        plain += (c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'))) ? c : QLatin1Char('_');
    while (plain.startsWith(QLatin1Char('.')) || plain.startsWith(QLatin1Char('-')))
        plain.replace(0, 1, QLatin1Char('_')); // never hidden, never an option, never ".."
    return plain.isEmpty() ? QStringLiteral("file") : plain.right(120);
}

void RemoteEdit::setAccess(RemoteFileAccess *access)
{
    if (m_access)
        disconnect(m_access, nullptr, this, nullptr);
    m_access = access;
    // Answers due from the old way will not come.
    if (m_step == Step::Resolving || m_step == Step::Downloading || m_step == Step::StatAfterDownload) {
        m_step = Step::Idle;
        m_refetch = true; // cut off, not refused: fetched again once this one is ready
    }
    if (m_step == Step::StatBeforeUpload || m_step == Step::Uploading || m_step == Step::StatAfterUpload) {
        m_step = Step::Watching;
        m_localSize = -1; // not on the host for sure: sent once this one is ready
    }
    if (!access)
        return;
    connect(access, &RemoteFileAccess::ready, this, [this] {
        if (m_step == Step::Idle && std::exchange(m_refetch, false))
            start(); // the first fetch was cut off
        else if (m_step == Step::Watching && localChanged())
            onLocalChange(); // a save made while there was no session
    });
    connect(access, &RemoteFileAccess::pathResolved, this, [this](int id, const QByteArray &path, const QString &error) {
        if (id != m_requestId || m_step != Step::Resolving)
            return;
        if (!error.isEmpty()) {
            m_step = Step::Idle;
            Q_EMIT failed(error);
            return;
        }
        m_resolvedPath = path;
        m_step = Step::Downloading;
        m_requestId = m_access->fetch(path, m_localPath);
    });
    connect(access, &RemoteFileAccess::copied, this, [this](int id, const QString &error) {
        if (id != m_requestId || (m_step != Step::Downloading && m_step != Step::Uploading))
            return;
        if (!error.isEmpty()) {
            const bool opening = m_step == Step::Downloading;
            m_step = opening ? Step::Idle : Step::Watching;
            m_localSize = -1; // not on the host: the next look sends it
            Q_EMIT failed(error);
            return;
        }
        m_step = m_step == Step::Downloading ? Step::StatAfterDownload : Step::StatAfterUpload;
        m_requestId = m_access->statPath(m_resolvedPath);
    });
    connect(access, &RemoteFileAccess::pathStatted, this,
            [this](int id, const SftpAttributes &attributes, const QString &error, bool missing) {
                if (id == m_requestId)
                    onStatted(attributes, error, missing);
            });
}

void RemoteEdit::retry()
{
    if (m_step == Step::Idle)
        start();
    else if (m_step == Step::Watching && localChanged())
        onLocalChange();
}

void RemoteEdit::onStatted(const SftpAttributes &attributes, const QString &error, bool missing)
{
    switch (m_step) {
    case Step::StatAfterDownload:
        if (!error.isEmpty()) {
            m_step = Step::Idle;
            Q_EMIT failed(error);
            return;
        }
        // Ours to read and write only, and never run by a double-click (the host's modes are not the copy's).
        QFile::setPermissions(m_localPath, QFile::ReadOwner | QFile::WriteOwner);
        remember(attributes);
        watch();
        m_step = Step::Watching;
        Q_EMIT opened(m_localPath);
        return;
    case Step::StatBeforeUpload:
        if (!error.isEmpty() && !missing) {
            m_step = Step::Watching;
            m_localSize = -1; // the next look sends it
            if (!m_access || !m_access->isReady()) // the session is down: the save waits for one
                Q_EMIT failed(tr("not saved to the host yet (%1); it is sent once connected again").arg(error));
            else
                Q_EMIT failed(tr("not saved to the host: %1").arg(error));
            return;
        }
        // Gone, or another size or time than when it was fetched: someone else changed it.
        if (missing || attributes.size != m_remoteSeen.size || attributes.mtime != m_remoteSeen.mtime) {
            m_step = Step::Asking;
            Q_EMIT remoteChanged();
            return;
        }
        upload();
        return;
    case Step::StatAfterUpload:
        if (error.isEmpty()) {
            m_remoteSeen = attributes;
        } else { // sent, but not looked at: what was sent is what is there
            m_remoteSeen.size = quint64(std::max<qint64>(0, m_sentSize));
            m_remoteSeen.mtime = quint32(m_sentModified / 1000);
        }
        // What was sent, not what is there now: a save made during the upload still counts as a change.
        m_localSize = m_sentSize;
        m_localModified = m_sentModified;
        m_step = Step::Watching;
        Q_EMIT saved();
        if (std::exchange(m_changedMeanwhile, false) || localChanged())
            onLocalChange();
        return;
    default: return;
    }
}

void RemoteEdit::start()
{
    if (!m_access || m_step != Step::Idle)
        return;
    // A link is edited where it points: a save then replaces the file, not the link.
    m_step = Step::Resolving;
    m_requestId = m_access->resolvePath(m_remotePath);
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
    if (!localChanged() || !m_access)
        return; // a file saved as it was, or one that is not there yet (mid-rename)
    m_step = Step::StatBeforeUpload;
    m_requestId = m_access->statPath(m_resolvedPath);
}

void RemoteEdit::resolveConflict(bool uploadAnyway)
{
    if (m_step != Step::Asking)
        return;
    if (uploadAnyway && m_access)
        return upload();
    // This save stays here; the host's copy is still not the one fetched, so the next save asks again.
    const QFileInfo local(m_localPath);
    m_localSize = local.size();
    m_localModified = local.lastModified().toMSecsSinceEpoch();
    m_step = Step::Watching;
}

void RemoteEdit::upload()
{
    const QFileInfo local(m_localPath);
    m_sentSize = local.size();
    m_sentModified = local.lastModified().toMSecsSinceEpoch();
    // The host's mode, not the private copy's 0600: an edited script stays runnable, a config readable.
    const int mode = m_remoteSeen.has(SftpAttributes::Permissions) ? int(m_remoteSeen.permissions & 0777) : -1;
    m_step = Step::Uploading;
    m_requestId = m_access->store(m_localPath, m_resolvedPath, mode);
}

} // namespace wb
