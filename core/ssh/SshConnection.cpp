#include "core/ssh/SshConnection.h"

#include "core/jobs/ThreadReaper.h"
#include "core/secrets/CredentialStore.h"
#include "core/ssh/SshChannelPeer.h"
#include "core/ssh/SshLinkUser.h"
#include "core/ssh/SshPool.h"
#include "core/ssh/SshWorker.h"

#include <QThread>

namespace wb {

namespace {

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<wb::HostKeyQuestion>();
        qRegisterMetaType<wb::SecretRequest>();
        qRegisterMetaType<wb::SshOutcome>();
        qRegisterMetaType<wb::SshFailure>();
        qRegisterMetaType<wb::SshStep>();
        qRegisterMetaType<wb::HostKeyDecision>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

SshConnection::SshConnection(SshEndpoint target, SshConnectOptions options, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_options(std::move(options))
{
    registerTypes();
    m_credentials = new CredentialStore(this);
}

void SshConnection::setPendingWork(PendingWork *pending)
{
    m_credentials->setPendingWork(pending);
}

SshConnection::~SshConnection()
{
    releaseWorker();
    delete m_peer; // only still here when it never went to a worker's thread
    delete m_linkUser; // the same
    // The worker is freed (or handed to the pool) on its thread, which then ends.
    ThreadReaper::reap(std::exchange(m_thread, nullptr));
}

// Hands the worker back: a logged-in connection goes to the pool (its channel
// closed), anything else is freed on the worker's own thread, which then ends.
void SshConnection::releaseWorker(bool keepPeer)
{
    SshWorker *worker = std::exchange(m_worker, nullptr);
    if (!worker)
        return;
    worker->disconnect(this);
    SshPool *pool = m_pool && m_pool->isEnabled() && !m_options.linkOnly ? m_pool : nullptr;
    const QString key = SshPool::keyFor(m_target, m_options);
    // A connection taken from the pool stays on its thread; our own thread's goes to one of the pool's.
    QThread *poolThread = !pool ? nullptr
                          : pool->ownsThread(worker->thread()) ? worker->thread()
                                                               : pool->thread(int(qHash(key) & 0xffff));
    QThread *ownThread = m_thread;
    SshChannelPeer *peer = keepPeer ? nullptr : std::exchange(m_peer, nullptr);
    if (!pool && ownThread && ownThread->isFinished()) {
        delete peer; // the thread is gone: nothing runs there any more
        delete worker;
        return;
    }
    if (!pool && ownThread) {
        // Not kept: the thread ends, and frees the worker and its peer as it
        // finishes (on itself). Nothing here waits for a queued call to be
        // delivered there: one posted just after an SFTP session's last
        // transfer was seen to stay undelivered (see the note on issue 18).
        connect(ownThread, &QThread::finished, ownThread, [worker, peer] {
            worker->setPeer(nullptr);
            delete peer;
            delete worker;
        }, Qt::DirectConnection);
        ownThread->quit();
        return;
    }
    QMetaObject::invokeMethod(worker, [worker, pool, poolThread, ownThread, key, peer] {
        worker->setPeer(nullptr);
        delete peer; // on the thread it lived on
        if (pool)
            worker->detachChannel();
        if (pool && worker->isIdle()) {
            if (worker->thread() != poolThread)
                worker->moveToThread(poolThread); // leaves this connection's own thread free to end
            QMetaObject::invokeMethod(pool, [pool, key, worker] { pool->put(key, worker); }, Qt::QueuedConnection);
        } else {
            delete worker;
        }
        if (ownThread)
            ownThread->quit();
    }, Qt::QueuedConnection);
}

void SshConnection::setChannelPeer(SshChannelPeer *peer)
{
    Q_ASSERT(!m_worker);
    delete m_peer;
    m_peer = peer;
    if (peer)
        peer->setParent(nullptr);
}

void SshConnection::setLinkUser(SshLinkUser *user)
{
    Q_ASSERT(!m_worker);
    delete m_linkUser;
    m_linkUser = user;
    if (user)
        user->setParent(nullptr);
}

void SshConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SshConnection::open()
{
    if (m_worker || m_thread)
        return;
    if (m_pool && !m_options.linkOnly) {
        m_pool->prepare(&m_options);
        if (SshWorker *kept = m_pool->take(SshPool::keyFor(m_target, m_options))) {
            // Logged in already: one channel on the kept connection, on the pool's thread.
            m_reused = true;
            m_worker = kept;
            if (m_peer) {
                m_peer->moveToThread(kept->thread());
                QMetaObject::invokeMethod(kept, [kept, peer = m_peer] { kept->setPeer(peer); }, Qt::QueuedConnection);
            }
            connectWorker();
            setState(State::Connecting);
            QMetaObject::invokeMethod(kept, [kept, options = m_options] { kept->reopen(options); }, Qt::QueuedConnection);
            return;
        }
    }
    m_reused = false;
    if (m_peer && m_peer->thread() != thread()) {
        // A kept connection failed under the peer: the fresh one joins it on
        // the pool's thread it lives on (it cannot be moved from here).
        m_worker = new SshWorker(m_target, m_options);
        m_worker->setPeer(m_peer);
        m_worker->moveToThread(m_peer->thread());
        connectWorker();
        setState(State::Connecting);
        QMetaObject::invokeMethod(m_worker, &SshWorker::start, Qt::QueuedConnection);
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh:%1").arg(m_target.name));
    m_worker = new SshWorker(m_target, m_options);
    m_worker->setPeer(m_peer);
    if (m_linkUser)
        m_worker->setLinkUser(std::exchange(m_linkUser, nullptr)); // moves with it
    m_worker->moveToThread(m_thread);
    if (m_peer)
        m_peer->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SshWorker::start);
    connectWorker();
    setState(State::Connecting);
    m_thread->start();
}

void SshConnection::connectWorker()
{
    connect(m_worker, &SshWorker::progress, this, [this](SshStep step, int hop) {
        m_step = step;
        Q_EMIT stepChanged(step, hop);
    });
    connect(m_worker, &SshWorker::hostKeyQuestion, this, &SshConnection::hostKeyQuestion);
    connect(m_worker, &SshWorker::secretNeeded, this, &SshConnection::onSecretNeeded);
    connect(m_worker, &SshWorker::authenticated, this, &SshConnection::onAuthenticated);
    connect(m_worker, &SshWorker::established, this, [this] { setState(State::Connected); });
    connect(m_worker, &SshWorker::dataReceived, this, [this](const QByteArray &data, bool) {
        Q_EMIT dataReceived(data); // listeners (the terminal) take it synchronously
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, "consumed", Qt::QueuedConnection, Q_ARG(qint64, data.size()));
    });
    connect(m_worker, &SshWorker::finished, this, &SshConnection::onFinished);
    connect(m_worker, &SshWorker::warning, this, &SshConnection::warning);
}

void SshConnection::send(const QByteArray &data)
{
    if (m_worker && m_state != State::Closed)
        QMetaObject::invokeMethod(m_worker, "send", Qt::QueuedConnection, Q_ARG(QByteArray, data));
}

void SshConnection::resizeTerminal(int rows, int columns)
{
    m_options.rows = rows;
    m_options.columns = columns;
    if (m_worker && m_state != State::Closed)
        QMetaObject::invokeMethod(m_worker, "resizeTerminal", Qt::QueuedConnection, Q_ARG(int, rows),
                                  Q_ARG(int, columns));
}

void SshConnection::close()
{
    m_closeRequested = true; // also when it comes while a stale kept connection is being replaced
    if (m_worker && m_state != State::Closed)
        QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection);
}

void SshConnection::answerHostKey(const HostKeyQuestion &question, HostKeyDecision decision)
{
    if (m_worker && m_state != State::Closed)
        QMetaObject::invokeMethod(m_worker, "answerHostKey", Qt::QueuedConnection, Q_ARG(int, question.hop),
                                  Q_ARG(wb::HostKeyDecision, decision), Q_ARG(QByteArray, question.key.blob));
}

void SshConnection::provideSecret(const SecretRequest &request, const QString &secret, bool remember)
{
    if (!m_worker || m_state == State::Closed)
        return;
    if (remember && request.isSecretForKeychain())
        m_toRemember[request.hop].insert(request.keychainKey(), secret);
    QMetaObject::invokeMethod(m_worker, "provideSecret", Qt::QueuedConnection, Q_ARG(int, request.hop),
                              Q_ARG(quint64, request.id), Q_ARG(QString, secret), Q_ARG(bool, false));
}

void SshConnection::cancelSecret(const SecretRequest &request)
{
    if (m_worker && m_state != State::Closed)
        QMetaObject::invokeMethod(m_worker, "provideSecret", Qt::QueuedConnection, Q_ARG(int, request.hop),
                                  Q_ARG(quint64, request.id), Q_ARG(QString, QString()), Q_ARG(bool, true));
}

void SshConnection::onSecretNeeded(const SecretRequest &request)
{
    // The keychain answers the first try only: a stored secret that failed must not be retried silently.
    if (!m_options.useKeychain || request.attempt > 1 || !request.isSecretForKeychain()) {
        Q_EMIT secretRequested(request);
        return;
    }
    m_credentials->read(request.keychainKey(), [this, request](std::optional<QString> secret, const QString &error) {
        if (m_state == State::Closed || !m_worker)
            return;
        if (!error.isEmpty())
            Q_EMIT warning(tr("The keychain could not be read: %1").arg(error));
        if (secret) {
            QMetaObject::invokeMethod(m_worker, "provideSecret", Qt::QueuedConnection, Q_ARG(int, request.hop),
                                      Q_ARG(quint64, request.id), Q_ARG(QString, *secret), Q_ARG(bool, false));
        } else {
            Q_EMIT secretRequested(request);
        }
    });
}

void SshConnection::onAuthenticated(int hop)
{
    const QHash<QString, QString> secrets = m_toRemember.take(hop);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        m_credentials->write(it.key(), it.value(), [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT warning(tr("The keychain could not store the secret: %1").arg(error));
        });
    }
}

void SshConnection::onFinished(const SshOutcome &outcome)
{
    if (outcome.reusedConnectionFailed && !m_closeRequested) {
        // The kept connection was gone before the channel opened: connect afresh.
        releaseWorker(/*keepPeer*/ true);
        ThreadReaper::reap(std::exchange(m_thread, nullptr));
        SshPool *pool = std::exchange(m_pool, nullptr); // no second pooled try
        open();
        m_pool = pool;
        return;
    }
    m_outcome = outcome;
    if (outcome.reusedConnectionFailed) { // and the user closed it meanwhile
        m_outcome = SshOutcome{};
        m_outcome.closedByUser = true;
    }
    m_toRemember.clear();
    // The worker has freed its libssh objects, or kept the connection for the pool.
    releaseWorker();
    setState(State::Closed);
    Q_EMIT finished(m_outcome);
}

} // namespace wb
