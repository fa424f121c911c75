#pragma once

#include "core/fleet/ReachabilitySweep.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wb {

class SshPool;
class SshWorker;

// One reachability check from a jump host's point of view: a direct-tcpip
// channel on a kept (pooled) connection to the jump host, to the target's
// port, up when the SSH banner comes (or, for a TCP check, when the channel
// opens). Without a kept connection it says "unknown (behind a jump host)"
// at once: a sweep never logs in, so it never asks for a password. The
// connection goes back to the pool afterwards.
class JumpProbe : public QObject
{
    Q_OBJECT
public:
    JumpProbe(SshPool *pool, const ProbeTarget &target, int timeoutMs, QObject *parent = nullptr);
    ~JumpProbe() override;

    void start();
    const ProbeResult &result() const { return m_result; }

Q_SIGNALS:
    // The result is known.
    void done();
    // The connection is back in the pool (or gone): the next probe through it may start.
    void released();

private:
    void conclude(ProbeResult::State state, const QString &error, const QString &banner = {});
    void onFinished(bool connectionKept, bool keptConnectionGone, const QString &failure);

    SshPool *m_pool;
    ProbeTarget m_target;
    int m_timeoutMs;
    QPointer<SshWorker> m_worker;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_received;
    ProbeResult m_result;
    bool m_concluded = false;
};

} // namespace wb
