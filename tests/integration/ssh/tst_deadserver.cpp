// ServerAliveInterval and ServerAliveCountMax: a server that stops answering
// (its sshd frozen with SIGSTOP, the TCP connection still open, as a hung
// machine or a dropped route looks) is found within interval × count plus one
// interval, and the connection ends saying so, instead of waiting for TCP to
// give up. The fixture's "spare" server is this test's alone: freezing it
// stalls no other test.
#include "core/ssh/CommandRunner.h"
#include "core/ssh/SshConnection.h"
#include "core/ssh/SshPool.h"
#include "core/ssh/KnownHosts.h"
#include "tests/integration/ssh/SshFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wb;
using namespace wbtest;

class TestDeadServer : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir scratch;
    QString knownHosts;

    // The spare server, with a keepalive every second and the given ServerAliveCountMax.
    SshEndpoint watchedSpare(int countMax) const
    {
        SshEndpoint target = fx.spare({fx.clientKey()});
        target.serverAliveIntervalSeconds = 1;
        target.serverAliveCountMax = countMax;
        return target;
    }
    SshConnectOptions optionsRunning(const QString &command) const
    {
        SshConnectOptions options;
        options.knownHostsPath = knownHosts;
        options.useAgent = false;
        options.command = command;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present() && fx.sparePort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        QVERIFY(scratch.isValid());
        knownHosts = scratch.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                                     {KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.sparePort).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
    }

    // Whatever a test froze goes on and ends, by PID.
    void cleanup()
    {
        fx.signalSessions(QStringLiteral("spare"), SIGCONT);
        fx.killSessions(QStringLiteral("spare"));
    }

    void aFrozenServerIsFoundByItsKeepalives_data()
    {
        QTest::addColumn<bool>("throughJumpHost");
        QTest::newRow("direct") << false;
        QTest::newRow("behind a jump host that still answers") << true;
    }

    void aFrozenServerIsFoundByItsKeepalives()
    {
        QFETCH(bool, throughJumpHost);
        const SshEndpoint target = watchedSpare(2);
        SshConnectOptions options = optionsRunning(QStringLiteral("echo ready; sleep 60"));
        options.keepaliveSeconds = 30; // the connection's own: the host's ServerAliveInterval wins
        if (throughJumpHost)
            options.jumps = {fx.main({fx.clientKey()})};

        SshConnection connection(target, options);
        QSignalSpy finished(&connection, &SshConnection::finished);
        QElapsedTimer sinceFrozen;
        QByteArray output;
        connect(&connection, &SshConnection::dataReceived, &connection, [&](const QByteArray &data) {
            output += data;
            // Frozen once it is talking: the session is up, the TCP connection stays open.
            if (output.contains("ready") && !sinceFrozen.isValid()) {
                QVERIFY(fx.signalSessions(QStringLiteral("spare"), SIGSTOP) > 0);
                sinceFrozen.start();
            }
        });
        connection.open();
        QVERIFY2(finished.wait(20000), "the connection did not end on its own");
        QVERIFY(sinceFrozen.isValid());
        const qint64 elapsed = sinceFrozen.elapsed();
        const SshOutcome outcome = connection.outcome();
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.step, SshStep::Session);
        QCOMPARE(outcome.failure.endpoint.port, fx.sparePort); // the frozen one, not the jump host
        QVERIFY2(outcome.failure.message().endsWith(QStringLiteral("no answer from the server for 2 × 1 s")),
                 qPrintable(outcome.failure.message()));
        // Within interval × count plus one interval (and a little for the scheduler).
        QVERIFY2(elapsed >= 1000 && elapsed <= 3000 + 700, qPrintable(QString::number(elapsed)));
    }

    // A connection kept for reuse whose server goes silent is dropped from the pool.
    void aKeptConnectionToAFrozenServerIsDropped()
    {
        SshPool pool;
        pool.setKeepaliveSeconds(1);
        SshTarget target;
        target.endpoint = watchedSpare(2);
        target.options = optionsRunning(QString());
        RunSpec spec;
        spec.command = QStringLiteral("true");
        spec.useKeychain = false;
        {
            CommandRunner runner({target}, spec);
            runner.setPool(&pool);
            QSignalSpy finished(&runner, &CommandRunner::finished);
            runner.start();
            QVERIFY(runner.isFinished() || finished.wait(30000));
            QVERIFY2(runner.result(0).succeeded(), qPrintable(runner.result(0).failure.message()));
        }
        QCOMPARE(pool.idleCount(), 1);
        QElapsedTimer sinceFrozen;
        QVERIFY(fx.signalSessions(QStringLiteral("spare"), SIGSTOP) > 0);
        sinceFrozen.start();
        QVERIFY(QTest::qWaitFor([&] { return pool.idleCount() == 0; }, 8000));
        QVERIFY2(sinceFrozen.elapsed() <= 3000 + 700, qPrintable(QString::number(sinceFrozen.elapsed())));
    }

    // A server that is slow but alive answers the keepalives: the session goes on.
    void aQuietServerThatAnswersStaysConnected()
    {
        SshConnection connection(watchedSpare(1), optionsRunning(QStringLiteral("sleep 4; echo still here")));
        QSignalSpy finished(&connection, &SshConnection::finished);
        QByteArray output;
        connect(&connection, &SshConnection::dataReceived, &connection, [&](const QByteArray &data) { output += data; });
        connection.open();
        QVERIFY(finished.wait(20000));
        QVERIFY2(!connection.outcome().failed, qPrintable(connection.outcome().failure.message()));
        QCOMPARE(output, QByteArray("still here\n"));
    }
};

QTEST_GUILESS_MAIN(TestDeadServer)
#include "tst_deadserver.moc"
