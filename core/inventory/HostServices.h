#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wb {

// One port forward of a host, written as ssh's options write it:
// "-L [bind:]port:host:hostport" (a port here reaches host:hostport from the
// server), "-R [bind:]port:host:hostport" (a port on the server reaches
// host:hostport from here) and "-D [bind:]port" (a SOCKS5 proxy here). IPv6
// addresses go in brackets. Without a bind address, local and dynamic
// forwards listen on 127.0.0.1 only.
struct PortForward
{
    Q_DECLARE_TR_FUNCTIONS(wb::PortForward)
public:
    enum class Kind { Local, Remote, Dynamic };
    Kind kind = Kind::Local;
    QString bindAddress; // empty: loopback (local, dynamic); the server's choice (remote)
    quint16 bindPort = 0;
    QString host;        // where connections go; empty for Dynamic
    quint16 hostPort = 0;

    static bool parse(const QString &text, PortForward *forward, QString *error = nullptr);
    // ssh_config's LocalForward, RemoteForward and DynamicForward (keyword in lower case) with their arguments.
    static bool fromSshConfig(const QString &keyword, const QStringList &args, PortForward *forward, QString *error = nullptr);
    QString text() const;
    // A local or dynamic forward that others than this computer can reach (a bind address not loopback).
    bool listensBeyondLoopback() const;
    bool operator==(const PortForward &) const = default;
};

// How a workstation's desktop is reached: RDP (FreeRDP) or VNC, on their usual
// port unless another is given. Stored as "", "rdp", "rdp:PORT", "vnc" or "vnc:PORT".
struct RemoteDesktop
{
    Q_DECLARE_TR_FUNCTIONS(wb::RemoteDesktop)
public:
    enum class Protocol { None, Rdp, Vnc };
    Protocol protocol = Protocol::None;
    quint16 port = 0; // 0: the protocol's own (3389, 5900)

    static bool parse(const QString &text, RemoteDesktop *desktop, QString *error = nullptr);
    QString text() const;
    quint16 effectivePort() const;
    bool operator==(const RemoteDesktop &) const = default;
};

} // namespace wb
