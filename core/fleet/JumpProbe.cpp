#include "core/fleet/JumpProbe.h"

#include "core/ssh/SshPool.h"
#include "core/ssh/SshWorker.h"

namespace wb {

JumpProbe::JumpProbe(SshPool *pool, const ProbeTarget &target, int timeoutMs, QObject *parent)
    : QObject(parent), m_pool(pool), m_target(target), m_timeoutMs(timeoutMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        conclude(ProbeResult::State::Down, m_target.throughJump == ProbeTarget::Method::TcpConnect
                                               ? ReachabilityWords::noAnswer((m_timeoutMs + 999) / 1000)
                                               : ReachabilityWords::noBanner((m_timeoutMs + 999) / 1000));
    });
}

JumpProbe::~JumpProbe()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->deleteLater();
    }
}

void JumpProbe::start()
{
    SshWorker *worker = m_pool && !m_target.jumpPoolKey.isEmpty() ? m_pool->take(m_target.jumpPoolKey) : nullptr;
    if (!worker) {
        conclude(ProbeResult::State::Unknown, ReachabilityWords::behindJumpHost());
        Q_EMIT released();
        return;
    }
    m_worker = worker;
    SshConnectOptions options;
    options.forwardHost = m_target.address;
    options.forwardPort = m_target.port;
    m_pool->prepare(&options); // kept again once the channel ends
    connect(worker, &SshWorker::established, this, [this] {
        if (m_target.throughJump == ProbeTarget::Method::TcpConnect)
            conclude(ProbeResult::State::Up, {});
    });
    connect(worker, &SshWorker::dataReceived, this, [this](const QByteArray &data, bool isStderr) {
        if (isStderr || m_concluded)
            return;
        m_received += data;
        const BannerVerdict verdict = BannerVerdict::of(m_received);
        if (verdict.kind == BannerVerdict::Kind::Ssh)
            conclude(ProbeResult::State::Up, {}, verdict.text);
        else if (verdict.kind == BannerVerdict::Kind::NotSsh)
            conclude(ProbeResult::State::Down, verdict.text);
    });
    connect(worker, &SshWorker::finished, this, [this](const SshOutcome &outcome) {
        onFinished(outcome.connectionKept, outcome.reusedConnectionFailed, outcome.failed ? outcome.failure.reason : QString());
    });
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    QMetaObject::invokeMethod(worker, [worker, options] { worker->reopen(options); }, Qt::QueuedConnection);
}

void JumpProbe::onFinished(bool connectionKept, bool keptConnectionGone, const QString &failure)
{
    SshWorker *worker = m_worker;
    m_worker = nullptr;
    if (worker) {
        worker->disconnect(this);
        if (connectionKept && m_pool)
            m_pool->put(m_target.jumpPoolKey, worker);
        else
            worker->deleteLater();
    }
    if (!m_concluded) {
        if (keptConnectionGone) // nothing is known, and a sweep does not log in afresh
            conclude(ProbeResult::State::Unknown, ReachabilityWords::behindJumpHost());
        else
            conclude(ProbeResult::State::Down, failure.isEmpty() ? ReachabilityWords::closedBeforeBanner() : failure);
    }
    Q_EMIT released();
}

void JumpProbe::conclude(ProbeResult::State state, const QString &error, const QString &banner)
{
    if (m_concluded)
        return;
    m_concluded = true;
    m_deadline.stop();
    m_result.state = state;
    m_result.error = error;
    m_result.banner = banner;
    m_result.latencyMs = state == ProbeResult::State::Up ? m_clock.elapsed() : -1;
    m_result.checkedAt = QDateTime::currentDateTimeUtc();
    // The channel has done its part: closing it hands the connection back (onFinished).
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SshWorker::close, Qt::QueuedConnection);
    Q_EMIT done();
}

} // namespace wb
