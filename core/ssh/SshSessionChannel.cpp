#include "core/ssh/SshSessionChannel.h"

#include "core/ssh/SshHop.h" // lcSsh

namespace wb {

namespace {
constexpr int readChunk = 32 * 1024;
constexpr qint64 inFlightLimit = 128 * 1024; // received but not yet taken by the GUI side
} // namespace

SshSessionChannel::SshSessionChannel(QObject *parent) : QObject(parent) {}

SshSessionChannel::~SshSessionChannel()
{
    free();
}

bool SshSessionChannel::open(ssh_session session, const SshConnectOptions &options)
{
    free();
    m_session = session;
    m_options = options;
    m_channel = ssh_channel_new(session);
    if (!m_channel) {
        m_phase = Phase::None; // nothing was sent: a kept connection may be replaced by a fresh one
        return false;
    }
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_exit_status_function = &SshSessionChannel::onExitStatus;
    m_callbacks.channel_exit_signal_function = &SshSessionChannel::onExitSignal;
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
    m_phase = Phase::Opening;
    // What was sent before the channel existed stays queued for it.
    m_environmentIndex = 0;
    m_exitStatus.reset();
    m_exitSignal.clear();
    m_forwardRefused = false;
    m_subsystemRefused = false;
    return true;
}

bool SshSessionChannel::isThrottled() const
{
    return !m_unthrottled && m_inFlight >= inFlightLimit;
}

void SshSessionChannel::write(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_outgoing.push_back(data);
    m_queuedBytes += data.size();
}

void SshSessionChannel::pump()
{
    qCDebug(lcSsh) << "channel phase" << int(m_phase) << "eof" << ssh_channel_is_eof(m_channel) << "closed"
                   << ssh_channel_is_closed(m_channel) << "exit" << m_exitStatus.value_or(-1);
    if (!advanceOpening() || m_phase != Phase::Open)
        return;
    while (!m_outgoing.empty()) {
        const QByteArray &chunk = m_outgoing.front();
        const qsizetype left = chunk.size() - m_outgoingOffset;
        const int n = ssh_channel_write(m_channel, chunk.constData() + m_outgoingOffset, uint32_t(left));
        if (n <= 0)
            break; // window full (or the error shows up on the next read)
        m_queuedBytes -= n;
        if (n < left) {
            m_outgoingOffset += n;
            break;
        }
        m_outgoing.pop_front();
        m_outgoingOffset = 0;
    }
    if (m_eofPending && m_outgoing.empty()) {
        m_eofPending = false;
        ssh_channel_send_eof(m_channel);
    }
    if (!read())
        return; // failed, or the end, if it came, is read once the GUI caught up
    if (ssh_channel_is_closed(m_channel) || (ssh_channel_is_eof(m_channel) && m_exitStatus)) {
        SshOutcome outcome;
        outcome.hasExitStatus = m_exitStatus.has_value();
        outcome.exitStatus = m_exitStatus.value_or(0);
        outcome.exitSignal = m_exitSignal;
        Q_EMIT ended(outcome);
    }
}

// Each request is sent once and answered later: SSH_AGAIN leaves the phase as
// it is for the next pump. False once failed() went out.
bool SshSessionChannel::advanceOpening()
{
    const auto refused = [this](const QString &fallback) {
        const QString error = QString::fromUtf8(ssh_get_error(m_session));
        Q_EMIT failed(SshStep::Channel, error.isEmpty() ? fallback : error);
        return false;
    };
    if (m_phase == Phase::Opening && m_options.forwardPort != 0) {
        const int rc = ssh_channel_open_forward(m_channel, m_options.forwardHost.toUtf8().constData(), m_options.forwardPort, "127.0.0.1", 0);
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK) {
            // libssh says "Channel opening failure: channel 45 error (2) Connection refused": the server's reason is the end.
            const QString said = QString::fromUtf8(ssh_get_error(m_session)).section(QLatin1Char(')'), -1).trimmed();
            m_forwardRefused = true;
            Q_EMIT failed(SshStep::Channel, tr("the jump host could not connect to %1 port %2: %3")
                                                .arg(m_options.forwardHost)
                                                .arg(m_options.forwardPort)
                                                .arg(said.isEmpty() ? tr("refused") : said));
            return false;
        }
        m_phase = Phase::Open;
        Q_EMIT established();
        return true;
    }
    if (m_phase == Phase::Opening) {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK)
            return refused(tr("the server refused a session"));
        m_phase = Phase::Environment;
    }
    while (m_phase == Phase::Environment && m_environmentIndex < m_options.environment.size()) {
        const auto &variable = m_options.environment.at(m_environmentIndex);
        const int rc = ssh_channel_request_env(m_channel, variable.first.toUtf8().constData(),
                                               variable.second.toUtf8().constData());
        if (rc == SSH_AGAIN)
            return true;
        ++m_environmentIndex; // a refused variable is not an error: sshd decides what it accepts
    }
    if (m_phase == Phase::Environment)
        m_phase = m_options.command.isEmpty() && m_options.subsystem.isEmpty() ? Phase::Pty : Phase::Shell;
    if (m_phase == Phase::Pty) {
        const QByteArray term = m_options.term.toLatin1();
        const int rc = ssh_channel_request_pty_size(m_channel, term.constData(), m_options.columns, m_options.rows);
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK)
            return refused(tr("the server refused a terminal"));
        m_phase = Phase::Shell;
    }
    if (m_phase == Phase::Shell) {
        const QByteArray command = m_options.command.toUtf8();
        const QByteArray subsystem = m_options.subsystem.toUtf8();
        const int rc = !subsystem.isEmpty() ? ssh_channel_request_subsystem(m_channel, subsystem.constData())
                       : command.isEmpty()  ? ssh_channel_request_shell(m_channel)
                                            : ssh_channel_request_exec(m_channel, command.constData());
        if (rc == SSH_AGAIN)
            return true;
        // Denied by the server (no such subsystem), not a connection that broke meanwhile.
        if (rc != SSH_OK && !m_options.subsystem.isEmpty() && ssh_get_error_code(m_session) == SSH_REQUEST_DENIED) {
            // libssh only says "Channel request subsystem failed": ours names what is missing.
            m_subsystemRefused = true;
            Q_EMIT failed(SshStep::Channel, tr("the server offers no %1 service").arg(m_options.subsystem));
            return false;
        }
        if (rc != SSH_OK)
            return refused(tr("the server refused to start a shell"));
        m_phase = Phase::Open;
        Q_EMIT established();
    }
    return true;
}

// Back-pressure: read no further ahead of the GUI than inFlightLimit. The
// channel window then fills and the server waits, instead of the window's
// event queue filling with megabytes it would spend seconds (frozen) working
// off. True when everything there was read.
bool SshSessionChannel::read()
{
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
    // A pass that reads nothing although libssh says it holds data (its session
    // died under it: a killed server) must not go round for ever: two such
    // passes in a row end it, and a dead session is said.
    int emptyPasses = 0;
    for (bool more = true; drained && (more || holdsMore());) {
        if (!more && ++emptyPasses > 2) {
            if (!ssh_is_connected(m_session)) {
                Q_EMIT failed(SshStep::Session, tr("the connection was lost"));
                return false;
            }
            break;
        }
        if (more)
            emptyPasses = 0;
        more = false;
        for (int stream : {0, 1}) {
            for (;;) {
                if (isThrottled()) {
                    drained = false;
                    break;
                }
                const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, stream);
                if (n > 0) {
                    if (!m_unthrottled)
                        m_inFlight += n;
                    m_bytesRead += n;
                    more = true;
                    Q_EMIT dataReceived(QByteArray(buffer, n), stream == 1);
                    continue;
                }
                if (n == SSH_ERROR && !ssh_channel_is_eof(m_channel) && !ssh_channel_is_closed(m_channel)) {
                    Q_EMIT failed(SshStep::Session, QString::fromUtf8(ssh_get_error(m_session)));
                    return false;
                }
                break; // 0 is "nothing now", not end of file
            }
        }
    }
    return drained;
}

void SshSessionChannel::resizeTerminal(int rows, int columns)
{
    m_options.rows = rows;
    m_options.columns = columns;
    if (isOpen() && m_options.command.isEmpty() && m_options.subsystem.isEmpty())
        ssh_channel_change_pty_size(m_channel, columns, rows);
}

bool SshSessionChannel::consumed(qint64 bytes)
{
    const bool wasThrottled = isThrottled();
    m_inFlight = std::max<qint64>(0, m_inFlight - bytes);
    return wasThrottled && !isThrottled();
}

void SshSessionChannel::closeByUser()
{
    if (!isOpen())
        return;
    ssh_channel_send_eof(m_channel);
    ssh_channel_close(m_channel);
}

void SshSessionChannel::end()
{
    if (m_channel && !ssh_channel_is_closed(m_channel)) {
        if (m_phase == Phase::Open && !ssh_channel_is_eof(m_channel))
            ssh_channel_send_eof(m_channel);
        ssh_channel_close(m_channel);
    }
    free(); // libssh keeps the channel until the server's close arrives
    m_phase = Phase::None;
    m_outgoing.clear();
    m_outgoingOffset = 0;
    m_queuedBytes = 0;
    m_eofPending = false;
    m_inFlight = 0;
}

void SshSessionChannel::free()
{
    if (m_channel) {
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_phase = Phase::Closed;
}

// libssh keeps a freed channel until the server's close arrives and still
// calls its callbacks: a late status of the previous channel on a kept
// connection must not be taken for the current one's.
void SshSessionChannel::onExitStatus(ssh_session, ssh_channel channel, int status, void *userdata)
{
    auto *self = static_cast<SshSessionChannel *>(userdata);
    if (channel == self->m_channel)
        self->m_exitStatus = status;
}

void SshSessionChannel::onExitSignal(ssh_session, ssh_channel channel, const char *signal, int, const char *,
                                     const char *, void *userdata)
{
    auto *self = static_cast<SshSessionChannel *>(userdata);
    if (channel == self->m_channel)
        self->m_exitSignal = QString::fromUtf8(signal);
}

} // namespace wb
