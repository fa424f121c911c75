#pragma once

#include "core/desktop/DesktopCommand.h"
#include "core/inventory/HostServices.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <functional>

namespace wb {

class SshConnection;
class TunnelSession;

// One remote desktop: the viewer as a child process and, for a host behind
// jump hosts, the SSH tunnel it goes through (a -L on a port the system
// chooses, through the last jump host, which Werkbank opens itself). The
// password goes on the viewer's standard input, never its command line or
// environment. Every call returns at once; ended() says how it went.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    // The viewer's command for the address and port it should use (the
    // host's own, or the tunnel's end here), through a SOCKS proxy on
    // 127.0.0.1:socksPort when that is not 0; false and an error to give up.
    using CommandMaker = std::function<bool(const QString &address, quint16 port, quint16 socksPort, DesktopCommand *command, QString *error)>;
    // An SSH connection (not opened) to the host the tunnel goes through, with
    // TunnelSession::optionsFor's options, owned by the QObject it is given.
    using ConnectionMaker = std::function<SshConnection *(QObject *owner)>;

    // Straight to address:port.
    DesktopSession(const QString &hostName, const QString &address, quint16 port, CommandMaker makeCommand, QObject *parent = nullptr);
    ~DesktopSession() override;
    // Through a tunnel to address:port as the connection's host reaches it:
    // a SOCKS proxy (-D) for a viewer that can use one (FreeRDP: the server
    // keeps its name, and FreeRDP's certificate memory with it), else a -L.
    void setTunnel(ConnectionMaker makeConnection, bool viewerTakesSocks);

    void start();
    // Ends the viewer (and the tunnel).
    void stop();
    // The viewer's process id while it runs, 0 otherwise.
    qint64 viewerPid() const;
    // Where the viewer was pointed (the tunnel's end here, or the host).
    QString viewerTarget() const { return m_viewerTarget; }
    // The last few KiB the viewer printed (its prompts and complaints; never what it was given).
    QByteArray viewerOutput() const { return m_viewerOutput; }

Q_SIGNALS:
    // The tunnel is up, or there is none: the viewer starts.
    void viewerStarted();
    // A line for the status bar while it starts ("Opening a tunnel through …").
    void progress(const QString &text);
    // The viewer ended. `error` is empty when it ended well (closed by the
    // user); otherwise why, in words, with the viewer's last complaint.
    // `loginRefused`: the server said no to the user and password.
    void ended(const QString &error, bool loginRefused);

private:
    void launch(const QString &address, quint16 port, quint16 socksPort);
    void finish(const QString &error, bool loginRefused = false);
    QString viewerComplaint() const;

    QString m_hostName;
    QString m_address;
    quint16 m_port;
    CommandMaker m_makeCommand;
    ConnectionMaker m_makeConnection;
    bool m_socks = false;
    QString m_tunnelError; // why the tunnel ended while the viewer ran
    QList<int> m_cleanExitCodes;
    int m_loginRefusedExitCode = -1;
    TunnelSession *m_tunnel = nullptr;
    QProcess *m_viewer = nullptr;
    QByteArray m_viewerOutput; // the last few KiB of what it said (never what it was given)
    QString m_viewerTarget;
    QString m_program;
    bool m_running = false;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace wb
