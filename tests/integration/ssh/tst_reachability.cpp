// The reachability sweep against the real sshd fixture, a refused port, a
// port that accepts and stays silent, and one that answers but is no SSH server.
#include "tests/integration/ssh/SshFixture.h"

#include "core/fleet/ProbeTargets.h"
#include "core/fleet/ReachabilitySweep.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/ReachabilityCheck.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/KnownHosts.h"
#include "core/ssh/SshPool.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>

using namespace wb;
using namespace wbtest;

namespace {

ProbeTarget target(const QString &name, quint16 port, ProbeTarget::Method method = ProbeTarget::Method::SshBanner)
{
    ProbeTarget t;
    t.name = name;
    t.address = QStringLiteral("127.0.0.1");
    t.port = port;
    t.method = method;
    return t;
}

// Runs the sweep to its end; returns how long it took.
qint64 sweepAll(ReachabilitySweep &sweep)
{
    QSignalSpy finished(&sweep, &ReachabilitySweep::finished);
    QElapsedTimer clock;
    clock.start();
    sweep.start();
    if (!sweep.isFinished())
        finished.wait(30000);
    return clock.elapsed();
}

// Accepts every connection and says `greeting` (nothing when empty); keeps the socket open.
class Listener : public QTcpServer
{
public:
    explicit Listener(QByteArray greeting = {}) : m_greeting(std::move(greeting))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++accepted;
                if (!m_greeting.isEmpty())
                    socket->write(m_greeting);
            }
        });
    }
    int accepted = 0;

private:
    QByteArray m_greeting;
};

} // namespace

class TestReachability : public QObject
{
    Q_OBJECT
    SshFixture fx;
    quint16 m_closedPort = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        m_closedPort = closedLoopbackPort();
    }

    void sshServerIsUpWhenItsBannerArrives()
    {
        ReachabilitySweep sweep({target(QStringLiteral("main"), fx.port), target(QStringLiteral("closed"), m_closedPort)}, {});
        QSignalSpy probed(&sweep, &ReachabilitySweep::probed);
        sweepAll(sweep);
        QVERIFY(sweep.isFinished());
        QCOMPARE(probed.size(), 2);
        const ProbeResult &up = sweep.result(0);
        QCOMPARE(up.state, ProbeResult::State::Up);
        QVERIFY2(up.banner.startsWith(QLatin1String("SSH-2.0-OpenSSH")), qPrintable(up.banner));
        QVERIFY(up.latencyMs >= 0 && up.latencyMs < 5000);
        QVERIFY(up.error.isEmpty());
        QVERIFY(qAbs(up.checkedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const ProbeResult &refused = sweep.result(1);
        QCOMPARE(refused.state, ProbeResult::State::Down);
        QVERIFY2(refused.error.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(refused.error));
        QCOMPARE(refused.latencyMs, -1);
        QCOMPARE(sweep.counts().up, 1);
        QCOMPARE(sweep.counts().down, 1);
    }

    void aSilentPortTimesOutOnSchedule()
    {
        // TCP connects, but no banner ever comes: down after the timeout, not before and not much after.
        Listener silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ReachabilitySweep::Options options;
        options.timeoutMs = 800;
        ReachabilitySweep sweep({target(QStringLiteral("silent"), silent.serverPort())}, options);
        const qint64 took = sweepAll(sweep);
        QCOMPARE(sweep.result(0).state, ProbeResult::State::Down);
        QCOMPARE(sweep.result(0).error, ReachabilityWords::noBanner(1));
        QVERIFY2(took >= 800 && took < 1600, qPrintable(QString::number(took)));
        QCOMPARE(silent.accepted, 1);
    }

    void aTcpCheckIsUpWhenItConnects()
    {
        Listener rdp;
        QVERIFY(rdp.listen(QHostAddress::LocalHost, 0));
        ReachabilitySweep sweep({target(QStringLiteral("ws1"), rdp.serverPort(), ProbeTarget::Method::TcpConnect),
                                 target(QStringLiteral("ws2"), m_closedPort, ProbeTarget::Method::TcpConnect)},
                                {});
        const qint64 took = sweepAll(sweep);
        QCOMPARE(sweep.result(0).state, ProbeResult::State::Up);
        QVERIFY(sweep.result(0).banner.isEmpty());
        QCOMPARE(sweep.result(1).state, ProbeResult::State::Down);
        QVERIFY2(took < 3000, qPrintable(QString::number(took)));
    }

    void aPortThatSpeaksSomethingElseIsNoSshServer()
    {
        Listener web(QByteArray("HTTP/1.1 400 Bad Request\r\n\x1b]0;owned\x07\r\n"));
        QVERIFY(web.listen(QHostAddress::LocalHost, 0));
        // Lines before the identification are allowed (RFC 4253 4.2).
        Listener chatty(QByteArray("Welcome to bastion\r\nSSH-2.0-Chatty_1.0\r\n"));
        QVERIFY(chatty.listen(QHostAddress::LocalHost, 0));
        Listener old(QByteArray("SSH-1.5-Ancient\r\n"));
        QVERIFY(old.listen(QHostAddress::LocalHost, 0));
        ReachabilitySweep::Options options;
        options.timeoutMs = 1000;
        ReachabilitySweep sweep({target(QStringLiteral("web"), web.serverPort()), target(QStringLiteral("chatty"), chatty.serverPort()),
                                 target(QStringLiteral("old"), old.serverPort())},
                                options);
        sweepAll(sweep);
        QCOMPARE(sweep.result(0).state, ProbeResult::State::Down);
        // The web server's words are shown, with no control character of theirs.
        QVERIFY2(sweep.result(0).error.contains(QLatin1String("HTTP/1.1 400")), qPrintable(sweep.result(0).error));
        QVERIFY(!sweep.result(0).error.contains(QChar(0x1b)));
        QCOMPARE(sweep.result(1).state, ProbeResult::State::Up);
        QCOMPARE(sweep.result(1).banner, QStringLiteral("SSH-2.0-Chatty_1.0"));
        QCOMPARE(sweep.result(2).state, ProbeResult::State::Down);
        QVERIFY2(sweep.result(2).error.contains(QLatin1String("SSH-1.5")), qPrintable(sweep.result(2).error));
    }

    void concurrencyIsBounded()
    {
        // 20 silent targets, 4 at a time, 300 ms each: five rounds, every one reached.
        Listener silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<ProbeTarget> targets;
        for (int i = 0; i < 20; ++i)
            targets.append(target(QStringLiteral("s%1").arg(i), silent.serverPort()));
        ReachabilitySweep::Options options;
        options.concurrency = 4;
        options.timeoutMs = 300;
        ReachabilitySweep sweep(targets, options);
        const qint64 took = sweepAll(sweep);
        QCOMPARE(sweep.counts().down, 20);
        QVERIFY2(took >= 5 * 300 && took < 20 * 300, qPrintable(QString::number(took)));
        QTRY_COMPARE(silent.accepted, 20);
    }

    void hostsBehindAJumpHostOrNotCheckedAreUnknown()
    {
        Host behind = fx.keyHost(QStringLiteral("inner"), QStringLiteral("127.0.0.2"), fx.innerPort);
        behind.id = 7;
        behind.jumpHostId = 3;
        Host switchHost;
        switchHost.id = 8;
        switchHost.address = QStringLiteral("127.0.0.1");
        switchHost.kind = HostKind::Switch;
        switchHost.reachabilityCheck = QStringLiteral("none");
        ReachabilitySweep sweep({ProbeTargets::forHost(behind, QStringLiteral("inner")), ProbeTargets::forHost(switchHost, QStringLiteral("sw1"))}, {});
        QSignalSpy probed(&sweep, &ReachabilitySweep::probed);
        sweepAll(sweep);
        QCOMPARE(probed.size(), 2);
        QCOMPARE(sweep.result(0).state, ProbeResult::State::Unknown);
        QCOMPARE(sweep.result(0).error, ReachabilityWords::behindJumpHost());
        QCOMPARE(sweep.result(1).state, ProbeResult::State::Unknown);
        QCOMPARE(sweep.result(1).error, ReachabilityWords::notChecked());
        QCOMPARE(sweep.counts().unknown, 2);
    }

    void aHostBehindAJumpHostIsCheckedThroughAKeptConnection()
    {
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                                     {KnownHosts::hostField(QStringLiteral("127.0.0.2"), fx.innerPort).toUtf8(), fx.hostKeyLine(QStringLiteral("inner"))}});
        SshTarget jump;
        jump.endpoint = fx.main({fx.clientKey()});
        jump.options.knownHostsPath = knownHosts;
        const auto behindJump = [&](const QString &name, const QString &address, quint16 port) {
            SshTarget t;
            t.endpoint = SshEndpoint{name, address, port, fx.user, {fx.clientKey()}};
            t.options.jumps = {jump.endpoint};
            t.options.knownHostsPath = knownHosts;
            return t;
        };
        Inventory none;
        const QList<ProbeTarget> probes = ProbeTargets::forSshTargets(
            none, {behindJump(QStringLiteral("inner"), QStringLiteral("127.0.0.2"), fx.innerPort),
                   behindJump(QStringLiteral("gone"), QStringLiteral("127.0.0.1"), m_closedPort)});
        QCOMPARE(probes.at(0).method, ProbeTarget::Method::BehindJumpHost);
        QCOMPARE(probes.at(0).jumpPoolKey, SshPool::keyFor(jump.endpoint, jump.options));

        // No kept connection to the jump host: unknown, and nobody logs in.
        SshPool pool;
        const int loginsBefore = fx.acceptedLogins(QStringLiteral("main"));
        {
            ReachabilitySweep sweep(probes, {});
            sweep.setPool(&pool);
            sweepAll(sweep);
            QCOMPARE(sweep.result(0).state, ProbeResult::State::Unknown);
            QCOMPARE(sweep.result(0).error, ReachabilityWords::behindJumpHost());
        }
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), loginsBefore);

        // A run on the jump host leaves its connection in the pool.
        RunSpec spec;
        spec.command = QStringLiteral("true");
        spec.unknownKeys = RunSpec::UnknownKeys::Reject;
        spec.useKeychain = false;
        {
            CommandRunner run({jump}, spec);
            run.setPool(&pool);
            QEventLoop loop;
            connect(&run, &CommandRunner::finished, &loop, &QEventLoop::quit);
            run.start();
            if (!run.isFinished())
                loop.exec();
            QVERIFY(run.result(0).succeeded());
        }
        QTRY_COMPARE(pool.idleCount(probes.at(0).jumpPoolKey), 1);
        const int loginsWithRun = fx.acceptedLogins(QStringLiteral("main"));

        // Through it: inner's banner as the jump host sees it, and the closed port as down; one after the other on the one connection.
        ReachabilitySweep sweep(probes, {});
        sweep.setPool(&pool);
        sweepAll(sweep);
        QCOMPARE(sweep.result(0).state, ProbeResult::State::Up);
        QVERIFY2(sweep.result(0).banner.startsWith(QLatin1String("SSH-2.0-OpenSSH")), qPrintable(sweep.result(0).banner));
        QVERIFY(sweep.result(0).latencyMs >= 0);
        QCOMPARE(sweep.result(1).state, ProbeResult::State::Down);
        QCOMPARE(sweep.result(1).error, QStringLiteral("the jump host could not connect to 127.0.0.1 port %1: Connection refused").arg(m_closedPort));
        // The connection went back to the pool, and no one logged in again.
        QTRY_COMPARE(pool.idleCount(probes.at(0).jumpPoolKey), 1);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), loginsWithRun);
        // And it still runs commands afterwards.
        CommandRunner again({jump}, spec);
        again.setPool(&pool);
        QSignalSpy done(&again, &CommandRunner::finished);
        again.start();
        QVERIFY(done.wait(20000));
        QVERIFY(again.result(0).succeeded());
        QCOMPARE(again.reusedCount(), 1);
    }

    void eachKindIsCheckedWhereItAnswers()
    {
        Host host;
        host.port = 2222;
        QCOMPARE(ReachabilityCheck::forHost(host), (ReachabilityCheck{ReachabilityCheck::Method::Ssh, 2222}));
        host.kind = HostKind::Workstation;
        QCOMPARE(ReachabilityCheck::forHost(host), (ReachabilityCheck{ReachabilityCheck::Method::Tcp, 3389}));
        host.kind = HostKind::Firewall;
        QCOMPARE(ReachabilityCheck::forHost(host), (ReachabilityCheck{ReachabilityCheck::Method::Tcp, 443}));
        host.reachabilityCheck = QStringLiteral("ssh");
        QCOMPARE(ReachabilityCheck::forHost(host), (ReachabilityCheck{ReachabilityCheck::Method::Ssh, 2222}));
        host.reachabilityCheck = QStringLiteral(" 8443 ");
        QCOMPARE(ReachabilityCheck::forHost(host), (ReachabilityCheck{ReachabilityCheck::Method::Tcp, 8443}));
        const ProbeTarget probe = ProbeTargets::forHost(host, QStringLiteral("fw"));
        QCOMPARE(probe.method, ProbeTarget::Method::TcpConnect);
        QCOMPARE(probe.port, quint16(8443));

        ReachabilityCheck check;
        QString error;
        for (const char *bad : {"0", "65536", "rdp", "22;id", "$(id)", "-1"}) {
            QVERIFY2(!ReachabilityCheck::parse(QString::fromLatin1(bad), &check, &error), bad);
            QVERIFY(error.contains(QLatin1String("ssh, none")));
        }
        QVERIFY(ReachabilityCheck::parse(QStringLiteral("NONE"), &check));
        QCOMPARE(check.method, ReachabilityCheck::Method::None);
        QCOMPARE(check.text(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestReachability)
#include "tst_reachability.moc"
