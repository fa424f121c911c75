#pragma once

#include "core/ssh/SshEvents.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <libssh/libssh.h>

#include <optional>

namespace wb {

// Logs one hop's session in, in OpenSSH's order: none, publickey (the
// agent's keys, then identity files), keyboard-interactive, password; at most
// three password tries (NumberOfPasswordPrompts). Non-blocking: step() is
// called on socket activity and goes as far as libssh lets it; what only the
// user knows (a passphrase, a password, a prompt's answer) is asked with
// secretNeeded() and comes back through provideSecret().
class SshAuthenticator : public QObject
{
    Q_OBJECT
public:
    // `session` belongs to the hop and must outlive this.
    SshAuthenticator(ssh_session session, int hopIndex, const SshEndpoint &endpoint, const SshConnectOptions &options,
                     QObject *parent = nullptr);
    ~SshAuthenticator() override;

    void start();
    void step();
    bool isWaitingForSecret() const { return m_step == Step::WaitingSecret; }
    // True when the answer belongs to the question asked and authentication
    // goes on with a step; false when it was stale, or it ended or moved on already.
    bool provideSecret(quint64 requestId, const std::optional<QString> &secret);

Q_SIGNALS:
    void secretNeeded(const wb::SecretRequest &request);
    void succeeded();
    void failed(const QString &reason);

private:
    enum class Step { None, Agent, KeyOffer, KeyLoad, KeySign, KbdInt, Password, WaitingSecret, Done };

    void nextAuthMethod();
    void requestSecret(SecretRequest::Kind kind, const QString &prompt = {}, bool echo = false, bool followUp = false);
    void succeed();
    void fail(const QString &reason);
    void failFinally();
    bool authSettled(int rc);
    void noteTried(const QString &method);
    QString libsshError() const;

    void stepAgent();
    void stepKeyOffer();
    void stepKeyLoad();
    void stepKeySign();
    void stepKbdInt();
    void stepPassword();

    ssh_session m_session;
    int m_hopIndex;
    SshEndpoint m_endpoint;
    SshConnectOptions m_options;
    Step m_step = Step::None;
    Step m_resumeStep = Step::None;     // where to go on after WaitingSecret

    int m_methods = 0;                  // SSH_AUTH_METHOD_* the server still accepts
    QStringList m_tried;                // method names, for the failure message
    QStringList m_identityFiles;
    int m_keyIndex = -1;
    ssh_key m_publicKey = nullptr;
    ssh_key m_privateKey = nullptr;
    int m_passphraseTries = 0;
    std::optional<QString> m_passphrase;
    std::optional<QString> m_password;
    int m_passwordTries = 0;
    quint64 m_pendingRequest = 0;
    bool m_kbdAnswersSet = false;
    int m_kbdPromptIndex = 0;
    int m_pendingEchoPrompt = -1;
    int m_pendingFollowUpPrompt = -1;
    int m_kbdRound = 0;                 // rounds of prompts in this keyboard-interactive attempt
    QHash<int, QString> m_kbdEchoAnswers;
    QHash<int, QString> m_kbdFollowUpAnswers; // this round's hidden answers beyond the password
};

} // namespace wb
