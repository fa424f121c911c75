#include "core/ssh/SshWorker.h"

#include "core/ssh/JumpBridge.h"
#include "core/ssh/SshHop.h"

#include <QThread>

#include <libssh/server.h> // ssh_send_keepalive: a plain keepalive@openssh.com request, client side too

namespace wb {

namespace {

constexpr int readChunk = 32 * 1024;
constexpr qint64 inFlightLimit = 128 * 1024;    // received but not yet taken by the GUI side
constexpr int reusedChannelTimeoutMs = 3000;    // a kept connection that does not open a channel by then is dead

} // namespace

SshWorker::SshWorker(SshEndpoint target, SshConnectOptions options)
    : m_target(std::move(target)), m_options(std::move(options))
{
    m_keepalive.setParent(this);
    m_channelDeadline.setParent(this);
    // A safety net under the socket events: once a second while a channel is
    // open, look for data libssh may hold without a socket event left to
    // announce it. A rare stall of a large output under load was seen in CI
    // and not explained; this turns such a stall into a pause of a second.
    m_quietPoll.setParent(this);
    m_quietPoll.setInterval(1000);
    connect(&m_quietPoll, &QTimer::timeout, this, [this] {
        if (m_inFlight >= inFlightLimit || m_channelPhase != ChannelPhase::Open)
            return; // waiting for the GUI side, which wakes us itself
        const qint64 before = m_bytesRead;
        pumpAll();
        if (m_bytesRead != before)
            qCInfo(lcSsh) << m_target.name << "the quiet poll found" << (m_bytesRead - before) << "bytes";
    });
    m_channelDeadline.setSingleShot(true);
    connect(&m_keepalive, &QTimer::timeout, this, &SshWorker::sendKeepalive);
    connect(&m_channelDeadline, &QTimer::timeout, this, [this] {
        const int seconds = (m_options.connectTimeoutMs + 999) / 1000;
        finish(SshOutcome::failedWith(SshFailure{SshStep::Channel, tr("no answer within %n second(s)", nullptr, seconds),
                                            m_target}));
    });
}

SshWorker::~SshWorker()
{
    teardown();
}

void SshWorker::start()
{
    QList<SshEndpoint> chain = m_options.jumps;
    chain << m_target;
    for (int i = 0; i < chain.size(); ++i) {
        auto *hop = new SshHop(i, chain.at(i), m_options, this);
        connect(hop, &SshHop::progress, this, [this, i](SshStep step) { Q_EMIT progress(step, i); });
        connect(hop, &SshHop::hostKeyQuestion, this, &SshWorker::hostKeyQuestion);
        connect(hop, &SshHop::secretNeeded, this, &SshWorker::secretNeeded);
        connect(hop, &SshHop::authenticated, this, [this, i] { onHopAuthenticated(i); });
        connect(hop, &SshHop::failed, this, &SshWorker::onHopFailed);
        connect(hop, &SshHop::socketActivity, this, &SshWorker::pumpAll);
        m_hops.push_back(hop);
    }
    startHop(0, -1);
}

void SshWorker::startHop(int index, int fd)
{
    m_hops.at(index)->start(fd);
}

SshHop *SshWorker::lastHop() const
{
    return m_hops.empty() ? nullptr : m_hops.back();
}

void SshWorker::onHopFailed(const SshFailure &failure)
{
    if (m_linkKept) {
        checkIdleLink(); // a kept connection broke between channels: nobody is waiting for a reason
        return;
    }
    SshFailure result = failure;
    if (failure.endpoint.name != m_target.name || failure.endpoint.host != m_target.host) {
        // A jump host failed: say so, and for whom.
        result.reason = tr("%1 (jump host for %2)").arg(failure.reason, m_target.name);
    }
    finish(SshOutcome::failedWith(result));
}

void SshWorker::onHopAuthenticated(int index)
{
    Q_EMIT authenticated(index);
    if (index + 1 < int(m_hops.size()))
        openBridge(index);
    else
        openSessionChannel();
    pumpAll();
}

void SshWorker::openSessionChannel()
{
    m_channel = ssh_channel_new(lastHop()->session());
    if (!m_channel) {
        finish(SshOutcome::failedWith(SshFailure{SshStep::Channel, tr("out of memory"), m_target}));
        return;
    }
    ssh_callbacks_init(&m_channelCallbacks);
    m_channelCallbacks.userdata = this;
    m_channelCallbacks.channel_exit_status_function = &SshWorker::onExitStatus;
    m_channelCallbacks.channel_exit_signal_function = &SshWorker::onExitSignal;
    ssh_set_channel_callbacks(m_channel, &m_channelCallbacks);
    m_channelPhase = ChannelPhase::Opening;
    m_exitStatus.reset();
    m_exitSignal.clear();
    Q_EMIT progress(SshStep::Channel, int(m_hops.size()) - 1);
    // A kept connection answers at once, or is gone without having said so
    // (no FIN through a dead NAT): give up on it soon and connect afresh.
    m_channelDeadline.start(m_reused ? std::min(m_options.connectTimeoutMs, reusedChannelTimeoutMs)
                                     : m_options.connectTimeoutMs);
}

void SshWorker::openBridge(int index)
{
    auto bridge = std::make_unique<JumpBridge>(m_hops.at(index), m_hops.at(index + 1));
    connect(bridge.get(), &JumpBridge::activity, this, &SshWorker::pumpAll);
    m_bridges.push_back(std::move(bridge));
}

void SshWorker::pumpAll()
{
    // A kept connection is still pumped between channels: keepalive replies,
    // and the server's goodbye, must be read.
    const auto live = [this] { return !m_finished || m_linkKept; };
    if (m_inPump || !live())
        return; // a signal emitted inside a pump must not re-enter libssh
    m_inPump = true;
    // Channel reads stop processing packets once a channel has seen EOF, so the
    // exit status and close that follow would sit in the socket (and its
    // notifier would fire forever): let each logged-in session take in what is there.
    for (SshHop *hop : m_hops) {
        if (hop->isAuthenticated())
            hop->processIncoming();
    }
    for (std::size_t i = 0; i < m_bridges.size() && live(); ++i)
        m_bridges.at(i)->pump();
    if (!m_finished && m_channel)
        pumpChannel();
    m_inPump = false;
    if (m_linkKept)
        checkIdleLink();
    if (!live())
        return;
    for (SshHop *hop : m_hops)
        hop->updateWriteInterest();
}

void SshWorker::pumpChannel()
{
    qCDebug(lcSsh) << "channel phase" << int(m_channelPhase) << "eof" << ssh_channel_is_eof(m_channel)
                   << "closed" << ssh_channel_is_closed(m_channel) << "exit" << m_exitStatus.value_or(-1);
    SshHop *hop = lastHop();
    auto channelFailed = [this, hop](const QString &fallback) {
        const QString error = QString::fromUtf8(ssh_get_error(hop->session()));
        finish(SshOutcome::failedWith(SshFailure{SshStep::Channel, error.isEmpty() ? fallback : error, m_target}));
    };
    if (m_channelPhase == ChannelPhase::Opening) {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK)
            return channelFailed(tr("the server refused a session"));
        m_channelPhase = ChannelPhase::Environment;
    }
    while (m_channelPhase == ChannelPhase::Environment && m_environmentIndex < m_options.environment.size()) {
        const auto &variable = m_options.environment.at(m_environmentIndex);
        const int rc = ssh_channel_request_env(m_channel, variable.first.toUtf8().constData(),
                                               variable.second.toUtf8().constData());
        if (rc == SSH_AGAIN)
            return;
        ++m_environmentIndex; // a refused variable is not an error: sshd decides what it accepts
    }
    if (m_channelPhase == ChannelPhase::Environment)
        m_channelPhase = m_options.command.isEmpty() ? ChannelPhase::Pty : ChannelPhase::Shell;
    if (m_channelPhase == ChannelPhase::Pty) {
        const QByteArray term = m_options.term.toLatin1();
        const int rc = ssh_channel_request_pty_size(m_channel, term.constData(), m_options.columns, m_options.rows);
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK)
            return channelFailed(tr("the server refused a terminal"));
        m_channelPhase = ChannelPhase::Shell;
    }
    if (m_channelPhase == ChannelPhase::Shell) {
        const QByteArray command = m_options.command.toUtf8();
        const int rc = command.isEmpty() ? ssh_channel_request_shell(m_channel)
                                         : ssh_channel_request_exec(m_channel, command.constData());
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK)
            return channelFailed(tr("the server refused to start a shell"));
        m_channelPhase = ChannelPhase::Open;
        m_channelDeadline.stop();
        m_quietPoll.start();
        if (m_options.keepaliveSeconds > 0)
            m_keepalive.start(m_options.keepaliveSeconds * 1000);
        Q_EMIT established();
    }
    if (m_channelPhase != ChannelPhase::Open)
        return;

    flushOutgoing();
    // Back-pressure: read no further ahead of the GUI than this. The channel
    // window then fills and the server waits, instead of the window's event
    // queue filling with megabytes it would spend seconds (frozen) working off.
    char buffer[readChunk];
    bool drained = true;
    // Reading one stream lets libssh take in more packets, which may add to the
    // other: go round until a whole pass finds nothing, or that data would sit
    // in libssh's buffer with no socket event left to announce it. A pass that
    // read nothing can still have taken in a packet for stdout while trying
    // stderr (seen under load: a 32 KB packet stranded until the quiet poll),
    // so the passes end only when libssh holds nothing for either stream.
    // (ssh_channel_poll takes in packets only for a stream it finds empty:
    // stderr, then stdout, then stderr again covers what one check adds.)
    const auto holdsMore = [this] {
        return ssh_channel_poll(m_channel, 1) > 0 || ssh_channel_poll(m_channel, 0) > 0
               || ssh_channel_poll(m_channel, 1) > 0;
    };
    for (bool more = true; drained && (more || holdsMore());) {
        more = false;
        for (int stream : {0, 1}) {
            for (;;) {
                if (m_inFlight >= inFlightLimit) {
                    drained = false;
                    break;
                }
                const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, stream);
                if (n > 0) {
                    m_inFlight += n;
                    m_bytesRead += n;
                    more = true;
                    Q_EMIT dataReceived(QByteArray(buffer, n), stream == 1);
                    continue;
                }
                if (n == SSH_ERROR && !ssh_channel_is_eof(m_channel) && !ssh_channel_is_closed(m_channel)) {
                    finish(SshOutcome::failedWith(SshFailure{SshStep::Session,
                                                       QString::fromUtf8(ssh_get_error(hop->session())), m_target}));
                    return;
                }
                break; // 0 is "nothing now", not end of file
            }
        }
    }
    if (!drained)
        return; // the end, if it came, is read once the GUI caught up
    if (ssh_channel_is_closed(m_channel) || (ssh_channel_is_eof(m_channel) && m_exitStatus)) {
        SshOutcome outcome;
        outcome.hasExitStatus = m_exitStatus.has_value();
        outcome.exitStatus = m_exitStatus.value_or(0);
        outcome.exitSignal = m_exitSignal;
        finish(outcome);
    }
}

void SshWorker::consumed(qint64 bytes)
{
    const bool wasThrottled = m_inFlight >= inFlightLimit;
    m_inFlight = std::max<qint64>(0, m_inFlight - bytes);
    if (wasThrottled && m_inFlight < inFlightLimit)
        pumpAll();
}

void SshWorker::flushOutgoing()
{
    while (!m_outgoing.isEmpty() && m_channelPhase == ChannelPhase::Open) {
        const int n = ssh_channel_write(m_channel, m_outgoing.constData(), uint32_t(m_outgoing.size()));
        if (n <= 0)
            break; // window full (or the error shows up on the next read)
        m_outgoing.remove(0, n);
    }
    if (m_eofPending && m_outgoing.isEmpty() && m_channelPhase == ChannelPhase::Open) {
        m_eofPending = false;
        ssh_channel_send_eof(m_channel);
    }
}

void SshWorker::sendEof()
{
    if (m_finished)
        return;
    m_eofPending = true;
    pumpAll();
}

void SshWorker::send(const QByteArray &data)
{
    if (m_finished)
        return;
    m_outgoing.append(data);
    pumpAll();
}

void SshWorker::resizeTerminal(int rows, int columns)
{
    m_options.rows = rows;
    m_options.columns = columns;
    if (m_channelPhase == ChannelPhase::Open && m_options.command.isEmpty()) {
        ssh_channel_change_pty_size(m_channel, columns, rows);
        pumpAll();
    }
}

void SshWorker::answerHostKey(int hop, HostKeyDecision decision, const QByteArray &keyBlob)
{
    if (hop >= 0 && hop < int(m_hops.size()) && !m_finished)
        m_hops.at(hop)->answerHostKey(decision, keyBlob);
}

void SshWorker::provideSecret(int hop, quint64 requestId, const QString &secret, bool cancelled)
{
    if (hop < 0 || hop >= int(m_hops.size()) || m_finished)
        return;
    m_hops.at(hop)->provideSecret(requestId, cancelled ? std::nullopt : std::optional<QString>(secret));
}

void SshWorker::sendKeepalive()
{
    for (SshHop *hop : m_hops) {
        if (!hop->isAuthenticated())
            continue;
        // Non-blocking, libssh keeps one global request in flight: a call made
        // while the previous keepalive's reply is in only collects that reply.
        // The second call then sends this interval's keepalive (or, if the
        // first one sent it, just finds it still pending).
        ssh_send_keepalive(hop->session());
        ssh_send_keepalive(hop->session());
    }
    pumpAll();
}

void SshWorker::close()
{
    if (m_finished)
        return;
    SshOutcome outcome;
    outcome.closedByUser = true;
    finish(outcome);
}

void SshWorker::shutdown()
{
    m_finished = true;
    teardown();
    thread()->quit();
}

void SshWorker::finish(SshOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    const bool channelWasOpen = m_channel && m_channelPhase == ChannelPhase::Open;
    // Before the exec or shell request went out nothing can have run, so the
    // caller may connect afresh; from then on the command may be running.
    if (m_reused && outcome.failed && m_channelPhase < ChannelPhase::Shell)
        outcome.reusedConnectionFailed = true;
    if (m_options.keepConnection && !outcome.failed && channelWasOpen && linkAlive() && !trustedOnce()) {
        outcome.connectionKept = true;
        endChannel();
        Q_EMIT finished(outcome);
        return;
    }
    if (outcome.closedByUser && channelWasOpen) {
        ssh_channel_send_eof(m_channel);
        ssh_channel_close(m_channel);
    }
    stopAndTearDownLater();
    Q_EMIT finished(outcome);
}

// Stops every timer and socket notifier now; frees the rest on the next turn
// of the loop, since this may run inside a hop's own signal.
void SshWorker::stopAndTearDownLater()
{
    m_keepalive.stop();
    m_channelDeadline.stop();
    m_quietPoll.stop();
    for (SshHop *hop : m_hops)
        hop->disarm();
    for (auto &bridge : m_bridges)
        bridge->disarm();
    QMetaObject::invokeMethod(this, &SshWorker::teardown, Qt::QueuedConnection);
}

void SshWorker::teardown()
{
    m_keepalive.stop();
    m_channelDeadline.stop();
    m_quietPoll.stop();
    if (m_channel) {
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_channelPhase = ChannelPhase::Closed;
    // From the target back to the first hop: a hop's socket pair closes after
    // the hop that used it (libssh never closes a socket it was handed), and
    // each channel before its session.
    for (int i = int(m_hops.size()) - 1; i >= 0; --i) {
        delete m_hops.at(i);
        if (i > 0 && i - 1 < int(m_bridges.size()))
            m_bridges.at(i - 1).reset();
    }
    m_hops.clear();
    m_bridges.clear();
}

// libssh keeps a freed channel until the server's close arrives and still
// calls its callbacks: a late status of the previous channel on a kept
// connection must not be taken for the current one's.
void SshWorker::onExitStatus(ssh_session, ssh_channel channel, int status, void *userdata)
{
    auto *self = static_cast<SshWorker *>(userdata);
    if (channel == self->m_channel)
        self->m_exitStatus = status;
}

void SshWorker::onExitSignal(ssh_session, ssh_channel channel, const char *signal, int, const char *, const char *,
                             void *userdata)
{
    auto *self = static_cast<SshWorker *>(userdata);
    if (channel == self->m_channel)
        self->m_exitSignal = QString::fromUtf8(signal);
}

} // namespace wb
