#include "core/ssh/SshHop.h"

#include "core/ssh/SshAuthenticator.h"
#include "core/ssh/TeamKnownHosts.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <fcntl.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstddef>

namespace wb {

Q_LOGGING_CATEGORY(lcSsh, "werkbank.ssh", QtWarningMsg)

namespace {

HostKey hostKeyOf(ssh_key key)
{
    HostKey result;
    result.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK) {
        result.blob = QByteArray::fromBase64(QByteArray(base64));
        ssh_string_free_char(base64);
    }
    return result;
}

// The server picks the host key algorithm from our list; like OpenSSH, ask
// first for the key types known_hosts already lists for this host.
QString preferredHostKeyAlgorithms(const QStringList &listedTypes)
{
    const QStringList defaults = {
        QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp256"),
        QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256")};
    QStringList order;
    for (const QString &type : listedTypes) {
        const QStringList algorithms = type == QLatin1String("ssh-rsa")
            ? QStringList{QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256")}
            : QStringList{type};
        for (const QString &algorithm : algorithms) {
            if (defaults.contains(algorithm) && !order.contains(algorithm))
                order << algorithm;
        }
    }
    for (const QString &algorithm : defaults) {
        if (!order.contains(algorithm))
            order << algorithm;
    }
    return order.join(QLatin1Char(','));
}

} // namespace

SshHop::SshHop(int index, SshEndpoint endpoint, const SshConnectOptions &options, QObject *parent)
    : QObject(parent), m_index(index), m_endpoint(std::move(endpoint)), m_options(options)
{
    m_deadline.setParent(this); // moves with the hop when a kept connection changes threads
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SshHop::onDeadline);
}

SshHop::~SshHop()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    // The notifiers go before libssh closes the socket they watch.
    delete m_readNotifier;
    delete m_writeNotifier;
    delete m_auth;  // its keys go before the session
    if (m_event) {
        ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
    }
    if (m_session) {
        ssh_disconnect(m_session); // also closes the socket, ours or the one we were given
        ssh_free(m_session);
    }
}

void SshHop::disarm()
{
    // Only disabled here: this may run inside a notifier's own activated signal.
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    m_deadline.stop();
    m_disarmed = true;
}

void SshHop::start(int fd)
{
    m_deadline.start(connectTimeoutMs());
    if (fd >= 0) {
        beginConnect(m_endpoint.host, fd);
        return;
    }
    m_phase = Phase::Resolving;
    Q_EMIT progress(SshStep::Resolve);
    // An address needs no lookup: QHostInfo would look its name up in reverse DNS
    // first, which takes seconds where PTR queries go unanswered.
    if (QHostAddress literal; literal.setAddress(m_endpoint.host)) {
        beginConnect(literal.toString(), -1);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_endpoint.host, this, &SshHop::onResolved);
}

void SshHop::onResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_phase != Phase::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(SshStep::Resolve, tr("the name %1 was not found").arg(m_endpoint.host));
        return;
    }
    // Prefer IPv4, as most admin networks still do; any address works for libssh.
    QHostAddress address = info.addresses().first();
    for (const QHostAddress &candidate : info.addresses()) {
        if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
            address = candidate;
            break;
        }
    }
    beginConnect(address.toString(), -1);
}

void SshHop::beginConnect(const QString &address, int fd)
{
    m_phase = Phase::Connecting;
    Q_EMIT progress(SshStep::Connect);
    m_session = ssh_new();
    if (!m_session) {
        fail(SshStep::Connect, tr("out of memory"));
        return;
    }
    const QByteArray host = address.toUtf8();
    const QByteArray user = m_endpoint.user.toUtf8();
    unsigned int port = m_endpoint.port;
    int yes = 1;
    bool no = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no); // the inventory is the configuration
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    // Without it every connection loses ~40 ms to Nagle against delayed ACK.
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes);
    if (!applyHostOptions())
        return;
    if (m_endpoint.hostKeyAlgorithms.isEmpty()) {
        const KnownHosts knownHosts(knownHostsPath());
        QStringList listed = knownHosts.listedTypes(m_endpoint.knownHostsHost(), m_endpoint.knownHostsPort());
        if (m_options.teamKnownHosts) {
            for (const QString &type : m_options.teamKnownHosts->listedTypes(m_endpoint.knownHostsHost(), m_endpoint.knownHostsPort()))
                if (!listed.contains(type))
                    listed << type;
        }
        if (!listed.isEmpty()) {
            const QByteArray algorithms = preferredHostKeyAlgorithms(listed).toLatin1();
            ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, algorithms.constData());
        }
    }
    if (fd >= 0) {
        socket_t socket = fd;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &socket);
    }
    ssh_set_blocking(m_session, 0);
    stepConnect();
}

void SshHop::armSocket()
{
    if (m_readNotifier || m_disarmed)
        return;
    const socket_t fd = ssh_get_fd(m_session);
    if (fd == SSH_INVALID_SOCKET)
        return;
    // libssh opens its socket without close-on-exec: a viewer or an editor
    // started from here would otherwise keep every SSH connection open after
    // Werkbank itself has gone.
    if (const int flags = fcntl(fd, F_GETFD); flags >= 0)
        fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        if (isAuthenticated())
            Q_EMIT socketActivity();
        else
            pump();
    });
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
        m_writeNotifier->setEnabled(false);
        if (isAuthenticated())
            Q_EMIT socketActivity();
        else
            pump();
    });
}

qint64 SshHop::bytesReceived() const
{
    tcp_info info {};
    socklen_t size = sizeof info;
    const socket_t fd = m_session ? ssh_get_fd(m_session) : SSH_INVALID_SOCKET;
    if (fd == SSH_INVALID_SOCKET || getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0
        || size < socklen_t(offsetof(tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received))
        return -1;
    return qint64(info.tcpi_bytes_received);
}

void SshHop::updateWriteInterest()
{
    if (!m_writeNotifier || !m_session || m_disarmed)
        return;
    // libssh asks for POLLOUT while its TCP connect is in flight or output is queued.
    m_writeNotifier->setEnabled(ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING);
}

void SshHop::pump()
{
    qCDebug(lcSsh) << m_endpoint.name << "pump phase" << int(m_phase);
    switch (m_phase) {
    case Phase::Connecting:
        stepConnect();
        break;
    case Phase::Authenticating:
        if (!m_auth->isWaitingForSecret()) {
            m_auth->step();
            break;
        }
        Q_FALLTHROUGH();
    case Phase::WaitingHostKeyAnswer:
        // The user is deciding; let libssh read and write what it can meanwhile,
        // so neither notifier fires in vain, and notice a server that gave up.
        processIncoming();
        if (!ssh_is_connected(m_session))
            fail(m_phase == Phase::WaitingHostKeyAnswer ? SshStep::HostKey : SshStep::Authenticate,
                 tr("the server closed the connection while waiting for an answer"));
        break;
    default:
        break;
    }
    updateWriteInterest();
}

void SshHop::processIncoming()
{
    if (!m_session || m_disarmed)
        return;
    if (!m_event) {
        m_event = ssh_event_new();
        if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK)
            return;
    }
    ssh_event_dopoll(m_event, 0);
}

void SshHop::onDeadline()
{
    const int seconds = (connectTimeoutMs() + 999) / 1000;
    if (m_phase == Phase::Resolving)
        fail(SshStep::Resolve, tr("no answer within %n second(s)", nullptr, seconds));
    else if (m_phase == Phase::Connecting)
        fail(SshStep::Connect, tr("no answer within %n second(s)", nullptr, seconds));
}

void SshHop::stepConnect()
{
    const int rc = ssh_connect(m_session);
    armSocket();
    if (rc == SSH_AGAIN) {
        updateWriteInterest();
        return;
    }
    if (rc != SSH_OK) {
        fail(SshStep::Connect, describeConnectError(libsshError()));
        return;
    }
    m_deadline.stop();
    checkHostKey();
}

QString SshHop::describeConnectError(const QString &raw) const
{
    if (raw.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        return tr("connection refused");
    if (raw.contains(QLatin1String("unreachable"), Qt::CaseInsensitive))
        return tr("network unreachable");
    if (raw.contains(QLatin1String("closed by remote"), Qt::CaseInsensitive)
        || raw.contains(QLatin1String("Socket error: disconnected"), Qt::CaseInsensitive))
        return tr("the server closed the connection");
    // libssh: "kex error : no match for method encryption client->server: server [a,b], client [c]"
    static const QRegularExpression noMatch(QStringLiteral("no match for method ([^:]+): server \\[([^\\]]*)\\], client \\[([^\\]]*)\\]"));
    if (const QRegularExpressionMatch m = noMatch.match(raw); m.hasMatch())
        return tr("key exchange failed: no %1 in common (the server offers %2; this connection %3)")
            .arg(m.captured(1).trimmed(), m.captured(2), m.captured(3));
    if (raw.contains(QLatin1String("kex error"), Qt::CaseInsensitive))
        return tr("key exchange failed: %1").arg(raw);
    return raw;
}

void SshHop::checkHostKey()
{
    Q_EMIT progress(SshStep::HostKey);
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK || !key) {
        fail(SshStep::HostKey, tr("the server sent no host key"));
        return;
    }
    m_serverKey = hostKeyOf(key);
    ssh_key_free(key);

    const KnownHosts knownHosts(knownHostsPath());
    const QString host = m_endpoint.knownHostsHost();
    const quint16 port = m_endpoint.knownHostsPort();
    KnownHosts::Verdict verdict = knownHosts.check(host, port, *m_serverKey);
    bool fromTeam = false;
    if (m_options.teamKnownHosts)
        verdict = TeamKnownHosts::combined(verdict, m_options.teamKnownHosts->check(host, port, *m_serverKey), &fromTeam);
    HostKeyQuestion question{m_index, m_endpoint, *m_serverKey, verdict.match, verdict.listed, knownHosts.path(), fromTeam, {}};
    if (fromTeam) {
        QStringList notes;
        for (const HostKey &listedKey : verdict.listed)
            notes << m_options.teamKnownHosts->acceptedText(host, port, listedKey);
        question.teamNote = notes.join(QStringLiteral("; "));
    }
    const QString whereListed = fromTeam ? TeamKnownHosts::storeName() : knownHosts.path();
    switch (verdict.match) {
    case KnownHosts::Match::Known:
        afterHostKey();
        return;
    case KnownHosts::Match::Changed:
    case KnownHosts::Match::OtherType: {
        // Stop before any authentication: a man in the middle must not even see a key offer.
        Q_EMIT hostKeyQuestion(question);
        QStringList listed;
        for (const HostKey &key : verdict.listed)
            listed << QStringLiteral("%1 %2").arg(key.type, key.fingerprint());
        fail(SshStep::HostKey,
             tr("the host key has changed (the server now shows %1 %2; %3 lists %4). "
                "Someone may be intercepting the connection.")
                 .arg(m_serverKey->type, m_serverKey->fingerprint(), whereListed, listed.join(QStringLiteral(", "))));
        return;
    }
    case KnownHosts::Match::Revoked:
        Q_EMIT hostKeyQuestion(question);
        fail(SshStep::HostKey, tr("the server's key %1 is marked as revoked in %2")
                                   .arg(m_serverKey->fingerprint(), whereListed));
        return;
    case KnownHosts::Match::Unknown:
        m_phase = Phase::WaitingHostKeyAnswer;
        Q_EMIT hostKeyQuestion(question);
        return;
    }
}

void SshHop::answerHostKey(HostKeyDecision decision, const QByteArray &keyBlob)
{
    if (m_phase != Phase::WaitingHostKeyAnswer)
        return;
    if (decision != HostKeyDecision::Reject && (!m_serverKey || keyBlob != m_serverKey->blob)) {
        fail(SshStep::HostKey, tr("the answer was about another key than the server's %1")
                                   .arg(m_serverKey ? m_serverKey->fingerprint() : QString()));
        return;
    }
    if (decision == HostKeyDecision::Reject) {
        fail(SshStep::HostKey, tr("the host key %1 was not accepted").arg(m_serverKey->fingerprint()));
        return;
    }
    if (decision == HostKeyDecision::AcceptOnce)
        m_trustedOnce = true;
    if (decision == HostKeyDecision::AcceptAndSave) {
        QString error;
        if (!KnownHosts(knownHostsPath()).add(m_endpoint.knownHostsHost(), m_endpoint.knownHostsPort(), *m_serverKey, &error)) {
            fail(SshStep::HostKey, error);
            return;
        }
    }
    afterHostKey();
}

int SshHop::connectTimeoutMs() const
{
    return m_endpoint.connectTimeoutSeconds > 0 ? m_endpoint.connectTimeoutSeconds * 1000 : m_options.connectTimeoutMs;
}

bool SshHop::applyHostOptions()
{
    // The machine's own Compression and algorithm lists (HostKeyAlgorithms, when given, replaces the
    // preference known_hosts would make). libssh refuses a list that names nothing it knows.
    const struct {
        ssh_options_e option;
        const char *keyword;
        QString value;
    } options[] = {
        {SSH_OPTIONS_COMPRESSION, "Compression", m_endpoint.compression},
        {SSH_OPTIONS_KEY_EXCHANGE, "KexAlgorithms", m_endpoint.kexAlgorithms},
        {SSH_OPTIONS_CIPHERS_C_S, "Ciphers", m_endpoint.ciphers},
        {SSH_OPTIONS_CIPHERS_S_C, "Ciphers", m_endpoint.ciphers},
        {SSH_OPTIONS_HOSTKEYS, "HostKeyAlgorithms", m_endpoint.hostKeyAlgorithms},
    };
    for (const auto &o : options) {
        if (o.value.isEmpty())
            continue;
        const QByteArray value = o.value.toLatin1();
        if (ssh_options_set(m_session, o.option, value.constData()) < 0) {
            fail(SshStep::Connect, tr("%1 “%2” names no algorithm libssh supports").arg(QLatin1String(o.keyword), o.value));
            return false;
        }
    }
    return true;
}

QString SshHop::knownHostsPath() const
{
    return m_endpoint.knownHostsFile.isEmpty() ? m_options.knownHostsPath : m_endpoint.knownHostsFile;
}

void SshHop::afterHostKey()
{
    Q_EMIT progress(SshStep::Authenticate);
    m_phase = Phase::Authenticating;
    m_auth = new SshAuthenticator(m_session, m_index, m_endpoint, m_options, this);
    connect(m_auth, &SshAuthenticator::secretNeeded, this, &SshHop::secretNeeded);
    connect(m_auth, &SshAuthenticator::succeeded, this, &SshHop::authSucceeded);
    connect(m_auth, &SshAuthenticator::failed, this, [this](const QString &reason) { fail(SshStep::Authenticate, reason); });
    m_auth->start();
    updateWriteInterest();
}

QString SshHop::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

void SshHop::fail(SshStep step, const QString &reason)
{
    if (m_phase == Phase::Failed)
        return;
    m_phase = Phase::Failed;
    disarm();
    Q_EMIT failed(SshFailure{step, reason, m_endpoint});
}

void SshHop::authSucceeded()
{
    m_phase = Phase::Authenticated;
    Q_EMIT authenticated();
}

void SshHop::provideSecret(quint64 requestId, const std::optional<QString> &secret)
{
    if (m_phase == Phase::Authenticating && m_auth->provideSecret(requestId, secret))
        pump();
}

} // namespace wb
