#include "core/ssh/SshPool.h"

#include "core/jobs/ThreadReaper.h"
#include "core/ssh/FileLimit.h"
#include "core/ssh/SshWorker.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace wb {

namespace {

QString endpointKey(const SshEndpoint &endpoint)
{
    QString key = QStringLiteral("%1@%2:%3").arg(endpoint.user, endpoint.host).arg(endpoint.port);
    // Trusted under another name or file: not the same trust, not the same connection.
    if (!endpoint.hostKeyAlias.isEmpty() || !endpoint.knownHostsFile.isEmpty())
        key += QStringLiteral(" [%1 in %2]").arg(endpoint.hostKeyAlias, endpoint.knownHostsFile);
    // Negotiated or logged in otherwise (a host's own algorithms, agent, keepalive): its own connection.
    const QStringList own = {endpoint.compression, endpoint.kexAlgorithms, endpoint.ciphers, endpoint.hostKeyAlgorithms,
                             endpoint.identityAgent, QString::number(endpoint.serverAliveIntervalSeconds),
                             QString::number(endpoint.serverAliveCountMax)};
    if (own != QStringList{QString(), QString(), QString(), QString(), QString(), QStringLiteral("-1"), QStringLiteral("3")})
        key += QStringLiteral(" {%1}").arg(own.join(QLatin1Char('|')));
    return key;
}

} // namespace

SshPool::SshPool(QObject *parent) : QObject(parent)
{
    // Each kept connection holds a socket: leave room under the limit for runs and files.
    m_capacity = std::clamp((openFileLimit() - 256) / 2, 0, 1000);
    m_expiry.setParent(this);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &SshPool::expire);
}

SshPool::~SshPool()
{
    // A connection thread that was ending may still be handing its connection
    // over to us: let every such thread finish first.
    ThreadReaper::finishAll();
    // Connections on their way here (a tab closed just now hands its over
    // through its thread, then a queued put()) must arrive before the pool
    // closes them, or they would be left open: let each thread work off what
    // it was given, then take the handovers queued for us.
    for (QThread *thread : m_threads)
        QMetaObject::invokeMethod(thread->eventDispatcher() ? static_cast<QObject *>(thread->eventDispatcher()) : nullptr,
                                  [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    clear();
    // Deferred deletes still queued on a thread run before it ends.
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

void SshPool::setIdleSeconds(int seconds)
{
    m_idleSeconds = std::max(0, seconds);
    if (m_idleSeconds == 0)
        clear();
    else
        scheduleExpiry();
}

void SshPool::setCapacity(int connections)
{
    m_capacity = std::max(0, connections);
}

QString SshPool::keyFor(const SshEndpoint &target, const SshConnectOptions &options)
{
    QStringList parts;
    for (const SshEndpoint &jump : options.jumps)
        parts << endpointKey(jump);
    parts << endpointKey(target);
    // A connection was trusted against one known_hosts file: another workspace's
    // file may say otherwise, so it gets connections of its own.
    return parts.join(QStringLiteral(" > ")) + QStringLiteral(" | ") + options.knownHostsPath;
}

void SshPool::prepare(SshConnectOptions *options) const
{
    options->keepConnection = isEnabled();
    options->idleKeepaliveSeconds = m_keepaliveSeconds;
}

QThread *SshPool::thread(int index)
{
    if (m_threads.empty()) {
        for (int i = 0; i < m_threadCount; ++i) {
            auto *thread = new QThread;
            thread->setObjectName(QStringLiteral("ssh-pool:%1").arg(i));
            thread->start();
            m_threads.push_back(thread);
        }
    }
    return m_threads.at(size_t(index) % m_threads.size());
}

bool SshPool::ownsThread(const QThread *thread) const
{
    return std::find(m_threads.begin(), m_threads.end(), thread) != m_threads.end();
}

SshWorker *SshPool::take(const QString &key)
{
    auto it = m_idle.find(key);
    if (it == m_idle.end())
        return nullptr;
    // The most recently used one: the least likely to have been dropped meanwhile.
    SshWorker *worker = it->takeLast().worker;
    if (it->isEmpty())
        m_idle.erase(it);
    worker->disconnect(this);
    Q_EMIT idleCountChanged(idleCount());
    return worker;
}

void SshPool::put(const QString &key, SshWorker *worker)
{
    if (!worker)
        return;
    if (!isEnabled() || m_capacity == 0) {
        closeWorker(worker);
        return;
    }
    if (idleCount() >= m_capacity) {
        // Make room: the connection idle longest goes.
        QString oldestKey;
        qint64 oldest = -1;
        for (auto it = m_idle.cbegin(); it != m_idle.cend(); ++it) {
            const qint64 age = it->first().idleSince.elapsed();
            if (age > oldest) {
                oldest = age;
                oldestKey = it.key();
            }
        }
        if (!oldestKey.isEmpty())
            drop(oldestKey, m_idle.value(oldestKey).first().worker);
    }
    Entry entry;
    entry.worker = worker;
    entry.idleSince.start();
    m_idle[key].append(entry);
    connect(worker, &SshWorker::connectionLost, this, [this, key, worker] { drop(key, worker); });
    // It may have gone while on its way here, with nobody listening yet.
    QMetaObject::invokeMethod(worker, [worker] {
        if (!worker->isIdle())
            Q_EMIT worker->connectionLost();
    }, Qt::QueuedConnection);
    scheduleExpiry();
    Q_EMIT idleCountChanged(idleCount());
}

void SshPool::drop(const QString &key, SshWorker *worker)
{
    auto it = m_idle.find(key);
    if (it == m_idle.end())
        return;
    const qsizetype before = it->size();
    it->removeIf([worker](const Entry &entry) { return entry.worker == worker; });
    const bool removed = it->size() != before;
    if (it->isEmpty())
        m_idle.erase(it);
    if (!removed)
        return;
    closeWorker(worker);
    Q_EMIT idleCountChanged(idleCount());
}

void SshPool::closeWorker(SshWorker *worker)
{
    worker->disconnect(this);
    worker->deleteLater(); // on its own thread, which frees the libssh session
}

void SshPool::clear()
{
    const auto idle = std::exchange(m_idle, {});
    for (const QList<Entry> &entries : idle) {
        for (const Entry &entry : entries)
            closeWorker(entry.worker);
    }
    m_expiry.stop();
    if (!idle.isEmpty())
        Q_EMIT idleCountChanged(0);
}

void SshPool::expire()
{
    const qint64 limitMs = qint64(m_idleSeconds) * 1000;
    QList<QPair<QString, SshWorker *>> expired;
    for (auto it = m_idle.cbegin(); it != m_idle.cend(); ++it) {
        for (const Entry &entry : *it) {
            if (entry.idleSince.elapsed() >= limitMs)
                expired.append({it.key(), entry.worker});
        }
    }
    for (const auto &[key, worker] : expired)
        drop(key, worker);
    scheduleExpiry();
}

void SshPool::scheduleExpiry()
{
    if (m_idle.isEmpty() || !isEnabled()) {
        m_expiry.stop();
        return;
    }
    qint64 soonest = std::numeric_limits<qint64>::max();
    const qint64 limitMs = qint64(m_idleSeconds) * 1000;
    for (const QList<Entry> &entries : std::as_const(m_idle)) {
        for (const Entry &entry : entries)
            soonest = std::min(soonest, limitMs - entry.idleSince.elapsed());
    }
    m_expiry.start(int(std::clamp<qint64>(soonest, 0, std::numeric_limits<int>::max())));
}

int SshPool::idleCount() const
{
    int count = 0;
    for (const QList<Entry> &entries : m_idle)
        count += int(entries.size());
    return count;
}

int SshPool::idleCount(const QString &key) const
{
    return int(m_idle.value(key).size());
}

} // namespace wb
