// Session → Remote Desktop in the window: the password asked for (or taken
// from the keychain) reaches the viewer on its standard input and nowhere
// else (its command line and environment, read from /proc while it runs, do
// not hold it); a stand-in viewer says what it got and fails with FreeRDP's
// words, which the window shows; and the real xfreerdp (under a private
// Xvfb) reaches a stub RDP server behind a jump host through the tunnel
// Werkbank opens itself (its X.224 connection request arrives, with the user),
// and completes a real TLS handshake with xrdp (run here on loopback in a
// private mount namespace) with FreeRDP's +auth-only. xrdp has no NLA: the
// password itself is checked only at its login screen, which +auth-only
// does not reach.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/desktop/DesktopSession.h"
#include "core/ssh/KnownHosts.h"
#include "widgets/desktop/DesktopController.h"
#include "widgets/desktop/DesktopLoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>

#include <csignal>
#include <unistd.h>

using namespace wb;
using namespace wbtest;

class TestWindowDesktop : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    HostId m_pc1 = 0;
    HostId m_pc2 = 0;
    QTcpServer m_stub; // the "RDP server" behind the jump host
    QByteArray m_firstPacket; // what the stub received
    int m_stubConnections = 0;
    QList<QPointer<QTcpSocket>> m_stubSockets; // held open until the test has read /proc
    bool m_stubHangsUp = false; // from then on it answers every packet by hanging up (FreeRDP tries again)
    QProcess m_xvfb;
    QString m_display;
    QProcess m_xrdp;
    quint16 m_xrdpPort = 0;
    QTemporaryDir m_xrdpDir;

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // An executable script in the test's folder, standing in for a viewer.
    QString writeProgram(const QString &name, const QByteArray &body)
    {
        const QString path = writeFile(name, body);
        if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qFatal("cannot make %s executable", qPrintable(path));
        return path;
    }

    DesktopController *desktops() const { return partOf<DesktopController>(m_window.get(), "desktopController"); }

    static void logIn(const QString &user, const QString &password, bool remember)
    {
        inDialog<DesktopLoginDialog>([user, password, remember](DesktopLoginDialog *dialog) {
            partOf<QLineEdit>(dialog, "desktopUser")->setText(user);
            partOf<QLineEdit>(dialog, "desktopPassword")->setText(password);
            partOf<QCheckBox>(dialog, "desktopRemember")->setChecked(remember);
            saveScreenshot(dialog, QStringLiteral("remote-desktop-login"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    }

    // What a running process was started with, NUL-separated, from /proc.
    static QByteArray procFile(qint64 pid, const char *name)
    {
        return readFile(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    }

    // xrdp on a loopback port with its own ini, its /run and /var/log private
    // (a mount namespace), so nothing of this machine's changes.
    void startXrdp()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/xrdp")), "xrdp is missing: ./scripts/setup installs it");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_xrdpPort = probe.serverPort();
        probe.close();
        QFile ini(QStringLiteral("/etc/xrdp/xrdp.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QByteArray config = ini.readAll();
        // The first port= is the listener's; the ones in the session sections stay.
        const qsizetype at = config.indexOf("\nport=");
        QVERIFY(at >= 0);
        config.replace(at + 1, config.indexOf('\n', at + 1) - at - 1, "port=tcp://127.0.0.1:" + QByteArray::number(m_xrdpPort));
        config.replace("security_layer=negotiate", "security_layer=tls");
        const QString dir = m_xrdpDir.path();
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/run/xrdp/sockdir")) && QDir().mkpath(dir + QStringLiteral("/log")));
        QFile own(dir + QStringLiteral("/xrdp.ini"));
        QVERIFY(own.open(QIODevice::WriteOnly) && own.write(config) == config.size());
        own.close();
        m_xrdp.setProcessChannelMode(QProcess::MergedChannels);
        m_xrdp.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("sh"),
                                                 QStringLiteral("-c"),
                                                 QStringLiteral("mount --bind \"$1/run\" /run && mount --bind \"$1/log\" /var/log && exec xrdp -n -c \"$1/xrdp.ini\""),
                                                 QStringLiteral("xrdp-fixture"), dir});
        QVERIFY(m_xrdp.waitForStarted(5000));
        QVERIFY2(QTest::qWaitFor([&] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_xrdpPort);
            return socket.waitForConnected(200) || m_xrdp.state() == QProcess::NotRunning;
        }, 10000) && m_xrdp.state() == QProcess::Running,
                 m_xrdp.readAll().constData());
    }

    // Processes whose parent is `pid` (xrdp forks one per connection).
    static QList<int> childrenOf(qint64 pid)
    {
        QList<int> children;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(entry));
            const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (entry.toInt() > 0 && fields.size() > 1 && fields.at(1).toLongLong() == pid)
                children << entry.toInt();
        }
        return children;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowdesktop");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        QVERIFY(m_stub.listen(QHostAddress::LocalHost, 0));
        // A private X server for xfreerdp (the window itself stays offscreen); it chooses a free display and says which.
        m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                                              QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY2(m_xvfb.waitForStarted(5000), "Xvfb is missing: ./scripts/setup installs it");
        QVERIFY(QTest::qWaitFor([&] { return m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running; }, 10000));
        QCOMPARE(m_xvfb.state(), QProcess::Running);
        m_display = QLatin1Char(':') + QString::fromLatin1(m_xvfb.readLine().trimmed());
        QVERIFY2(!m_display.isEmpty(), "no Xvfb display came up");
        qputenv("DISPLAY", m_display.toLatin1()); // the viewers inherit it
        startXrdp();
    }

    void cleanupTestCase()
    {
        // By PID: xrdp (sh exec'd into it, the namespace's first process) and the children it forked.
        for (const int child : childrenOf(m_xrdp.processId()))
            ::kill(child, SIGTERM);
        m_xrdp.terminate();
        if (!m_xrdp.waitForFinished(5000))
            m_xrdp.kill();
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }

    void init()
    {
        openWindow();
        const GroupId office = addGroup(QStringLiteral("office"));
        Host gw = fx.keyHost(QStringLiteral("gw"), QStringLiteral("127.0.0.1"), fx.port, office);
        gw.knownHostsFile = m_knownHosts;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&gw, &error), qPrintable(error));
        Host pc1;
        pc1.name = QStringLiteral("pc1");
        pc1.address = QStringLiteral("127.0.0.1");
        pc1.kind = HostKind::Workstation;
        pc1.groupId = office;
        pc1.remoteDesktop = QStringLiteral("rdp:%1").arg(m_stub.serverPort());
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&pc1, &error), qPrintable(error));
        m_pc1 = pc1.id;
        Host pc2 = pc1;
        pc2.id = 0;
        pc2.name = QStringLiteral("pc2");
        pc2.jumpHostId = gw.id;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&pc2, &error), qPrintable(error));
        m_pc2 = pc2.id;
        QVERIFY(editsSettled());
    }

    void cleanup()
    {
        closeWindow();
        QSettings().remove(QStringLiteral("desktop"));
    }

    void thePasswordGoesOnStdinAndTheViewersEndIsShown()
    {
        // A stand-in viewer: says what it was given, waits, then fails as FreeRDP does.
        const QString out = m_dir.filePath(QStringLiteral("viewer"));
        QVERIFY(QDir().mkpath(out));
        const QString script = writeProgram(QStringLiteral("fake-xfreerdp"),
                                         "#!/bin/sh\n"
                                         "d='" + out.toUtf8() + "'\n"
                                         "printf '%s\\n' \"$@\" > \"$d/args\"\n"
                                         "cat > \"$d/stdin\"\n"
                                         ": > \"$d/ready\"\n"
                                         "while [ ! -e \"$d/stop\" ]; do sleep 0.05; done\n"
                                         "echo '[13:00:00:000] [1:1] [ERROR][com.freerdp.core] - ERRCONNECT_LOGON_FAILURE [0x00020014]'\n"
                                         "exit 131\n");
        QSettings().setValue(QStringLiteral("desktop/rdpProgram"), script);
        const TicketId ticket = activateNewTicket(QStringLiteral("pc1 needs help"), {m_pc1});

        const QString password = QStringLiteral("S3cret $(id);x");
        QAction *open = partOf<QAction>(m_window.get(), "sessionRemoteDesktop");
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("sessionMenu"))->actions().contains(open));
        logIn(QStringLiteral("CORP\\alice"), password, false);
        panel()->selectHost(m_pc1);
        open->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + QStringLiteral("/ready")), 10000);
        const QStringList args = QString::fromUtf8(readFile(out + QStringLiteral("/args"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(args.contains(QStringLiteral("/v:127.0.0.1:%1").arg(m_stub.serverPort())), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(args.contains(QStringLiteral("/u:alice")));
        QVERIFY(args.contains(QStringLiteral("/d:CORP")));
        QVERIFY(args.contains(QStringLiteral("/from-stdin:force")));
        QCOMPARE(readFile(out + QStringLiteral("/stdin")), password.toUtf8() + '\n');
        // Its command line and environment, as any user of this computer could read them: no password.
        QCOMPARE(desktops()->sessions().size(), 1);
        const qint64 pid = desktops()->sessions().first()->viewerPid();
        QVERIFY(pid > 0);
        const QByteArray cmdline = procFile(pid, "cmdline");
        const QByteArray environ = procFile(pid, "environ");
        QVERIFY(cmdline.contains("/from-stdin:force"));
        QVERIFY(!environ.isEmpty());
        QVERIFY(!cmdline.contains("S3cret"));
        QVERIFY(!environ.contains("S3cret"));
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Remote desktop to pc1 started (RDP, 127.0.0.1:%1).").arg(m_stub.serverPort()));

        // Its end, in FreeRDP's words.
        QVERIFY(writeFile(QStringLiteral("viewer/stop"), {}).size() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem")), 10000);
        auto *problem = m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem"));
        QCOMPARE(problem->text(), QStringLiteral("The remote desktop to pc1 ended: %1 ended with exit code 131: ERRCONNECT_LOGON_FAILURE [0x00020014]").arg(script));
        QVERIFY(!problem->isModal());
        problem->close();
        QTRY_COMPARE(desktops()->sessions().size(), 0);
        QTRY_COMPARE(workLogTexts(ticket).size(), 2);
        QCOMPARE(workLogTexts(ticket).first(), QStringLiteral("Opened a remote desktop (RDP) to pc1 as CORP\\alice."));
        QVERIFY(workLogTexts(ticket).last().startsWith(QLatin1String("A remote desktop (RDP) to pc1 ended with a problem: ")));
        for (const QString &line : workLogTexts(ticket))
            QVERIFY(!line.contains(QLatin1String("S3cret")));
    }

    void freeRdpThroughAJumpHostWithTheKeychain()
    {
        m_firstPacket.clear();
        m_stubConnections = 0;
        connect(&m_stub, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_stub.nextPendingConnection();
            ++m_stubConnections;
            m_stubSockets << socket;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_firstPacket += socket->readAll();
                if (m_stubHangsUp)
                    socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        // No RDP here: once the test has looked, the stub hangs up and the client gives up.
        m_stubHangsUp = false;
        const auto hangUp = [this] {
            m_stubHangsUp = true;
            for (const QPointer<QTcpSocket> &socket : std::as_const(m_stubSockets)) {
                if (socket)
                    socket->disconnectFromHost();
            }
            m_stubSockets.clear();
        };
        const auto stopStub = qScopeGuard([this, hangUp] {
            m_stub.disconnect(this);
            hangUp();
        });
        const qint64 logStart = QFileInfo(fx.log(QStringLiteral("main"))).size();
        const QString password = QStringLiteral("Keychain-Pass-1");
        logIn(QStringLiteral("alice"), password, true);
        panel()->selectHost(m_pc2);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger();
        // The tunnel first, then xfreerdp at its end here.
        QTRY_VERIFY_WITH_TIMEOUT(!desktops()->sessions().isEmpty() && desktops()->sessions().first()->viewerPid() > 0, 20000);
        DesktopSession *session = desktops()->sessions().first();
        QByteArray viewerOutput; // what it printed, read as it ends (the session goes right after)
        connect(session, &DesktopSession::ended, this, [&viewerOutput, session] { viewerOutput = session->viewerOutput(); });
        // FreeRDP keeps the server's own address (its certificate memory with it) and goes through Werkbank's SOCKS tunnel.
        const QString target = session->viewerTarget();
        QVERIFY2(target.startsWith(QStringLiteral("127.0.0.1:%1 through 127.0.0.1:").arg(m_stub.serverPort())), qPrintable(target));
        // Its connection request reached the server behind the jump host: TPKT, X.224, the user's cookie.
        QTRY_VERIFY_WITH_TIMEOUT(m_firstPacket.size() >= 11, 20000);
        QCOMPARE(m_firstPacket.left(2), QByteArray("\x03\x00", 2));
        QVERIFY2(m_firstPacket.contains("Cookie: mstshash=alice"), m_firstPacket.toHex().constData());
        // While it waits for the answer: its command line and environment, as anyone here could read them.
        const QByteArray cmdline = procFile(session->viewerPid(), "cmdline");
        QVERIFY2(cmdline.contains(QStringLiteral("/v:127.0.0.1:%1").arg(m_stub.serverPort()).toUtf8()), cmdline.constData());
        QVERIFY(!cmdline.contains("Keychain-Pass"));
        // The stub is on loopback, so reaching it proves nothing by itself: the jump host's log names the way.
        QVERIFY2(SshFixture::readServerLog(fx.log(QStringLiteral("main")), logStart)
                     .contains(QStringLiteral("target 127.0.0.1 port %1").arg(m_stub.serverPort()).toUtf8()),
                 "the jump host did not carry the connection");
        const QByteArray environ = procFile(session->viewerPid(), "environ");
        QVERIFY(environ.contains("DISPLAY="));
        QVERIFY(!environ.contains("Keychain-Pass"));
        hangUp();
        // It gives up, and the window says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem")), 20000);
        // FreeRDP asked for the password on its standard input (the prompt it prints there), read it and went on to connect.
        QVERIFY2(viewerOutput.contains("Password:"), viewerOutput.constData());
        QVERIFY(!viewerOutput.contains("Keychain-Pass"));
        const QString problem = m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem"))->text();
        QVERIFY2(problem.startsWith(QLatin1String("The remote desktop to pc2 ended: xfreerdp ended with exit code ")), qPrintable(problem));
        m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem"))->close();
        QTRY_COMPARE(desktops()->sessions().size(), 0);

        // Again: the keychain has the password, nothing is asked.
        m_firstPacket.clear();
        m_stubHangsUp = false;
        ModalWatch<DesktopLoginDialog> asked([](DesktopLoginDialog *dialog) { dialog->reject(); });
        panel()->selectHost(m_pc2);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_firstPacket.contains("Cookie: mstshash=alice"), 20000);
        QVERIFY(!asked.seen());
        QVERIFY(m_stubConnections >= 2); // FreeRDP may try again with other security settings
        hangUp();
        QTRY_COMPARE_WITH_TIMEOUT(desktops()->sessions().size(), 0, 20000);
    }

    // VNC: the configured viewer, HOST::PORT, no password from here (the
    // viewer asks); behind a jump host pointed at a -L on a port of its own.
    void aVncViewerStraightAndThroughATunnel()
    {
        const QString out = m_dir.filePath(QStringLiteral("vnc"));
        QVERIFY(QDir().mkpath(out));
        const QString script = writeProgram(QStringLiteral("fake-vncviewer"),
                                         "#!/bin/sh\n"
                                         "d='" + out.toUtf8() + "'\n"
                                         "printf '%s\\n' \"$@\" >> \"$d/args\"\n"
                                         "cat > \"$d/stdin\"\n"
                                         "exit 0\n");
        QSettings().setValue(QStringLiteral("desktop/vncProgram"), script);
        QString error;
        for (const HostId id : {m_pc1, m_pc2}) {
            Host pc = *m_inventory->host(id);
            pc.remoteDesktop = QStringLiteral("vnc:%1").arg(m_stub.serverPort());
            QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(pc, &error), qPrintable(error));
        }
        QVERIFY(editsSettled());
        QSignalSpy said(desktops(), &DesktopController::statusMessage);
        panel()->selectHost(m_pc1);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger(); // no login asked: the viewer asks
        QTRY_VERIFY_WITH_TIMEOUT(desktops()->sessions().isEmpty() && !said.isEmpty(), 10000);
        QCOMPARE(readFile(out + QStringLiteral("/args")), QStringLiteral("127.0.0.1::%1\n").arg(m_stub.serverPort()).toUtf8());
        QCOMPARE(readFile(out + QStringLiteral("/stdin")), QByteArray());
        QTRY_COMPARE(said.last().first().toString(), QStringLiteral("Remote desktop to pc1 ended."));

        panel()->selectHost(m_pc2);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(readFile(out + QStringLiteral("/args")).count('\n') == 2, 20000);
        const QByteArray second = readFile(out + QStringLiteral("/args")).split('\n').at(1);
        QVERIFY2(second.startsWith("127.0.0.1::") && second != "127.0.0.1::" + QByteArray::number(m_stub.serverPort()), second.constData());
        QTRY_VERIFY_WITH_TIMEOUT(desktops()->sessions().isEmpty(), 20000);
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem")));
    }

    // The real FreeRDP with Werkbank's own arguments (and +auth-only, the
    // test's only addition, through a wrapper) against xrdp behind the jump
    // host: the TLS handshake completes and FreeRDP ends well.
    void aRealHandshakeWithXrdp()
    {
        const QString wrapper = writeProgram(QStringLiteral("xfreerdp-auth-only"), "#!/bin/sh\nexec xfreerdp \"$@\" +auth-only\n");
        QSettings().setValue(QStringLiteral("desktop/rdpProgram"), wrapper);
        Host pc3 = *m_inventory->host(m_pc2);
        pc3.remoteDesktop = QStringLiteral("rdp:%1").arg(m_xrdpPort);
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(pc3, &error), qPrintable(error));
        QVERIFY(editsSettled());
        QSignalSpy said(desktops(), &DesktopController::statusMessage);
        logIn(QStringLiteral("alice"), QStringLiteral("not-checked-by-auth-only"), false);
        panel()->selectHost(m_pc2);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger();
        QCOMPARE(desktops()->sessions().size(), 1); // made once the login was given
        QByteArray viewerOutput;
        DesktopSession *session = desktops()->sessions().first();
        connect(session, &DesktopSession::ended, this, [&viewerOutput, session] { viewerOutput = session->viewerOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(desktops()->sessions().isEmpty(), 30000);
        QVERIFY2(viewerOutput.contains("Authentication only, exit status 0"), viewerOutput.constData());
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem")));
        bool ended = false;
        for (const QList<QVariant> &message : std::as_const(said))
            ended = ended || message.first().toString() == QStringLiteral("Remote desktop to pc2 ended.");
        QVERIFY(ended);
    }
};

QTEST_MAIN(TestWindowDesktop)
#include "tst_windowdesktop.moc"
