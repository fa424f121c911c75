#pragma once

#include <QObject>
#include <QSet>

class QThread;

namespace wb {

// Where ending threads go instead of being waited for: reap() returns at
// once, and the thread object is deleted once the thread has finished, so
// closing a tab or a run never blocks the GUI thread on a worker. The reaper
// is a child of the application object; when the application goes (quitting)
// it waits for the threads still ending.
class ThreadReaper : public QObject
{
    Q_OBJECT
public:
    // `thread` has been told to end (quit(), or its work ends it); the
    // caller gives up the object. Call on the application's thread. Without
    // an application object it is waited for here.
    static void reap(QThread *thread);
    // Threads handed over and not yet deleted.
    static int pending();
    // Waits until every thread handed over has ended, and deletes them: for
    // what must outlive them (the connection pool they may hand a connection
    // to), when it goes. Call on the application's thread.
    static void finishAll();

    ~ThreadReaper() override;

private:
    explicit ThreadReaper(QObject *parent) : QObject(parent) {}
    static ThreadReaper *instance();
    void forget(QThread *thread);
    void waitForAll();

    QSet<QThread *> m_threads;
};

} // namespace wb
