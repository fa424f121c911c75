// Connection reuse against the sshd fixture: a second run on the same hosts
// opens channels on the connections the first one kept (the server logs no
// new login), idle connections close on time or when the server drops them,
// and a terminal and a run hand connections to each other.
#include "tests/integration/ssh/SshFixture.h"

#include "core/i18n/Translations.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/SshPool.h"

#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace wb;
using namespace wbtest;

namespace {

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

// The per-connection sshd processes below a listener, which serve our logins.
QList<int> connectionProcesses(const SshFixture &fx, const QString &server)
{
    QFile pidFile(fx.dir + QStringLiteral("/state/%1.pid").arg(server));
    if (!pidFile.open(QIODevice::ReadOnly))
        return {};
    const int listener = pidFile.readAll().trimmed().toInt();
    QList<int> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.value(1).toInt() == listener)
            children << pid;
    }
    return children;
}

} // namespace

class TestSshPool : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;

    SshTarget target(const SshEndpoint &endpoint) const
    {
        SshTarget t;
        t.endpoint = endpoint;
        t.options.knownHostsPath = m_knownHosts;
        t.options.useAgent = false;
        return t;
    }

    static bool runToEnd(CommandRunner &runner)
    {
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start();
        return runner.isFinished() || finished.wait(60000);
    }

    static RunSpec echo(const QString &command)
    {
        RunSpec spec;
        spec.command = command;
        spec.useKeychain = false;
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                                       {KnownHosts::hostField(QStringLiteral("127.0.0.2"), fx.innerPort).toUtf8(), fx.hostKeyLine(QStringLiteral("inner"))}});
    }

    void secondRunReusesTheConnectionsOfTheFirst()
    {
        SshPool pool;
        const QList<SshTarget> targets = {target(fx.main({fx.clientKey()})), target(fx.main({fx.clientKey()})),
                                          target(fx.inner({fx.clientKey()}))};
        const int loginsBefore = fx.acceptedLogins(QStringLiteral("main"));
        {
            CommandRunner first(targets, echo(QStringLiteral("echo first")));
            first.setPool(&pool);
            QVERIFY(runToEnd(first));
            for (int i = 0; i < 3; ++i)
                QVERIFY2(first.result(i).succeeded(), qPrintable(first.result(i).failure.message()));
            QCOMPARE(first.reusedCount(), 0);
        }
        QCOMPARE(pool.idleCount(), 3);
        QCOMPARE(pool.idleCount(SshPool::keyFor(targets.at(0).endpoint, targets.at(0).options)), 2);
        QVERIFY(QTest::qWaitFor([&] { return fx.acceptedLogins(QStringLiteral("main")) == loginsBefore + 2; }, 3000));

        CommandRunner second(targets, echo(QStringLiteral("echo second; exit 5")));
        second.setPool(&pool);
        QVERIFY(runToEnd(second));
        QCOMPARE(second.reusedCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(second.result(i).state, HostRun::State::Done);
            QCOMPARE(second.result(i).out, QByteArray("second\n"));
            QCOMPARE(second.result(i).exitStatus, 5); // each channel brings its own exit status
        }
        // One channel each, no new handshake: the server logged no further login.
        QTest::qWait(300);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), loginsBefore + 2);
        QCOMPARE(pool.idleCount(), 3); // and they went back
    }

    void scriptRunsOnAKeptConnection()
    {
        SshPool pool;
        const QList<SshTarget> targets = {target(fx.main({fx.clientKey()}))};
        CommandRunner first(targets, echo(QStringLiteral("true")));
        first.setPool(&pool);
        QVERIFY(runToEnd(first));
        RunSpec spec;
        spec.script = "x='$(id)'\nprintf '%s\\n' \"$x\"\n";
        spec.useKeychain = false;
        CommandRunner second(targets, spec);
        second.setPool(&pool);
        QVERIFY(runToEnd(second));
        QCOMPARE(second.reusedCount(), 1);
        QCOMPARE(second.result(0).out, QByteArray("$(id)\n"));
    }

    void idleConnectionsCloseAfterTheIdleTime()
    {
        // Connections of earlier tests end on the server a moment after their pools.
        QVERIFY(QTest::qWaitFor([&] { return connectionProcesses(fx, QStringLiteral("main")).isEmpty(); }, 5000));
        const int connectionsBefore = 0;
        SshPool pool;
        pool.setIdleSeconds(1);
        {
            CommandRunner runner({target(fx.main({fx.clientKey()}))}, echo(QStringLiteral("true")));
            runner.setPool(&pool);
            QVERIFY(runToEnd(runner));
        }
        QCOMPARE(pool.idleCount(), 1);
        QVERIFY(int(connectionProcesses(fx, QStringLiteral("main")).size()) > connectionsBefore);
        const int fdsWithConnection = openFileDescriptors();
        QSignalSpy changed(&pool, &SshPool::idleCountChanged);
        QVERIFY(changed.wait(3000));
        QCOMPARE(pool.idleCount(), 0);
        // The socket is closed on our side and the server's process for it ends.
        QVERIFY(QTest::qWaitFor([&] { return openFileDescriptors() < fdsWithConnection; }, 3000));
        QVERIFY(QTest::qWaitFor([&] {
            return int(connectionProcesses(fx, QStringLiteral("main")).size()) == connectionsBefore; }, 5000));
    }

    void keptConnectionsSendKeepalives()
    {
        SshPool pool;
        pool.setKeepaliveSeconds(1);
        {
            CommandRunner runner({target(fx.main({fx.clientKey()}))}, echo(QStringLiteral("true")));
            runner.setPool(&pool);
            QVERIFY(runToEnd(runner));
        }
        QCOMPARE(pool.idleCount(), 1);
        QFile log(fx.log(QStringLiteral("main")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const qint64 offset = log.size();
        // While it waits, the connection keeps NAT and firewalls from forgetting it.
        QVERIFY(QTest::qWaitFor([&] {
            log.seek(offset);
            return log.readAll().count("keepalive@openssh.com") >= 3; }, 6000));
        QCOMPARE(pool.idleCount(), 1);
    }

    void keyAcceptedOnlyOnceIsNeverReused()
    {
        // "Accept once" trusts the key for that connection only: kept, it
        // would let a later run or session in without asking.
        const QString empty = m_dir.filePath(QStringLiteral("no_known_hosts"));
        SshTarget t = target(fx.main({fx.clientKey()}));
        t.options.knownHostsPath = empty;
        SshPool pool;
        for (const bool save : {false, true}) {
            RunSpec spec = echo(QStringLiteral("true"));
            CommandRunner runner({t}, spec);
            runner.setPool(&pool);
            connect(&runner, &CommandRunner::hostKeysPending, this, [&runner, save] { runner.answerHostKeys(answersAccepting(runner, {0}), save); });
            QVERIFY(runToEnd(runner));
            QVERIFY2(runner.result(0).succeeded(), qPrintable(runner.result(0).failure.message()));
            QCOMPARE(pool.idleCount(), save ? 1 : 0); // saved in known_hosts: trusted, so kept
        }
        QVERIFY(QFile::exists(empty));
    }

    void poolGoingRightAfterATabClosedLeavesNothingOpen()
    {
        // The window's tabs go, then the pool, with no turn of the event loop
        // between: the connection on its way to the pool must still be closed.
        QVERIFY(QTest::qWaitFor([&] { return connectionProcesses(fx, QStringLiteral("main")).isEmpty(); }, 5000));
        const int fds = openFileDescriptors();
        {
            auto pool = std::make_unique<SshPool>();
            pool->thread(0); // the pool's threads exist before the tab's connection does
            auto terminal = std::make_unique<SshConnection>(fx.main({fx.clientKey()}), target(fx.main()).options);
            terminal->setPool(pool.get());
            terminal->open();
            QVERIFY(QTest::qWaitFor([&] { return terminal->state() == SshConnection::State::Connected; }, 15000));
            terminal.reset();
            pool.reset();
        }
        QVERIFY(QTest::qWaitFor([&] { return openFileDescriptors() == fds; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return connectionProcesses(fx, QStringLiteral("main")).isEmpty(); }, 5000));
        QVERIFY(QTest::qWaitFor([] { return countThreadsNamed(QStringLiteral("ssh")) == 0; }, 3000));
    }

    void reuseOffClosesConnectionsAtOnce()
    {
        SshPool pool;
        pool.setIdleSeconds(0);
        CommandRunner runner({target(fx.main({fx.clientKey()}))}, echo(QStringLiteral("true")));
        runner.setPool(&pool);
        QVERIFY(runToEnd(runner));
        QVERIFY(runner.result(0).succeeded());
        QCOMPARE(pool.idleCount(), 0);
    }

    void serverDroppingAKeptConnectionIsNoticedAndReplaced()
    {
        SshPool pool;
        const QList<SshTarget> targets = {target(fx.main({fx.clientKey()}))};
        {
            CommandRunner runner(targets, echo(QStringLiteral("true")));
            runner.setPool(&pool);
            QVERIFY(runToEnd(runner));
        }
        QCOMPARE(pool.idleCount(), 1);
        // The server goes away under the idle connection (all of main's
        // connection processes: no other test runs against it meanwhile).
        const QList<int> processes = connectionProcesses(fx, QStringLiteral("main"));
        QVERIFY(!processes.isEmpty());
        for (int pid : processes)
            ::kill(pid, SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return pool.idleCount() == 0; }, 5000));

        // A run right after a drop the pool has not seen yet still succeeds:
        // the stale connection fails before anything ran, and the host connects afresh.
        {
            CommandRunner runner(targets, echo(QStringLiteral("true")));
            runner.setPool(&pool);
            QVERIFY(runToEnd(runner));
        }
        QCOMPARE(pool.idleCount(), 1);
        for (int pid : connectionProcesses(fx, QStringLiteral("main")))
            ::kill(pid, SIGTERM);
        CommandRunner racing(targets, echo(QStringLiteral("echo again")));
        racing.setPool(&pool);
        QVERIFY(runToEnd(racing));
        QVERIFY2(racing.result(0).succeeded(), qPrintable(racing.result(0).failure.message()));
        QCOMPARE(racing.result(0).out, QByteArray("again\n"));
    }

    void terminalAndRunHandConnectionsToEachOther()
    {
        SshPool pool;
        SshConnectOptions options = target(fx.main({fx.clientKey()})).options;
        const int loginsBefore = fx.acceptedLogins(QStringLiteral("main"));
        {
            // A terminal session ends with `exit`: its connection stays.
            SshConnection terminal(fx.main({fx.clientKey()}), options);
            terminal.setPool(&pool);
            QSignalSpy finished(&terminal, &SshConnection::finished);
            QByteArray output;
            connect(&terminal, &SshConnection::dataReceived, this, [&](const QByteArray &data) { output += data; });
            terminal.open();
            QVERIFY(QTest::qWaitFor([&] { return terminal.state() == SshConnection::State::Connected; }, 15000));
            QVERIFY(!terminal.isReused());
            terminal.send("echo tty-$((6*7))\nexit\n");
            QVERIFY(finished.wait(15000));
            QVERIFY(output.contains("tty-42"));
        }
        QVERIFY(QTest::qWaitFor([&] { return pool.idleCount() == 1; }, 3000));
        // Its own thread ended (the kernel task goes a moment after QThread::wait); the connection moved.
        QVERIFY(QTest::qWaitFor([] { return countThreadsNamed(QStringLiteral("ssh:")) == 0; }, 3000));

        CommandRunner runner({target(fx.main({fx.clientKey()}))}, echo(QStringLiteral("tty")));
        runner.setPool(&pool);
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.reusedCount(), 1);
        QCOMPARE(runner.result(0).out, QByteArray("not a tty\n")); // exec without a pty, on the same connection
        QCOMPARE(pool.idleCount(), 1);

        // And back: a terminal opened now logs in no more; closing its tab (destroying it) keeps the connection.
        {
            SshConnection terminal(fx.main({fx.clientKey()}), options);
            terminal.setPool(&pool);
            QByteArray output;
            connect(&terminal, &SshConnection::dataReceived, this, [&](const QByteArray &data) { output += data; });
            terminal.open();
            QVERIFY(QTest::qWaitFor([&] { return terminal.state() == SshConnection::State::Connected; }, 15000));
            QVERIFY(terminal.isReused());
            terminal.send("tty\n");
            QVERIFY(QTest::qWaitFor([&] { return output.contains("/dev/pts/"); }, 10000));
        }
        QVERIFY(QTest::qWaitFor([&] { return pool.idleCount() == 1; }, 3000));
        QTest::qWait(300);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), loginsBefore + 1);
    }

    void destroyingThePoolLeavesNothingBehind()
    {
        // Warm up the process-wide parts first, then count.
        {
            SshPool pool;
            CommandRunner runner({target(fx.main({fx.clientKey()}))}, echo(QStringLiteral("true")));
            runner.setPool(&pool);
            QVERIFY(runToEnd(runner));
        }
        QVERIFY(QTest::qWaitFor([] { return countThreadsNamed(QStringLiteral("ssh-pool:")) == 0; }, 2000));
        const int fds = openFileDescriptors();
        {
            auto pool = std::make_unique<SshPool>();
            QList<SshTarget> targets;
            for (int i = 0; i < 6; ++i)
                targets << target(i % 2 ? fx.inner({fx.clientKey()}) : fx.main({fx.clientKey()}));
            CommandRunner runner(targets, echo(QStringLiteral("true")));
            runner.setPool(pool.get());
            QVERIFY(runToEnd(runner));
            QCOMPARE(pool->idleCount(), 6);
            QVERIFY(openFileDescriptors() >= fds + 6);
            // Names, not tasks: a thread started from a pool thread briefly carries its name too.
            QSet<QString> poolThreads;
            for (const QString &name : threadNames()) {
                if (name.startsWith(QLatin1String("ssh-pool:")))
                    poolThreads << name;
            }
            QCOMPARE(poolThreads, (QSet<QString>{QStringLiteral("ssh-pool:0"), QStringLiteral("ssh-pool:1")}));
        }
        QVERIFY(QTest::qWaitFor([&] {
            return countThreadsNamed(QStringLiteral("ssh-pool:")) == 0 && openFileDescriptors() == fds; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestSshPool)
#include "tst_sshpool.moc"
