#pragma once

#include <QByteArray>
#include <QObject>

#include <libssh/libssh.h>

class QSocketNotifier;

namespace wb {

class SshHop;

// Carries the next hop's SSH connection through a jump host: a direct-tcpip
// channel on the jump host's session, and a socket pair whose one end the
// next hop's libssh talks through while this copies bytes between the other
// end and the channel, both ways, with back-pressure. Lives on the
// connection's worker thread; pump() does everything non-blocking and is
// called on any socket activity (activity() says when its own sockets have some).
class JumpBridge : public QObject
{
    Q_OBJECT
public:
    // The channel opens on `through`'s session; `next` is started on the
    // socket pair once the forward is open, and failed when it cannot be.
    JumpBridge(SshHop *through, SshHop *next, QObject *parent = nullptr);
    // Closes the socket pair and frees the channel: after `next` is gone
    // (libssh never closes a socket it was handed), before `through` is.
    ~JumpBridge() override;

    void pump();
    // The forward still carries the next hop: neither closed nor at its end.
    bool isAlive() const { return m_channel && !ssh_channel_is_closed(m_channel) && !ssh_channel_is_eof(m_channel); }
    // Stops listening for good (the connection ends).
    void disarm();
    // Bytes the next hop's server has sent through the forward so far.
    qint64 bytesFromNext() const { return m_fromNext; }

Q_SIGNALS:
    void activity();

private:
    bool open();
    bool toChannel();
    void toSocket();

    SshHop *m_through;
    SshHop *m_next;
    ssh_channel m_channel = nullptr;
    int m_localFd = -1;                    // our end, forwarded to and from the channel
    int m_peerFd = -1;                     // the next hop's libssh talks through this end
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_toChannel;                // read from the socket pair, not yet written to the channel
    QByteArray m_toSocket;                 // read from the channel, not yet written to the socket pair
    bool m_open = false;
    qint64 m_fromNext = 0;
};

} // namespace wb
