#pragma once

#include "core/ssh/SshEvents.h"

#include <QObject>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <deque>
#include <optional>

namespace wb {

// The session channel of one connection, on the worker's thread: opened
// step by step without blocking (session, environment, pty, shell or exec),
// then input written and output read with back-pressure, and its end told
// with the exit status or signal. SshWorker owns the connection it runs on
// and decides what an end means for it (kept for the pool, or torn down).
class SshSessionChannel : public QObject
{
    Q_OBJECT
public:
    enum class Phase { None, Opening, Environment, Pty, Shell, Open, Closed };

    explicit SshSessionChannel(QObject *parent = nullptr);
    ~SshSessionChannel() override;

    // A new channel on `session` for `options`' command (or a shell with a pty).
    // False when libssh could not make one.
    bool open(ssh_session session, const SshConnectOptions &options);
    // Moves the opening on, writes what waits and reads what is there. Emits
    // at most one of failed() or ended(), and does nothing after it.
    void pump();

    Phase phase() const { return m_phase; }
    bool exists() const { return m_channel != nullptr; }
    // The server answered a forward's open with a failure (its target did not
    // connect): the connection itself is fine. A deadline is not that.
    bool forwardRefused() const { return m_forwardRefused; }
    // The server said no to the subsystem (no "sftp" on a router): nothing else failed.
    bool subsystemRefused() const { return m_subsystemRefused; }
    bool isOpen() const { return m_channel && m_phase == Phase::Open; }
    // The GUI side holds as much as it may: reading waits for consumed().
    bool isThrottled() const;
    qint64 bytesRead() const { return m_bytesRead; }

    void write(const QByteArray &data);
    // Bytes written but not yet taken by libssh (its window was full).
    qint64 queuedBytes() const { return m_queuedBytes; }
    // The channel passes what it reads to the caller at once (a protocol
    // spoken on this thread): no back-pressure from a GUI side.
    void setReadUnthrottled(bool on) { m_unthrottled = on; }
    void sendEofWhenWritten() { m_eofPending = true; }
    void resizeTerminal(int rows, int columns);
    // The GUI side took this many bytes; true when that lets reading go on.
    bool consumed(qint64 bytes);
    // The user ended the session: EOF and close are sent.
    void closeByUser();
    // Closes and frees the channel; the session carries on (for the next one).
    void end();
    // Frees the channel as it stands (the session is going away).
    void free();

Q_SIGNALS:
    void established();
    void dataReceived(const QByteArray &data, bool isStderr);
    void failed(wb::SshStep step, const QString &reason);
    // The command ended or the channel closed; the outcome has its exit status or signal.
    void ended(const wb::SshOutcome &outcome);

private:
    bool advanceOpening();
    bool read();
    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core, const char *errmsg,
                             const char *lang, void *userdata);

    ssh_session m_session = nullptr;
    ssh_channel m_channel = nullptr;
    Phase m_phase = Phase::None;
    bool m_forwardRefused = false;
    bool m_subsystemRefused = false;
    ssh_channel_callbacks_struct m_callbacks{}; // must outlive m_channel
    SshConnectOptions m_options;
    // Chunks as written, the first one partly sent: a megabyte-long upload
    // queue is never moved up after each write.
    std::deque<QByteArray> m_outgoing;
    qsizetype m_outgoingOffset = 0;
    qint64 m_queuedBytes = 0;
    bool m_unthrottled = false;
    bool m_eofPending = false;
    int m_environmentIndex = 0;
    qint64 m_inFlight = 0;
    qint64 m_bytesRead = 0;
    std::optional<int> m_exitStatus;
    QString m_exitSignal;
};

} // namespace wb
