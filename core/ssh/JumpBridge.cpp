#include "core/ssh/JumpBridge.h"

#include "core/ssh/SshHop.h"
#include "core/text/SystemError.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb {

namespace {

constexpr int readChunk = 32 * 1024;
constexpr int bufferLimit = 1024 * 1024; // back-pressure: stop reading while this much waits

bool setNonBlocking(int fd)
{
    const int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

} // namespace

JumpBridge::JumpBridge(SshHop *through, SshHop *next, QObject *parent)
    : QObject(parent), m_through(through), m_next(next), m_channel(ssh_channel_new(through->session()))
{
}

JumpBridge::~JumpBridge()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    if (m_localFd >= 0)
        ::close(m_localFd);
    if (m_peerFd >= 0)
        ::close(m_peerFd);
    if (m_channel)
        ssh_channel_free(m_channel);
}

void JumpBridge::disarm()
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

bool JumpBridge::open()
{
    const QByteArray host = m_next->endpoint().host.toUtf8();
    const int rc = ssh_channel_open_forward(m_channel, host.constData(), m_next->endpoint().port, "127.0.0.1", 0);
    if (rc == SSH_AGAIN)
        return false;
    if (rc != SSH_OK) {
        m_next->fail(SshStep::Connect, tr("%1 could not connect to it: %2")
                                           .arg(m_through->endpoint().name, QString::fromUtf8(ssh_get_error(m_through->session()))));
        return false;
    }
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0 || !setNonBlocking(fds[0]) || !setNonBlocking(fds[1])) {
        m_next->fail(SshStep::Connect, systemErrorText(errno));
        return false;
    }
    m_open = true;
    m_localFd = fds[0];
    m_peerFd = fds[1];
    m_readNotifier = new QSocketNotifier(m_localFd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_localFd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &JumpBridge::activity);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
        m_writeNotifier->setEnabled(false);
        Q_EMIT activity();
    });
    m_next->start(m_peerFd); // libssh uses it but leaves closing it to us
    return true;
}

void JumpBridge::pump()
{
    if (!m_channel) {
        m_next->fail(SshStep::Connect, tr("out of memory"));
        return;
    }
    if (!m_open && !open())
        return;
    if (toChannel())
        toSocket();
}

// Next hop → jump host; false when the channel broke (and the next hop failed).
bool JumpBridge::toChannel()
{
    char buffer[readChunk];
    bool localEof = false;
    while (m_toChannel.size() < bufferLimit) {
        const ssize_t n = ::read(m_localFd, buffer, sizeof buffer);
        if (n > 0) {
            m_toChannel.append(buffer, int(n));
            continue;
        }
        localEof = n == 0;
        break;
    }
    m_readNotifier->setEnabled(m_toChannel.size() < bufferLimit);
    while (!m_toChannel.isEmpty()) {
        const int n = ssh_channel_write(m_channel, m_toChannel.constData(), uint32_t(m_toChannel.size()));
        if (n == SSH_ERROR) {
            m_next->fail(SshStep::Connect, QString::fromUtf8(ssh_get_error(m_through->session())));
            return false;
        }
        if (n <= 0)
            break; // the channel window is full; the jump host's next window adjust wakes us
        m_toChannel.remove(0, n);
    }
    if (localEof && m_toChannel.isEmpty() && !ssh_channel_is_closed(m_channel))
        ssh_channel_send_eof(m_channel);
    return true;
}

// Jump host → next hop.
void JumpBridge::toSocket()
{
    char buffer[readChunk];
    while (m_toSocket.size() < bufferLimit) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        m_toSocket.append(buffer, n);
        m_fromNext += n;
    }
    while (!m_toSocket.isEmpty()) {
        const ssize_t n = ::write(m_localFd, m_toSocket.constData(), size_t(m_toSocket.size()));
        if (n <= 0)
            break;
        m_toSocket.remove(0, int(n));
    }
    m_writeNotifier->setEnabled(!m_toSocket.isEmpty());
    if (m_toSocket.isEmpty() && ssh_channel_is_eof(m_channel))
        ::shutdown(m_localFd, SHUT_WR);
}

} // namespace wb
