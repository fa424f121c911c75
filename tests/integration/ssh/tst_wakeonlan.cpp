// Wake-on-LAN: the exact magic packet; the routes a group can name; the packet
// sent from here to a UDP listener on loopback (the destination set to a
// loopback address); and through a relay (the fixture's sshd runs the relay
// script with its python3, which sends to the same listener); the script in a
// shell without any tool says so.
#include "tests/integration/ssh/SshFixture.h"

#include "core/fleet/WakeOnLan.h"
#include "core/ssh/CommandRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUdpSocket>

using namespace wb;
using namespace wbtest;

namespace {

const QString mac = QStringLiteral("52:54:00:ab:cd:ef");
const QString otherMac = QStringLiteral("52:54:00:01:02:03");

QByteArray expectedPacket(const QString &forMac = mac)
{
    QByteArray packet(6, char(0xff));
    for (int i = 0; i < 16; ++i)
        packet += QByteArray::fromHex(forMac.toLatin1().replace(':', ""));
    return packet;
}

QByteArray receive(QUdpSocket &listener, int timeoutMs = 20000)
{
    if (!listener.hasPendingDatagrams() && !listener.waitForReadyRead(timeoutMs))
        return "<nothing came>";
    QByteArray datagram(int(listener.pendingDatagramSize()), Qt::Uninitialized);
    listener.readDatagram(datagram.data(), datagram.size());
    return datagram;
}

} // namespace

class TestWakeOnLan : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void thePacketAndTheRoutes()
    {
        QCOMPARE(WakeOnLan::magicPacket(mac), expectedPacket());
        QCOMPARE(WakeOnLan::magicPacket(mac).size(), 102);
        QVERIFY(WakeOnLan::magicPacket(QStringLiteral("52:54:00:ab:cd")).isEmpty());
        QVERIFY(WakeOnLan::magicPacket(QStringLiteral("$(id)")).isEmpty());

        WakeRoute route;
        QVERIFY(WakeRoute::parseAddress(QString(), &route));
        QCOMPARE(route.address, QStringLiteral("255.255.255.255"));
        QCOMPARE(route.port, quint16(9));
        QVERIFY(WakeRoute::parseAddress(QStringLiteral(" 192.0.2.255:7 "), &route));
        QCOMPARE(route.address, QStringLiteral("192.0.2.255"));
        QCOMPARE(route.port, quint16(7));
        QCOMPARE(route.target(), QStringLiteral("192.0.2.255:7"));
        route.relay = 42;
        QVERIFY(WakeRoute::parseAddress(QStringLiteral("10.1.2.255"), &route));
        QCOMPARE(route.target(), QStringLiteral("10.1.2.255"));
        QCOMPARE(route.relay, HostId(42)); // the relay is not the address's business
        QString error;
        for (const char *bad : {"relay:x", "1.2.3", "300.1.1.1", "192.0.2.255:0", "192.0.2.255:x", "fe80::1", "a b", "1.2.3.4:5:6"}) {
            QVERIFY2(!WakeRoute::parseAddress(QString::fromLatin1(bad), &route, &error), bad);
            QVERIFY(error.contains(QLatin1String("192.0.2.255:7")));
        }
        QCOMPARE(route.target(), QStringLiteral("10.1.2.255")); // a refusal changes nothing
    }

    void sentFromHereToALoopbackListener()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        WakeSender sender;
        QSignalSpy sent(&sender, &WakeSender::sent);
        const int id = sender.send(WakeOnLan::magicPacket(mac), QStringLiteral("127.0.0.1"), listener.localPort());
        QCOMPARE(receive(listener), expectedPacket());
        QVERIFY(sent.wait(5000) || sent.size() == 1);
        QCOMPARE(sent.first().at(0).toInt(), id);
        QCOMPARE(sent.first().at(1).toString(), QString());
    }

    void sentByARelayOverSsh()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        SshTarget relay;
        relay.endpoint = fx.main({fx.clientKey()});
        relay.options.knownHostsPath = knownHosts;
        relay.options.useAgent = false;
        RunSpec spec;
        // Two workstations behind one relay: one run, a packet each.
        spec.script = WakeOnLan::relayScript({mac, otherMac}, QStringLiteral("127.0.0.1"), listener.localPort());
        spec.useKeychain = false;
        CommandRunner runner({relay}, spec);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
        const HostRun &run = runner.result(0);
        QVERIFY2(run.state == HostRun::State::Done, qPrintable(run.failure.message() + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QVERIFY2(run.out.contains("@@sent python3"), run.out.constData());
        QCOMPARE(WakeOnLan::relayProblem(run.out, run.exitStatus), QString());
        QCOMPARE(receive(listener), expectedPacket());
        QCOMPARE(receive(listener), expectedPacket(otherMac));
    }

    void aRelayWithoutToolsSaysSo()
    {
        // The same script in a real sh, with nothing on its PATH.
        QProcess shell;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), m_dir.path());
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        QVERIFY(shell.waitForStarted());
        shell.write(WakeOnLan::relayScript({mac}, QStringLiteral("127.0.0.1"), 9));
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        const QByteArray output = shell.readAllStandardOutput();
        QCOMPARE(shell.exitCode(), 3);
        QCOMPARE(output, QByteArray("@@no-tool\n"));
        QCOMPARE(WakeOnLan::relayProblem(output, 3),
                 QStringLiteral("the relay has none of python3, wakeonlan, socat or etherwake to send the packet with"));
        QVERIFY(!WakeOnLan::relayProblem("", 1).isEmpty());
        QVERIFY(WakeOnLan::relayProblem("@@failed\n", 4).contains(QLatin1String("could not send")));

        // socat, when it is the tool there is: each packet on its stdin, to the address given.
        const QString socatDir = m_dir.filePath(QStringLiteral("socat-only"));
        QVERIFY(QDir().mkpath(socatDir));
        const QString sentFile = m_dir.filePath(QStringLiteral("socat-sent"));
        QFile fake(socatDir + QStringLiteral("/socat"));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\n/bin/cat >> '" + sentFile.toUtf8() + "'\necho \"$2\" >> '" + sentFile.toUtf8() + ".args'\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        environment.insert(QStringLiteral("PATH"), socatDir);
        QProcess socatShell;
        socatShell.setProcessEnvironment(environment);
        socatShell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        QVERIFY(socatShell.waitForStarted());
        socatShell.write(WakeOnLan::relayScript({mac, otherMac}, QStringLiteral("192.0.2.255"), 7));
        socatShell.closeWriteChannel();
        QVERIFY(socatShell.waitForFinished());
        QCOMPARE(socatShell.readAllStandardOutput(), QByteArray("@@sent socat\n"));
        QCOMPARE(socatShell.exitCode(), 0);
        QFile sent(sentFile);
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QCOMPARE(sent.readAll(), expectedPacket() + expectedPacket(otherMac));
        QFile args(sentFile + QStringLiteral(".args"));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll(), QByteArray("UDP-DATAGRAM:192.0.2.255:7,broadcast\nUDP-DATAGRAM:192.0.2.255:7,broadcast\n"));
        // Whoever calls it, what is not a MAC or an address never becomes a script.
        QVERIFY(WakeOnLan::relayScript({mac, QStringLiteral("'; reboot; '")}, QStringLiteral("127.0.0.1"), 9).isEmpty());
        QVERIFY(WakeOnLan::relayScript({mac}, QStringLiteral("127.0.0.1'; reboot; '"), 9).isEmpty());
        QVERIFY(WakeOnLan::relayScript({mac}, QStringLiteral("127.0.0.1"), 0).isEmpty());
        QVERIFY(WakeOnLan::relayScript({}, QStringLiteral("127.0.0.1"), 9).isEmpty());
        QVERIFY(WakeOnLan::relayScript({mac}, QStringLiteral("127.0.0.1:99"), 9).isEmpty());
        QVERIFY(WakeOnLan::relayScript({mac}, QStringLiteral("127.0.0.1\n"), 9).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWakeOnLan)
#include "tst_wakeonlan.moc"
