// Session → Tunnels in the window, against the sshd fixture: a host's forwards
// in their tab (model tested), each with its state; data through a -L and
// curl through a -D; a port in use said in words while the others go on; Copy
// Address; Stop and Start again; the start in the active ticket's work log; and
// a terminal to the host that starts its forwards behind it, which end with it.
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/integration/ssh/TunnelTestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/ssh/KnownHosts.h"
#include "models/tunnels/TunnelTableModel.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalView.h"
#include "widgets/tunnels/TunnelsView.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace wb;
using namespace wbtest;

class TestWindowTunnels : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    HostId m_web1 = 0;
    TcpPeerServer m_echo{TcpPeerServer::Mode::Echo};
    TcpPeerServer m_web{TcpPeerServer::Mode::Http, "through the SOCKS forward\n"};
    quint16 m_local = 0;
    quint16 m_socks = 0;
    QTcpServer m_holder; // another program on a port a forward wants

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    TunnelsView *tunnelsTab() const
    {
        QTabWidget *tabs = m_window->sessionArea()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (auto *view = qobject_cast<TunnelsView *>(tabs->widget(i)))
                return view;
        }
        return nullptr;
    }

    static TunnelStatus::State stateOf(TunnelsView *view, int row) { return view->model()->status(row).state; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowtunnels");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        m_echo.startServing();
        m_web.startServing();
        QVERIFY(m_holder.listen(QHostAddress::LocalHost, 0));
    }

    void init()
    {
        openWindow();
        m_local = freePort();
        do
            m_socks = freePort();
        while (m_socks == m_local);
        Host h = fx.keyHost(QStringLiteral("web1"), QStringLiteral("127.0.0.1"), fx.port, addGroup(QStringLiteral("site")));
        h.knownHostsFile = m_knownHosts;
        h.portForwards = {QStringLiteral("-L %1:127.0.0.1:%2").arg(m_local).arg(m_echo.port()), QStringLiteral("-D %1").arg(m_socks),
                          QStringLiteral("-L %1:127.0.0.1:%2").arg(m_holder.serverPort()).arg(m_echo.port())};
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&h, &error), qPrintable(error));
        m_web1 = h.id;
        QVERIFY(editsSettled());
    }

    void cleanup() { closeWindow(); }

    void tunnelsTabRunsTheHostsForwards()
    {
        const TicketId ticket = activateNewTicket(QStringLiteral("reach the database"), {m_web1});

        QAction *tunnels = partOf<QAction>(m_window.get(), "sessionTunnels");
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("sessionMenu"))->actions().contains(tunnels));
        panel()->selectHost(m_web1);
        tunnels->trigger();
        activate();
        auto *view = qobject_cast<TunnelsView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->tabTitle(), QStringLiteral("Tunnels: web1"));
        auto *table = partOf<QTableView>(view, "tunnelsTable");
        new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, table);
        QCOMPARE(table->model()->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, 0) == TunnelStatus::State::Active && stateOf(view, 1) == TunnelStatus::State::Active
                                     && stateOf(view, 2) == TunnelStatus::State::Failed,
                                 20000);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->index(0, TunnelTableModel::KindColumn).data().toString(), QStringLiteral("Local"));
        QCOMPARE(model->index(0, TunnelTableModel::ListensColumn).data().toString(), QStringLiteral("127.0.0.1:%1").arg(m_local));
        QCOMPARE(model->index(0, TunnelTableModel::TargetColumn).data().toString(),
                 QStringLiteral("127.0.0.1:%1 via web1").arg(m_echo.port()));
        QCOMPARE(model->index(1, TunnelTableModel::KindColumn).data().toString(), QStringLiteral("SOCKS proxy"));
        QCOMPARE(model->index(2, TunnelTableModel::StateColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model->index(2, TunnelTableModel::ProblemColumn).data().toString(),
                 QStringLiteral("port %1 on 127.0.0.1 is in use by another program").arg(m_holder.serverPort()));
        auto *status = partOf<QLabel>(view, "tunnelsStatus");
        QTRY_VERIFY2(status->text().startsWith(QLatin1String("Forwarding through web1: 2 active, 1 failed")), qPrintable(status->text()));

        // Real traffic through both, counted in the table.
        QVERIFY(echoThrough(m_local, "through the local forward") == "through the local forward");
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"), QStringLiteral("--socks5-hostname"),
                                            QStringLiteral("127.0.0.1:%1").arg(m_socks), QStringLiteral("http://localhost:%1/").arg(m_web.port())});
        QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 30000);
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("through the SOCKS forward\n"));
        QTRY_COMPARE(model->index(0, TunnelTableModel::ConnectionsColumn).data().toString(), QStringLiteral("0 (1 in all)"));
        QTRY_COMPARE(model->index(1, TunnelTableModel::ConnectionsColumn).data().toString(), QStringLiteral("0 (1 in all)"));
        QVERIFY(!model->index(0, TunnelTableModel::TrafficColumn).data().toString().isEmpty());

        // Copy Address: where to point a program.
        table->setCurrentIndex(model->index(0, 0));
        QAction *copy = partOf<QAction>(view, "tunnelsCopyAddress");
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("127.0.0.1:%1").arg(m_local));
        table->setCurrentIndex(model->index(2, 0));
        QVERIFY(!copy->isEnabled()); // it listens nowhere

        m_window->resize(1750, 560);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("tunnels"));

        // The start is in the ticket's work log.
        QVERIFY(QTest::qWaitFor([&] { return workLogTexts(ticket).size() == 1; }, 20000));
        QCOMPARE(workLogTexts(ticket).first(),
                 QStringLiteral("Started port forwards through web1 as %1: -L %2:127.0.0.1:%3, -D %4, -L %5:127.0.0.1:%3.")
                     .arg(fx.user)
                     .arg(m_local)
                     .arg(m_echo.port())
                     .arg(m_socks)
                     .arg(m_holder.serverPort()));

        // Stop: nothing listens; Start: it does again.
        partOf<QToolButton>(view, "tunnelsStopButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, 0) == TunnelStatus::State::Stopped, 10000);
        QTRY_COMPARE(status->text(), QStringLiteral("Stopped."));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, m_local);
        QVERIFY(!late.waitForConnected(2000));
        QVERIFY(!view->isWorking());
        partOf<QToolButton>(view, "tunnelsStartButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, 0) == TunnelStatus::State::Active, 20000);
        QVERIFY(echoThrough(m_local, "again") == "again");
        QVERIFY(view->isWorking());
        // Session → Tunnels again shows the same tab, not a second one.
        panel()->selectHost(m_web1);
        tunnels->trigger();
        QCOMPARE(m_window->sessionArea()->tabs()->count(), 1);
    }

    // Forwards start with a session only as this person started them by hand
    // (a shared inventory must not make everyone's session open them), and
    // once the terminal has logged in.
    void aSessionStartsTheForwardsBehindItAndTheyEndWithIt()
    {
        auto *sessions = partOf<SessionController>(m_window.get(), "sessionController");
        sessions->openSession(m_web1);
        QTRY_VERIFY(m_window->sessionArea()->currentSession());
        SessionTab *first = m_window->sessionArea()->currentSession();
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("not started here as they are now")),
                     qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!tunnelsTab());
        QTRY_VERIFY_WITH_TIMEOUT(first->state() == SessionTab::State::Connected, 20000);
        QVERIFY(!tunnelsTab());
        typeLine(first->view(), QStringLiteral("exit"));
        QTRY_VERIFY_WITH_TIMEOUT(!first->isLive(), 10000);
        QVERIFY(m_window->sessionArea()->closeTab(m_window->sessionArea()->tabs()->indexOf(first)));

        // Started by hand once, stopped, closed.
        panel()->selectHost(m_web1);
        partOf<QAction>(m_window.get(), "sessionTunnels")->trigger();
        TunnelsView *byHand = tunnelsTab();
        QVERIFY(byHand);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(byHand, 0) == TunnelStatus::State::Active, 20000);
        QVERIFY(m_window->sessionArea()->closeTab(m_window->sessionArea()->tabs()->indexOf(byHand)));
        QTRY_VERIFY(!tunnelsTab());

        // Now a session starts them, behind the terminal, once it is logged in.
        sessions->openSession(m_web1);
        QTRY_VERIFY(m_window->sessionArea()->currentSession());
        SessionTab *session = m_window->sessionArea()->currentSession();
        QTRY_VERIFY_WITH_TIMEOUT(tunnelsTab(), 20000);
        QCOMPARE(session->state(), SessionTab::State::Connected);
        TunnelsView *view = tunnelsTab();
        QCOMPARE(m_window->sessionArea()->tabs()->currentWidget(), session); // opened behind the terminal
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, 0) == TunnelStatus::State::Active, 20000);
        QVERIFY(echoThrough(m_local, "beside the terminal") == "beside the terminal");
        QTRY_COMPARE(view->model()->connectionCount(), 0);

        typeLine(session->view(), QStringLiteral("exit"));
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLive(), 10000);
        QVERIFY(m_window->sessionArea()->closeTab(m_window->sessionArea()->tabs()->indexOf(session)));
        // The forwards end with the terminal, and their tab goes.
        QTRY_VERIFY_WITH_TIMEOUT(!tunnelsTab(), 10000);
        QCOMPARE(m_window->sessionArea()->tabs()->count(), 0);
        QTcpSocket late;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            late.abort();
            late.connectToHost(QHostAddress::LocalHost, m_local);
            return !late.waitForConnected(500);
        }(), 10000);
    }

    // A terminal closed while a connection still goes through: the forwards
    // stay until it ends, then stop (as ssh waits for forwarded connections).
    void theForwardsOutliveTheirSessionWhileUsed()
    {
        panel()->selectHost(m_web1);
        partOf<QAction>(m_window.get(), "sessionTunnels")->trigger(); // started by hand once
        QTRY_VERIFY(tunnelsTab());
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(tunnelsTab(), 0) == TunnelStatus::State::Active, 20000);
        QVERIFY(m_window->sessionArea()->closeTab(m_window->sessionArea()->tabs()->indexOf(tunnelsTab())));
        QTRY_VERIFY(!tunnelsTab());

        partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_web1);
        QTRY_VERIFY(m_window->sessionArea()->currentSession());
        SessionTab *session = m_window->sessionArea()->currentSession();
        QTRY_VERIFY_WITH_TIMEOUT(tunnelsTab() && stateOf(tunnelsTab(), 0) == TunnelStatus::State::Active, 20000);
        TunnelsView *view = tunnelsTab();
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_local);
        QVERIFY(client.waitForConnected(5000));
        QTRY_COMPARE(view->model()->connectionCount(), 1);
        typeLine(session->view(), QStringLiteral("exit"));
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLive(), 10000);
        QVERIFY(m_window->sessionArea()->closeTab(m_window->sessionArea()->tabs()->indexOf(session)));
        QTRY_VERIFY(partOf<QLabel>(view, "tunnelsStatus")->text().contains(QLatin1String("they stop when the 1 connection")));
        QVERIFY(tunnelsTab());
        client.write("still carried");
        QByteArray back;
        QTRY_VERIFY2_WITH_TIMEOUT((back += client.readAll()) == "still carried",
                                  qPrintable(QStringLiteral("%1; %2 connection(s), state %3, socket %4")
                                                 .arg(QString::fromLatin1(back))
                                                 .arg(view->model()->connectionCount())
                                                 .arg(int(stateOf(view, 0)))
                                                 .arg(int(client.state()))),
                                  10000);
        client.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(!tunnelsTab(), 10000);
    }
};

QTEST_MAIN(TestWindowTunnels)
#include "tst_windowtunnels.moc"
