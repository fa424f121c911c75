#pragma once

#include "core/ssh/SshEvents.h"

#include <QHash>
#include <QObject>

class QThread;

namespace wb {

class CredentialStore;
class PendingWork;
class SshChannelPeer;
class SshLinkUser;
class SshPool;
class SshWorker;

// One SSH connection as the GUI sees it. The work happens on a worker thread
// of its own (SshWorker); everything here is queued signals and slots, so no
// call blocks the caller. Secrets the server asks for are looked up in the
// keychain first (first try only); otherwise secretRequested() asks the UI.
// Destroying the object closes the connection and joins its thread.
class SshConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Closed };
    Q_ENUM(State)

    SshConnection(SshEndpoint target, SshConnectOptions options, QObject *parent = nullptr);
    ~SshConnection() override;

    const SshEndpoint &target() const { return m_target; }
    State state() const { return m_state; }
    SshStep step() const { return m_step; }
    const SshOutcome &outcome() const { return m_outcome; }

    // Take a kept connection from the pool when it has one, and give this one
    // back when the session ends. Set before open(); the pool must outlive this.
    void setPool(SshPool *pool) { m_pool = pool; }
    // Secrets saved to the keychain count as pending work until it answered.
    void setPendingWork(PendingWork *pending);
    // The session runs on a connection kept from before (no new handshake).
    bool isReused() const { return m_reused; }

    // The channel's data goes to peer, on the connection's worker thread,
    // instead of dataReceived(); the connection takes it over (moves it
    // there and deletes it there when the session ends). Set before open().
    void setChannelPeer(SshChannelPeer *peer);
    SshChannelPeer *channelPeer() const { return m_peer; }
    // With SshConnectOptions::linkOnly: what uses the connection once logged
    // in (port forwards), on its worker thread; taken over like a peer. Such a
    // connection is never pooled. Set before open().
    void setLinkUser(SshLinkUser *user);

    void open();
    void send(const QByteArray &data);
    void resizeTerminal(int rows, int columns);
    void close();

    void answerHostKey(const HostKeyQuestion &question, HostKeyDecision decision);
    // remember: store in the keychain once the server accepted it.
    void provideSecret(const SecretRequest &request, const QString &secret, bool remember);
    void cancelSecret(const SecretRequest &request);

Q_SIGNALS:
    void stateChanged(wb::SshConnection::State state);
    void stepChanged(wb::SshStep step, int hop);
    void hostKeyQuestion(const wb::HostKeyQuestion &question);
    void secretRequested(const wb::SecretRequest &request);
    void dataReceived(const QByteArray &data);
    void finished(const wb::SshOutcome &outcome);
    // Not fatal: e.g. the keychain could not store a secret.
    void warning(const QString &message);

private:
    void setState(State state);
    void onSecretNeeded(const SecretRequest &request);
    void onAuthenticated(int hop);
    void onFinished(const SshOutcome &outcome);
    void connectWorker();
    void releaseWorker(bool keepPeer = false);

    SshEndpoint m_target;
    SshConnectOptions m_options;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr;
    CredentialStore *m_credentials = nullptr;
    SshPool *m_pool = nullptr;
    SshChannelPeer *m_peer = nullptr;
    SshLinkUser *m_linkUser = nullptr; // until open() hands it to the worker
    bool m_reused = false;
    bool m_closeRequested = false;
    State m_state = State::Idle;
    SshStep m_step = SshStep::Resolve;
    SshOutcome m_outcome;
    // Secrets to store once their hop has logged in: hop → (keychain key → secret).
    QHash<int, QHash<QString, QString>> m_toRemember;
};

} // namespace wb
