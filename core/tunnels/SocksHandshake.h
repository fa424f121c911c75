#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace wb {

// The server side of a SOCKS handshake, as OpenSSH's -D speaks it: SOCKS4,
// SOCKS4a (a host name) and SOCKS5 without authentication, CONNECT only. Fed
// what the client sent; says what to send back and where it wants to go. The
// name is passed to the SSH server as written (it resolves it), so a name
// with control characters or a NUL is refused here.
class SocksHandshake
{
    Q_DECLARE_TR_FUNCTIONS(wb::SocksHandshake)
public:
    enum class Step {
        More,    // send `reply` (may be empty), then wait for more input
        Connect, // host() and port() are known: open the forward, then send connectedReply() or failedReply()
        Refuse,  // send `reply` (may be empty) and close; error() says why
    };

    // Consumes what it used from `input` (what follows a CONNECT is the stream's first data).
    Step feed(QByteArray *input, QByteArray *reply);

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    int version() const { return m_version; }

    QByteArray connectedReply() const;
    // `sshReason`: the SSH channel-open failure code (RFC 4254: 1 prohibited,
    // 2 connect failed, 3 unknown type, 4 resource shortage), 0 when not known.
    QByteArray failedReply(int sshReason) const;

private:
    Step feedSocks4(QByteArray *input, QByteArray *reply);
    Step feedSocks5(QByteArray *input, QByteArray *reply);
    Step refuse(const QString &error, QByteArray *reply, const QByteArray &answer);
    bool acceptName(const QByteArray &name);

    enum class Phase { Start, Socks5Request, Done };
    Phase m_phase = Phase::Start;
    int m_version = 0;
    QString m_host;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace wb
