#include "core/jobs/ThreadReaper.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace wb {

namespace {
QPointer<ThreadReaper> theReaper;
}

ThreadReaper *ThreadReaper::instance()
{
    if (!theReaper && QCoreApplication::instance())
        theReaper = new ThreadReaper(QCoreApplication::instance());
    return theReaper;
}

void ThreadReaper::reap(QThread *thread)
{
    if (!thread)
        return;
    ThreadReaper *reaper = instance();
    if (!reaper) {
        thread->wait();
        delete thread;
        return;
    }
    reaper->m_threads.insert(thread);
    // Queued to this thread (the thread object lives here), and dropped with
    // the object if finishAll() deleted it first: deleted once, after it finished.
    connect(thread, &QThread::finished, thread, [reaper, thread] { reaper->forget(thread); });
    if (thread->isFinished())
        reaper->forget(thread);
}

int ThreadReaper::pending()
{
    return theReaper ? int(theReaper->m_threads.size()) : 0;
}

void ThreadReaper::forget(QThread *thread)
{
    if (m_threads.remove(thread))
        delete thread; // finished (QThread waits out the last moments of its finish itself)
}

void ThreadReaper::finishAll()
{
    if (theReaper)
        theReaper->waitForAll();
}

void ThreadReaper::waitForAll()
{
    for (QThread *thread : std::exchange(m_threads, {})) {
        thread->wait();
        delete thread;
    }
}

ThreadReaper::~ThreadReaper()
{
    // Quitting: what is still ending ends before the program does.
    waitForAll();
}

} // namespace wb
