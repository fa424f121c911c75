// Session → Remote Desktop in the window: the password asked for (or taken
// from the keychain) reaches the viewer on its standard input and nowhere
// else (its command line and environment, read from /proc while it runs, do
// not hold it); a stand-in viewer says what it got and fails with FreeRDP's
// words, which the window shows; and the real xfreerdp (under a private
// Xvfb) reaches a stub RDP server behind a jump host through the tunnel
// Werkbank opens itself (its X.224 connection request arrives, with the user).
// No RDP server runs here (xrdp is not installed): the stub reads the
// client's first packet, which proves the way there, not a login.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/desktop/DesktopSession.h"
#include "core/ssh/KnownHosts.h"
#include "widgets/desktop/DesktopController.h"
#include "widgets/desktop/DesktopLoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
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
    QProcess m_xvfb;
    QString m_display;

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowdesktop");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        QVERIFY(m_stub.listen(QHostAddress::LocalHost, 0));
        // A private X server for xfreerdp (the window itself stays offscreen).
        for (int display = 90 + int(getpid() % 50); display < 200 && m_display.isEmpty(); ++display) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)) || QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
                continue;
            m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"), QStringLiteral("0"),
                                                  QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            QVERIFY2(m_xvfb.waitForStarted(5000), "Xvfb is missing: ./scripts/setup installs it");
            if (QTest::qWaitFor([&] { return QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)); }, 5000))
                m_display = QStringLiteral(":%1").arg(display);
        }
        QVERIFY2(!m_display.isEmpty(), "no Xvfb display came up");
        qputenv("DISPLAY", m_display.toLatin1()); // the viewers inherit it
    }

    void cleanupTestCase()
    {
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
        const QString script = writeFile(QStringLiteral("fake-xfreerdp"),
                                         "#!/bin/sh\n"
                                         "d='" + out.toUtf8() + "'\n"
                                         "printf '%s\\n' \"$@\" > \"$d/args\"\n"
                                         "cat > \"$d/stdin\"\n"
                                         ": > \"$d/ready\"\n"
                                         "while [ ! -e \"$d/stop\" ]; do sleep 0.05; done\n"
                                         "echo '[13:00:00:000] [1:1] [ERROR][com.freerdp.core] - ERRCONNECT_LOGON_FAILURE [0x00020014]'\n"
                                         "exit 131\n");
        QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
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
        QByteArray firstPacket;
        int connections = 0;
        connect(&m_stub, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = m_stub.nextPendingConnection();
            ++connections;
            connect(socket, &QTcpSocket::readyRead, socket, [&firstPacket, socket] {
                firstPacket += socket->readAll();
                socket->disconnectFromHost(); // no RDP here: the client gives up and says so
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        const auto stopStub = qScopeGuard([this] { m_stub.disconnect(this); });
        const QString password = QStringLiteral("Keychain-Pass-1");
        logIn(QStringLiteral("alice"), password, true);
        panel()->selectHost(m_pc2);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger();
        // The tunnel first, then xfreerdp at its end here.
        QTRY_VERIFY_WITH_TIMEOUT(!desktops()->sessions().isEmpty() && desktops()->sessions().first()->viewerPid() > 0, 20000);
        DesktopSession *session = desktops()->sessions().first();
        const QString target = session->viewerTarget();
        QVERIFY2(target.startsWith(QLatin1String("127.0.0.1:")) && target != QStringLiteral("127.0.0.1:%1").arg(m_stub.serverPort()),
                 qPrintable(target));
        const QByteArray cmdline = procFile(session->viewerPid(), "cmdline");
        QVERIFY(cmdline.contains(("/v:" + target).toUtf8()));
        QVERIFY(!cmdline.contains("Keychain-Pass"));
        QVERIFY(!procFile(session->viewerPid(), "environ").contains("Keychain-Pass"));
        // Its connection request reached the server behind the jump host: TPKT, X.224, the user's cookie.
        QTRY_VERIFY_WITH_TIMEOUT(firstPacket.size() >= 11, 20000);
        QCOMPARE(firstPacket.left(2), QByteArray("\x03\x00", 2));
        QVERIFY2(firstPacket.contains("Cookie: mstshash=alice"), firstPacket.toHex().constData());
        // It gives up, and the window says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem")), 20000);
        const QString problem = m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem"))->text();
        QVERIFY2(problem.startsWith(QLatin1String("The remote desktop to pc2 ended: xfreerdp ended with exit code ")), qPrintable(problem));
        m_window->findChild<QMessageBox *>(QStringLiteral("desktopProblem"))->close();
        QTRY_COMPARE(desktops()->sessions().size(), 0);

        // Again: the keychain has the password, nothing is asked.
        firstPacket.clear();
        ModalWatch<DesktopLoginDialog> asked([](DesktopLoginDialog *dialog) { dialog->reject(); });
        panel()->selectHost(m_pc2);
        partOf<QAction>(m_window.get(), "sessionRemoteDesktop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(firstPacket.contains("Cookie: mstshash=alice"), 20000);
        QVERIFY(!asked.seen());
        QVERIFY(connections >= 2); // FreeRDP may try again with other security settings
        QTRY_COMPARE_WITH_TIMEOUT(desktops()->sessions().size(), 0, 20000);
    }
};

QTEST_MAIN(TestWindowDesktop)
#include "tst_windowdesktop.moc"
