#pragma once

#include "core/tunnels/SocksHandshake.h"
#include "core/tunnels/TunnelSockets.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <libssh/libssh.h>

#include <optional>

class QSocketNotifier;

namespace wb {

// One connection carried by a port forward: a TCP socket here and an SSH
// channel, with the bytes copied both ways and back-pressure on each side
// (a reader that does not read stalls its own stream, never the others).
// Lives on the connection's worker thread; pump() does everything
// non-blocking and is called on any activity (activity() for its own socket).
//
// libssh 0.10.6 re-opens a channel's window on every read whatever it holds,
// so a channel is read only when what it gave before has gone to the socket,
// and then read dry: it never holds more than one window (about 1.3 MB).
class ForwardStream : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Socks,      // a -D client's handshake
        Opening,    // waiting for the server to open the channel (-L, -D)
        Connecting, // the channel is open (-R); the socket connects here
        Open,
        Done,       // closed and freed: the forward drops it
    };

    // -L: `fd` is accepted here; opens a direct-tcpip channel to host:port.
    static ForwardStream *outgoing(ssh_session session, int fd, const QString &host, quint16 port, QObject *parent);
    // -D: `fd` is accepted here; the SOCKS handshake names where to go.
    static ForwardStream *socks(ssh_session session, int fd, QObject *parent);
    // -R: `channel` was opened by the server; connects here to `target`'s
    // addresses, one after another until one answers (as ssh does), or null
    // and `error` when none can even be tried.
    static ForwardStream *incoming(ssh_channel channel, std::vector<TunnelSockets::Address> addresses, const QString &target,
                                   QString *error, QObject *parent);
    ~ForwardStream() override;

    // What the streams share in one pump: what they may still give the
    // channels (so that with a full socket one stream cannot take every
    // turn), whether there was any to begin with, and whether a refused
    // open's reason may be believed (libssh keeps one last error per session:
    // with several opens under way it may be another's).
    struct PumpShare
    {
        qint64 bytes = 0;
        bool hadBudget = false;
        bool oneOpening = true;
    };
    void pump(PumpShare *share);
    Phase phase() const { return m_phase; }
    // Why it ended, when it did not end cleanly (a refused open, a failed connect).
    QString error() const { return m_error; }
    // Still in a SOCKS handshake started at `since` (ms, the engine's clock).
    bool isHandshaking() const { return m_phase == Phase::Socks && !m_closeAfterFlush; }
    qint64 startedAt() const { return m_startedAt; }
    void setStartedAt(qint64 msecs) { m_startedAt = msecs; }
    // Bytes carried since the last call (for the forward's counters).
    qint64 takeBytesIn() { return std::exchange(m_bytesIn, 0); }
    qint64 takeBytesOut() { return std::exchange(m_bytesOut, 0); }
    // It wrote its share to the channel and has more that could go now: pump again soon.
    bool wantsPump() const { return m_wantsPump; }
    // The connection ends now (the forward stops, the connection goes).
    void abort();

Q_SIGNALS:
    void activity();

private:
    ForwardStream(ssh_session session, ssh_channel channel, int fd, Phase phase, QObject *parent);
    void handshake();
    void open();
    void connected();
    void copy();
    bool toChannel();
    bool toSocket();
    bool refillFromChannel();
    void finish(const QString &error = {});
    void updateNotifiers();
    void watch(int fd);

    ssh_session m_session;
    ssh_channel m_channel;
    int m_fd;
    Phase m_phase;
    QString m_host;
    quint16 m_port = 0;
    std::optional<SocksHandshake> m_socks;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    std::vector<TunnelSockets::Address> m_addresses; // -R: those not tried yet
    qint64 m_startedAt = 0;
    QByteArray m_toChannel;  // read from the socket, not yet taken by the channel
    qsizetype m_toChannelAt = 0;
    QByteArray m_toSocket;   // read from the channel (or a SOCKS reply), not yet sent
    qsizetype m_toSocketAt = 0;
    bool m_socketEof = false;    // the socket's reading side ended
    bool m_eofSent = false;
    bool m_socketShut = false;   // we ended the socket's writing side
    bool m_closeAfterFlush = false; // a SOCKS refusal: send the reply, then close
    bool m_wantsPump = false;
    bool m_upstreamGone = false; // the far end closed: what comes from the socket is dropped
    bool m_channelEnded = false; // the channel said EOF (or its delayed close) and is read dry
    QElapsedTimer m_lingering;   // since the far end is done while the client still sends
    PumpShare *m_share = nullptr; // during pump() only
    QString m_error;
    int m_refusal = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace wb
