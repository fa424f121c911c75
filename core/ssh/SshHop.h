#pragma once

#include "core/ssh/KnownHosts.h"
#include "core/ssh/SshEvents.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>

#include <memory>
#include <optional>

namespace wb {

class SshAuthenticator;

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

// One libssh session on the way to the target: resolve, connect, host key,
// authenticate (SshAuthenticator), as a small state machine driven by socket activity. Lives on
// the connection's worker thread; libssh is used non-blocking throughout and
// every step that returns SSH_AGAIN is simply tried again on the next event.
class SshHop : public QObject
{
    Q_OBJECT
public:
    SshHop(int index, SshEndpoint endpoint, const SshConnectOptions &options, QObject *parent = nullptr);
    ~SshHop() override;

    // fd < 0: resolve and connect over TCP. Otherwise the hop talks through fd
    // (one end of a socket pair bridged to the previous hop's forwarding channel).
    void start(int fd = -1);
    // An acceptance counts only for the key the server presented (keyBlob).
    void answerHostKey(HostKeyDecision decision, const QByteArray &keyBlob);
    void provideSecret(quint64 requestId, const std::optional<QString> &secret);
    // Advances whatever the hop is waiting for; called on any socket activity.
    void pump();
    // Re-arms the write notifier when libssh still has output queued.
    void updateWriteInterest();
    // Lets libssh read and handle whatever packets have arrived, even when no
    // call of ours would (channel reads stop at EOF, waits call nothing).
    void processIncoming();
    // Stops listening to the socket for good (the hop failed or the connection ends).
    void disarm();

    ssh_session session() const { return m_session; }
    bool isAuthenticated() const { return m_phase == Phase::Authenticated; }
    bool hasFailed() const { return m_phase == Phase::Failed; }
    // The user accepted the host key for this connection only: it must not be reused.
    bool isTrustedOnce() const { return m_trustedOnce; }
    const SshEndpoint &endpoint() const { return m_endpoint; }
    int index() const { return m_index; }
    // Bytes the kernel has received from the server on this hop's TCP connection
    // (whoever read them since); -1 when its socket is no TCP socket (a jump bridge's pair).
    qint64 bytesReceived() const;

    // Fails the hop from outside (e.g. the previous hop could not forward to it).
    void fail(SshStep step, const QString &reason);

Q_SIGNALS:
    void progress(wb::SshStep step);
    void hostKeyQuestion(const wb::HostKeyQuestion &question);
    void secretNeeded(const wb::SecretRequest &request);
    void authenticated();
    void failed(const wb::SshFailure &failure);
    void socketActivity();

private:
    enum class Phase { Idle, Resolving, Connecting, WaitingHostKeyAnswer, Authenticating, Authenticated, Failed };

    void onResolved(const QHostInfo &info);
    void beginConnect(const QString &address, int fd);
    void armSocket();
    void onDeadline();
    void stepConnect();
    void checkHostKey();
    void afterHostKey();
    // This machine's known_hosts: its own file (UserKnownHostsFile) or the connection's.
    QString knownHostsPath() const;
    int connectTimeoutMs() const;
    bool applyHostOptions(); // false: failed (the reason given)
    void authSucceeded();
    QString libsshError() const;
    QString describeConnectError(const QString &raw) const;

    int m_index;
    SshEndpoint m_endpoint;
    SshConnectOptions m_options;
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr;
    Phase m_phase = Phase::Idle;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_deadline;
    int m_lookupId = -1;
    bool m_disarmed = false;
    bool m_trustedOnce = false;

    std::optional<HostKey> m_serverKey;
    SshAuthenticator *m_auth = nullptr;  // from the host key on
};

} // namespace wb
