#include "core/jobs/PendingWork.h"

#include <QEventLoop>
#include <QTimer>

namespace wb {

PendingWork::PendingWork(QObject *parent) : QObject(parent) {}

void PendingWork::add(QObject *job)
{
    if (!job || m_jobs.contains(job))
        return;
    m_jobs.insert(job);
    // A job deleted without saying it is done is done: nothing will finish it.
    connect(job, &QObject::destroyed, this, [this](QObject *gone) { done(gone); });
    Q_EMIT countChanged(count());
}

void PendingWork::done(QObject *job)
{
    if (!m_jobs.remove(job))
        return;
    disconnect(job, &QObject::destroyed, this, nullptr);
    Q_EMIT countChanged(count());
    if (m_jobs.isEmpty())
        Q_EMIT allDone();
}

bool PendingWork::waitUntilDone(int timeoutMs)
{
    if (isEmpty())
        return true;
    QEventLoop loop;
    connect(this, &PendingWork::allDone, &loop, &QEventLoop::quit);
    QTimer limit;
    if (timeoutMs >= 0) {
        limit.setSingleShot(true);
        connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        limit.start(timeoutMs);
    }
    loop.exec();
    return isEmpty();
}

} // namespace wb
