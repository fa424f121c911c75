// The live fleet in the window: Hosts → Check Reachability Now against the
// sshd fixture and a closed port, the status dots, Last seen and the groups'
// down counts in the tree, down:yes in the filter, the results kept in the
// workspace for the next start, and the sweep interval in Connection Settings.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/fleet/FactsCollector.h"
#include "core/fleet/FactsStore.h"
#include "core/ssh/KnownHosts.h"
#include "core/fleet/FleetMonitor.h"
#include "core/storage/GuiThreadCheck.h"
#include "models/fleet/CapacityModel.h"
#include "models/fleet/FactsHistoryModel.h"
#include "widgets/fleet/CapacityChart.h"
#include "widgets/fleet/FleetOverview.h"
#include "widgets/fleet/HostFactsView.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/main/SessionArea.h"
#include "core/targets/SshSettings.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QToolButton>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

class TestWindowFleet : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    quint16 m_closedPort = 1;
    GroupId m_site = 0;
    GroupId m_mixed = 0;
    HostId m_web1 = 0;
    HostId m_web3 = 0;

    QString m_knownHosts;

    HostId add(const QString &name, GroupId group, quint16 port)
    {
        Host h = fx.keyHost(name, QStringLiteral("127.0.0.1"), port, group);
        h.knownHostsFile = m_knownHosts; // gathers never ask about a key: it is known
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    FleetMonitor *fleet() const { return m_services->services().fleet; }
    InventoryModel *model() const { return m_window->findChild<InventoryModel *>(QStringLiteral("inventoryModel")); }

    QVariant hostData(HostId id, int role, int column = InventoryModel::NameColumn) const
    {
        return model()->indexForHost(id, column).data(role);
    }

    // Hosts → Check Reachability Now, waiting for the sweep to end.
    bool checkNow(int *checked = nullptr)
    {
        QSignalSpy started(fleet(), &FleetMonitor::sweepStarted);
        QSignalSpy finished(fleet(), &FleetMonitor::sweepFinished);
        QAction *check = m_window->findChild<QAction *>(QStringLiteral("checkReachability"));
        if (!check)
            return false;
        check->trigger();
        if (!finished.wait(20000))
            return false;
        if (checked)
            *checked = started.first().first().toInt();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowfleet");
        m_closedPort = closedLoopbackPort();
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
    }

    void init()
    {
        QSettings().remove(QStringLiteral("fleet/reachabilityMinutes"));
        QSettings().remove(QStringLiteral("fleet/factsHours"));
        openWindow();
        m_site = addGroup(QStringLiteral("site"));
        m_mixed = addGroup(QStringLiteral("mixed"), m_site);
        m_web1 = add(QStringLiteral("web1"), m_site, fx.port);
        m_web3 = add(QStringLiteral("web3"), m_mixed, m_closedPort);
        QVERIFY(editsSettled());
    }

    void cleanup() { closeWindow(); }

    void theHostsMenuChecksEveryHost()
    {
        QMenu *hosts = m_window->findChild<QMenu *>(QStringLiteral("hostsMenu"));
        QVERIFY(hosts);
        QCOMPARE(hosts->title(), QStringLiteral("Ho&sts"));
        QVERIFY(hosts->actions().contains(m_window->findChild<QAction *>(QStringLiteral("checkReachability"))));
        // Nothing known yet: no dot, no time.
        QCOMPARE(hostData(m_web1, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Pending));
        QVERIFY(hostData(m_web1, Qt::DisplayRole, InventoryModel::LastSeenColumn).toString().isEmpty());

        int checked = 0;
        QVERIFY(checkNow(&checked));
        QCOMPARE(checked, 2);
        QTRY_COMPARE(hostData(m_web1, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Up));
        QCOMPARE(hostData(m_web3, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Down));
        QVERIFY(!hostData(m_web1, Qt::DisplayRole, InventoryModel::LastSeenColumn).toString().isEmpty());
        QVERIFY(hostData(m_web1, Qt::DecorationRole, InventoryModel::LastSeenColumn).value<QIcon>().isNull() == false);
        QCOMPARE(hostData(m_web3, Qt::DisplayRole, InventoryModel::LastSeenColumn).toString(), QStringLiteral("never"));
        QVERIFY2(hostData(m_web3, Qt::ToolTipRole, InventoryModel::LastSeenColumn).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(hostData(m_web3, Qt::ToolTipRole, InventoryModel::LastSeenColumn).toString()));
        // Each group says how many hosts below it are down.
        const QModelIndex mixed = model()->indexForGroup(m_mixed, InventoryModel::LastSeenColumn);
        QCOMPARE(mixed.data(InventoryModel::DownBelowRole).toInt(), 1);
        QCOMPARE(mixed.data().toString(), QStringLiteral("1 down"));
        QCOMPARE(model()->indexForGroup(m_site, InventoryModel::LastSeenColumn).data().toString(), QStringLiteral("1 down"));
        QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("reachabilityProgress"))->isVisible());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("1 up, 1 down")), qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(model()->headerData(InventoryModel::LastSeenColumn, Qt::Horizontal).toString(), QStringLiteral("Last seen"));
        panel()->view()->expandAll();
        saveScreenshot(m_window.get(), QStringLiteral("fleet-reachability"));

        // down:yes in the filter shows the host that is down, and no other.
        auto *proxy = m_window->findChild<InventoryFilterProxy *>(QStringLiteral("inventoryProxy"));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("down:yes"));
        QTRY_COMPARE(proxy->matchingHostCount(), 1);
        QVERIFY(proxy->mapFromSource(model()->indexForHost(m_web3)).isValid());
        QVERIFY(!proxy->mapFromSource(model()->indexForHost(m_web1)).isValid());
        filter->setText(QStringLiteral("down:no"));
        QTRY_COMPARE(proxy->matchingHostCount(), 1);
        QVERIFY(proxy->mapFromSource(model()->indexForHost(m_web1)).isValid());
    }

    void theSelectionIsCheckedAlone()
    {
        panel()->view()->expandAll();
        const QModelIndex web1 = panel()->view()->model()->match(panel()->view()->model()->index(0, 0), Qt::DisplayRole,
                                                                  QStringLiteral("web1"), 1, Qt::MatchRecursive).value(0);
        QVERIFY(web1.isValid());
        panel()->view()->setCurrentIndex(web1);
        int checked = 0;
        QVERIFY(checkNow(&checked));
        QCOMPARE(checked, 1);
        QTRY_COMPARE(hostData(m_web1, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Up));
        QCOMPARE(hostData(m_web3, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Pending));
    }

    void theNextStartShowsWhatWasSeen()
    {
        QSignalSpy failed(fleet(), &FleetMonitor::recordFailed);
        QVERIFY(checkNow());
        const QString seen = hostData(m_web1, Qt::DisplayRole, InventoryModel::LastSeenColumn).toString();
        // Recorded off the GUI thread; the window closes once it is written.
        closeWindow();
        QCOMPARE(failed.size(), 0);
        const GuiThreadSqlAllowed readingBack;
        Workspace stored;
        QVERIFY(stored.open(workspaceLocation()));
        QList<HostStatus> rows;
        QString error;
        QVERIFY2(HostStatusStore::load(stored.database(), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QSettings().setValue(QStringLiteral("fleet/reachabilityMinutes"), 0); // no sweep at start: what shows was read back
        openWindow();
        // As the app does: the inventory loads, then the monitor starts.
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
        QCOMPARE(m_inventory->hostCount(), 2);
        fleet()->start();
        QTRY_COMPARE(hostData(m_web1, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Up));
        QCOMPARE(hostData(m_web1, Qt::DisplayRole, InventoryModel::LastSeenColumn).toString(), seen);
        QCOMPARE(hostData(m_web3, InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Down));
        QCOMPARE(fleet()->intervalMinutes(), 0);
        QVERIFY(!fleet()->isSweeping());
    }

    void theGroupDialogKeepsTheBackupCheck()
    {
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0)); // site, the only top-level group
        QCOMPARE(panel()->selectedGroups(), QList<GroupId>{m_site});
        QString refused;
        whenModal<GroupDialog>([&](GroupDialog *dialog) {
            auto *check = dialog->findChild<QLineEdit *>(QStringLiteral("backupCheck"));
            QVERIFY(QTest::qWaitFor([check] { return check->isEnabled(); }, 10000)); // read from the workspace
            QVERIFY(check->text().isEmpty());
            QTest::keyClicks(check, QStringLiteral("/var/backups/last-ok")); // no file: or command: before it
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            refused = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            check->clear();
            QTest::keyClicks(check, QStringLiteral("file:/var/backups/last-ok"));
            saveScreenshot(dialog, QStringLiteral("group-backup-check"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 10000));
        });
        m_window->findChild<QAction *>(QStringLiteral("rename"))->trigger();
        activate();
        QVERIFY2(refused.contains(QLatin1String("file:PATH")), qPrintable(refused));
        QHash<GroupId, BackupCheck> checks;
        QTRY_VERIFY(readBack([&] {
            Workspace stored;
            QString error;
            return stored.open(workspaceLocation()) && FactsStore::backupChecks(stored.database(), &checks, &error) && !checks.isEmpty();
        }));
        QCOMPARE(checks.value(m_site).stored(), QStringLiteral("file:/var/backups/last-ok"));
        QCOMPARE(m_inventory->group(m_site)->name, QStringLiteral("site")); // the name stays

        // Opened again, the dialog shows it; emptied, the group has none.
        whenModal<GroupDialog>([&](GroupDialog *dialog) {
            auto *check = dialog->findChild<QLineEdit *>(QStringLiteral("backupCheck"));
            QVERIFY(QTest::qWaitFor([check] { return check->isEnabled(); }, 10000));
            QCOMPARE(check->text(), QStringLiteral("file:/var/backups/last-ok"));
            check->clear();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 10000));
        });
        m_window->findChild<QAction *>(QStringLiteral("rename"))->trigger();
        activate();
        QTRY_VERIFY(readBack([&] {
            Workspace stored;
            QString error;
            return stored.open(workspaceLocation()) && FactsStore::backupChecks(stored.database(), &checks, &error) && checks.isEmpty();
        }));
    }

    void gatherFactsFillsTheColumns()
    {
        FactsCollector *facts = m_services->services().facts;
        QSignalSpy finished(facts, &FactsCollector::gatherFinished);
        QMenu *hosts = m_window->findChild<QMenu *>(QStringLiteral("hostsMenu"));
        QAction *gather = m_window->findChild<QAction *>(QStringLiteral("gatherFacts"));
        QVERIFY(hosts->actions().contains(gather));
        gather->trigger(); // nothing selected: every host
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), 1); // web1 answered
        QCOMPARE(finished.first().at(1).toInt(), 1); // web3's port is closed
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("1 host gathered, 1 failed")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        QTRY_VERIFY(hostData(m_web1, Qt::DisplayRole, InventoryModel::OsColumn).toString().startsWith(QLatin1String("Debian GNU/Linux 12")));
        const int updates = facts->facts(m_web1)->updates;
        QVERIFY(updates >= 0);
        QCOMPARE(hostData(m_web1, Qt::DisplayRole, InventoryModel::UpdatesColumn).toInt(), updates);
        QVERIFY(hostData(m_web1, Qt::DisplayRole, InventoryModel::DiskColumn).toString().endsWith(QLatin1String(" %")));
        QCOMPARE(hostData(m_web3, Qt::DisplayRole, InventoryModel::UpdatesColumn).toString(), QStringLiteral("no facts"));
        QVERIFY2(hostData(m_web3, Qt::ToolTipRole, InventoryModel::UpdatesColumn).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(hostData(m_web3, Qt::ToolTipRole, InventoryModel::UpdatesColumn).toString()));
        QCOMPARE(model()->headerData(InventoryModel::UpdatesColumn, Qt::Horizontal).toString(), QStringLiteral("Updates"));

        // The filter compares facts.
        auto *proxy = m_window->findChild<InventoryFilterProxy *>(QStringLiteral("inventoryProxy"));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filter"));
        const auto shown = [&](const QString &text) {
            filter->setText(text);
            QTest::qWait(10);
            QList<HostId> ids;
            for (HostId id : {m_web1, m_web3})
                if (proxy->mapFromSource(model()->indexForHost(id)).isValid())
                    ids << id;
            return ids;
        };
        QCOMPARE(shown(QStringLiteral("updates:>=0")), QList<HostId>{m_web1}); // web3 has no facts: not known, not shown
        QCOMPARE(shown(QStringLiteral("updates:>%1").arg(updates)), QList<HostId>{});
        QCOMPARE(shown(QStringLiteral("disk:<=100")), QList<HostId>{m_web1});
        QCOMPARE(shown(QStringLiteral("reboot:no")), QList<HostId>{m_web1}); // no reboot-required file here
        QCOMPARE(shown(QStringLiteral("backup:>1d")), QList<HostId>{}); // no backup check set
        QCOMPARE(shown(QStringLiteral("updates:lots")), QList<HostId>{});
        filter->clear();
        panel()->view()->expandAll();
        // A wide inventory, as someone looking at the fleet's columns makes it.
        m_window->resize(1600, 700);
        m_window->resizeDocks({m_window->findChild<QDockWidget *>(QStringLiteral("inventoryDock"))}, {1250}, Qt::Horizontal);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("fleet-facts"));

        // The Fleet tab counts what needs attention; a number opens the inventory filtered.
        QVERIFY(checkNow());
        m_window->findChild<QAction *>(QStringLiteral("fleetOverview"))->trigger();
        auto *overview = qobject_cast<FleetOverview *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(overview);
        QTRY_COMPARE(overview->summary().count(FleetSummary::Need::Down), 1);
        QCOMPARE(overview->summary().withFacts, 1);
        const int security = facts->facts(m_web1)->securityUpdates > 0 ? 1 : 0;
        QCOMPARE(overview->summary().count(FleetSummary::Need::SecurityUpdates), security);
        QCOMPARE(overview->findChild<QToolButton *>(QStringLiteral("securityTile"))->text().section(QLatin1Char('\n'), 0, 0), QString::number(security));
        QVERIFY(overview->findChild<QToolButton *>(QStringLiteral("downTile"))->text().startsWith(QLatin1String("1\n")));
        saveScreenshot(m_window.get(), QStringLiteral("fleet-overview"));
        QTest::mouseClick(overview->findChild<QToolButton *>(QStringLiteral("downTile")), Qt::LeftButton);
        QCOMPARE(filter->text(), QStringLiteral("down:yes"));
        QTRY_COMPARE(proxy->matchingHostCount(), 1);
        QVERIFY(proxy->mapFromSource(model()->indexForHost(m_web3)).isValid());
        // Asked again, the one tab comes forward.
        const int tabs = m_window->sessionArea()->tabs()->count();
        m_window->findChild<QAction *>(QStringLiteral("fleetOverview"))->trigger();
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabs);

        // Kept in the workspace: the next start shows them before any gather.
        closeWindow();
        QSettings().setValue(QStringLiteral("fleet/factsHours"), 0);
        openWindow();
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
        m_services->services().facts->start();
        QTRY_COMPARE(hostData(m_web1, Qt::DisplayRole, InventoryModel::UpdatesColumn).toInt(), updates);
        QVERIFY(!m_services->services().facts->isGathering());
    }

    void hostDetailsShowFactsAndTheirHistory()
    {
        FactsCollector *facts = m_services->services().facts;
        QSignalSpy finished(facts, &FactsCollector::gatherFinished);
        panel()->selectHost(m_web1);
        m_window->findChild<QAction *>(QStringLiteral("hostDetails"))->trigger();
        auto *view = qobject_cast<HostFactsView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->hostId(), m_web1);
        new QAbstractItemModelTester(view->history(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
        auto *summary = view->findChild<QLabel *>(QStringLiteral("factsSummary"));
        QVERIFY2(summary->text().contains(QLatin1String("No facts yet")), qPrintable(summary->text()));
        // Gather Now, twice: two snapshots in the history, newest first.
        for (int round = 1; round <= 2; ++round) {
            QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("gatherNow")), Qt::LeftButton);
            QVERIFY(finished.wait(60000));
            QTRY_COMPARE(view->history()->rowCount(), round);
        }
        QVERIFY2(summary->text().contains(QLatin1String("Debian GNU/Linux 12")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("Filesystems")));
        QCOMPARE(view->history()->index(0, FactsHistoryModel::UpdatesColumn).data().toInt(), facts->facts(m_web1)->updates);
        QCOMPARE(view->history()->newest()->taken, facts->facts(m_web1)->taken); // newest first
        QCOMPARE(view->tabTitle(), QStringLiteral("Facts: web1"));
        saveScreenshot(m_window.get(), QStringLiteral("fleet-host-details"));
        // Asked again for the same host: the one tab.
        const int tabs = m_window->sessionArea()->tabs()->count();
        m_window->findChild<QAction *>(QStringLiteral("hostDetails"))->trigger();
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabs);
    }

    // Ten days of snapshots: web1's /var grows 2 GB a day to 88 of 100 GB (full in 6 days), its / and web3's / stay put.
    // The window is opened again on them, with the facts read (and not gathered).
    void reopenWithCapacityHistory()
    {
        closeWindow();
        constexpr qint64 GB = 1024LL * 1024 * 1024; // as df -h and the app count
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(readBack([&] {
            Workspace stored;
            QString error;
            if (!stored.open(workspaceLocation()))
                return false;
            for (int day = 9; day >= 0; --day) {
                HostFacts facts;
                facts.taken = now.addDays(-day).addSecs(-60);
                facts.filesystems = {{QStringLiteral("/"), QStringLiteral("/dev/sda1"), QStringLiteral("ext4"), 53 * GB, 20 * GB, 30 * GB},
                                     {QStringLiteral("/var"), QStringLiteral("/dev/sdb1"), QStringLiteral("xfs"), 100 * GB, (70 + 2 * (9 - day)) * GB,
                                      (30 - 2 * (9 - day)) * GB}};
                HostFacts flat = facts;
                flat.filesystems.removeLast();
                if (!FactsStore::record(stored.database(), m_web1, facts, &error) || !FactsStore::record(stored.database(), m_web3, flat, &error))
                    return false;
            }
            return true;
        }));
        QSettings().setValue(QStringLiteral("fleet/factsHours"), 0);
        openWindow();
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
    }

    void capacityFromTheSnapshotsHistory()
    {
        reopenWithCapacityHistory();
        FactsCollector *facts = m_services->services().facts;
        QSignalSpy capacityRead(facts, &FactsCollector::capacityChanged);
        facts->start();
        QVERIFY(capacityRead.wait(10000));
        QCOMPARE(facts->capacity().size(), 3);
        QCOMPARE(facts->soonestFull().keys(), QList<HostId>{m_web1});
        QCOMPARE(facts->soonestFull().value(m_web1).mount, QStringLiteral("/var"));

        // The inventory: the Disk column warns and says when; full:<14d finds the host.
        QTRY_VERIFY(hostData(m_web1, Qt::ToolTipRole, InventoryModel::DiskColumn).toString().contains(QLatin1String("/var fills in about 6 days")));
        QVERIFY(hostData(m_web1, Qt::ForegroundRole, InventoryModel::DiskColumn).isValid());
        QVERIFY(!hostData(m_web3, Qt::ForegroundRole, InventoryModel::DiskColumn).isValid());
        auto *proxy = m_window->findChild<InventoryFilterProxy *>(QStringLiteral("inventoryProxy"));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("full:<5d"));
        QTRY_COMPARE(proxy->matchingHostCount(), 0);
        filter->setText(QStringLiteral("full:<1w"));
        QTRY_COMPARE(proxy->matchingHostCount(), 1);
        QVERIFY(proxy->mapFromSource(model()->indexForHost(m_web1)).isValid());
        filter->clear();

        // The Fleet tab: the tile, and the fleet's filesystems soonest full first.
        m_window->findChild<QAction *>(QStringLiteral("fleetOverview"))->trigger();
        auto *overview = qobject_cast<FleetOverview *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(overview);
        new QAbstractItemModelTester(overview->capacity(), QAbstractItemModelTester::FailureReportingMode::QtTest, overview);
        QTRY_COMPARE(overview->summary().count(FleetSummary::Need::FillingSoon), 1);
        auto *tile = overview->findChild<QToolButton *>(QStringLiteral("fillingTile"));
        QVERIFY2(tile->text().startsWith(QLatin1String("1\n")), qPrintable(tile->text()));
        auto *list = overview->findChild<QTreeView *>(QStringLiteral("capacityList"));
        QCOMPARE(list->model()->rowCount(), 3);
        const auto cell = [list](int row, int column) { return list->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(0, CapacityModel::HostColumn), QStringLiteral("web1"));
        QCOMPARE(cell(0, CapacityModel::MountColumn), QStringLiteral("/var"));
        QCOMPARE(cell(0, CapacityModel::UsedColumn), QStringLiteral("88 %"));
        QCOMPARE(cell(0, CapacityModel::GrowthColumn), QStringLiteral("2.0 GB a day"));
        QVERIFY2(cell(0, CapacityModel::FullColumn).startsWith(QLatin1String("fills in about 6 days, on ")), qPrintable(cell(0, CapacityModel::FullColumn)));
        QCOMPARE(cell(1, CapacityModel::FullColumn), QStringLiteral("not filling"));
        // Sorted by use instead, and back.
        list->sortByColumn(CapacityModel::UsedColumn, Qt::AscendingOrder);
        QCOMPARE(cell(0, CapacityModel::UsedColumn), QStringLiteral("40 %"));
        list->sortByColumn(CapacityModel::FullColumn, Qt::AscendingOrder);
        m_window->resize(1400, 900);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("fleet-capacity-list"));
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(filter->text(), QStringLiteral("full:<14d"));
        QTRY_COMPARE(proxy->matchingHostCount(), 1);

        // Enter on a filesystem opens its host's capacity chart.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        auto *view = qobject_cast<HostFactsView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->hostId(), m_web1);
        auto *mounts = view->findChild<QComboBox *>(QStringLiteral("capacityMount"));
        QTRY_COMPARE(mounts->count(), 2);
        QCOMPARE(mounts->currentData().toString(), QStringLiteral("/var"));
        QCOMPARE(view->findChild<QTabWidget *>(QStringLiteral("factsPages"))->currentIndex(), 1);
        auto *chart = view->findChild<CapacityChart *>(QStringLiteral("capacityChart"));
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->forecast().samples.size(), 10);
        QVERIFY2(chart->summaryText().contains(QLatin1String("/var: 88.0 GB used of 100.0 GB (88 %), 2.0 GB a day; fills in about 6 days")),
                 qPrintable(chart->summaryText()));
        saveScreenshot(m_window.get(), QStringLiteral("fleet-capacity"));
        // The other filesystem: flat, not filling.
        mounts->setCurrentIndex(mounts->findData(QStringLiteral("/")));
        QVERIFY2(chart->summaryText().endsWith(QLatin1String("not filling")), qPrintable(chart->summaryText()));
    }

    void dutchFleetTabAndCapacityChart()
    {
        useLanguage(QStringLiteral("nl"));
        reopenWithCapacityHistory();
        FactsCollector *facts = m_services->services().facts;
        QSignalSpy capacityRead(facts, &FactsCollector::capacityChanged);
        facts->start();
        QVERIFY(capacityRead.wait(10000));
        m_window->findChild<QAction *>(QStringLiteral("fleetOverview"))->trigger();
        auto *overview = qobject_cast<FleetOverview *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(overview);
        QTRY_COMPARE(overview->summary().count(FleetSummary::Need::FillingSoon), 1);
        QCOMPARE(overview->findChild<QToolButton *>(QStringLiteral("fillingTile"))->text(), QStringLiteral("1\nbinnen 14 dagen vol"));
        auto *list = overview->findChild<QTreeView *>(QStringLiteral("capacityList"));
        QVERIFY2(list->model()->index(0, CapacityModel::FullColumn).data().toString().startsWith(QStringLiteral("loopt over ongeveer 6 dagen vol")),
                 qPrintable(list->model()->index(0, CapacityModel::FullColumn).data().toString()));
        m_window->resize(1400, 900);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("fleet-capacity-list-nl"));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        auto *view = qobject_cast<HostFactsView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(view);
        auto *chart = view->findChild<CapacityChart *>(QStringLiteral("capacityChart"));
        QTRY_COMPARE(chart->forecast().samples.size(), 10);
        QVERIFY2(chart->summaryText().contains(QStringLiteral("loopt over ongeveer 6 dagen vol")), qPrintable(chart->summaryText()));
        saveScreenshot(m_window.get(), QStringLiteral("fleet-capacity-nl"));
        closeWindow();
        useLanguage(QStringLiteral("en"));
        openWindow();
    }

    void connectionSettingsSetTheInterval()
    {
        QCOMPARE(fleet()->intervalMinutes(), FleetMonitor::defaultIntervalMinutes);
        whenModal<QDialog>([](QDialog *dialog) {
            auto *minutes = dialog->findChild<QSpinBox *>(QStringLiteral("reachabilityMinutes"));
            QCOMPARE(minutes->value(), 5);
            minutes->setValue(0);
            QCOMPARE(minutes->text(), QStringLiteral("Only when asked"));
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
        QTRY_COMPARE(fleet()->intervalMinutes(), 0);
        QCOMPARE(SshSettings::loadUser().reachabilityMinutes, 0);
    }
};

QTEST_MAIN(TestWindowFleet)
#include "tst_windowfleet.moc"
