// Port forwards against the sshd fixture, with real traffic: -L to an echo
// server, 100 streams at once with one that stops reading, -D through curl
// (SOCKS5, SOCKS5 with the name resolved by the server, SOCKS4a), -R back to
// an echo server here, and the failures in words: a port in use, a server
// that does not allow forwarding, a target that refuses, a lost connection.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/integration/ssh/TunnelTestSupport.h"

#include "core/tunnels/TunnelSession.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>

using namespace wb;
using namespace wbtest;

class TestTunnels : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;

    SshConnectOptions options() const
    {
        SshConnectOptions o;
        o.knownHostsPath = m_knownHosts;
        o.useAgent = false;
        o.useKeychain = false;
        return o;
    }

    static PortForward forward(PortForward::Kind kind, quint16 bindPort, const QString &host = {}, quint16 hostPort = 0)
    {
        PortForward f;
        f.kind = kind;
        f.bindPort = bindPort;
        f.host = host;
        f.hostPort = hostPort;
        return f;
    }

    // Opens the session and waits until no forward is starting any more.
    static bool start(TunnelSession &session)
    {
        session.open();
        return QTest::qWaitFor([&] {
            if (!session.isRunning())
                return false;
            for (int i = 0; i < session.forwards().size(); ++i) {
                if (session.status(i).state == TunnelStatus::State::Starting)
                    return false;
            }
            return true;
        }, 20000);
    }

    static QByteArray randomBytes(int size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
        return data;
    }

    static QString curl(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.start(QStringLiteral("curl"), QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20")} + arguments);
        // The event loop runs meanwhile: nothing here may block the test's own servers.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
            process.kill();
            process.waitForFinished();
            *exitCode = -1;
            return QStringLiteral("<curl did not end>");
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                                       {KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(), fx.hostKeyLine(QStringLiteral("admin"))}});
    }

    void localForwardCarriesData()
    {
        TcpPeerServer echo(TcpPeerServer::Mode::Echo);
        const quint16 echoPort = echo.startServing();
        TunnelSession session(fx.main({fx.clientKey()}), options(), {forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), echoPort)});
        QVERIFY(start(session));
        QCOMPARE(session.status(0).state, TunnelStatus::State::Active);
        const quint16 port = session.status(0).boundPort;
        QVERIFY(port != 0);
        const QByteArray data = randomBytes(4 * 1024 * 1024);
        QVERIFY(echoThrough(port, data) == data);
        // The counters reach the window.
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).bytesIn == data.size(); }, 5000));
        QCOMPARE(session.status(0).bytesOut, qint64(data.size()));
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).connections == 0; }, 5000));
        QCOMPARE(session.status(0).connectionsTotal, qint64(1));
        QVERIFY(session.status(0).error.isEmpty());

        // Stopped: nothing listens there any more.
        QSignalSpy stopped(&session, &TunnelSession::stopped);
        session.close();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.first().at(0).toString(), QString());
        QCOMPARE(session.status(0).state, TunnelStatus::State::Stopped);
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(2000));
    }

    // 100 streams at once; one client sends 16 MiB and reads nothing until
    // the other 99 are through, so its stream stalls: they must not.
    void hundredStreamsAndOneStalled()
    {
        TcpPeerServer echo(TcpPeerServer::Mode::Echo);
        const quint16 echoPort = echo.startServing();
        TunnelSession session(fx.main({fx.clientKey()}), options(), {forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), echoPort)});
        QVERIFY(start(session));
        const quint16 port = session.status(0).boundPort;
        constexpr int streams = 100;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < streams; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).connections == streams; }, 20000));
        const QByteArray stalledData = randomBytes(16 * 1024 * 1024);
        sockets.front()->setReadBufferSize(64 * 1024); // reads nothing beyond this until told
        sockets.front()->write(stalledData);
        std::vector<QByteArray> sent(streams);
        std::vector<QByteArray> received(streams);
        for (int i = 1; i < streams; ++i) {
            sent[i] = randomBytes(256 * 1024);
            sockets[i]->write(sent[i]);
        }
        const bool othersDone = QTest::qWaitFor([&] {
            bool all = true;
            for (int i = 1; i < streams; ++i) {
                received[i] += sockets[i]->readAll();
                all = all && received[i].size() >= sent[i].size();
            }
            return all;
        }, 60000);
        int done = 0;
        for (int i = 1; i < streams; ++i)
            done += received[i] == sent[i] ? 1 : 0;
        QVERIFY2(othersDone, qPrintable(QStringLiteral("%1 of 99 streams came back whole").arg(done)));
        QCOMPARE(done, streams - 1);
        QVERIFY2(received.front().isEmpty() && sockets.front()->bytesAvailable() <= 64 * 1024, "the stalled client read nothing yet");
        // The stalled one now reads: everything arrives, in order.
        sockets.front()->setReadBufferSize(0);
        QVERIFY(QTest::qWaitFor([&] {
            received.front() += sockets.front()->readAll();
            return received.front().size() >= stalledData.size();
        }, 60000));
        QVERIFY(received.front() == stalledData);
        sockets.clear();
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).connections == 0; }, 10000));
        QCOMPARE(session.status(0).connectionsTotal, qint64(streams));
    }

    // The far end answers and closes while the client still sends (an HTTP
    // server refusing a large upload): the answer reaches the client.
    void anAnswerBeforeTheUploadEndsArrives()
    {
        TcpPeerServer refuser(TcpPeerServer::Mode::Refuse, "HTTP/1.0 413 Payload Too Large\r\n\r\n");
        const quint16 refuserPort = refuser.startServing();
        TunnelSession session(fx.main({fx.clientKey()}), options(), {forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), refuserPort)});
        QVERIFY(start(session));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, session.status(0).boundPort);
        QVERIFY(client.waitForConnected(5000));
        const QByteArray upload = randomBytes(32 * 1024 * 1024);
        client.write(upload);
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] {
            answer += client.readAll();
            return answer.contains("413") || client.state() == QAbstractSocket::UnconnectedState;
        }, 20000));
        answer += client.readAll();
        QCOMPARE(answer, QByteArray("HTTP/1.0 413 Payload Too Large\r\n\r\n"));
        QVERIFY(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).connections == 0; }, 10000));
    }

    void dynamicForwardSpeaksSocks()
    {
        TcpPeerServer web(TcpPeerServer::Mode::Http, "hello through the tunnel\n");
        const quint16 webPort = web.startServing();
        TunnelSession session(fx.main({fx.clientKey()}), options(), {forward(PortForward::Kind::Dynamic, 0)});
        QVERIFY(start(session));
        QCOMPARE(session.status(0).state, TunnelStatus::State::Active);
        const QString proxy = QStringLiteral("127.0.0.1:%1").arg(session.status(0).boundPort);
        const QString url = QStringLiteral("http://%1:%2/").arg(QStringLiteral("127.0.0.1")).arg(webPort);
        const QString byName = QStringLiteral("http://localhost:%1/").arg(webPort);
        int exitCode = -1;
        QCOMPARE(curl({QStringLiteral("--socks5"), proxy, url}, &exitCode), QStringLiteral("hello through the tunnel\n"));
        QCOMPARE(exitCode, 0);
        // The name goes to the server, which resolves it.
        QCOMPARE(curl({QStringLiteral("--socks5-hostname"), proxy, byName}, &exitCode), QStringLiteral("hello through the tunnel\n"));
        QCOMPARE(exitCode, 0);
        QCOMPARE(curl({QStringLiteral("--socks4a"), proxy, byName}, &exitCode), QStringLiteral("hello through the tunnel\n"));
        QCOMPARE(exitCode, 0);
        QCOMPARE(curl({QStringLiteral("--socks4"), proxy, url}, &exitCode), QStringLiteral("hello through the tunnel\n"));
        QCOMPARE(exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).connectionsTotal == 4 && session.status(0).connections == 0; }, 5000));

        // A target that refuses: curl hears "connection refused" (SOCKS5 reply 5, which it prints as
        // "(5)") and the forward says why.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        const QString refused = curl({QStringLiteral("--socks5"), proxy, QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)}, &exitCode);
        QCOMPARE(exitCode, 97); // CURLE_PROXY
        QVERIFY2(refused.contains(QLatin1String("SOCKS5 connection to 127.0.0.1. (5)")), qPrintable(refused));
        QVERIFY(QTest::qWaitFor([&] { return !session.status(0).error.isEmpty(); }, 5000));
        QCOMPARE(session.status(0).error, QStringLiteral("the server could not connect to 127.0.0.1:%1").arg(closedPort));

        // Not SOCKS at all: closed, the forward goes on.
        QTcpSocket stranger;
        stranger.connectToHost(QHostAddress::LocalHost, session.status(0).boundPort);
        QVERIFY(stranger.waitForConnected(5000));
        stranger.write("GET / HTTP/1.0\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return stranger.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(curl({QStringLiteral("--socks5"), proxy, url}, &exitCode), QStringLiteral("hello through the tunnel\n"));
    }

    void remoteForwardReachesBack()
    {
        TcpPeerServer echo(TcpPeerServer::Mode::Echo);
        const quint16 echoPort = echo.startServing();
        // A port free now, for the server to listen on (the fixture shares this machine's loopback).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 remotePort = probe.serverPort();
        probe.close();
        TunnelSession session(fx.main({fx.clientKey()}), options(),
                              {forward(PortForward::Kind::Remote, remotePort, QStringLiteral("127.0.0.1"), echoPort),
                               forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), echoPort)});
        QVERIFY(start(session));
        QCOMPARE(session.status(0).state, TunnelStatus::State::Active);
        QCOMPARE(session.status(0).boundPort, remotePort);
        const QByteArray data = randomBytes(2 * 1024 * 1024);
        QVERIFY(echoThrough(remotePort, data) == data);
        QVERIFY(echoThrough(session.status(1).boundPort, "and the local one beside it") == "and the local one beside it");
        QVERIFY(QTest::qWaitFor([&] { return session.status(0).connectionsTotal == 1 && session.status(0).connections == 0; }, 5000));
    }

    void failuresInWords()
    {
        QTcpServer holder; // another program on the port
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        TcpPeerServer echo(TcpPeerServer::Mode::Echo);
        const quint16 echoPort = echo.startServing();
        TunnelSession session(fx.main({fx.clientKey()}), options(),
                              {forward(PortForward::Kind::Local, holder.serverPort(), QStringLiteral("127.0.0.1"), echoPort),
                               forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), echoPort)});
        QVERIFY(start(session));
        QCOMPARE(session.status(0).state, TunnelStatus::State::Failed);
        QCOMPARE(session.status(0).error, QStringLiteral("port %1 on 127.0.0.1 is in use by another program").arg(holder.serverPort()));
        QCOMPARE(session.status(1).state, TunnelStatus::State::Active); // the other one goes on
        QVERIFY(echoThrough(session.status(1).boundPort, "still here") == "still here");

        // A server that does not allow forwarding (dave on the admin server).
        TunnelSession refused(fx.admin(QStringLiteral("dave"), {fx.clientKey()}), options(),
                              {forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), echoPort),
                               forward(PortForward::Kind::Remote, 0, QStringLiteral("127.0.0.1"), echoPort)});
        QVERIFY(start(refused));
        QCOMPARE(refused.status(1).state, TunnelStatus::State::Failed);
        QVERIFY2(refused.status(1).error.startsWith(QLatin1String("the server refused to listen on port 0")), qPrintable(refused.status(1).error));
        QCOMPARE(refused.status(0).state, TunnelStatus::State::Active); // listening here is ours to do
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, refused.status(0).boundPort);
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return !refused.status(0).error.isEmpty(); }, 5000));
        QCOMPARE(refused.status(0).error, QStringLiteral("the server does not allow forwarding to 127.0.0.1:%1").arg(echoPort));

        // The connection is lost: every forward stops and says so.
        QSignalSpy stopped(&session, &TunnelSession::stopped);
        QVERIFY(fx.killSessions(QStringLiteral("main")) > 0);
        QVERIFY(stopped.wait(20000));
        QVERIFY2(!stopped.first().at(0).toString().isEmpty(), "a lost connection is an error");
        QCOMPARE(session.status(1).state, TunnelStatus::State::Stopped);
        QCOMPARE(session.status(1).error, stopped.first().at(0).toString().section(QLatin1String(": "), -1));
    }

    void wrongLoginStopsEveryForward()
    {
        SshEndpoint stranger = fx.main({fx.strangerKey()});
        stranger.offer = SshEndpoint::Offer::KeyFilesOnly;
        TunnelSession session(stranger, options(), {forward(PortForward::Kind::Local, 0, QStringLiteral("127.0.0.1"), 9)});
        QSignalSpy stopped(&session, &TunnelSession::stopped);
        session.open();
        QVERIFY(stopped.wait(20000));
        QVERIFY(!stopped.first().at(0).toString().isEmpty());
        QCOMPARE(session.status(0).state, TunnelStatus::State::Stopped);
        QCOMPARE(session.status(0).error, stopped.first().at(0).toString());
    }
};

QTEST_GUILESS_MAIN(TestTunnels)
#include "tst_tunnels.moc"
