// The part of SshWorker that keeps a logged-in connection between channels,
// for SshPool: ending a channel without ending the connection, noticing when
// a kept connection goes away, and opening the next channel on it.
#include "core/ssh/SshWorker.h"

#include "core/ssh/SessionLogFile.h"

#include "core/ssh/JumpBridge.h"
#include "core/ssh/SshHop.h"
#include "core/ssh/SshSessionChannel.h"

#include <algorithm>

namespace wb {

bool SshWorker::linkAlive() const
{
    if (m_hops.empty())
        return false;
    for (SshHop *hop : m_hops) {
        if (!hop->isAuthenticated() || !ssh_is_connected(hop->session()))
            return false;
    }
    return std::all_of(m_bridges.cbegin(), m_bridges.cend(), [](const auto &bridge) { return bridge->isAlive(); });
}

// Closes and frees the session channel, keeping the connection for the next one.
void SshWorker::endChannel()
{
    m_log.reset(); // a terminal's log never takes the next channel's output (a run, SFTP)
    m_keepalive.stop();
    m_channelDeadline.stop();
    m_quietPoll.stop();
    m_channel->end();
    m_linkKept = true;
    m_reused = false;
    if (m_options.idleKeepaliveSeconds > 0)
        m_keepalive.start(m_options.idleKeepaliveSeconds * 1000);
    for (SshHop *hop : m_hops)
        hop->updateWriteInterest();
}

bool SshWorker::trustedOnce() const
{
    return std::any_of(m_hops.begin(), m_hops.end(), [](const SshHop *hop) { return hop->isTrustedOnce(); });
}

void SshWorker::checkIdleLink()
{
    if (!m_linkKept || linkAlive())
        return;
    m_linkKept = false;
    stopAndTearDownLater();
    Q_EMIT connectionLost();
}

void SshWorker::reopen(const SshConnectOptions &options)
{
    if (!m_linkKept || !linkAlive()) {
        const bool wasKept = m_linkKept;
        checkIdleLink();
        if (!wasKept && !m_finished)
            return; // busy with a channel: not ours to reuse
        SshOutcome outcome = SshOutcome::failedWith(SshFailure{SshStep::Channel, tr("the connection was lost"), m_target});
        outcome.reusedConnectionFailed = true;
        Q_EMIT finished(outcome);
        return;
    }
    m_options.command = options.command;
    m_options.subsystem = options.subsystem;
    m_options.forwardHost = options.forwardHost;
    m_options.forwardPort = options.forwardPort;
    m_options.term = options.term;
    m_options.rows = options.rows;
    m_options.columns = options.columns;
    m_options.environment = options.environment;
    m_options.keepaliveSeconds = options.keepaliveSeconds;
    m_options.connectTimeoutMs = options.connectTimeoutMs;
    m_options.keepConnection = options.keepConnection;
    m_options.idleKeepaliveSeconds = options.idleKeepaliveSeconds;
    m_log.reset();
    m_options.sessionLogFolder = options.sessionLogFolder;
    m_options.sessionLogName = options.sessionLogName;
    m_options.sessionLogRaw = options.sessionLogRaw;
    m_keepalive.stop();
    m_linkKept = false;
    m_finished = false;
    m_reused = true;
    openSessionChannel();
    pumpAll();
}

void SshWorker::detachChannel()
{
    if (m_finished)
        return;
    if (m_options.keepConnection && m_channel->isOpen() && linkAlive() && !trustedOnce()) {
        m_finished = true;
        endChannel();
        pumpAll(); // sends the close
        return;
    }
    m_finished = true;
    teardown();
}

} // namespace wb
