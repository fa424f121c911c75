#pragma once

#include "core/ssh/SshChannelPeer.h"
#include "core/ssh/SshEvents.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace wb {

class SessionLogFile;
class SshLinkUser;

class JumpBridge;
class SshHop;
class SshSessionChannel;

// Everything one connection does, on its own worker thread: the hops (jump
// hosts, then the target), the bridges that carry each hop through the
// previous one (JumpBridge), and the session channel with its pty.
// Talks to the GUI side (SshConnection) only through queued signals and slots.
class SshWorker : public QObject, private SshChannelPort
{
    Q_OBJECT
public:
    SshWorker(SshEndpoint target, SshConnectOptions options);
    ~SshWorker() override;

public Q_SLOTS:
    void start();
    void send(const QByteArray &data);
    // Ends our side of the channel's input (after a script sent on stdin).
    void sendEof();
    void resizeTerminal(int rows, int columns);
    // The GUI side took this many bytes of dataReceived(); reading may go on.
    void consumed(qint64 bytes);
    // keyBlob: the key the user was shown; an answer about another key is a rejection.
    void answerHostKey(int hop, wb::HostKeyDecision decision, const QByteArray &keyBlob);
    void provideSecret(int hop, quint64 requestId, const QString &secret, bool cancelled);
    // Ends the session (EOF, close, disconnect) and reports finished(closedByUser).
    void close();
    // Frees everything and stops the thread; used when the GUI side goes away.
    void shutdown();
    // Opens the next channel on a connection kept after the last one ended
    // (SshConnectOptions::keepConnection); reports as after start(). Only the
    // channel part of options is used: command, pty, environment, keepalive, session log.
    void reopen(const wb::SshConnectOptions &options);
    // Ends the current channel and keeps the connection (a terminal tab that
    // closes hands its connection to the pool); finished() is not emitted.
    void detachChannel();

public:
    // The channel's data goes to peer on this thread instead of dataReceived();
    // set before start() or reopen(), from the worker's thread once it runs.
    void setPeer(SshChannelPeer *peer) { m_peer = peer; }
    // With SshConnectOptions::linkOnly: what uses the logged-in connection
    // (port forwards). The worker takes it; set before start(), on its thread.
    void setLinkUser(SshLinkUser *user);
    // Logged in and between channels: what a pool may hand out.
    bool isIdle() const { return m_linkKept; }

Q_SIGNALS:
    void progress(wb::SshStep step, int hop);
    void hostKeyQuestion(const wb::HostKeyQuestion &question);
    void secretNeeded(const wb::SecretRequest &request);
    void authenticated(int hop);
    void established();
    void dataReceived(const QByteArray &data, bool isStderr);
    void finished(const wb::SshOutcome &outcome);
    // A kept connection went away while it waited for its next channel.
    void connectionLost();
    // Something the user should know that does not end the session (the session log failed).
    void warning(const QString &message);

private:
    // The target's own ServerAliveInterval, else the connection's keepalive.
    int keepaliveSeconds() const
    {
        return m_target.serverAliveIntervalSeconds >= 0 ? m_target.serverAliveIntervalSeconds : m_options.keepaliveSeconds;
    }
    void startHop(int index, int fd);
    void onHopAuthenticated(int index);
    void onHopFailed(const SshFailure &failure);
    void pumpAll();
    void openBridge(int index);
    void openSessionChannel();
    void startLinkUser();
    bool linkUserActive() const { return m_linkUser && m_linkUserReady; }
    void closeLinkUser(const QString &reason);
    bool linkAlive() const;
    bool trustedOnce() const;
    void endChannel();
    void checkIdleLink();
    void stopAndTearDownLater();
    void finish(SshOutcome outcome);
    void teardown();
    void sendKeepalive();
    SshHop *lastHop() const;
    void write(const QByteArray &data) override;
    qint64 queuedBytes() const override;
    void askWritable() override;
    void endInput() override { sendEof(); }
    void tellWritable();

    SshEndpoint m_target;
    SshConnectOptions m_options;
    std::vector<SshHop *> m_hops;            // children of this object
    std::vector<int> m_unansweredKeepalives; // per hop: keepalive intervals without an answer; -1 before the first
    std::vector<qint64> m_bytesAtKeepalive;  // per hop: bytes received from its server at the last keepalive
    std::vector<std::unique_ptr<JumpBridge>> m_bridges;  // m_bridges[i] carries hop i + 1 through hop i
    SshSessionChannel *m_channel;            // a child; freed before the hops
    QTimer m_keepalive;
    QTimer m_channelDeadline;
    QTimer m_quietPoll;                      // see the constructor
    bool m_finished = false;                 // the current channel's outcome is out
    bool m_linkKept = false;                 // ... and the connection waits for the next one
    bool m_reused = false;                   // this channel runs on a kept connection
    bool m_inPump = false;
    bool m_repump = false;                   // a peer wrote during a pump
    bool m_repumpPosted = false;
    bool m_peerWantsWritable = false;
    SshChannelPeer *m_peer = nullptr;
    SshLinkUser *m_linkUser = nullptr;       // a child, with linkOnly
    bool m_linkUserReady = false;            // ... told the session, not yet closed
    std::unique_ptr<SessionLogFile> m_log; // the current channel's, when its options ask for one
};

} // namespace wb
