// One command on many hosts against the sshd fixture: every kind of outcome
// in one run, host keys collected once, a changed key failing one host only,
// cancelling, and a few shared threads instead of one per host.
#include "tests/integration/ssh/SshFixture.h"

#include "core/i18n/Translations.h"
#include "core/ssh/CommandRunner.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

namespace {

// The command branches on a variable each target sends (sshd accepts LC_*),
// so one run shows every outcome.
const QString caseCommand = QStringLiteral(
    "case \"$LC_WB_CASE\" in "
    "exit3) echo bad; exit 3;; "
    "stderr) echo oops >&2;; "
    "big) head -c 10000000 /dev/zero | tr '\\0' y;; "
    "sleep) sleep 30;; "
    "*) echo ok;; esac");

// Names of the runner's threads that exist now. (A thread started from one
// of them, e.g. by Qt's name lookup, briefly carries its name too: count names.)
QSet<QString> runThreadNames()
{
    QSet<QString> names;
    for (const QString &name : threadNames()) {
        if (name.startsWith(QLatin1String("ssh-run:")))
            names << name;
    }
    return names;
}

int runThreads()
{
    return countThreadsNamed(QStringLiteral("ssh-run:"));
}

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

} // namespace

class TestCommandRunner : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;

    SshTarget target(const SshEndpoint &endpoint, const QString &wbCase = {}) const
    {
        SshTarget t;
        t.endpoint = endpoint;
        t.options.knownHostsPath = m_knownHosts;
        t.options.useAgent = false;
        if (!wbCase.isEmpty())
            t.options.environment = {{QStringLiteral("LC_WB_CASE"), wbCase}};
        return t;
    }

    // True when the run finished; otherwise says which hosts were still going, and where.
    static bool runToEnd(CommandRunner &runner, int timeoutMs = 90000)
    {
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start();
        if (runner.isFinished() || finished.wait(timeoutMs))
            return true;
        for (int i = 0; i < runner.size(); ++i) {
            if (runner.result(i).state != HostRun::State::Done && runner.result(i).state != HostRun::State::Failed)
                qWarning() << "unfinished:" << i << runner.target(i).endpoint.name << HostRun::stateName(runner.result(i).state)
                           << runner.result(i).out.size() << runner.result(i).err.size();
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        // Say so when the worker's quiet poll had to rescue data (a lost socket wakeup).
        QLoggingCategory::setFilterRules(QStringLiteral("werkbank.ssh.info=true"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                                       {KnownHosts::hostField(QStringLiteral("127.0.0.2"), fx.innerPort).toUtf8(), fx.hostKeyLine(QStringLiteral("inner"))},
                                       {KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
    }

    void twentyTargetsEveryOutcome()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();

        QList<SshTarget> targets;
        for (int i = 0; i < 14; ++i) {
            SshEndpoint endpoint = i % 2 ? fx.inner({fx.clientKey()}) : fx.main({fx.clientKey()});
            endpoint.name = QStringLiteral("ok%1").arg(i);
            targets << target(endpoint);
        }
        targets << target(SshEndpoint{QStringLiteral("exit3"), QStringLiteral("127.0.0.1"), fx.port, fx.user, {fx.clientKey()}}, QStringLiteral("exit3"));
        targets << target(SshEndpoint{QStringLiteral("stderr"), QStringLiteral("127.0.0.1"), fx.port, fx.user, {fx.clientKey()}}, QStringLiteral("stderr"));
        targets << target(SshEndpoint{QStringLiteral("big"), QStringLiteral("127.0.0.1"), fx.port, fx.user, {fx.clientKey()}}, QStringLiteral("big"));
        targets << target(SshEndpoint{QStringLiteral("refused"), QStringLiteral("127.0.0.1"), closedPort, fx.user, {fx.clientKey()}});
        targets << target(SshEndpoint{QStringLiteral("wrongkey"), QStringLiteral("127.0.0.1"), fx.port, fx.user, {fx.strangerKey()}});
        SshTarget mute = target(SshEndpoint{QStringLiteral("mute"), QStringLiteral("127.0.0.1"), silent.serverPort(), fx.user, {fx.clientKey()}});
        mute.options.connectTimeoutMs = 1500;
        targets << mute;
        QCOMPARE(targets.size(), 20);

        RunSpec spec;
        spec.command = caseCommand;
        spec.concurrency = 8;
        spec.useKeychain = false;
        spec.hostTimeoutMs = 45000; // a stuck host ends as a failure naming itself, before the test gives up
        CommandRunner runner(targets, spec);
        QSet<QString> names;
        int peakThreads = 0;
        const int baseline = int(threadNames().size());
        connect(&runner, &CommandRunner::hostChanged, this, [&] {
            names |= runThreadNames();
            peakThreads = std::max(peakThreads, int(threadNames().size()));
        });
        QVERIFY(runToEnd(runner));
        // Two shared worker threads, not one per host (eight hosts were in flight at a time).
        QCOMPARE(names, (QSet<QString>{QStringLiteral("ssh-run:0"), QStringLiteral("ssh-run:1")}));
        QVERIFY2(peakThreads - baseline <= 4, qPrintable(QStringLiteral("%1 -> %2").arg(baseline).arg(peakThreads)));

        for (int i = 0; i < 14; ++i) {
            const HostRun &run = runner.result(i);
            QVERIFY2(run.succeeded(), qPrintable(QStringLiteral("%1: %2").arg(i).arg(run.failure.message())));
            QCOMPARE(run.out, QByteArray("ok\n"));
            QVERIFY(run.err.isEmpty());
            QVERIFY(run.durationMs > 0);
        }
        const HostRun &exit3 = runner.result(14);
        QCOMPARE(exit3.state, HostRun::State::Done);
        QCOMPARE(exit3.exitStatus, 3);
        QCOMPARE(exit3.out, QByteArray("bad\n"));
        QVERIFY(!exit3.succeeded());
        const HostRun &stderrRun = runner.result(15);
        QVERIFY(stderrRun.succeeded());
        QVERIFY(stderrRun.out.isEmpty());
        QCOMPARE(stderrRun.err, QByteArray("oops\n"));
        const HostRun &big = runner.result(16);
        QVERIFY(big.succeeded());
        QCOMPARE(big.out.size(), 10000000);
        QCOMPARE(big.out.count('y'), 10000000);
        const HostRun &refused = runner.result(17);
        QCOMPARE(refused.state, HostRun::State::Failed);
        QCOMPARE(refused.failure.message(), QStringLiteral("refused (127.0.0.1:%1): connect failed: connection refused").arg(closedPort));
        const HostRun &wrongKey = runner.result(18);
        QCOMPARE(wrongKey.state, HostRun::State::Failed);
        QCOMPARE(wrongKey.failure.step, SshStep::Authenticate);
        const HostRun &timedOut = runner.result(19);
        QCOMPARE(timedOut.state, HostRun::State::Failed);
        QVERIFY2(timedOut.failure.message().endsWith(QStringLiteral("connect failed: no answer within 2 seconds")),
                 qPrintable(timedOut.failure.message()));

        const CommandRunner::Counts counts = runner.counts();
        QCOMPARE(counts.ok, 16);
        QCOMPARE(counts.failed, 4);
        QCOMPARE(counts.running + counts.pending, 0);
    }

    void scriptGoesOnStdin()
    {
        RunSpec spec;
        // Quotes, $() and a here-document: nothing of it is ever part of a command line.
        spec.script = "name='a;b $(id)'\nprintf '%s\\n' \"$name\"\ncat <<'EOF'\nline two\nEOF\nexit 4\n";
        spec.useKeychain = false;
        CommandRunner runner({target(fx.main({fx.clientKey()}))}, spec);
        QVERIFY(runToEnd(runner));
        const HostRun &run = runner.result(0);
        QCOMPARE(run.state, HostRun::State::Done);
        QCOMPARE(run.out, QByteArray("a;b $(id)\nline two\n"));
        QCOMPARE(run.exitStatus, 4);
    }

    void changedKeyFailsOnlyThatHost()
    {
        RunSpec spec;
        spec.command = QStringLiteral("echo ok");
        spec.useKeychain = false;
        CommandRunner runner({target(fx.main({fx.clientKey()})), target(fx.rekeyed({fx.clientKey()})),
                              target(fx.inner({fx.clientKey()}))}, spec);
        QVERIFY(runToEnd(runner));
        QVERIFY(runner.result(0).succeeded());
        QCOMPARE(runner.result(1).state, HostRun::State::Failed);
        QCOMPARE(runner.result(1).failure.step, SshStep::HostKey);
        QVERIFY(runner.result(1).failure.message().contains(QStringLiteral("host key has changed")));
        QVERIFY(runner.result(2).succeeded());
    }

    void unknownKeysAreAskedOnceForTheWholeRun()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QList<SshTarget> targets = {target(fx.main({fx.clientKey()})), target(fx.inner({fx.clientKey()})),
                                    target(fx.main({fx.clientKey()}))};
        for (SshTarget &t : targets)
            t.options.knownHostsPath = empty;
        RunSpec spec;
        spec.command = QStringLiteral("echo ok");
        spec.useKeychain = false;
        CommandRunner runner(targets, spec);
        int announced = 0;
        connect(&runner, &CommandRunner::hostKeysPending, this, [&] {
            ++announced;
            if (runner.pendingHostKeys().size() == 3)
                runner.answerHostKeys(answersAccepting(runner, {0, 1}), /*save=*/false); // the third is rejected
        });
        QVERIFY(runToEnd(runner));
        QCOMPARE(announced, 1);
        QVERIFY(runner.result(0).succeeded());
        QVERIFY(runner.result(1).succeeded());
        QCOMPARE(runner.result(2).state, HostRun::State::Failed);
        QCOMPARE(runner.result(2).failure.step, SshStep::HostKey);
        QVERIFY(!QFile::exists(empty)); // accepted once, not saved
    }

    void cancelMidRunLeavesNothingBehind()
    {
        // Warm up the process-wide parts first, then count.
        {
            RunSpec warm;
            warm.command = QStringLiteral("true");
            warm.useKeychain = false;
            CommandRunner runner({target(fx.main({fx.clientKey()}))}, warm);
            QVERIFY(runToEnd(runner));
        }
        // QThread::wait() returns as the thread's function ends; the kernel task goes a moment later.
        QVERIFY(QTest::qWaitFor([] { return runThreads() == 0; }, 2000));
        const int fds = openFileDescriptors();
        QList<SshTarget> targets;
        for (int i = 0; i < 10; ++i)
            targets << target(fx.main({fx.clientKey()}), QStringLiteral("sleep"));
        RunSpec spec;
        spec.command = caseCommand;
        spec.useKeychain = false;
        spec.concurrency = 6; // four wait their turn
        {
            CommandRunner runner(targets, spec);
            runner.start();
            QVERIFY(QTest::qWaitFor([&] { return runner.counts().running == 6
                                                 && runner.result(5).state == HostRun::State::Running; }, 15000));
            runner.cancel(0);
            QCOMPARE(runner.result(0).state, HostRun::State::Cancelled);
            QVERIFY(QTest::qWaitFor([&] { return runner.result(6).state != HostRun::State::Pending; }, 5000)); // next one started
            QSignalSpy finished(&runner, &CommandRunner::finished);
            runner.cancelAll();
            QVERIFY(runner.isFinished() || finished.wait(5000));
            for (int i = 0; i < 10; ++i)
                QCOMPARE(runner.result(i).state, HostRun::State::Cancelled);
        }
        QVERIFY(QTest::qWaitFor([&] { return runThreads() == 0 && openFileDescriptors() == fds; }, 5000));
        QCOMPARE(runThreads(), 0);
        QCOMPARE(openFileDescriptors(), fds);
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
