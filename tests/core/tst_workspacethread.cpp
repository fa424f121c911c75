// The window's asynchronous way to the workspace, on real SQLite files: jobs
// run off the asking thread, one at a time in the order asked; answers come
// back on the asker's thread and never to an asker that is gone; writes are
// pending work until done; a workspace that cannot be opened says so to every
// request; destroying the thread still runs what was queued.
#include "core/jobs/PendingWork.h"
#include "core/storage/LatestRequest.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceThread.h"

#include "tests/support/TestWorkspaces.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace wb;

class TestWorkspaceThread : public QObject
{
    Q_OBJECT

    mutable wbtest::TestWorkspaces m_workspaces;

    QString path() const { return m_workspaces.forCurrentTest(); }

    static WorkspaceThread::Job<bool> setting(const QString &key, const QString &value)
    {
        return [key, value](QSqlDatabase db, QString *error) { return WorkspaceSettings(db).setValue(key, value, error); };
    }

private Q_SLOTS:
    void jobsRunOffTheAskersThreadInTheOrderAsked()
    {
        WorkspaceThread thread(path());
        QObject asker;
        QList<int> answered;
        std::atomic<int> offThread{0};
        QThread *gui = QThread::currentThread();
        for (int i = 0; i < 50; ++i) {
            thread.read<int>(&asker, [i, gui, &offThread](QSqlDatabase db, QString *) {
                if (QThread::currentThread() != gui && db.isOpen())
                    ++offThread;
                return i;
            }, [&answered, gui](int value, const QString &error) {
                QVERIFY(error.isEmpty());
                QCOMPARE(QThread::currentThread(), gui); // answered where asked
                answered << value;
            });
        }
        QTRY_COMPARE(answered.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(answered.at(i), i);
        QCOMPARE(offThread.load(), 50);
    }

    void aWriteIsReadBackByTheNextJob()
    {
        WorkspaceThread thread(path());
        QObject asker;
        bool written = false;
        QString read;
        thread.write<bool>(&asker, setting(QStringLiteral("ssh.known_hosts"), QStringLiteral("/tmp/kh")),
                           [&](bool ok, const QString &error) { written = ok && error.isEmpty(); });
        thread.read<QString>(&asker, [](QSqlDatabase db, QString *) { return WorkspaceSettings(db).value(QStringLiteral("ssh.known_hosts")); },
                             [&](const QString &value, const QString &) { read = value; });
        QTRY_COMPARE(read, QStringLiteral("/tmp/kh"));
        QVERIFY(written);
        // And it is in the file, for any other connection.
        Workspace other;
        QVERIFY(other.open(path()));
        QCOMPARE(WorkspaceSettings(other.database()).value(QStringLiteral("ssh.known_hosts")), QStringLiteral("/tmp/kh"));
    }

    void noAnswerReachesAnAskerThatIsGone()
    {
        WorkspaceThread thread(path());
        QSemaphore release;
        std::atomic<bool> ran{false};
        bool answered = false;
        // Gone while its job runs.
        auto first = std::make_unique<QObject>();
        thread.read<int>(first.get(), [&](QSqlDatabase, QString *) { release.acquire(); ran = true; return 1; },
                         [&](int, const QString &) { answered = true; });
        first.reset();
        release.release();
        QTRY_VERIFY(ran.load());
        // Gone after its job ran but before the answer was delivered.
        auto second = std::make_unique<QObject>();
        std::atomic<bool> secondRan{false};
        thread.read<int>(second.get(), [&](QSqlDatabase, QString *) { secondRan = true; return 2; },
                         [&](int, const QString &) { answered = true; });
        while (!secondRan.load())
            QThread::msleep(1); // no events processed: the answer waits in the queue
        QThread::msleep(20);
        second.reset();
        // A later request is answered, so the earlier ones had their chance.
        QObject third;
        bool thirdAnswered = false;
        thread.read<int>(&third, [](QSqlDatabase, QString *) { return 3; }, [&](int, const QString &) { thirdAnswered = true; });
        QTRY_VERIFY(thirdAnswered);
        QVERIFY(!answered);
    }

    void aWriteIsPendingWorkUntilItIsDone()
    {
        PendingWork pending;
        WorkspaceThread thread(path());
        thread.setPendingWork(&pending);
        QObject asker;
        QSemaphore release;
        bool done = false;
        thread.write<bool>(&asker, [&](QSqlDatabase db, QString *error) {
            release.acquire();
            return WorkspaceSettings(db).setValue(QStringLiteral("k"), QStringLiteral("v"), error);
        }, [&](bool ok, const QString &) { done = ok; });
        QCOMPARE(pending.count(), 1);
        thread.read<int>(&asker, [](QSqlDatabase, QString *) { return 0; }, [](int, const QString &) {});
        QCOMPARE(pending.count(), 1); // reads are not waited for
        release.release();
        QTRY_VERIFY(done);
        QTRY_COMPARE(pending.count(), 0);
    }

    void aWorkspaceThatCannotBeOpenedSaysSoToEveryRequest()
    {
        // A directory where the file should be: SQLite cannot open it.
        const QString blocked = QDir(m_workspaces.folder()).filePath(QStringLiteral("blocked.sqlite"));
        QVERIFY(QDir().mkpath(blocked));
        WorkspaceThread thread(blocked);
        QObject asker;
        QStringList errors;
        bool jobRan = false;
        for (int i = 0; i < 2; ++i) {
            thread.read<int>(&asker, [&](QSqlDatabase, QString *) { jobRan = true; return 1; },
                             [&](int, const QString &error) { errors << error; });
        }
        QTRY_COMPARE(errors.size(), 2);
        QVERIFY(!jobRan);
        for (const QString &error : std::as_const(errors))
            QVERIFY2(!error.isEmpty(), "an empty error for a workspace that did not open");
    }

    void destroyingTheThreadStillRunsWhatWasQueued()
    {
        {
            WorkspaceThread thread(path());
            QObject asker;
            for (int i = 0; i < 20; ++i)
                thread.write<bool>(&asker, setting(QStringLiteral("k%1").arg(i), QString::number(i)), [](bool, const QString &) {});
        } // no event loop ran: every write is still queued here
        Workspace workspace;
        QVERIFY(workspace.open(path()));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(WorkspaceSettings(workspace.database()).value(QStringLiteral("k%1").arg(i)), QString::number(i));
    }

    void onlyTheNewestRequestsAnswerCounts()
    {
        WorkspaceThread thread(path());
        QObject asker;
        LatestRequest search;
        QStringList used;
        int answers = 0;
        for (const QString &typed : {QStringLiteral("w"), QStringLiteral("we"), QStringLiteral("web")}) {
            const int serial = search.next();
            thread.read<QString>(&asker, [typed](QSqlDatabase, QString *) { return typed; },
                                 [&, serial](const QString &value, const QString &) {
                                     ++answers;
                                     if (search.accept(serial))
                                         used << value;
                                 });
        }
        QVERIFY(search.isWaiting());
        QTRY_COMPARE(answers, 3);
        QCOMPARE(used, QStringList{QStringLiteral("web")});
        QVERIFY(!search.isWaiting());

        const int dropped = search.next();
        search.forget(); // e.g. the dialog was reset: nothing on its way counts
        QVERIFY(!search.accept(dropped));
    }

    // A long import holds the write lock (here: another connection, longer
    // than the GUI connection's five-second busy timeout). A write asked for
    // meanwhile waits for it and is stored, not dropped.
    void aWriteWaitsOutAnotherConnectionsLongWriteLock()
    {
        Workspace importer;
        QVERIFY(importer.open(path()));
        QSqlQuery hold(importer.database());
        if (wbtest::TestWorkspaces::onPostgres()) {
            // PostgreSQL's writers wait for a lock without a time limit (no lock_timeout is set).
            QVERIFY2(hold.exec(QStringLiteral("BEGIN")), qPrintable(hold.lastError().text()));
            QVERIFY2(hold.exec(QStringLiteral("LOCK TABLE workspace_settings IN EXCLUSIVE MODE")), qPrintable(hold.lastError().text()));
        } else {
            QVERIFY2(hold.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(hold.lastError().text()));
        }
        WorkspaceThread thread(path());
        QObject asker;
        bool answered = false;
        QString error = QStringLiteral("unset");
        thread.write<bool>(&asker, setting(QStringLiteral("audit.probe"), QStringLiteral("kept")), [&](bool, const QString &e) {
            answered = true;
            error = e;
        });
        QTest::qWait(6000); // past five seconds: the write is still waiting, not failed
        QVERIFY(!answered);
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY(answered);
        QCOMPARE(error, QString());
        QCOMPARE(WorkspaceSettings(importer.database()).value(QStringLiteral("audit.probe")), QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceThread)
#include "tst_workspacethread.moc"
