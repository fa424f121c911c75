#pragma once

#include "core/inventory/HostServices.h"
#include "core/ssh/SshConnection.h"
#include "core/tunnels/TunnelStatus.h"

#include <QList>
#include <QObject>

namespace wb {

// A host's port forwards as the window or werkbank-cli sees them: a
// connection of their own that opens no channel (ssh -N), whose worker
// thread carries every forward (TunnelEngine). Host-key questions and
// passwords are the connection's (connection()). Every call returns at once.
// Opened once: to start again after stopped(), make a new one.
class TunnelSession : public QObject
{
    Q_OBJECT
public:
    // A connection made elsewhere (with the settings the window uses), not
    // opened yet, its options from optionsFor(); taken over.
    TunnelSession(SshConnection *connection, QList<PortForward> forwards, QObject *parent = nullptr);
    TunnelSession(SshEndpoint target, SshConnectOptions options, QList<PortForward> forwards, QObject *parent = nullptr);
    ~TunnelSession() override;

    // A connection's options for forwarding only: no channel, no command, no pty.
    static SshConnectOptions optionsFor(SshConnectOptions options);

    SshConnection *connection() const { return m_connection; }
    const QList<PortForward> &forwards() const { return m_forwards; }
    TunnelStatus status(int index) const { return m_status.value(index); }
    bool isRunning() const { return m_running; }

    void open();
    // Stops every forward and ends the connection.
    void close();

Q_SIGNALS:
    // Logged in: the forwards start (each says how in statusChanged).
    void started();
    void statusChanged(int index, const wb::TunnelStatus &status);
    // The connection ended: `error` is empty when it was closed here.
    void stopped(const QString &error);

private:
    void attach();

    SshConnection *m_connection;
    QList<PortForward> m_forwards;
    QList<TunnelStatus> m_status;
    bool m_running = false;
};

} // namespace wb
