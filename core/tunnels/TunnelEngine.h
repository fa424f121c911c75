#pragma once

#include "core/inventory/HostServices.h"
#include "core/ssh/SshLinkUser.h"
#include "core/tunnels/TunnelStatus.h"

#include "core/tunnels/TunnelSockets.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <vector>

class QSocketNotifier;

namespace wb {

class ForwardStream;

// A host's port forwards on one logged-in connection (ssh -N -L/-R/-D): the
// listeners here for -L and -D, the server's for -R (asked one at a time:
// libssh keeps one global request in flight), and a ForwardStream per
// connection carried. Lives on the connection's worker thread (SshLinkUser);
// statusChanged() reaches the GUI side queued, a few times a second at most.
class TunnelEngine : public SshLinkUser
{
    Q_OBJECT
public:
    explicit TunnelEngine(QList<PortForward> forwards, QObject *parent = nullptr);
    ~TunnelEngine() override;

    void linkReady(ssh_session session) override;
    void pump() override;
    void linkClosed(const QString &reason) override;
    bool holdsGlobalRequest() const override { return m_asking >= 0; }

Q_SIGNALS:
    void statusChanged(int index, const wb::TunnelStatus &status);

private:
    struct Forward
    {
        PortForward spec;
        TunnelStatus status;
        std::vector<int> listeners;                 // -L, -D: bound sockets here
        std::vector<QSocketNotifier *> notifiers;   // one per listener
        std::vector<ForwardStream *> streams;       // children of the engine
        std::vector<TunnelSockets::Address> targets; // -R: where connections go here
        bool dirty = true;
        bool accepting = true;                      // its listeners are watched
    };

    void listen(Forward &forward);
    void askServer();
    void acceptLocal(int index);
    void acceptRemote();
    void dropFinished(int index);
    void setState(int index, TunnelStatus::State state, const QString &error = {});
    void markDirty(int index);
    void report();
    void closeListeners(Forward &forward);
    void setAccepting(Forward &forward, bool accepting);
    int remoteForwardFor(int port) const;
    void repumpSoon();

    std::vector<Forward> m_forwards;
    ssh_session m_session = nullptr;
    QList<int> m_toAsk;  // -R forwards not yet asked for
    int m_asking = -1;   // the -R whose answer is awaited
    bool m_repumpPosted = false;
    ssh_counter_struct m_socketCounter {};       // what went through the session's socket
    qint64 m_givenToChannels = 0;                // what the streams wrote to their channels
    unsigned m_rotation = 0;                     // which stream writes first in a pump
    QElapsedTimer m_clock;
    QTimer m_acceptAgain;                        // after running out of file descriptors
    QTimer m_report;
};

} // namespace wb

