#include "core/ssh/SessionLogFile.h"

#include "core/text/SystemError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace wb {

QString SessionLogFile::fileNameFor(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += c.isLetterOrNumber() && c.unicode() < 0x80 ? c : (c == QLatin1Char('.') || c == QLatin1Char('-') ? c : QLatin1Char('_'));
    while (safe.startsWith(QLatin1Char('.')))
        safe.replace(0, 1, QLatin1Char('_')); // never hidden, never ".."
    return safe.isEmpty() ? QStringLiteral("session") : safe.left(100);
}

std::unique_ptr<SessionLogFile> SessionLogFile::open(const QString &folder, const QString &name, bool raw, QString *error)
{
    const bool existed = QFileInfo::exists(folder);
    if (!QDir().mkpath(folder) || (!existed && !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))) {
        *error = tr("the session log folder %1 cannot be made").arg(folder);
        return nullptr;
    }
    const QString stem = folder + QLatin1Char('/') + fileNameFor(name) + QLatin1Char('-')
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    for (int attempt = 1; attempt < 100; ++attempt) {
        const QString path = stem + (attempt > 1 ? QStringLiteral("-%1").arg(attempt) : QString()) + QStringLiteral(".log");
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0)
            return std::unique_ptr<SessionLogFile>(new SessionLogFile(fd, path, raw));
        if (errno != EEXIST) {
            *error = tr("the session log %1 cannot be made: %2").arg(path, systemErrorText(errno));
            return nullptr;
        }
    }
    *error = tr("the session log %1 cannot be made: too many logs of that second").arg(stem);
    return nullptr;
}

SessionLogFile::~SessionLogFile()
{
    ::close(m_fd);
}

bool SessionLogFile::append(const QByteArray &data, QString *error)
{
    if (m_failed)
        return true; // said once
    const QByteArray text = m_raw ? data : m_filter.filter(data);
    qsizetype written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(m_fd, text.constData() + written, size_t(text.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_failed = true;
            *error = tr("the session log %1 could not be written: %2").arg(m_path, systemErrorText(errno));
            return false;
        }
        written += n;
    }
    return true;
}

} // namespace wb
