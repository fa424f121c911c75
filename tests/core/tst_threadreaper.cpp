// ThreadReaper: an ending thread is handed over without waiting for it, and
// deleted once it has finished; finishAll() waits for those still ending.
#include "core/jobs/ThreadReaper.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace wb;

class TestThreadReaper : public QObject
{
    Q_OBJECT

    static QThread *sleeper(int ms, std::atomic<bool> *done = nullptr)
    {
        QThread *thread = QThread::create([ms, done] {
            QThread::msleep(ms);
            if (done)
                done->store(true);
        });
        thread->start();
        return thread;
    }

private Q_SLOTS:
    void reapingDoesNotWaitAndTheThreadGoesOnceFinished()
    {
        std::atomic<bool> done = false;
        QPointer<QThread> thread = sleeper(400, &done);
        QElapsedTimer timer;
        timer.start();
        ThreadReaper::reap(thread);
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(thread);            // still ending
        QCOMPARE(ThreadReaper::pending(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!thread, 5000);
        QVERIFY(done.load());       // it ran to its end
        QCOMPARE(ThreadReaper::pending(), 0);
    }

    void aThreadThatAlreadyEndedIsDeletedToo()
    {
        QPointer<QThread> thread = sleeper(0);
        QVERIFY(thread->wait(5000));
        ThreadReaper::reap(thread);
        QTRY_VERIFY_WITH_TIMEOUT(!thread, 5000);
        QCOMPARE(ThreadReaper::pending(), 0);
    }

    void finishAllWaitsForEveryThreadStillEnding()
    {
        std::atomic<bool> firstDone = false;
        std::atomic<bool> secondDone = false;
        QPointer<QThread> first = sleeper(300, &firstDone);
        QPointer<QThread> second = sleeper(100, &secondDone);
        ThreadReaper::reap(first);
        ThreadReaper::reap(second);
        ThreadReaper::finishAll();
        QVERIFY(firstDone.load() && secondDone.load());
        QVERIFY(!first && !second);
        QCOMPARE(ThreadReaper::pending(), 0);
        // Their queued "finished" calls find nothing left to delete.
        QTest::qWait(50);
        QCOMPARE(ThreadReaper::pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestThreadReaper)
#include "tst_threadreaper.moc"
