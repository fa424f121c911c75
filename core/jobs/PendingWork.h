#pragma once

#include <QObject>
#include <QSet>

namespace wb {

// Work that must not be dropped by quitting: account actions (their outcome
// still has to be recorded) and keychain writes. Jobs register here while
// they run; the window's close and werkbank-cli's exit wait until it is empty
// (the window lets the user give up waiting). One per program, built by the
// composition root; used from the thread that built it.
class PendingWork : public QObject
{
    Q_OBJECT
public:
    explicit PendingWork(QObject *parent = nullptr);

    // `job` is pending from now until done(job) or until it is destroyed.
    void add(QObject *job);
    void done(QObject *job);
    int count() const { return int(m_jobs.size()); }
    bool isEmpty() const { return m_jobs.isEmpty(); }

    // For programs without a window (werkbank-cli): runs the event loop until
    // nothing is pending, or `timeoutMs` passed (-1: no limit); true when empty.
    bool waitUntilDone(int timeoutMs = -1);

Q_SIGNALS:
    void countChanged(int count);
    // The last pending job is done.
    void allDone();

private:
    QSet<QObject *> m_jobs;
};

} // namespace wb
