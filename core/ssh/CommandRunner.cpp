#include "core/ssh/CommandRunner.h"

#include "core/jobs/ThreadReaper.h"
#include "core/secrets/CredentialStore.h"
#include "core/ssh/SshPool.h"
#include "core/ssh/SshWorker.h"

#include <QThread>
#include <QTimer>

#include <sys/resource.h>

namespace wb {

namespace {

// Linux schedules each thread by its own nice value (setpriority on the
// calling thread); elsewhere this does nothing.
void setThisThreadsNice(int nice)
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, 0, nice);
#else
    Q_UNUSED(nice);
#endif
}

} // namespace

QString HostRun::stateName(State state)
{
    switch (state) {
    case State::Pending: return tr("pending");
    case State::Connecting: return tr("connecting");
    case State::Running: return tr("running");
    case State::Done: return tr("done");
    case State::Failed: return tr("failed");
    case State::Cancelled: return tr("cancelled");
    }
    return {};
}

CommandRunner::CommandRunner(QList<SshTarget> targets, RunSpec spec, QObject *parent)
    : QObject(parent), m_targets(std::move(targets)), m_spec(std::move(spec))
{
    m_results.resize(m_targets.size());
    m_slots.resize(size_t(m_targets.size()));
    m_credentials = new CredentialStore(this);
    m_keyDebounce = new QTimer(this);
    m_keyDebounce->setSingleShot(true);
    m_keyDebounce->setInterval(150); // questions from hosts connecting together come as one list
    connect(m_keyDebounce, &QTimer::timeout, this, &CommandRunner::hostKeysPending);
}

CommandRunner::~CommandRunner()
{
    // Each session is freed on its own thread (deferred deletes run before the thread ends).
    for (Slot &slot : m_slots) {
        if (slot.worker) {
            slot.worker->disconnect(this);
            slot.worker->deleteLater();
            slot.worker = nullptr;
        }
    }
    stopThreads();
}

void CommandRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    // With a pool the sessions live on its threads, so they can stay after the run.
    const int threads = m_pool ? 0 : std::max(1, std::min(m_spec.threads, int(m_targets.size())));
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("ssh-run:%1").arg(i));
        if (m_workerNice > 0)
            connect(thread, &QThread::started, thread, [nice = m_workerNice] { setThisThreadsNice(nice); }, Qt::DirectConnection);
        thread->start();
        m_threads.push_back(thread);
    }
    launchMore();
    checkFinished(); // nothing to run
}

void CommandRunner::launchMore()
{
    while (m_active < std::max(1, m_spec.concurrency) && m_next < m_targets.size()) {
        const int index = m_next++;
        if (m_results.at(index).state == HostRun::State::Pending)
            launch(index);
    }
}

QThread *CommandRunner::threadFor(int index)
{
    return m_pool ? m_pool->thread(index) : m_threads.at(size_t(index) % m_threads.size());
}

void CommandRunner::launch(int index, bool mayReuse)
{
    ++m_active;
    const SshTarget &target = m_targets.at(index);
    SshConnectOptions options = target.options;
    options.command = m_spec.script.isEmpty() ? m_spec.command : QStringLiteral("sh -s");
    options.keepaliveSeconds = 0; // runs are short; the per-host timeout watches them
    if (m_pool)
        m_pool->prepare(&options);
    Slot &slot = m_slots.at(size_t(index));
    SshWorker *worker = m_pool && mayReuse ? m_pool->take(SshPool::keyFor(target.endpoint, options)) : nullptr;
    slot.reused = worker != nullptr;
    if (!worker) {
        worker = new SshWorker(target.endpoint, options);
        worker->moveToThread(threadFor(index));
    }
    slot.worker = worker;
    if (!slot.clock.isValid())
        slot.clock.start(); // a fresh connect after a stale pooled one counts from the first try
    slot.timeout = new QTimer(this);
    slot.timeout->setSingleShot(true);
    connect(slot.timeout, &QTimer::timeout, this, [this, index] {
        Slot &s = m_slots.at(size_t(index));
        if (!s.worker)
            return;
        HostRun &run = m_results[index];
        const int seconds = (m_spec.hostTimeoutMs + 999) / 1000;
        run.failure = SshFailure{run.state == HostRun::State::Running ? SshStep::Session : SshStep::Connect,
                                 tr("no result within %n second(s)", nullptr, seconds), m_targets.at(index).endpoint};
        run.durationMs = s.clock.elapsed();
        setState(index, HostRun::State::Failed);
        release(index);
    });
    // A fresh connect after a stale kept one does not get the whole time again.
    if (m_spec.hostTimeoutMs > 0)
        slot.timeout->start(int(std::max<qint64>(0, m_spec.hostTimeoutMs - slot.clock.elapsed())));

    connect(worker, &SshWorker::dataReceived, this, [this, index](const QByteArray &data, bool isStderr) {
        HostRun &run = m_results[index];
        if (m_spec.keepOutput)
            (isStderr ? run.err : run.out).append(data);
        if (SshWorker *w = m_slots.at(size_t(index)).worker)
            QMetaObject::invokeMethod(w, "consumed", Qt::QueuedConnection, Q_ARG(qint64, data.size()));
        Q_EMIT dataArrived(index, data, isStderr);
        Q_EMIT outputReceived(index, isStderr);
    });
    connect(worker, &SshWorker::established, this, [this, index] {
        setState(index, HostRun::State::Running);
        const QByteArray &stdinData = m_spec.script.isEmpty() ? m_spec.input : m_spec.script;
        if (!stdinData.isEmpty() && !m_spec.inputByCaller) {
            SshWorker *w = m_slots.at(size_t(index)).worker;
            QMetaObject::invokeMethod(w, "send", Qt::QueuedConnection, Q_ARG(QByteArray, stdinData));
            QMetaObject::invokeMethod(w, "sendEof", Qt::QueuedConnection);
        }
    });
    connect(worker, &SshWorker::finished, this, [this, index](const SshOutcome &outcome) { onDone(index, outcome); });
    connect(worker, &SshWorker::hostKeyQuestion, this, [this, index](const HostKeyQuestion &question) {
        if (question.match != KnownHosts::Match::Unknown)
            return; // a changed key (or one of another type) fails this host only, with its warning as the reason
        m_results[index].unknownHostKey = true;
        SshWorker *w = m_slots.at(size_t(index)).worker;
        if (m_spec.unknownKeys != RunSpec::UnknownKeys::Ask) {
            const HostKeyDecision decision = m_spec.unknownKeys == RunSpec::UnknownKeys::AcceptNew
                                                 ? HostKeyDecision::AcceptAndSave : HostKeyDecision::Reject;
            QMetaObject::invokeMethod(w, "answerHostKey", Qt::QueuedConnection, Q_ARG(int, question.hop),
                                      Q_ARG(wb::HostKeyDecision, decision), Q_ARG(QByteArray, question.key.blob));
            return;
        }
        m_slots.at(size_t(index)).timeout->stop(); // the user's time does not count
        m_pendingKeys << question;
        m_pendingKeyHosts << index;
        m_keyDebounce->start();
    });
    connect(worker, &SshWorker::secretNeeded, this, [this, index](const SecretRequest &request) {
        auto answer = [this, index, request](const std::optional<QString> &secret) {
            if (SshWorker *w = m_slots.at(size_t(index)).worker)
                QMetaObject::invokeMethod(w, "provideSecret", Qt::QueuedConnection, Q_ARG(int, request.hop),
                                          Q_ARG(quint64, request.id), Q_ARG(QString, secret.value_or(QString())),
                                          Q_ARG(bool, !secret.has_value()));
        };
        // A run never asks per host: the keychain answers the first try, or the method is skipped.
        if (!m_spec.useKeychain || request.attempt > 1 || !request.isSecretForKeychain()) {
            answer(std::nullopt);
            return;
        }
        m_credentials->read(request.keychainKey(), [answer](std::optional<QString> secret, const QString &) { answer(secret); });
    });
    setState(index, HostRun::State::Connecting);
    if (slot.reused) {
        ++m_reusedCount;
        QMetaObject::invokeMethod(worker, [worker, options] { worker->reopen(options); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(worker, &SshWorker::start, Qt::QueuedConnection);
    }
}

void CommandRunner::answerHostKeys(const QList<HostKeyAnswer> &answers, bool save)
{
    for (const HostKeyAnswer &answer : answers) {
        qsizetype waiting = -1;
        for (qsizetype i = 0; i < m_pendingKeys.size(); ++i) {
            if (m_pendingKeyHosts.at(i) == answer.host && m_pendingKeys.at(i).hop == answer.hop
                && m_pendingKeys.at(i).key.blob == answer.keyBlob) {
                waiting = i;
                break;
            }
        }
        if (waiting < 0)
            continue;
        const HostKeyQuestion question = m_pendingKeys.takeAt(waiting);
        m_pendingKeyHosts.removeAt(waiting);
        Slot &slot = m_slots.at(size_t(answer.host));
        if (!slot.worker)
            continue;
        const HostKeyDecision decision = !answer.accepted ? HostKeyDecision::Reject
                                         : save           ? HostKeyDecision::AcceptAndSave
                                                          : HostKeyDecision::AcceptOnce;
        if (m_spec.hostTimeoutMs > 0)
            slot.timeout->start(m_spec.hostTimeoutMs);
        QMetaObject::invokeMethod(slot.worker, "answerHostKey", Qt::QueuedConnection, Q_ARG(int, question.hop),
                                  Q_ARG(wb::HostKeyDecision, decision), Q_ARG(QByteArray, question.key.blob));
    }
    if (!m_pendingKeys.isEmpty())
        m_keyDebounce->start(); // asked next
}

void CommandRunner::onDone(int index, const SshOutcome &outcome)
{
    Slot &slot = m_slots.at(size_t(index));
    if (!slot.worker)
        return;
    if (outcome.reusedConnectionFailed) {
        // The kept connection was gone before anything ran: connect afresh.
        --m_reusedCount;
        release(index, /*launchNext=*/false);
        launch(index, /*mayReuse=*/false);
        return;
    }
    HostRun &run = m_results[index];
    run.durationMs = slot.clock.elapsed();
    run.hasExitStatus = outcome.hasExitStatus;
    run.exitStatus = outcome.exitStatus;
    run.exitSignal = outcome.exitSignal;
    HostRun::State state = HostRun::State::Done;
    if (outcome.failed) {
        run.failure = outcome.failure;
        state = HostRun::State::Failed;
    } else if (outcome.closedByUser) {
        state = HostRun::State::Cancelled;
    }
    if (outcome.connectionKept && m_pool) {
        SshWorker *worker = std::exchange(slot.worker, nullptr);
        worker->disconnect(this);
        m_pool->put(SshPool::keyFor(m_targets.at(index).endpoint, m_targets.at(index).options), worker);
    }
    setState(index, state);
    release(index);
}

void CommandRunner::cancel(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    HostRun &run = m_results[index];
    if (run.state == HostRun::State::Pending) {
        setState(index, HostRun::State::Cancelled); // launchMore() skips it
        checkFinished();
    } else if (m_slots.at(size_t(index)).worker) {
        run.durationMs = m_slots.at(size_t(index)).clock.elapsed();
        setState(index, HostRun::State::Cancelled);
        release(index);
    }
}

void CommandRunner::sendInput(int index, const QByteArray &data)
{
    if (index < 0 || index >= m_results.size() || m_results.at(index).state != HostRun::State::Running)
        return;
    if (SshWorker *w = m_slots.at(size_t(index)).worker)
        QMetaObject::invokeMethod(w, "send", Qt::QueuedConnection, Q_ARG(QByteArray, data));
}

void CommandRunner::endInput(int index)
{
    if (index < 0 || index >= m_results.size() || m_results.at(index).state != HostRun::State::Running)
        return;
    if (SshWorker *w = m_slots.at(size_t(index)).worker)
        QMetaObject::invokeMethod(w, "sendEof", Qt::QueuedConnection);
}

void CommandRunner::checkFinished()
{
    if (m_finished || !m_started || m_active > 0)
        return;
    for (const HostRun &run : std::as_const(m_results)) {
        if (run.state == HostRun::State::Pending)
            return;
    }
    m_finished = true;
    stopThreads();
    Q_EMIT finished();
}

void CommandRunner::cancelAll()
{
    for (int i = m_results.size() - 1; i >= 0; --i) {
        const HostRun::State state = m_results.at(i).state;
        if (state == HostRun::State::Pending || state == HostRun::State::Connecting || state == HostRun::State::Running)
            cancel(i);
    }
}

// Frees a host's session (on its thread, unless the pool took it) and lets the next host start.
void CommandRunner::release(int index, bool launchNext)
{
    Slot &slot = m_slots.at(size_t(index));
    if (!slot.worker && !slot.timeout)
        return;
    if (slot.worker) {
        slot.worker->disconnect(this);
        slot.worker->deleteLater();
        slot.worker = nullptr;
    }
    delete slot.timeout;
    slot.timeout = nullptr;
    const qsizetype waiting = m_pendingKeyHosts.indexOf(index);
    if (waiting >= 0) {
        m_pendingKeyHosts.removeAt(waiting);
        m_pendingKeys.removeAt(waiting);
        Q_EMIT hostKeyWithdrawn(index);
    }
    --m_active;
    if (!launchNext)
        return;
    launchMore();
    checkFinished();
}

void CommandRunner::setState(int index, HostRun::State state)
{
    m_results[index].state = state;
    Q_EMIT hostChanged(index);
}

CommandRunner::Counts CommandRunner::counts() const
{
    Counts counts;
    for (const HostRun &run : m_results) {
        switch (run.state) {
        case HostRun::State::Pending: ++counts.pending; break;
        case HostRun::State::Connecting:
        case HostRun::State::Running: ++counts.running; break;
        case HostRun::State::Done:
            if (run.succeeded())
                ++counts.ok;
            else
                ++counts.failed;
            break;
        case HostRun::State::Failed:
        case HostRun::State::Cancelled: ++counts.failed; break;
        }
    }
    return counts;
}

void CommandRunner::stopThreads()
{
    // Each ends once the workers deleted on it are gone; nobody waits here.
    for (QThread *thread : m_threads) {
        thread->quit();
        ThreadReaper::reap(thread);
    }
    m_threads.clear();
}

} // namespace wb
