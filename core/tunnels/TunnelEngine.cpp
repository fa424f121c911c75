#include "core/tunnels/TunnelEngine.h"

#include "core/tunnels/ForwardStream.h"
#include "core/tunnels/TunnelSockets.h"

#include <QSocketNotifier>

#include <algorithm>

#include <cerrno>

#include <unistd.h>

namespace wb {

namespace {

constexpr int reportIntervalMs = 100; // counters reach the window at most this often
constexpr int acceptsPerPump = 64;    // a flood of connections cannot hold up the streams already carried
constexpr qint64 writePerPump = 512 * 1024;       // what all streams together give the channels in one pump
constexpr qint64 unsentLimit = 4 * 1024 * 1024;   // given to libssh but not yet on the socket: stop giving
constexpr std::size_t streamsPerForward = 1024;   // then its listeners wait (file descriptors are finite)
constexpr qint64 socksHandshakeMs = 30000;        // a SOCKS client that says nothing for this long is dropped
constexpr int acceptRetryMs = 1000;               // after the system ran out of file descriptors

} // namespace

TunnelEngine::TunnelEngine(QList<PortForward> forwards, QObject *parent) : SshLinkUser(parent)
{
    qRegisterMetaType<wb::TunnelStatus>();
    for (PortForward &spec : forwards) {
        Forward forward;
        forward.spec = std::move(spec);
        m_forwards.push_back(std::move(forward));
    }
    m_report.setParent(this); // moves to the worker's thread with the engine
    m_acceptAgain.setParent(this);
    m_acceptAgain.setSingleShot(true);
    m_acceptAgain.setInterval(acceptRetryMs);
    connect(&m_acceptAgain, &QTimer::timeout, this, [this] {
        for (Forward &forward : m_forwards)
            setAccepting(forward, forward.streams.size() < streamsPerForward);
    });
    m_clock.start();
    m_report.setSingleShot(true);
    m_report.setInterval(reportIntervalMs);
    connect(&m_report, &QTimer::timeout, this, &TunnelEngine::report);
}

TunnelEngine::~TunnelEngine()
{
    for (Forward &forward : m_forwards) {
        closeListeners(forward);
        for (ForwardStream *stream : forward.streams)
            delete stream;
    }
}

void TunnelEngine::linkReady(ssh_session session)
{
    m_session = session;
    m_socketCounter = {};
    m_givenToChannels = 0;
    ssh_set_counters(session, &m_socketCounter, nullptr);
    for (int i = 0; i < int(m_forwards.size()); ++i) {
        Forward &forward = m_forwards.at(i);
        forward.status = TunnelStatus {};
        if (forward.spec.kind == PortForward::Kind::Remote) {
            // Resolved once here, not for each connection on this thread (a name may take DNS seconds).
            QString error;
            forward.targets = TunnelSockets::resolve(forward.spec.host, forward.spec.hostPort, &error);
            if (forward.targets.empty()) {
                setState(i, TunnelStatus::State::Failed, error);
                continue;
            }
            setState(i, TunnelStatus::State::Starting);
            m_toAsk << i;
        } else {
            listen(forward);
        }
        markDirty(i);
    }
    report();
    Q_EMIT activity();
}

void TunnelEngine::listen(Forward &forward)
{
    QString error;
    quint16 bound = 0;
    forward.listeners = TunnelSockets::listen(forward.spec.bindAddress, forward.spec.bindPort, &bound, &error);
    if (forward.listeners.empty()) {
        forward.status.state = TunnelStatus::State::Failed;
        forward.status.error = error;
        return;
    }
    forward.status.state = TunnelStatus::State::Active;
    forward.status.boundPort = bound;
    forward.accepting = true;
    const int index = int(&forward - m_forwards.data());
    for (const int fd : forward.listeners) {
        auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, index] {
            acceptLocal(index);
            Q_EMIT activity(); // the new streams open their channels in the pump
        });
        forward.notifiers.push_back(notifier);
    }
}

void TunnelEngine::closeListeners(Forward &forward)
{
    for (QSocketNotifier *notifier : forward.notifiers)
        delete notifier;
    forward.notifiers.clear();
    for (const int fd : forward.listeners)
        ::close(fd);
    forward.listeners.clear();
}

void TunnelEngine::pump()
{
    if (!m_session)
        return;
    const quint64 takenIn = m_socketCounter.in_bytes;
    // The streams first: a refused open's reason is the session's last error,
    // which looking for -R connections would overwrite ("no channel request").
    std::vector<std::pair<int, ForwardStream *>> streams;
    for (int i = 0; i < int(m_forwards.size()); ++i) {
        for (ForwardStream *stream : m_forwards.at(i).streams)
            streams.emplace_back(i, stream);
    }
    // What libssh holds that has not reached the socket yet bounds what the
    // streams may add; each pump another stream goes first. The counter
    // counts packets with their overhead, the streams only payload: the two
    // are set level whenever libssh has nothing waiting to be sent.
    if (!(ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING))
        m_givenToChannels = qint64(m_socketCounter.out_bytes);
    const qint64 unsent = std::max<qint64>(0, m_givenToChannels - qint64(m_socketCounter.out_bytes));
    ForwardStream::PumpShare share;
    share.bytes = std::min(writePerPump, unsentLimit - unsent);
    share.hadBudget = share.bytes > 0;
    share.oneOpening = std::count_if(streams.cbegin(), streams.cend(), [](const auto &entry) {
                           return entry.second->phase() == ForwardStream::Phase::Opening;
                       }) <= 1;
    const std::size_t first = streams.empty() ? 0 : m_rotation++ % streams.size();
    bool more = false;
    for (std::size_t n = 0; n < streams.size(); ++n) {
        auto [index, stream] = streams.at((first + n) % streams.size());
        Forward &forward = m_forwards.at(index);
        stream->pump(&share);
        more = more || stream->wantsPump();
        if (stream->isHandshaking() && m_clock.elapsed() - stream->startedAt() > socksHandshakeMs)
            stream->abort(); // connected and said nothing: a file descriptor held for nobody
        const qint64 in = stream->takeBytesIn();
        const qint64 out = stream->takeBytesOut();
        forward.status.bytesIn += in;
        forward.status.bytesOut += out;
        m_givenToChannels += out;
        if (in || out)
            markDirty(index);
    }
    for (int i = 0; i < int(m_forwards.size()); ++i)
        dropFinished(i);
    askServer();
    if (std::any_of(m_forwards.cbegin(), m_forwards.cend(), [](const Forward &forward) {
            return forward.spec.kind == PortForward::Kind::Remote && forward.status.state == TunnelStatus::State::Active;
        })) {
        acceptRemote();
    }
    // A stream with more to write, or packets libssh took in during this
    // pump (a read for one stream takes in another's data, and the socket
    // will not say so again): another pump, after the loop looked at the sockets.
    if (more || m_socketCounter.in_bytes != takenIn)
        repumpSoon();
}

void TunnelEngine::repumpSoon()
{
    if (std::exchange(m_repumpPosted, true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        m_repumpPosted = false;
        Q_EMIT activity();
    }, Qt::QueuedConnection);
}

// -R: one listen request at a time, each answered before the next goes out.
void TunnelEngine::askServer()
{
    while (m_asking >= 0 || !m_toAsk.isEmpty()) {
        if (m_asking < 0)
            m_asking = m_toAsk.takeFirst();
        Forward &forward = m_forwards.at(m_asking);
        const QByteArray address = forward.spec.bindAddress.toUtf8();
        int bound = 0;
        const int rc = ssh_channel_listen_forward(m_session, address.isEmpty() ? nullptr : address.constData(),
                                                  forward.spec.bindPort, &bound);
        if (rc == SSH_AGAIN)
            return;
        const int index = std::exchange(m_asking, -1);
        if (rc == SSH_OK) {
            forward.status.boundPort = forward.spec.bindPort != 0 ? forward.spec.bindPort : quint16(bound);
            setState(index, TunnelStatus::State::Active);
        } else {
            setState(index, TunnelStatus::State::Failed,
                     tr("the server refused to listen on port %1 (forwarding not allowed there, or the port is in use): %2")
                         .arg(forward.spec.bindPort)
                         .arg(QString::fromUtf8(ssh_get_error(m_session))));
        }
    }
}

// -R: connections the server accepted for us, each to its forward's target here.
void TunnelEngine::acceptRemote()
{
    for (int n = 0; n < acceptsPerPump; ++n) {
        int port = 0;
        int originPort = 0;
        char *origin = nullptr;
        ssh_channel channel = ssh_channel_open_forward_port(m_session, 0, &port, &origin, &originPort);
        ssh_string_free_char(origin);
        if (!channel)
            return;
        const int index = remoteForwardFor(port);
        if (index < 0) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            continue;
        }
        Forward &forward = m_forwards.at(index);
        ++forward.status.connectionsTotal;
        markDirty(index);
        if (forward.streams.size() >= streamsPerForward) {
            forward.status.error = tr("more than %1 connections at once: new ones are refused").arg(streamsPerForward);
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            continue;
        }
        QString error;
        ForwardStream *stream = ForwardStream::incoming(channel, forward.targets,
                                                        QStringLiteral("%1:%2").arg(forward.spec.host).arg(forward.spec.hostPort), &error, this);
        markDirty(index);
        if (!stream) {
            forward.status.error = error;
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            continue;
        }
        connect(stream, &ForwardStream::activity, this, &SshLinkUser::activity);
        forward.streams.push_back(stream);
    }
}

// Which -R forward a connection the server opened to `port` belongs to.
int TunnelEngine::remoteForwardFor(int port) const
{
    int chosenByServer = -1;
    int askedForAnyPort = 0;
    for (int i = 0; i < int(m_forwards.size()); ++i) {
        const Forward &forward = m_forwards.at(i);
        if (forward.spec.kind != PortForward::Kind::Remote || forward.status.state != TunnelStatus::State::Active)
            continue;
        if (forward.spec.bindPort == port || (forward.spec.bindPort == 0 && forward.status.boundPort == port))
            return i;
        if (forward.spec.bindPort == 0) {
            ++askedForAnyPort;
            chosenByServer = i;
        }
    }
    // libssh does not always pass on the port a server chose: the only such forward it is.
    return askedForAnyPort == 1 ? chosenByServer : -1;
}

void TunnelEngine::acceptLocal(int index)
{
    Forward &forward = m_forwards.at(index);
    if (!m_session)
        return;
    for (const int listener : forward.listeners) {
        for (int n = 0; n < acceptsPerPump && forward.streams.size() < streamsPerForward; ++n) {
            const int fd = TunnelSockets::accept(listener);
            if (fd < 0) {
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    // The connection stays queued; listening on would fire at once, again and again.
                    setAccepting(forward, false);
                    forward.status.error = tr("this computer ran out of file descriptors; new connections wait");
                    markDirty(index);
                    m_acceptAgain.start();
                }
                break;
            }
            ForwardStream *stream = forward.spec.kind == PortForward::Kind::Dynamic
                                        ? ForwardStream::socks(m_session, fd, this)
                                        : ForwardStream::outgoing(m_session, fd, forward.spec.host, forward.spec.hostPort, this);
            stream->setStartedAt(m_clock.elapsed());
            connect(stream, &ForwardStream::activity, this, &SshLinkUser::activity);
            forward.streams.push_back(stream);
            ++forward.status.connectionsTotal;
            markDirty(index);
        }
    }
    if (forward.streams.size() >= streamsPerForward)
        setAccepting(forward, false); // until some end
}

void TunnelEngine::setAccepting(Forward &forward, bool accepting)
{
    if (forward.accepting == accepting)
        return;
    forward.accepting = accepting;
    for (QSocketNotifier *notifier : forward.notifiers)
        notifier->setEnabled(accepting);
}

void TunnelEngine::dropFinished(int index)
{
    Forward &forward = m_forwards.at(index);
    const auto done = std::stable_partition(forward.streams.begin(), forward.streams.end(),
                                            [](const ForwardStream *stream) { return stream->phase() != ForwardStream::Phase::Done; });
    for (auto it = done; it != forward.streams.end(); ++it) {
        if (!(*it)->error().isEmpty())
            forward.status.error = (*it)->error();
        (*it)->deleteLater(); // it may be inside its own notifier's signal
    }
    forward.streams.erase(done, forward.streams.end());
    if (forward.status.connections != int(forward.streams.size())) {
        forward.status.connections = int(forward.streams.size());
        markDirty(index);
    }
    if (!forward.accepting && forward.streams.size() < streamsPerForward && !m_acceptAgain.isActive())
        setAccepting(forward, true);
}

void TunnelEngine::setState(int index, TunnelStatus::State state, const QString &error)
{
    TunnelStatus &status = m_forwards.at(index).status;
    status.state = state;
    if (!error.isEmpty())
        status.error = error;
    markDirty(index);
}

void TunnelEngine::markDirty(int index)
{
    m_forwards.at(index).dirty = true;
    if (!m_report.isActive())
        m_report.start();
}

void TunnelEngine::report()
{
    m_report.stop();
    for (int i = 0; i < int(m_forwards.size()); ++i) {
        Forward &forward = m_forwards.at(i);
        if (std::exchange(forward.dirty, false))
            Q_EMIT statusChanged(i, forward.status);
    }
}

void TunnelEngine::linkClosed(const QString &reason)
{
    for (int i = 0; i < int(m_forwards.size()); ++i) {
        Forward &forward = m_forwards.at(i);
        closeListeners(forward);
        for (ForwardStream *stream : forward.streams) {
            stream->abort(); // frees its channel while the session is still there
            stream->deleteLater(); // this may run inside its notifier's signal
        }
        forward.streams.clear();
        forward.status.connections = 0;
        forward.status.state = TunnelStatus::State::Stopped;
        if (!reason.isEmpty())
            forward.status.error = reason;
        forward.dirty = true;
    }
    if (m_session)
        ssh_set_counters(m_session, nullptr, nullptr);
    m_session = nullptr;
    m_acceptAgain.stop();
    m_toAsk.clear();
    m_asking = -1;
    report();
}

} // namespace wb
