#include "core/files/SftpFileTransfer.h"

#include "core/text/SystemError.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {

QByteArray localName(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

SftpFileTransfer::SftpFileTransfer(SftpClient &client, Spec spec, Progress progress, Done done)
    : m_client(client), m_spec(std::move(spec)), m_progress(std::move(progress)), m_done(std::move(done))
{
    m_remotePart = m_spec.remotePath + partSuffix().toUtf8();
}

SftpFileTransfer::~SftpFileTransfer()
{
    *m_alive = false;
    if (m_fd >= 0)
        ::close(m_fd);
}

QString SftpFileTransfer::localError(const QString &what) const
{
    return tr("%1: %2").arg(what, systemErrorText(errno));
}

void SftpFileTransfer::start()
{
    if (m_spec.direction == Direction::Download)
        startDownload();
    else
        startUpload();
}

void SftpFileTransfer::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_inFlight == 0)
        fail(tr("cancelled"));
}

// A callback from the client that may outlive this object.
#define WB_ALIVE_GUARD auto alive = m_alive
#define WB_IF_GONE_RETURN if (!*alive) return

void SftpFileTransfer::startDownload()
{
    WB_ALIVE_GUARD;
    ++m_inFlight;
    m_client.stat(m_spec.remotePath, [this, alive](const SftpStatus &status, const SftpAttributes &attributes) {
        WB_IF_GONE_RETURN;
        --m_inFlight;
        if (stopped())
            return;
        if (!status.ok())
            return fail(status.text());
        if (attributes.isDirectory())
            return fail(tr("is a folder"));
        m_source = attributes;
        if (m_spec.mode >= 0)
            m_source.permissions = quint32(m_spec.mode) & 0777;
        m_total = attributes.size;
        const QByteArray part = localName(m_spec.localPath + partSuffix());
        // O_NOFOLLOW: a link planted under the part's name is not written through.
        int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW;
        if (!m_spec.resume)
            flags |= O_TRUNC;
        m_fd = ::open(part.constData(), flags, 0600);
        if (m_fd < 0)
            return fail(localError(m_spec.localPath + partSuffix()));
        struct stat partStat {};
        if (m_spec.resume && ::fstat(m_fd, &partStat) == 0 && quint64(partStat.st_size) <= m_total)
            m_nextOffset = quint64(partStat.st_size);
        else if (m_spec.resume && ::ftruncate(m_fd, 0) != 0)
            return fail(localError(m_spec.localPath + partSuffix()));
        m_doneBytes = m_nextOffset;
        ++m_inFlight;
        m_client.open(m_spec.remotePath, Sftp::OpenRead, {}, [this, alive](const SftpStatus &status, const QByteArray &handle) {
            WB_IF_GONE_RETURN;
            --m_inFlight;
            if (status.ok())
                m_handle = handle; // closed by fail() when a cancel came meanwhile
            if (stopped())
                return;
            if (!status.ok())
                return fail(status.text());
            m_chunk = quint32(m_client.limits().maxRead);
            if (m_progress)
                m_progress(qint64(m_doneBytes), qint64(m_total));
            pumpReads();
        });
    });
}

// Keeps maxRequests reads in flight. Past the size stat gave, one read at a
// time asks whether the file grew, until the server says end of file.
void SftpFileTransfer::pumpReads()
{
    WB_ALIVE_GUARD;
    while (!m_cancelled && !m_failed && !m_eof && m_inFlight < m_spec.maxRequests) {
        if (m_nextOffset >= m_total && m_inFlight > 0)
            break;
        const quint64 offset = m_nextOffset;
        const quint32 length = m_chunk;
        m_nextOffset += length;
        ++m_inFlight;
        m_client.read(m_handle, offset, length, [this, alive, offset, length](const SftpStatus &status, QByteArrayView data) {
            WB_IF_GONE_RETURN;
            onReadReply(offset, length, status, data);
        });
    }
    if (m_inFlight == 0 && (m_eof || m_cancelled || m_failed)) {
        if (m_failed)
            return;
        if (m_cancelled)
            return fail(tr("cancelled"));
        finishDownload();
    }
}

void SftpFileTransfer::onReadReply(quint64 offset, quint32 length, const SftpStatus &status, QByteArrayView data)
{
    --m_inFlight;
    if (m_failed) {
        if (m_inFlight == 0)
            closeRemote([this] { finish(false, m_error); });
        return;
    }
    if (status.isEof()) {
        // Reads past the end all say so; the earliest one marks the end.
        if (!m_eof || offset < m_total)
            m_total = offset;
        m_eof = true;
    } else if (!status.ok()) {
        return fail(status.text());
    } else {
        if (data.isEmpty() || quint32(data.size()) > length)
            return fail(tr("the server sent a read of the wrong size"));
        qsizetype written = 0;
        while (written < data.size()) {
            const ssize_t n = ::pwrite(m_fd, data.constData() + written, size_t(data.size() - written), off_t(offset + written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(localError(m_spec.localPath));
            written += n;
        }
        m_doneBytes += quint64(data.size());
        const quint64 end = offset + quint64(data.size());
        if (quint32(data.size()) < length && (!m_eof || end < m_total)) {
            // A short read: ask for the rest of that piece again.
            const quint32 rest = length - quint32(data.size());
            WB_ALIVE_GUARD;
            ++m_inFlight;
            m_client.read(m_handle, end, rest, [this, alive, end, rest](const SftpStatus &status, QByteArrayView more) {
                WB_IF_GONE_RETURN;
                onReadReply(end, rest, status, more);
            });
        }
        if (end > m_total)
            m_total = end; // the file grew while we read it
        if (m_progress)
            m_progress(qint64(m_doneBytes), qint64(std::max(m_total, m_doneBytes)));
    }
    pumpReads();
}

void SftpFileTransfer::finishDownload()
{
    const QString part = m_spec.localPath + partSuffix();
    closeRemote([this, part] {
        if (m_failed)
            return finish(false, m_error);
        // No setuid, setgid or sticky bit from the server, as OpenSSH's sftp.
        if (m_source.has(SftpAttributes::Permissions) && ::fchmod(m_fd, m_source.permissions & 0777) != 0)
            return finish(false, localError(part));
        if (::ftruncate(m_fd, off_t(m_total)) != 0)
            return finish(false, localError(part));
        if (m_source.has(SftpAttributes::AccessModTime)) {
            const struct timespec times[2] = {{time_t(m_source.atime), 0}, {time_t(m_source.mtime), 0}};
            if (::futimens(m_fd, times) != 0)
                return finish(false, localError(part));
        }
        if (::close(std::exchange(m_fd, -1)) != 0)
            return finish(false, localError(part));
        if (::rename(localName(part).constData(), localName(m_spec.localPath).constData()) != 0)
            return finish(false, localError(m_spec.localPath));
        finish(true, {});
    });
}

void SftpFileTransfer::startUpload()
{
    m_fd = ::open(localName(m_spec.localPath).constData(), O_RDONLY | O_CLOEXEC);
    struct stat source {};
    if (m_fd < 0 || ::fstat(m_fd, &source) != 0)
        return fail(localError(m_spec.localPath));
    if (!S_ISREG(source.st_mode))
        return fail(tr("not a regular file"));
    m_source.flags = SftpAttributes::Permissions | SftpAttributes::AccessModTime | SftpAttributes::Size;
    m_source.permissions = m_spec.mode >= 0 ? quint32(m_spec.mode) & 0777 : source.st_mode & 0777;
    m_source.atime = quint32(source.st_atim.tv_sec);
    m_source.mtime = quint32(source.st_mtim.tv_sec);
    m_source.size = quint64(source.st_size);
    m_total = m_source.size;
    quint32 flags = Sftp::OpenWrite | Sftp::OpenCreate;
    if (!m_spec.resume)
        flags |= Sftp::OpenTruncate;
    WB_ALIVE_GUARD;
    // Only the owner may read the part while it is written; the mode comes at the end.
    ++m_inFlight;
    m_client.open(m_remotePart, flags, SftpAttributes::withPermissions(0600),
                  [this, alive](const SftpStatus &status, const QByteArray &handle) {
        WB_IF_GONE_RETURN;
        --m_inFlight;
        if (status.ok())
            m_handle = handle;
        if (stopped())
            return;
        if (!status.ok())
            return fail(status.text());
        m_chunk = quint32(m_client.limits().maxWrite);
        if (!m_spec.resume) {
            pumpWrites();
            return;
        }
        m_client.fstat(m_handle, [this, alive](const SftpStatus &status, const SftpAttributes &part) {
            WB_IF_GONE_RETURN;
            if (!status.ok())
                return fail(status.text());
            if (part.size <= m_total) {
                m_nextOffset = m_doneBytes = part.size;
                return pumpWrites();
            }
            // Longer than the source: not a part of it. Start again.
            m_client.fsetstat(m_handle, [] { SftpAttributes a; a.flags = SftpAttributes::Size; return a; }(),
                              [this, alive](const SftpStatus &status) {
                WB_IF_GONE_RETURN;
                if (!status.ok())
                    return fail(status.text());
                pumpWrites();
            });
        });
    });
}

void SftpFileTransfer::pumpWrites()
{
    WB_ALIVE_GUARD;
    if (m_progress && m_inFlight == 0 && m_nextOffset == m_doneBytes)
        m_progress(qint64(m_doneBytes), qint64(m_total));
    while (!m_cancelled && !m_failed && m_nextOffset < m_total && m_inFlight < m_spec.maxRequests) {
        const quint32 length = quint32(std::min<quint64>(m_chunk, m_total - m_nextOffset));
        const quint64 offset = m_nextOffset;
        auto sent = std::make_shared<qint64>(0);
        int readError = 0;
        ++m_inFlight; // before: a lost client answers inside writeFilled
        // Read straight into the WRITE packet: no buffer copied into it.
        const qsizetype n = m_client.writeFilled(m_handle, offset, length, [&](char *into) -> qsizetype {
            ssize_t got;
            do
                got = ::pread(m_fd, into, length, off_t(offset));
            while (got < 0 && errno == EINTR);
            readError = got < 0 ? errno : 0;
            return got;
        }, [this, alive, sent](const SftpStatus &status) {
            WB_IF_GONE_RETURN;
            --m_inFlight;
            if (!status.ok() && !m_failed)
                return fail(status.text()); // closes the handle itself once nothing is in flight
            if (m_failed) {
                if (m_inFlight == 0)
                    closeRemote([this] { finish(false, m_error); });
                return;
            }
            m_doneBytes += quint64(*sent);
            if (m_progress)
                m_progress(qint64(m_doneBytes), qint64(m_total));
            pumpWrites();
        });
        if (n <= 0)
            --m_inFlight; // nothing was sent
        if (n < 0) {
            errno = readError;
            return fail(localError(m_spec.localPath));
        }
        if (n == 0) {
            m_total = m_nextOffset; // the file shrank while we read it
            break;
        }
        *sent = n;
        m_nextOffset += quint64(n);
    }
    if (m_inFlight == 0 && !m_failed) {
        if (m_cancelled)
            return fail(tr("cancelled"));
        if (m_nextOffset >= m_total)
            finishUpload();
    }
}

void SftpFileTransfer::finishUpload()
{
    WB_ALIVE_GUARD;
    SftpAttributes kept;
    kept.flags = SftpAttributes::Permissions | SftpAttributes::AccessModTime;
    kept.permissions = m_source.permissions;
    kept.atime = m_source.atime;
    kept.mtime = m_source.mtime;
    // A resumed part may be longer than the source only if it changed: cut it to size.
    kept.flags |= SftpAttributes::Size;
    kept.size = m_total;
    m_client.fsetstat(m_handle, kept, [this, alive](const SftpStatus &status) {
        WB_IF_GONE_RETURN;
        if (!status.ok())
            return fail(status.text());
        m_client.fsync(m_handle, [this, alive](const SftpStatus &) {
            WB_IF_GONE_RETURN;
            closeRemote([this, alive] {
                if (m_failed)
                    return finish(false, m_error);
                m_client.rename(m_remotePart, m_spec.remotePath, [this, alive](const SftpStatus &status) {
                    WB_IF_GONE_RETURN;
                    finish(status.ok(), status.ok() ? QString() : status.text());
                });
            });
        });
    });
}

// After an answer came back: true when a cancel or a failure ends the copy
// (then it closes and finishes once nothing else is in flight).
bool SftpFileTransfer::stopped()
{
    if (m_cancelled && !m_failed) {
        fail(tr("cancelled"));
        return true;
    }
    if (m_failed && m_inFlight == 0)
        closeRemote([this] { finish(false, m_error); });
    return m_failed;
}

void SftpFileTransfer::fail(const QString &error)
{
    if (m_failed || m_finished)
        return;
    m_failed = true;
    m_error = error;
    if (m_inFlight == 0)
        closeRemote([this] { finish(false, m_error); });
}

void SftpFileTransfer::closeRemote(std::function<void()> then)
{
    if (m_handle.isEmpty()) {
        then();
        return;
    }
    WB_ALIVE_GUARD;
    m_client.close(std::exchange(m_handle, {}), [this, alive, then = std::move(then)](const SftpStatus &status) {
        WB_IF_GONE_RETURN;
        if (!status.ok() && !m_failed) {
            m_failed = true; // a close that fails may mean the data did not land
            m_error = status.text();
        }
        then();
    });
}

void SftpFileTransfer::finish(bool ok, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (m_done)
        m_done(ok, error);
}

#undef WB_ALIVE_GUARD
#undef WB_IF_GONE_RETURN

} // namespace wb
