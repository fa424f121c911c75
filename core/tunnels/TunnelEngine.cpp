#include "core/tunnels/TunnelEngine.h"

#include "core/tunnels/ForwardStream.h"
#include "core/tunnels/TunnelSockets.h"

#include <QSocketNotifier>

#include <algorithm>

#include <unistd.h>

namespace wb {

namespace {

constexpr int reportIntervalMs = 100; // counters reach the window at most this often
constexpr int acceptsPerPump = 64;    // a flood of connections cannot hold up the streams already carried

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
    for (int i = 0; i < int(m_forwards.size()); ++i) {
        Forward &forward = m_forwards.at(i);
        forward.status = TunnelStatus {};
        if (forward.spec.kind == PortForward::Kind::Remote) {
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
    // The streams first: a refused open's reason is the session's last error,
    // which looking for -R connections would overwrite ("no channel request").
    for (int i = 0; i < int(m_forwards.size()); ++i)
        pumpStreams(i);
    askServer();
    if (std::any_of(m_forwards.cbegin(), m_forwards.cend(), [](const Forward &forward) {
            return forward.spec.kind == PortForward::Kind::Remote && forward.status.state == TunnelStatus::State::Active;
        })) {
        acceptRemote();
    }
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
        int index = -1;
        int remotes = 0;
        int onlyRemote = -1;
        for (int i = 0; i < int(m_forwards.size()); ++i) {
            const Forward &forward = m_forwards.at(i);
            if (forward.spec.kind != PortForward::Kind::Remote || forward.status.state != TunnelStatus::State::Active)
                continue;
            ++remotes;
            onlyRemote = i;
            if (forward.status.boundPort == port)
                index = i;
        }
        if (index < 0 && remotes == 1)
            index = onlyRemote; // a port the server chose and did not tell (libssh does not always pass it on)
        if (index < 0) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            continue;
        }
        Forward &forward = m_forwards.at(index);
        QString error;
        const int fd = TunnelSockets::connect(forward.spec.host, forward.spec.hostPort, &error);
        ++forward.status.connectionsTotal;
        if (fd < 0) {
            forward.status.error = error;
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            markDirty(index);
            continue;
        }
        auto *stream = ForwardStream::incoming(channel, fd, QStringLiteral("%1:%2").arg(forward.spec.host).arg(forward.spec.hostPort), this);
        connect(stream, &ForwardStream::activity, this, &SshLinkUser::activity);
        forward.streams.push_back(stream);
        markDirty(index);
    }
}

void TunnelEngine::acceptLocal(int index)
{
    Forward &forward = m_forwards.at(index);
    if (!m_session)
        return;
    for (const int listener : forward.listeners) {
        for (int n = 0; n < acceptsPerPump; ++n) {
            const int fd = TunnelSockets::accept(listener);
            if (fd < 0)
                break;
            ForwardStream *stream = forward.spec.kind == PortForward::Kind::Dynamic
                                        ? ForwardStream::socks(m_session, fd, this)
                                        : ForwardStream::outgoing(m_session, fd, forward.spec.host, forward.spec.hostPort, this);
            connect(stream, &ForwardStream::activity, this, &SshLinkUser::activity);
            forward.streams.push_back(stream);
            ++forward.status.connectionsTotal;
            markDirty(index);
        }
    }
}

void TunnelEngine::pumpStreams(int index)
{
    Forward &forward = m_forwards.at(index);
    bool changed = false;
    for (ForwardStream *stream : forward.streams) {
        stream->pump();
        if (stream->wantsPump() && !m_repumpPosted) {
            m_repumpPosted = true; // after the loop has looked at the sockets
            QMetaObject::invokeMethod(this, [this] {
                m_repumpPosted = false;
                Q_EMIT activity();
            }, Qt::QueuedConnection);
        }
        const qint64 in = stream->takeBytesIn();
        const qint64 out = stream->takeBytesOut();
        forward.status.bytesIn += in;
        forward.status.bytesOut += out;
        changed = changed || in || out;
    }
    const auto done = std::stable_partition(forward.streams.begin(), forward.streams.end(),
                                            [](const ForwardStream *stream) { return stream->phase() != ForwardStream::Phase::Done; });
    for (auto it = done; it != forward.streams.end(); ++it) {
        if (!(*it)->error().isEmpty())
            forward.status.error = (*it)->error();
        (*it)->deleteLater(); // it may be inside its own notifier's signal
        changed = true;
    }
    forward.streams.erase(done, forward.streams.end());
    if (changed || forward.status.connections != int(forward.streams.size())) {
        forward.status.connections = int(forward.streams.size());
        markDirty(index);
    }
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
    m_session = nullptr;
    m_toAsk.clear();
    m_asking = -1;
    report();
}

} // namespace wb
