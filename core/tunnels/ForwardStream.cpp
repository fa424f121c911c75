#include "core/tunnels/ForwardStream.h"

#include "core/text/SystemError.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb {

namespace {

constexpr qsizetype toChannelLimit = 256 * 1024; // read no more from the socket while this waits for the channel
constexpr int channelWriteChunk = 64 * 1024;
constexpr qsizetype toSocketRefill = 1280 * 1024; // about libssh's window: what one refill takes from a channel
constexpr int readChunk = 64 * 1024;
constexpr qsizetype handshakeLimit = 1024;
constexpr qint64 lingerMs = 5000; // a client that goes on sending after the far end closed gets this long to see the end

// Where a connection came from, for the server's log (direct-tcpip's originator).
QPair<QByteArray, int> peerOf(int fd)
{
    sockaddr_storage address {};
    socklen_t length = sizeof address;
    char text[INET6_ADDRSTRLEN] = "127.0.0.1";
    int port = 0;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        if (address.ss_family == AF_INET) {
            const auto *in = reinterpret_cast<const sockaddr_in *>(&address);
            inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
            port = ntohs(in->sin_port);
        } else if (address.ss_family == AF_INET6) {
            const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&address);
            inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
            port = ntohs(in6->sin6_port);
        }
    }
    return {QByteArray(text), port};
}

// libssh says "Channel opening failure: channel 3 error (2) Connection refused".
int refusalCodeIn(const QString &libsshError)
{
    static const QRegularExpression code(QStringLiteral("error \\((\\d)\\)"));
    const QRegularExpressionMatch match = code.match(libsshError);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

ForwardStream::ForwardStream(ssh_session session, ssh_channel channel, int fd, Phase phase, QObject *parent)
    : QObject(parent), m_session(session), m_channel(channel), m_fd(-1), m_phase(phase)
{
    watch(fd);
}

// Takes `fd` as the stream's socket (the one before, if any, is closed).
void ForwardStream::watch(int fd)
{
    for (QSocketNotifier *old : {m_readNotifier, m_writeNotifier}) {
        if (old) {
            old->setEnabled(false);
            old->deleteLater(); // this may run inside its signal
        }
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ForwardStream::activity);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ForwardStream::activity);
    updateNotifiers();
}

ForwardStream *ForwardStream::outgoing(ssh_session session, int fd, const QString &host, quint16 port, QObject *parent)
{
    auto *stream = new ForwardStream(session, ssh_channel_new(session), fd, Phase::Opening, parent);
    stream->m_host = host;
    stream->m_port = port;
    return stream;
}

ForwardStream *ForwardStream::socks(ssh_session session, int fd, QObject *parent)
{
    auto *stream = new ForwardStream(session, nullptr, fd, Phase::Socks, parent);
    stream->m_socks.emplace();
    return stream;
}

ForwardStream *ForwardStream::incoming(ssh_channel channel, std::vector<TunnelSockets::Address> addresses, const QString &target,
                                       QString *error, QObject *parent)
{
    while (!addresses.empty()) {
        const TunnelSockets::Address address = addresses.front();
        addresses.erase(addresses.begin());
        const int fd = TunnelSockets::connect(address, target, error);
        if (fd < 0)
            continue;
        auto *stream = new ForwardStream(ssh_channel_get_session(channel), channel, fd, Phase::Connecting, parent);
        stream->m_host = target;
        stream->m_addresses = std::move(addresses);
        return stream;
    }
    return nullptr;
}

ForwardStream::~ForwardStream()
{
    abort();
}

void ForwardStream::abort()
{
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (m_channel)
        ssh_channel_free(std::exchange(m_channel, nullptr)); // the session is going: nothing waits for the server's close
    m_phase = Phase::Done;
}

void ForwardStream::pump(PumpShare *share)
{
    m_share = share;
    const auto unset = qScopeGuard([this] { m_share = nullptr; });
    switch (m_phase) {
    case Phase::Socks:
        handshake();
        break;
    case Phase::Opening:
        open();
        break;
    case Phase::Connecting:
        connected();
        break;
    case Phase::Open:
        copy();
        break;
    case Phase::Done:
        return;
    }
    if (m_phase != Phase::Done)
        updateNotifiers();
}

void ForwardStream::updateNotifiers()
{
    const bool readable = (m_phase == Phase::Socks && !m_closeAfterFlush)
                          || (m_phase == Phase::Open && !m_socketEof && m_toChannel.size() - m_toChannelAt < toChannelLimit);
    m_readNotifier->setEnabled(readable);
    m_writeNotifier->setEnabled(m_phase == Phase::Connecting || m_toSocket.size() > m_toSocketAt);
}

void ForwardStream::handshake()
{
    char buffer[512];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        finish(); // the client left before saying where to
        return;
    }
    if (n > 0)
        m_toChannel.append(buffer, n);
    if (!m_closeAfterFlush) {
        QByteArray reply;
        const SocksHandshake::Step step = m_socks->feed(&m_toChannel, &reply);
        m_toSocket.append(reply);
        if (step == SocksHandshake::Step::Refuse) {
            m_error = m_socks->error();
            m_closeAfterFlush = true;
        } else if (step == SocksHandshake::Step::Connect) {
            m_host = m_socks->host();
            m_port = m_socks->port();
            m_channel = ssh_channel_new(m_session);
            m_phase = Phase::Opening;
        } else if (m_toChannel.size() > handshakeLimit) {
            m_error = tr("the SOCKS client sent too much before its request");
            m_closeAfterFlush = true;
        }
    }
    if (!toSocket())
        return;
    if (m_phase == Phase::Opening)
        open();
}

void ForwardStream::open()
{
    if (!m_channel) {
        finish(tr("out of memory"));
        return;
    }
    const auto [origin, originPort] = peerOf(m_fd);
    const int rc = ssh_channel_open_forward(m_channel, m_host.toUtf8().constData(), m_port, origin.constData(), originPort);
    if (rc == SSH_AGAIN)
        return; // never freed while opening: the server would keep its end
    if (rc == SSH_OK) {
        m_phase = Phase::Open;
        if (m_socks)
            m_toSocket.append(m_socks->connectedReply());
        copy();
        return;
    }
    // The session's last error: trusted only when it is an open failure (another
    // call may have set one since), and then it may be another stream's.
    QString raw = QString::fromUtf8(ssh_get_error(m_session));
    if (!raw.startsWith(QLatin1String("Channel opening failure")) || !m_share || !m_share->oneOpening)
        raw = tr("no reason given");
    m_refusal = refusalCodeIn(raw);
    const QString target = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    switch (m_refusal) {
    case 1:
        m_error = tr("the server does not allow forwarding to %1").arg(target);
        break;
    case 2:
        m_error = tr("the server could not connect to %1").arg(target);
        break;
    default:
        m_error = tr("the server refused the connection to %1: %2").arg(target, raw);
        break;
    }
    ssh_channel_free(std::exchange(m_channel, nullptr));
    if (!m_socks) {
        finish(m_error);
        return;
    }
    m_toSocket.append(m_socks->failedReply(m_refusal));
    m_closeAfterFlush = true;
    m_phase = Phase::Socks;
    toSocket();
}

void ForwardStream::connected()
{
    // SO_ERROR is 0 while the connect is still under way: only once the socket is writable has it ended.
    pollfd ready {m_fd, POLLOUT, 0};
    if (::poll(&ready, 1, 0) <= 0)
        return;
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error == EINPROGRESS || error == EALREADY)
        return;
    if (error != 0) {
        QString why = tr("could not connect to %1: %2").arg(m_host, systemErrorText(error));
        while (!m_addresses.empty()) { // the next address, as ssh tries them
            const TunnelSockets::Address next = m_addresses.front();
            m_addresses.erase(m_addresses.begin());
            const int fd = TunnelSockets::connect(next, m_host, &why);
            if (fd >= 0) {
                watch(fd);
                return;
            }
        }
        finish(why);
        return;
    }
    m_phase = Phase::Open;
    copy();
}

void ForwardStream::copy()
{
    if (!toChannel() || !toSocket())
        return;
    const bool flushed = m_toSocketAt == m_toSocket.size();
    const bool farEnded = !m_channel || ssh_channel_is_closed(m_channel) || (m_upstreamGone && m_channelEnded);
    if (!flushed || !(farEnded || (m_socketShut && m_eofSent)))
        return;
    if (m_socketEof) {
        finish(); // both ways ended
        return;
    }
    // The far end is done and its last bytes are sent, but the client still
    // sends: closing now would reset the connection, and the client's system
    // could drop those last bytes unread (a server's "413" to an upload).
    // Drop what it sends until it closes, for a few seconds at most.
    m_upstreamGone = true;
    if (!m_lingering.isValid())
        m_lingering.start();
    else if (m_lingering.hasExpired(lingerMs))
        finish();
}

// Socket → channel; false when the stream ended.
bool ForwardStream::toChannel()
{
    if (m_toChannelAt == m_toChannel.size()) {
        m_toChannel.clear();
        m_toChannelAt = 0;
    } else if (m_toChannelAt > toChannelLimit) {
        m_toChannel.remove(0, m_toChannelAt);
        m_toChannelAt = 0;
    }
    char buffer[readChunk];
    qint64 dropped = 0;
    while (!m_socketEof && m_toChannel.size() - m_toChannelAt < toChannelLimit && dropped < toChannelLimit) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (m_upstreamGone)
                dropped += n; // a bounded bite per pump: the notifier brings us back for more
            else
                m_toChannel.append(buffer, n);
            continue;
        }
        if (n == 0) {
            m_socketEof = true;
        } else if (errno != EAGAIN && errno != EINTR) {
            finish(); // reset by the one who connected: nothing more to deliver
            return false;
        }
        break;
    }
    m_wantsPump = false;
    while (m_toChannelAt < m_toChannel.size() && m_share && m_share->bytes > 0 && !m_upstreamGone && !ssh_channel_is_closed(m_channel)) {
        const qsizetype chunk = std::min<qsizetype>({m_toChannel.size() - m_toChannelAt, channelWriteChunk, m_share->bytes});
        const int n = ssh_channel_write(m_channel, m_toChannel.constData() + m_toChannelAt, uint32_t(chunk));
        if (n == SSH_ERROR) {
            if (!ssh_is_connected(m_session)) {
                finish(QString::fromUtf8(ssh_get_error(m_session)));
                return false;
            }
            // The far end closed while it still had data for us (libssh delays the
            // close until that is read): nothing more goes up; what it sent is delivered.
            m_upstreamGone = true;
            m_toChannel.clear();
            m_toChannelAt = 0;
            break;
        }
        if (n == 0)
            break; // the server's window is full: its window adjust comes in on the session's socket
        m_toChannelAt += n;
        m_bytesOut += n;
        m_share->bytes -= n;
    }
    // This pump's share was used up by the streams and it could go on: the
    // next pump takes the rest, after the others. When there was none to
    // begin with, libssh's buffer is full: the socket's write notifier wakes us.
    m_wantsPump = m_toChannelAt < m_toChannel.size() && m_share && m_share->hadBudget && m_share->bytes <= 0 && !m_upstreamGone;
    if (m_socketEof && m_toChannelAt == m_toChannel.size() && !m_eofSent && !m_upstreamGone && !ssh_channel_is_closed(m_channel)) {
        if (ssh_channel_send_eof(m_channel) == SSH_OK)
            m_eofSent = true;
    }
    return true;
}

// Reads what the channel holds, up to one window: libssh re-opens the window
// on each read, so reading on while the server keeps sending would buffer
// without end. False when the stream ended.
bool ForwardStream::refillFromChannel()
{
    m_toSocket.clear();
    m_toSocketAt = 0;
    char buffer[readChunk];
    while (m_toSocket.size() < toSocketRefill) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_toSocket.append(buffer, n);
            m_bytesIn += n;
            continue;
        }
        if (n == SSH_EOF || (n == SSH_ERROR && m_upstreamGone)) {
            m_channelEnded = true;
        } else if (n == SSH_ERROR) {
            finish(QString::fromUtf8(ssh_get_error(m_session)));
            return false;
        }
        break; // 0: nothing yet
    }
    return true;
}

// Channel → socket; false when the stream ended.
bool ForwardStream::toSocket()
{
    // A few rounds: when what was left is sent, read again now, or a full
    // window would wait for the next socket event (and none may come).
    for (int round = 0; round < 4; ++round) {
        if (m_toSocketAt == m_toSocket.size()) {
            if (m_phase != Phase::Open || !m_channel || m_channelEnded)
                break;
            if (!refillFromChannel())
                return false;
            if (m_toSocket.isEmpty())
                break;
        }
        while (m_toSocketAt < m_toSocket.size()) {
            const ssize_t n = ::send(m_fd, m_toSocket.constData() + m_toSocketAt, size_t(m_toSocket.size() - m_toSocketAt), MSG_NOSIGNAL);
            if (n > 0) {
                m_toSocketAt += n;
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                break;
            finish(); // the one who connected went away
            return false;
        }
        if (m_toSocketAt < m_toSocket.size())
            break; // the socket is full: its write notifier brings us back
    }
    const bool flushed = m_toSocketAt == m_toSocket.size();
    if (flushed && m_closeAfterFlush) {
        finish(m_error);
        return false;
    }
    if (flushed && m_phase == Phase::Open && !m_socketShut
        && (m_channelEnded || ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel))) {
        ::shutdown(m_fd, SHUT_WR);
        m_socketShut = true;
    }
    return true;
}

void ForwardStream::finish(const QString &error)
{
    if (!error.isEmpty())
        m_error = error;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (m_channel) {
        if (!ssh_channel_is_closed(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(std::exchange(m_channel, nullptr)); // libssh frees it for good once the server's close is in
    }
    m_phase = Phase::Done;
}

} // namespace wb
