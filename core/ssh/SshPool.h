#pragma once

#include "core/ssh/SshTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <vector>

class QThread;

namespace wb {

class SshWorker;

// Logged-in connections kept between uses, like OpenSSH's ControlPersist:
// a run, a terminal or an account action that ends hands its connection back
// here, and the next one to the same account on the same host (through the
// same jump hosts) opens one channel on it instead of a new handshake.
// Idle connections live on the pool's few worker threads, send keepalives,
// and are closed after the idle time or when the server drops them.
// Used from one thread (the GUI's); the connections never block it.
class SshPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIdleSeconds = 300;

    explicit SshPool(QObject *parent = nullptr);
    ~SshPool() override;

    // 0 turns reuse off (and closes what is kept).
    void setIdleSeconds(int seconds);
    int idleSeconds() const { return m_idleSeconds; }
    bool isEnabled() const { return m_idleSeconds > 0; }
    void setKeepaliveSeconds(int seconds) { m_keepaliveSeconds = seconds; }
    int keepaliveSeconds() const { return m_keepaliveSeconds; }
    // At most this many idle connections (default: 1,000, or fewer when the
    // open-file limit is low); the longest idle goes first.
    void setCapacity(int connections);

    // The same account on the same host through the same hops, with the same trust.
    static QString keyFor(const SshEndpoint &target, const SshConnectOptions &options);
    // Sets what a connection needs to come back here when its channel ends.
    void prepare(SshConnectOptions *options) const;

    // The threads pooled connections live on (started on first use).
    QThread *thread(int index);
    int threadCount() const { return m_threadCount; }
    bool ownsThread(const QThread *thread) const;

    // An idle connection for key, now the caller's (call reopen() on it), or nullptr.
    SshWorker *take(const QString &key);
    // A connection whose channel ended with SshOutcome::connectionKept. It
    // must live on one of thread()'s threads, or be on its way there.
    void put(const QString &key, SshWorker *worker);
    // Closes every idle connection.
    void clear();

    int idleCount() const;
    int idleCount(const QString &key) const;

Q_SIGNALS:
    void idleCountChanged(int count);

private:
    struct Entry
    {
        SshWorker *worker = nullptr;
        QElapsedTimer idleSince;
    };

    void expire();
    void scheduleExpiry();
    void drop(const QString &key, SshWorker *worker);
    void closeWorker(SshWorker *worker);

    int m_idleSeconds = defaultIdleSeconds;
    int m_keepaliveSeconds = 30;
    int m_capacity = 1000;
    int m_threadCount = 2;
    std::vector<QThread *> m_threads;
    QHash<QString, QList<Entry>> m_idle; // most recently returned last
    QTimer m_expiry;
};

} // namespace wb
