#include "core/files/ScpPeer.h"

#include "core/text/SystemError.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {

constexpr qsizetype maxLine = 4096;
constexpr qint64 chunk = 256 * 1024;
constexpr qint64 maxSize = qint64(1) << 50;

QString systemError()
{
    return systemErrorText(errno); // strerror is not safe on a worker thread
}

QByteArray partName(const QString &path)
{
    return QFile::encodeName(path + QStringLiteral(".wbpart"));
}

// Bare when it is plain (a router's "flash:/config.txt" may not know quotes),
// else in single quotes for a POSIX shell.
QByteArray shellWord(QByteArray path)
{
    if (path.startsWith('-'))
        path.prepend("./"); // never an option
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    // A leading "=" is zsh's "=cmd" (the command's path): quoted too.
    if (!path.startsWith('=') && plain.match(QString::fromUtf8(path)).hasMatch())
        return path;
    path.replace('\'', "'\\''");
    return '\'' + path + '\'';
}

} // namespace

ScpLine ScpLine::parse(QByteArrayView line)
{
    ScpLine parsed;
    if (line.isEmpty()) {
        parsed.text = tr("the host's scp sent an empty line");
        return parsed;
    }
    const char kind = line.front();
    const QByteArray rest = line.sliced(1).toByteArray();
    if (kind == '\x01' || kind == '\x02') {
        parsed.text = QString::fromUtf8(rest).trimmed();
        if (parsed.text.startsWith(QLatin1String("scp: ")))
            parsed.text = parsed.text.mid(5);
        return parsed;
    }
    const QList<QByteArray> words = rest.split(' ');
    bool ok = false;
    if (kind == 'C' && words.size() >= 3) {
        const quint32 mode = words.at(0).toUInt(&ok, 8);
        bool sizeOk = false;
        const qint64 size = words.at(1).toLongLong(&sizeOk);
        if (ok && sizeOk && words.at(0).size() == 4 && mode <= 07777 && size >= 0 && size <= maxSize) {
            parsed.kind = Kind::File;
            parsed.mode = mode;
            parsed.size = size;
            return parsed;
        }
    } else if (kind == 'T' && words.size() == 4) {
        bool ok2 = false;
        const qint64 mtime = words.at(0).toLongLong(&ok);
        const qint64 atime = words.at(2).toLongLong(&ok2);
        if (ok && ok2 && mtime >= 0 && atime >= 0) {
            parsed.kind = Kind::Times;
            parsed.mtime = mtime;
            parsed.atime = atime;
            return parsed;
        }
    } else if (kind == 'D' || kind == 'E') {
        parsed.text = tr("is a folder (SCP copies single files here)");
        return parsed;
    }
    parsed.text = tr("the host's scp sent something that is not SCP: %1").arg(QString::fromUtf8(line.first(std::min<qsizetype>(60, line.size())).toByteArray()).toHtmlEscaped());
    return parsed;
}

QByteArray ScpPeer::commandFor(const Spec &spec, QString *error)
{
    if (spec.remotePath.isEmpty() || spec.remotePath.contains('\n') || spec.remotePath.contains('\0')
        || (spec.direction == SftpFileTransfer::Direction::Upload && QFile::encodeName(spec.localPath).contains('\n'))) {
        if (error)
            *error = tr("SCP cannot carry a name with a line break");
        return {};
    }
    const QByteArray mode = spec.direction == SftpFileTransfer::Direction::Download ? "-f" : "-t";
    return "scp -p " + mode + ' ' + shellWord(spec.remotePath);
}

ScpPeer::ScpPeer(Spec spec) : m_spec(std::move(spec)) {}

ScpPeer::~ScpPeer()
{
    closeFile();
}

void ScpPeer::closeFile()
{
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
}

void ScpPeer::channelOpened(SshChannelPort *port)
{
    m_port = port;
    if (isDownload()) {
        m_state = State::Header;
        m_port->write(QByteArray(1, '\0')); // ready for the first line
        return;
    }
    m_fd = ::open(QFile::encodeName(m_spec.localPath).constData(), O_RDONLY | O_CLOEXEC);
    struct stat info {};
    if (m_fd < 0 || ::fstat(m_fd, &info) != 0)
        return fail(systemError());
    if (!S_ISREG(info.st_mode))
        return fail(tr("not a regular file"));
    m_size = info.st_size;
    m_mode = quint32(info.st_mode) & 0777;
    m_mtime = info.st_mtim.tv_sec;
    m_atime = info.st_atim.tv_sec;
    m_state = State::Start; // the host's scp says it is ready first
}

void ScpPeer::channelData(const QByteArray &data, bool isStderr)
{
    if (isStderr) {
        if (m_stderr.size() < maxLine)
            m_stderr += data.left(maxLine - m_stderr.size());
        return;
    }
    if (m_ended)
        return;
    m_buffer += data;
    while (!m_buffer.isEmpty() && !m_ended) {
        if (m_state == State::Data) {
            const qint64 take = std::min<qint64>(m_buffer.size(), m_size - m_done);
            if (::write(m_fd, m_buffer.constData(), size_t(take)) != take)
                return fail(systemError());
            m_buffer.remove(0, take);
            m_done += take;
            reportProgress();
            if (m_done == m_size)
                m_state = State::DataEnd;
            continue;
        }
        const bool expectsLine = m_state == State::Header || m_buffer.front() == '\x01' || m_buffer.front() == '\x02';
        if (!expectsLine) { // one status byte: 0 is yes
            const char status = m_buffer.front();
            m_buffer.remove(0, 1);
            if (status != '\0')
                return fail(tr("the host's scp sent something that is not SCP"));
            onAck(status);
            continue;
        }
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > maxLine)
                return fail(tr("the host's scp sent a line too long for SCP"));
            return; // the rest of the line comes later
        }
        const ScpLine line = ScpLine::parse(QByteArrayView(m_buffer).first(end));
        m_buffer.remove(0, end + 1);
        onLine(line);
    }
}

void ScpPeer::onLine(const ScpLine &line)
{
    if (line.kind == ScpLine::Kind::Error)
        return fail(line.text);
    if (!isDownload() || m_state != State::Header)
        return fail(tr("the host's scp sent something that is not SCP"));
    if (line.kind == ScpLine::Kind::Times) {
        m_mtime = line.mtime;
        m_atime = line.atime;
        m_port->write(QByteArray(1, '\0'));
        return;
    }
    // The name in the line is the host's; the copy's name is the one we chose.
    m_size = line.size;
    m_mode = line.mode & 0777;
    // A new file of ours: whatever had the name (a part of an earlier copy, someone else's file) is replaced, never written into.
    const QByteArray part = partName(m_spec.localPath);
    if (::unlink(part.constData()) != 0 && errno != ENOENT)
        return fail(systemError());
    m_fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return fail(systemError());
    m_madePart = true;
    m_state = m_size == 0 ? State::DataEnd : State::Data;
    Q_EMIT progress(0, m_size);
    m_port->write(QByteArray(1, '\0'));
}

void ScpPeer::onAck(char)
{
    switch (m_state) {
    case State::DataEnd: return completeDownload();
    case State::Start:
        m_port->write(QStringLiteral("T%1 0 %2 0\n").arg(m_mtime).arg(m_atime).toLatin1());
        m_state = State::AckTimes;
        return;
    case State::AckTimes: return sendHeader();
    case State::AckHeader:
        m_state = State::Sending;
        Q_EMIT progress(0, m_size);
        return m_port->askWritable();
    case State::AckData: return succeed();
    default: return fail(tr("the host's scp sent something that is not SCP"));
    }
}

void ScpPeer::sendHeader()
{
    // The host's scp uses the name when the path is a folder (as scp does: the
    // file keeps its name there) and ignores it otherwise.
    QByteArray name = QFile::encodeName(m_spec.localPath);
    name = name.mid(name.lastIndexOf('/') + 1);
    m_port->write("C0" + QByteArray::number(m_mode, 8).rightJustified(3, '0') + ' ' + QByteArray::number(m_size) + ' ' + name + '\n');
    m_state = State::AckHeader;
}

void ScpPeer::channelWritable()
{
    if (m_state != State::Sending || !m_port)
        return;
    QByteArray block(chunk, Qt::Uninitialized);
    while (m_done < m_size && m_port->queuedBytes() < 4 * chunk) {
        const ssize_t n = ::read(m_fd, block.data(), size_t(std::min<qint64>(chunk, m_size - m_done)));
        if (n <= 0)
            return fail(n == 0 ? tr("the file got shorter while it was sent") : systemError());
        m_port->write(block.left(n));
        m_done += n;
        // A write pumps the channel: it may have ended, or the host answered, meanwhile.
        if (m_ended || !m_port || m_state != State::Sending)
            return;
    }
    reportProgress();
    if (m_done < m_size)
        return m_port->askWritable();
    m_state = State::AckData;
    m_port->write(QByteArray(1, '\0'));
}

void ScpPeer::completeDownload()
{
    const struct timespec times[2] = {{time_t(m_atime), 0}, {time_t(m_mtime), 0}};
    if (::fchmod(m_fd, m_mode) != 0 || (m_mtime > 0 && ::futimens(m_fd, times) != 0))
        return fail(systemError());
    if (::close(std::exchange(m_fd, -1)) != 0)
        return fail(systemError());
    if (::rename(partName(m_spec.localPath).constData(), QFile::encodeName(m_spec.localPath).constData()) != 0)
        return fail(systemError());
    m_port->write(QByteArray(1, '\0'));
    succeed();
}

void ScpPeer::reportProgress()
{
    // At most ten a second cross to the caller's thread, and the last one always.
    if (m_done != m_size && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 100)
        return;
    m_sinceProgress.start();
    Q_EMIT progress(m_done, m_size);
}

void ScpPeer::succeed()
{
    m_ended = true;
    m_state = State::Done;
    closeFile();
    if (m_port)
        m_port->endInput();
    Q_EMIT finished(true, {}, m_size);
}

void ScpPeer::fail(const QString &error)
{
    if (std::exchange(m_ended, true))
        return;
    m_state = State::Done;
    closeFile();
    if (m_madePart)
        ::unlink(partName(m_spec.localPath).constData()); // ours, and SCP cannot go on from it
    if (m_port)
        m_port->endInput();
    Q_EMIT finished(false, error, 0);
}

void ScpPeer::channelClosed(const SshOutcome &outcome)
{
    m_port = nullptr;
    if (m_ended)
        return;
    const QString said = QString::fromUtf8(m_stderr).trimmed().section(QLatin1Char('\n'), 0, 0);
    if (!said.isEmpty())
        return fail(said.startsWith(QLatin1String("scp: ")) ? said.mid(5) : said);
    if (outcome.failed)
        return fail(outcome.failure.message());
    fail(tr("the host's scp ended before the file was done (exit status %1)").arg(outcome.exitStatus));
}

} // namespace wb
