#include "core/ssh/SshWorker.h"

#include "core/ssh/SessionLogFile.h"

#include "core/ssh/JumpBridge.h"
#include "core/ssh/SshHop.h"
#include "core/ssh/SshLinkUser.h"
#include "core/ssh/SshSessionChannel.h"

#include <QThread>

#include <sys/ioctl.h>

#include <libssh/server.h> // ssh_send_keepalive: a plain keepalive@openssh.com request, client side too

namespace wb {

namespace {

constexpr int reusedChannelTimeoutMs = 3000;    // a kept connection that does not open a channel by then is dead

} // namespace

SshWorker::SshWorker(SshEndpoint target, SshConnectOptions options)
    : m_target(std::move(target)), m_options(std::move(options)), m_channel(new SshSessionChannel(this))
{
    connect(m_channel, &SshSessionChannel::established, this, [this] {
        m_channelDeadline.stop();
        m_quietPoll.start();
        if (keepaliveSeconds() > 0)
            m_keepalive.start(keepaliveSeconds() * 1000);
        QString logError;
        if (!m_options.sessionLogFolder.isEmpty() && !m_peer)
            m_log = SessionLogFile::open(m_options.sessionLogFolder, m_options.sessionLogName, m_options.sessionLogRaw, &logError);
        Q_EMIT established();
        if (!logError.isEmpty())
            Q_EMIT warning(logError); // after "connected", which would clear it from the tab's banner
        if (m_peer)
            m_peer->channelOpened(this);
    });
    connect(m_channel, &SshSessionChannel::dataReceived, this, [this](const QByteArray &data, bool isStderr) {
        if (m_log) {
            QString error;
            if (!m_log->append(data, &error))
                Q_EMIT warning(error);
        }
        if (m_peer)
            m_peer->channelData(data, isStderr);
        else
            Q_EMIT dataReceived(data, isStderr);
    });
    connect(m_channel, &SshSessionChannel::failed, this, [this](SshStep step, const QString &reason) {
        finish(SshOutcome::failedWith(SshFailure{step, reason, m_target}));
    });
    connect(m_channel, &SshSessionChannel::ended, this, &SshWorker::finish);
    m_keepalive.setParent(this);
    m_channelDeadline.setParent(this);
    // A safety net under the socket events: once a second while a channel is
    // open, look for data libssh may hold without a socket event left to
    // announce it. A rare stall of a large output under load was seen in CI
    // and not explained; this turns such a stall into a pause of a second.
    m_quietPoll.setParent(this);
    m_quietPoll.setInterval(1000);
    connect(&m_quietPoll, &QTimer::timeout, this, [this] {
        if (linkUserActive()) {
            pumpAll();
            return;
        }
        if (m_channel->isThrottled() || !m_channel->isOpen())
            return; // waiting for the GUI side, which wakes us itself
        const qint64 before = m_channel->bytesRead();
        pumpAll();
        if (m_channel->bytesRead() != before)
            qCInfo(lcSsh) << m_target.name << "the quiet poll found" << (m_channel->bytesRead() - before) << "bytes";
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
    else if (m_options.linkOnly)
        startLinkUser();
    else
        openSessionChannel();
    pumpAll();
}

void SshWorker::setLinkUser(SshLinkUser *user)
{
    Q_ASSERT(!m_linkUser && m_hops.empty());
    m_linkUser = user;
    user->setParent(this);
    connect(user, &SshLinkUser::activity, this, &SshWorker::pumpAll);
}

void SshWorker::startLinkUser()
{
    if (!m_linkUser) {
        finish(SshOutcome::failedWith(SshFailure{SshStep::Channel, tr("nothing to do on the connection"), m_target}));
        return;
    }
    m_linkUserReady = true;
    m_linkUser->linkReady(lastHop()->session());
    if (m_finished)
        return; // the connection went while it started
    m_quietPoll.start();
    if (keepaliveSeconds() > 0)
        m_keepalive.start(keepaliveSeconds() * 1000);
    Q_EMIT established();
}

void SshWorker::closeLinkUser(const QString &reason)
{
    if (std::exchange(m_linkUserReady, false))
        m_linkUser->linkClosed(reason);
}

void SshWorker::openSessionChannel()
{
    if (!m_channel->open(lastHop()->session(), m_options)) {
        finish(SshOutcome::failedWith(SshFailure{SshStep::Channel, tr("out of memory"), m_target}));
        return;
    }
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

void SshWorker::write(const QByteArray &data)
{
    if (m_finished)
        return;
    m_channel->write(data);
    if (m_inPump)
        m_repump = true; // the pump under way writes it before it ends
    else
        pumpAll();
}

qint64 SshWorker::queuedBytes() const
{
    return m_channel->queuedBytes();
}

namespace {
constexpr qint64 writableBelow = 1024 * 1024; // what a streaming peer keeps queued at most
} // namespace

void SshWorker::askWritable()
{
    m_peerWantsWritable = true;
    if (!m_inPump && m_channel->queuedBytes() < writableBelow) // room now: said from the loop, never inside the peer's call
        QMetaObject::invokeMethod(this, &SshWorker::tellWritable, Qt::QueuedConnection);
}

void SshWorker::tellWritable()
{
    if (!m_peerWantsWritable || !m_peer || m_finished || m_inPump || m_channel->queuedBytes() >= writableBelow)
        return;
    m_peerWantsWritable = false;
    m_peer->channelWritable();
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
        if (!hop->isAuthenticated())
            continue;
        hop->processIncoming();
        // libssh takes in at most 4 KiB per poll: forwards that carry bulk
        // data would crawl, so let it read on while the socket has more.
        for (int round = 0; linkUserActive() && round < 64; ++round) {
            int waiting = 0;
            if (ioctl(ssh_get_fd(hop->session()), FIONREAD, &waiting) != 0 || waiting <= 0)
                break;
            hop->processIncoming();
        }
    }
    for (std::size_t i = 0; i < m_bridges.size() && live(); ++i)
        m_bridges.at(i)->pump();
    if (linkUserActive() && !m_finished)
        m_linkUser->pump();
    if (!m_finished && m_channel->exists()) {
        m_channel->setReadUnthrottled(m_peer != nullptr);
        m_channel->pump();
        // A peer answers what it read (the next reads of a download) inside
        // the pump: write that now, a few rounds, then let the loop breathe.
        for (int round = 0; m_repump && round < 16 && !m_finished && m_channel->exists(); ++round) {
            m_repump = false;
            m_channel->pump();
        }
    }
    m_inPump = false;
    // libssh closes a session whose server went away (a killed sshd, a reset)
    // without always marking its channel closed: the channel would wait forever.
    if (!m_finished && (m_channel->exists() || linkUserActive()) && !linkAlive()) {
        finish(SshOutcome::failedWith(SshFailure{SshStep::Session, tr("the connection was lost"), m_target}));
        return;
    }
    if (std::exchange(m_repump, false) && !m_repumpPosted && live()) {
        m_repumpPosted = true;
        QMetaObject::invokeMethod(this, [this] {
            m_repumpPosted = false;
            pumpAll();
        }, Qt::QueuedConnection);
    }
    if (m_linkKept)
        checkIdleLink();
    if (!live())
        return;
    for (SshHop *hop : m_hops)
        hop->updateWriteInterest();
    if (m_peerWantsWritable && m_channel->queuedBytes() < writableBelow)
        tellWritable();
}

void SshWorker::consumed(qint64 bytes)
{
    if (m_channel->consumed(bytes))
        pumpAll();
}

void SshWorker::sendEof()
{
    if (m_finished)
        return;
    m_channel->sendEofWhenWritten();
    if (m_inPump)
        m_repump = true; // asked from inside a pump (a peer that ended): the pump under way sends it
    else
        pumpAll();
}

void SshWorker::send(const QByteArray &data)
{
    if (m_finished)
        return;
    m_channel->write(data);
    pumpAll();
}

void SshWorker::resizeTerminal(int rows, int columns)
{
    m_options.rows = rows;
    m_options.columns = columns;
    m_channel->resizeTerminal(rows, columns);
    if (m_channel->isOpen() && m_options.command.isEmpty())
        pumpAll();
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
    m_unansweredKeepalives.resize(m_hops.size(), -1);
    m_bytesAtKeepalive.resize(m_hops.size(), -1);
    for (size_t i = 0; i < m_hops.size(); ++i) {
        SshHop *hop = m_hops[i];
        if (!hop->isAuthenticated())
            continue;
        if (hop == lastHop() && linkUserActive() && m_linkUser->holdsGlobalRequest())
            continue; // its request's answer must not be taken for a keepalive's
        // As ssh's ServerAliveCountMax: a keepalive asks for an answer, and so many
        // intervals in which nothing at all came from the server mean it is gone
        // (libssh does not tell a keepalive's answer apart; any byte counts, as in ssh).
        // Bytes as the kernel (first hop) or the jump bridge (later hops) counted
        // them: whichever of our reads took them in.
        const qint64 bytes = i == 0 ? hop->bytesReceived() : i - 1 < m_bridges.size() ? m_bridges[i - 1]->bytesFromNext() : -1;
        const bool heard = bytes != m_bytesAtKeepalive[i];
        m_bytesAtKeepalive[i] = bytes;
        int &unanswered = m_unansweredKeepalives[i]; // -1: none sent yet
        if (heard || bytes < 0 || unanswered < 0) {
            unanswered = 0;
        } else if (++unanswered >= std::max(1, hop->endpoint().serverAliveCountMax)) {
            if (m_linkKept) { // kept for reuse, no channel: the pool drops it
                qCInfo(lcSsh) << hop->endpoint().name << "kept connection: no answer for" << unanswered << "keepalives";
                m_linkKept = false;
                stopAndTearDownLater();
                Q_EMIT connectionLost();
                return;
            }
            const int seconds = m_keepalive.interval() / 1000;
            finish(SshOutcome::failedWith(SshFailure{SshStep::Session,
                                                     tr("no answer from the server for %1 × %2 s").arg(unanswered).arg(seconds),
                                                     hop->endpoint()}));
            return;
        }
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
    m_log.reset(); // the channel's log ends with it (a reopened channel starts its own)
    closeLinkUser(outcome.failed ? outcome.failure.reason : QString());
    outcome.subsystemRefused = outcome.failed && m_channel->subsystemRefused();
    const bool channelWasOpen = m_channel->isOpen();
    // A jump host that could not reach a forward's target said so in its
    // answer: the connection itself is as good as before.
    const bool forwardRefused = m_options.forwardPort != 0 && outcome.failed && m_channel->forwardRefused() && linkAlive();
    // Before the exec or shell request went out nothing can have run, so the
    // caller may connect afresh; from then on the command may be running.
    if (m_reused && outcome.failed && !forwardRefused && m_channel->phase() < SshSessionChannel::Phase::Shell)
        outcome.reusedConnectionFailed = true;
    // A kept connection that failed before its channel opened is replaced by
    // a fresh one for the same peer (SshConnection): not the peer's end.
    if (m_peer && !outcome.reusedConnectionFailed)
        m_peer->channelClosed(outcome);
    if (m_options.keepConnection && ((!outcome.failed && channelWasOpen) || forwardRefused) && linkAlive() && !trustedOnce()) {
        outcome.connectionKept = true;
        endChannel();
        Q_EMIT finished(outcome);
        return;
    }
    if (outcome.closedByUser)
        m_channel->closeByUser();
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
    closeLinkUser(tr("the connection was closed"));
    m_log.reset();
    m_keepalive.stop();
    m_channelDeadline.stop();
    m_quietPoll.stop();
    m_channel->free();
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

} // namespace wb
