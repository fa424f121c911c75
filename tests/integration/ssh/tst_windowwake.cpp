// Hosts → Wake in the window: the group dialog sets the wake route (the
// address, and a relay host); the packet goes from here to a UDP listener on
// loopback (the group's address set to it) or through a relay (the fixture's
// sshd runs the relay script, whose python3 sends to the same listener); the
// reachability check then follows until the host is up (or says it did not
// come up); a host without a MAC address is named; the active ticket's work
// log gets each packet sent.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/fleet/FleetMonitor.h"
#include "core/fleet/WakeStore.h"
#include "core/ssh/KnownHosts.h"
#include "core/tickets/TicketStore.h"
#include "widgets/fleet/WakeController.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/tickets/TicketController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTreeView>
#include <QUdpSocket>

using namespace wb;
using namespace wbtest;

namespace {
const QString pcMac = QStringLiteral("52:54:00:00:00:01");
const QString otherMac = QStringLiteral("52:54:00:00:00:02");

QByteArray packetFor(const QString &mac)
{
    return QByteArray(6, char(0xff)) + QByteArray::fromHex(mac.toLatin1().replace(':', "")).repeated(16);
}

QByteArray receive(QUdpSocket &listener, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&] { return listener.hasPendingDatagrams(); }, timeoutMs))
        return "<nothing came>";
    QByteArray datagram(int(listener.pendingDatagramSize()), Qt::Uninitialized);
    listener.readDatagram(datagram.data(), datagram.size());
    return datagram;
}
} // namespace

class TestWindowWake : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    GroupId m_office = 0;
    GroupId m_branch = 0;
    HostId m_pc = 0;     // in office, up (the fixture's sshd)
    HostId m_gw = 0;     // in branch: the relay
    HostId m_remote = 0; // in branch, down (a closed port)
    HostId m_noMac = 0;

    HostId add(const QString &name, GroupId group, quint16 port, const QString &mac)
    {
        Host h = fx.keyHost(name, QStringLiteral("127.0.0.1"), port, group);
        h.knownHostsFile = m_knownHosts;
        h.macAddress = mac;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    WakeController *wake() const { return partOf<WakeController>(m_window.get(), "wakeController"); }

    void setRoute(GroupId group, const QString &address, HostId relay)
    {
        WakeRoute route;
        QVERIFY(WakeRoute::parseAddress(address, &route));
        route.relay = relay;
        QString error;
        QVERIFY2(readBack([&] { return WakeStore::setGroupRoute(m_workspace->database(), group, route, &error); }), qPrintable(error));
    }

    void selectHost(HostId id)
    {
        panel()->selectHost(id);
        QCOMPARE(panel()->selectedHostIds(), QList<HostId>{id});
    }

    // A top-level group, by its name in the tree.
    bool selectGroup(const QString &name)
    {
        QAbstractItemModel *tree = panel()->view()->model();
        for (int row = 0; row < tree->rowCount(); ++row) {
            if (tree->index(row, 0).data().toString() == name) {
                panel()->view()->setCurrentIndex(tree->index(row, 0));
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowwake");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
    }

    void init()
    {
        QSettings().setValue(QStringLiteral("fleet/reachabilityMinutes"), 0);
        openWindow();
        m_office = addGroup(QStringLiteral("office"));
        m_branch = addGroup(QStringLiteral("branch"));
        m_pc = add(QStringLiteral("pc1"), m_office, fx.port, pcMac);
        m_noMac = add(QStringLiteral("printer"), m_office, fx.port, QString());
        m_gw = add(QStringLiteral("gw"), m_branch, fx.port, QString());
        m_remote = add(QStringLiteral("pc9"), m_branch, closedLoopbackPort(), otherMac);
        QVERIFY(editsSettled());
    }

    void cleanup() { closeWindow(); }

    void theGroupDialogSetsTheRoute()
    {
        QVERIFY(selectGroup(QStringLiteral("branch")));
        QString refused;
        QStringList relays;
        whenModal<GroupDialog>([&](GroupDialog *dialog) {
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("wakeAddress"));
            auto *relay = dialog->findChild<QComboBox *>(QStringLiteral("wakeRelay"));
            QVERIFY(QTest::qWaitFor([address] { return address->isEnabled(); }, 10000)); // read from the workspace
            QVERIFY(address->text().isEmpty());
            QCOMPARE(relay->currentText(), QStringLiteral("This computer"));
            for (int i = 0; i < relay->count(); ++i)
                relays << relay->itemText(i);
            QTest::keyClicks(address, QStringLiteral("10.1.2.255:x"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            refused = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            address->clear();
            QTest::keyClicks(address, QStringLiteral("10.1.2.255"));
            relay->setCurrentIndex(relay->findText(QStringLiteral("gw")));
            saveScreenshot(dialog, QStringLiteral("group-wake-route"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 10000));
        });
        m_window->findChild<QAction *>(QStringLiteral("rename"))->trigger();
        activate();
        QVERIFY2(refused.contains(QLatin1String("192.0.2.255:7")), qPrintable(refused));
        QCOMPARE(relays, (QStringList{QStringLiteral("This computer"), QStringLiteral("gw"), QStringLiteral("pc9"), QStringLiteral("pc1"),
                                      QStringLiteral("printer")}));
        QHash<GroupId, WakeRoute> routes;
        QString error;
        QTRY_VERIFY(readBack([&] { return WakeStore::groupRoutes(m_workspace->database(), &routes, &error) && !routes.isEmpty(); }));
        QCOMPARE(routes.value(m_branch).target(), QStringLiteral("10.1.2.255"));
        QCOMPARE(routes.value(m_branch).relay, m_gw);

        // Opened again it shows them; both emptied, the group has none (as the group above).
        whenModal<GroupDialog>([&](GroupDialog *dialog) {
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("wakeAddress"));
            auto *relay = dialog->findChild<QComboBox *>(QStringLiteral("wakeRelay"));
            QVERIFY(QTest::qWaitFor([address] { return address->isEnabled(); }, 10000));
            QCOMPARE(address->text(), QStringLiteral("10.1.2.255"));
            QCOMPARE(relay->currentText(), QStringLiteral("gw"));
            address->clear();
            relay->setCurrentIndex(0);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 10000));
        });
        m_window->findChild<QAction *>(QStringLiteral("rename"))->trigger();
        activate();
        QTRY_VERIFY(readBack([&] { return WakeStore::groupRoutes(m_workspace->database(), &routes, &error) && routes.isEmpty(); }));
    }

    void wakeSendsFromHereLogsAndWatchesUntilUp()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        setRoute(m_office, QStringLiteral("127.0.0.1:%1").arg(listener.localPort()), 0);
        const TicketId ticket = activateNewTicket(QStringLiteral("pc1 is off"), {m_pc});
        QString error;

        // pc1 "wakes" when its packet arrives: its check is a TCP port nobody listens on until then.
        const quint16 wakePort = closedLoopbackPort();
        Host pc = *m_inventory->host(m_pc);
        pc.reachabilityCheck = QString::number(wakePort);
        QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(pc, &error), qPrintable(error));

        QMenu *hosts = m_window->findChild<QMenu *>(QStringLiteral("hostsMenu"));
        QAction *wakeAction = partOf<QAction>(m_window.get(), "hostsWake");
        QVERIFY(hosts->actions().contains(wakeAction));
        wake()->setWatch(300, 20000);
        QSignalSpy said(wake(), &WakeController::statusMessage);
        selectHost(m_pc);
        wakeAction->trigger();
        QCOMPARE(receive(listener), packetFor(pcMac));
        QTRY_VERIFY(!said.isEmpty());
        QCOMPARE(said.first().first().toString(), QStringLiteral("Wake-up packet sent to pc1; checking when they are up…"));
        // Checked, found down, and checked again while it boots.
        QTRY_VERIFY_WITH_TIMEOUT(m_services->services().fleet->status(m_pc)
                                     && m_services->services().fleet->status(m_pc)->state == ProbeResult::State::Down, 20000);
        QTcpServer booted;
        QVERIFY(booted.listen(QHostAddress::LocalHost, wakePort));
        QTRY_VERIFY_WITH_TIMEOUT(said.size() == 2, 20000);
        QVERIFY2(said.last().first().toString().startsWith(QLatin1String("Up after waking: pc1 (after ")), qPrintable(said.last().first().toString()));
        QVERIFY(QTest::qWaitFor([&] { return workLogTexts(ticket).size() == 1; }, 20000));
        QCOMPARE(workLogTexts(ticket).first(),
                 QStringLiteral("Sent pc1 a Wake-on-LAN packet (to 127.0.0.1:%1).").arg(listener.localPort()));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems")));
    }

    void aRelaySendsForItsSubnetAndADownHostIsNamed()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        setRoute(m_branch, QStringLiteral("127.0.0.1:%1").arg(listener.localPort()), m_gw);
        wake()->setWatch(300, 1500);
        QSignalSpy said(wake(), &WakeController::statusMessage);
        QVERIFY(selectGroup(QStringLiteral("branch"))); // gw has no MAC: said, the rest woken
        m_window->findChild<QAction *>(QStringLiteral("hostsWake"))->trigger();
        QCOMPARE(receive(listener), packetFor(otherMac)); // sent by the relay's python3
        QTRY_VERIFY(!said.isEmpty());
        QCOMPARE(said.first().first().toString(),
                 QStringLiteral("Wake-up packet sent to pc9; checking when they are up… Skipped, no MAC address: gw"));
        // pc9's port is closed: after the watch, a box names it.
        QMessageBox *problems = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (problems = m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems"))); }, 20000));
        QVERIFY2(problems->text().startsWith(QLatin1String("Not up 1 minute after the wake-up packet: pc9.")), qPrintable(problems->text()));
        problems->button(QMessageBox::Close)->click();
    }

    void aRelayThatCannotBeReachedAndAHostWithoutAMac()
    {
        // The relay's key is not trusted (a known_hosts file without it): refused, not asked, and said.
        Host gw = *m_inventory->host(m_gw);
        gw.knownHostsFile = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(gw, &error), qPrintable(error));
        setRoute(m_branch, QStringLiteral("127.0.0.1:9"), m_gw);
        selectHost(m_remote);
        m_window->findChild<QAction *>(QStringLiteral("hostsWake"))->trigger();
        QMessageBox *problems = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (problems = m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems"))); }, 30000));
        QVERIFY2(problems->text().startsWith(QLatin1String("pc9: the relay gw could not be reached:")), qPrintable(problems->text()));
        problems->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems")));

        selectHost(m_noMac);
        m_window->findChild<QAction *>(QStringLiteral("hostsWake"))->trigger();
        problems = m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems"));
        QVERIFY(problems);
        QVERIFY2(problems->text().startsWith(QLatin1String("No MAC address is set for printer")), qPrintable(problems->text()));
        problems->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems")));

        // The relay deleted: said, never sent from here instead.
        RemovedItems removed;
        QVERIFY2(wb::test::InventoryEdits(*m_services).remove({}, {m_gw}, &removed, &error), qPrintable(error));
        QTRY_VERIFY(!m_inventory->host(m_gw));
        selectHost(m_remote);
        m_window->findChild<QAction *>(QStringLiteral("hostsWake"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return (problems = m_window->findChild<QMessageBox *>(QStringLiteral("wakeProblems"))); }, 20000));
        QCOMPARE(problems->text(), QStringLiteral("pc9: its group's relay host is no longer in the inventory"));
    }
};

QTEST_MAIN(TestWindowWake)
#include "tst_windowwake.moc"
