#include "core/ssh/SshAuthenticator.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>

namespace wb {

namespace {

std::atomic<quint64> nextRequestId{1};

// Server text (a PAM prompt spans lines) for a one-line message: line breaks
// and other control characters become spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

constexpr int passwordPrompts = 3;

// libssh must never prompt on a terminal: without a passphrase, loading an
// encrypted key simply fails, and the hop asks the user instead.
int refusePrompt(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

// Whether a private key file needs a passphrase: PEM headers say so, and the
// OpenSSH format names its cipher ("none" when the key is not encrypted).
bool isEncryptedKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const int start = text.indexOf(begin);
    const int end = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (start < 0 || end < 0)
        return false;
    const QByteArray blob = QByteArray::fromBase64(text.mid(start + begin.size(), end - start - begin.size()).simplified().replace(' ', ""));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < magic.size() + 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData() + magic.size());
    const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    return blob.mid(magic.size() + 4, int(length)) != "none";
}

} // namespace

SshAuthenticator::SshAuthenticator(ssh_session session, int hopIndex, const SshEndpoint &endpoint, const SshConnectOptions &options,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_hopIndex(hopIndex), m_endpoint(endpoint), m_options(options)
{
    m_identityFiles = m_endpoint.identityFiles.isEmpty() ? defaultIdentityFiles() : m_endpoint.identityFiles;
}

SshAuthenticator::~SshAuthenticator()
{
    if (m_publicKey)
        ssh_key_free(m_publicKey);
    if (m_privateKey)
        ssh_key_free(m_privateKey);
}

void SshAuthenticator::start()
{
    m_step = Step::None;
    step();
}

QString SshAuthenticator::libsshError() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

void SshAuthenticator::succeed()
{
    m_step = Step::Done;
    Q_EMIT succeeded();
}

void SshAuthenticator::fail(const QString &reason)
{
    m_step = Step::Done;
    Q_EMIT failed(reason);
}

void SshAuthenticator::failFinally()
{
    if (m_tried.isEmpty()) {
        QStringList offered;
        if (m_methods & SSH_AUTH_METHOD_GSSAPI_MIC)
            offered << QStringLiteral("gssapi-with-mic");
        if (m_methods & SSH_AUTH_METHOD_HOSTBASED)
            offered << QStringLiteral("hostbased");
        fail(tr("the server offers no method Werkbank can use (%1)")
                                        .arg(offered.isEmpty() ? tr("none") : offered.join(QStringLiteral(", "))));
        return;
    }
    fail(tr("%1 tried").arg(m_tried.join(QStringLiteral(", "))));
}

void SshAuthenticator::requestSecret(SecretRequest::Kind kind, const QString &prompt, bool echo, bool followUp)
{
    SecretRequest request;
    request.id = nextRequestId++;
    request.hop = m_hopIndex;
    request.endpoint = m_endpoint;
    request.kind = kind;
    request.prompt = prompt;
    request.echo = echo;
    request.followUp = followUp;
    if (kind == SecretRequest::Kind::KeyPassphrase) {
        request.keyFile = m_identityFiles.value(m_keyIndex);
        request.attempt = m_passphraseTries + 1;
    } else {
        request.attempt = m_passwordTries + 1;
    }
    m_pendingRequest = request.id;
    m_pendingEchoPrompt = echo ? m_kbdPromptIndex : -1;
    m_pendingFollowUpPrompt = followUp ? m_kbdPromptIndex : -1;
    m_resumeStep = m_step;
    m_step = Step::WaitingSecret;
    Q_EMIT secretNeeded(request);
}

bool SshAuthenticator::provideSecret(quint64 requestId, const std::optional<QString> &secret)
{
    if (m_step != Step::WaitingSecret || requestId != m_pendingRequest)
        return false;
    m_step = m_resumeStep;
    switch (m_step) {
    case Step::KeyLoad:
        if (!secret) {             // the user skipped this key
            m_step = Step::KeyOffer;
            ++m_keyIndex;
        } else {
            m_passphrase = secret;
        }
        break;
    case Step::KbdInt:
        if (secret && m_pendingEchoPrompt >= 0) {
            m_kbdEchoAnswers.insert(m_pendingEchoPrompt, *secret);
            break;
        }
        if (m_pendingFollowUpPrompt >= 0) {
            if (!secret) {
                char echo = 0;
                const char *text = ssh_userauth_kbdint_getprompt(m_session, unsigned(m_pendingFollowUpPrompt), &echo);
                fail(tr("after the password the server asked \"%1\", which only you can answer: log in interactively")
                         .arg(oneLine(QString::fromUtf8(text ? text : ""))));
                return false;
            }
            m_kbdFollowUpAnswers.insert(m_pendingFollowUpPrompt, *secret);
            break;
        }
        Q_FALLTHROUGH();
    case Step::Password:
        if (!secret) {             // the user gave up on passwords: fall through to what is left
            m_methods &= ~(SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD);
            nextAuthMethod();
            return false;
        }
        m_password = secret;
        break;
    default:
        break;
    }
    return true;
}

// The outcomes every method shares: success logs in, an error ends the hop
// (true: nothing left to do). A partial success refreshes what the server
// still wants; the caller decides what comes next.
bool SshAuthenticator::authSettled(int rc)
{
    if (rc == SSH_AUTH_SUCCESS) {
        succeed();
        return true;
    }
    if (rc == SSH_AUTH_ERROR) {
        fail(libsshError());
        return true;
    }
    if (rc == SSH_AUTH_PARTIAL)
        m_methods = ssh_userauth_list(m_session, nullptr);
    return false;
}

void SshAuthenticator::noteTried(const QString &method)
{
    if (!m_tried.contains(method))
        m_tried << method;
}

void SshAuthenticator::step()
{
    switch (m_step) {
    case Step::None: {
        const int rc = ssh_userauth_none(m_session, nullptr);
        if (rc == SSH_AUTH_AGAIN)
            return;
        if (authSettled(rc))
            return;
        m_methods = ssh_userauth_list(m_session, nullptr);
        nextAuthMethod();
        return;
    }
    case Step::Agent: stepAgent(); return;
    case Step::KeyOffer: stepKeyOffer(); return;
    case Step::KeyLoad: stepKeyLoad(); return;
    case Step::KeySign: stepKeySign(); return;
    case Step::KbdInt: stepKbdInt(); return;
    case Step::Password: stepPassword(); return;
    default: return;
    }
}

void SshAuthenticator::nextAuthMethod()
{
    // The machine's IdentityAgent, else the connection's socket, else $SSH_AUTH_SOCK; "none": no agent.
    const QString &own = m_endpoint.identityAgent;
    const QString agentSocket = own == QLatin1String("none")            ? QString()
                                : own == QLatin1String("SSH_AUTH_SOCK") ? qEnvironmentVariable("SSH_AUTH_SOCK")
                                : !own.isEmpty()                        ? own
                                : m_options.agentSocket.isEmpty()       ? qEnvironmentVariable("SSH_AUTH_SOCK")
                                                                        : m_options.agentSocket;
    const bool publickey = m_methods & SSH_AUTH_METHOD_PUBLICKEY;
    using Offer = SshEndpoint::Offer;
    const Offer offer = m_endpoint.offer;
    const bool agentAllowed = offer == Offer::Any || offer == Offer::AgentOnly;
    const bool keyFilesAllowed = offer == Offer::Any || offer == Offer::KeyFilesOnly;
    const bool passwordsAllowed = offer == Offer::Any || offer == Offer::PasswordOnly;
    // Each case falls through to the next method when its own does not apply.
    switch (m_step) {
    case Step::None:
        if (agentAllowed && publickey && m_options.useAgent && !agentSocket.isEmpty()) {
            const QByteArray path = QFile::encodeName(agentSocket);
            ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, path.constData());
            m_step = Step::Agent;
            break;
        }
        Q_FALLTHROUGH();
    case Step::Agent:
        if (keyFilesAllowed && publickey && !m_identityFiles.isEmpty()) {
            m_keyIndex = 0;
            m_step = Step::KeyOffer;
            break;
        }
        Q_FALLTHROUGH();
    case Step::KeyOffer:
    case Step::KeyLoad:
    case Step::KeySign:
        if (passwordsAllowed && (m_methods & SSH_AUTH_METHOD_INTERACTIVE) && m_passwordTries < passwordPrompts) {
            m_step = Step::KbdInt;
            m_kbdAnswersSet = false;
            m_kbdRound = 0;
            break;
        }
        Q_FALLTHROUGH();
    case Step::KbdInt:
        if (passwordsAllowed && (m_methods & SSH_AUTH_METHOD_PASSWORD) && m_passwordTries < passwordPrompts) {
            m_step = Step::Password;
            break;
        }
        Q_FALLTHROUGH();
    default:
        failFinally();
        return;
    }
    step();
}

void SshAuthenticator::stepAgent()
{
    noteTried(QStringLiteral("publickey"));
    const int rc = ssh_userauth_agent(m_session, nullptr);
    if (rc == SSH_AUTH_AGAIN)
        return;
    if (rc == SSH_AUTH_SUCCESS) {
        succeed();
        return;
    }
    if (rc == SSH_AUTH_PARTIAL)
        m_methods = ssh_userauth_list(m_session, nullptr);
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session)) {
        fail(libsshError());
        return;
    }
    nextAuthMethod(); // an agent that is not running or holds no key accepted here is not an error
}

void SshAuthenticator::stepKeyOffer()
{
    while (m_keyIndex < m_identityFiles.size()) {
        const QString path = m_identityFiles.at(m_keyIndex);
        if (!m_publicKey) {
            const QString publicPath = path + QStringLiteral(".pub");
            if (!QFileInfo::exists(publicPath)) {
                // Without the .pub file the key can only be offered by signing with it.
                m_step = Step::KeyLoad;
                stepKeyLoad();
                return;
            }
            if (ssh_pki_import_pubkey_file(QFile::encodeName(publicPath).constData(), &m_publicKey) != SSH_OK) {
                m_publicKey = nullptr;
                ++m_keyIndex;
                continue;
            }
        }
        noteTried(QStringLiteral("publickey"));
        const int rc = ssh_userauth_try_publickey(m_session, nullptr, m_publicKey);
        if (rc == SSH_AUTH_AGAIN)
            return;
        ssh_key_free(m_publicKey);
        m_publicKey = nullptr;
        if (rc == SSH_AUTH_ERROR) {
            fail(libsshError());
            return;
        }
        if (rc == SSH_AUTH_SUCCESS) { // the server would accept this key: now prove we hold it
            m_step = Step::KeyLoad;
            stepKeyLoad();
            return;
        }
        ++m_keyIndex;
    }
    nextAuthMethod();
}

void SshAuthenticator::stepKeyLoad()
{
    const QString path = m_identityFiles.value(m_keyIndex);
    const QByteArray passphrase = m_passphrase ? m_passphrase->toUtf8() : QByteArray();
    const int rc = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(),
                                               m_passphrase ? passphrase.constData() : nullptr,
                                               refusePrompt, nullptr, &m_privateKey);
    if (rc == SSH_OK) {
        m_step = Step::KeySign;
        stepKeySign();
        return;
    }
    m_privateKey = nullptr;
    if (isEncryptedKeyFile(path)) {
        if (m_passphrase)
            ++m_passphraseTries;
        m_passphrase.reset();
        if (m_passphraseTries < passwordPrompts) {
            requestSecret(SecretRequest::Kind::KeyPassphrase);
            return;
        }
    }
    // Unreadable, unsupported or still locked after three tries: on to the next key.
    m_passphraseTries = 0;
    ++m_keyIndex;
    m_step = Step::KeyOffer;
    stepKeyOffer();
}

void SshAuthenticator::stepKeySign()
{
    noteTried(QStringLiteral("publickey"));
    const int rc = ssh_userauth_publickey(m_session, nullptr, m_privateKey);
    if (rc == SSH_AUTH_AGAIN)
        return;
    ssh_key_free(m_privateKey);
    m_privateKey = nullptr;
    m_passphrase.reset();
    m_passphraseTries = 0;
    if (authSettled(rc))
        return;
    ++m_keyIndex;
    m_step = Step::KeyOffer;
    stepKeyOffer();
}

void SshAuthenticator::stepKbdInt()
{
    noteTried(QStringLiteral("keyboard-interactive"));
    for (;;) {
        if (!m_kbdAnswersSet) {
            const int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            if (rc == SSH_AUTH_AGAIN)
                return;
            if (authSettled(rc))
                return;
            if (rc == SSH_AUTH_PARTIAL) {
                nextAuthMethod();
                return;
            }
            if (rc == SSH_AUTH_DENIED) {
                if (m_password) {
                    ++m_passwordTries;
                    m_password.reset();
                }
                m_kbdRound = 0;
                if (m_passwordTries < passwordPrompts && (m_methods & SSH_AUTH_METHOD_INTERACTIVE))
                    continue; // ask again, like OpenSSH's three prompts
                nextAuthMethod();
                return;
            }
            m_kbdAnswersSet = true; // SSH_AUTH_INFO: the server sent prompts
            ++m_kbdRound;
            m_kbdEchoAnswers.clear();
            m_kbdFollowUpAnswers.clear();
        }
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        bool passwordPromptSeen = false;
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo));
            m_kbdPromptIndex = i;
            if (echo) {
                // Not a secret (e.g. "Username:"): only the user can answer it.
                if (!m_kbdEchoAnswers.contains(i)) {
                    requestSecret(SecretRequest::Kind::KeyboardInteractive, prompt, true);
                    return;
                }
                ssh_userauth_kbdint_setanswer(m_session, unsigned(i), m_kbdEchoAnswers.value(i).toUtf8().constData());
                continue;
            }
            // The password answers one hidden prompt, the first of the first round.
            // Anything after it (a one-time code, "New password") is asked of the user.
            if (m_kbdRound > 1 || passwordPromptSeen) {
                if (!m_kbdFollowUpAnswers.contains(i)) {
                    requestSecret(SecretRequest::Kind::KeyboardInteractive, prompt, false, /*followUp=*/true);
                    return;
                }
                ssh_userauth_kbdint_setanswer(m_session, unsigned(i), m_kbdFollowUpAnswers.value(i).toUtf8().constData());
                continue;
            }
            passwordPromptSeen = true;
            if (!m_password) {
                requestSecret(SecretRequest::Kind::KeyboardInteractive, prompt, false);
                return;
            }
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), m_password->toUtf8().constData());
        }
        m_kbdAnswersSet = false; // the next ssh_userauth_kbdint call sends the answers
    }
}

void SshAuthenticator::stepPassword()
{
    noteTried(QStringLiteral("password"));
    if (!m_password) {
        requestSecret(SecretRequest::Kind::Password);
        return;
    }
    const int rc = ssh_userauth_password(m_session, nullptr, m_password->toUtf8().constData());
    if (rc == SSH_AUTH_AGAIN)
        return;
    m_password.reset();
    if (authSettled(rc))
        return;
    if (rc == SSH_AUTH_PARTIAL) {
        nextAuthMethod();
        return;
    }
    if (++m_passwordTries < passwordPrompts) {
        requestSecret(SecretRequest::Kind::Password);
        return;
    }
    nextAuthMethod();
}

} // namespace wb
