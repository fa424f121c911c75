#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace wb;

// A small realistic tree: Amsterdam/{Web,Network}, Rotterdam, a top-level host.
class TestInventoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<InventoryFilterProxy> m_proxy;
    GroupId m_ams = 0, m_web = 0, m_net = 0, m_rtm = 0;
    HostId m_web01 = 0, m_fw01 = 0, m_loose = 0;

    GroupId group(const QString &name, GroupId parent)
    {
        Group g{0, parent, name};
        QString error;
        if (!m_inventory->addGroup(&g, &error))
            qFatal("%s", qPrintable(error));
        return g.id;
    }
    HostId host(const QString &name, GroupId groupId, HostKind kind, const QString &os, const QStringList &tags)
    {
        Host h;
        h.name = name;
        h.address = name + QStringLiteral(".example.org");
        h.groupId = groupId;
        h.kind = kind;
        h.os = os;
        h.tags = tags;
        QString error;
        if (!m_inventory->addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }
    DirectoryId directory(const QString &name, GroupId groupId, DirectoryKind kind = DirectoryKind::Detect)
    {
        Directory d;
        d.name = name;
        d.groupId = groupId;
        d.kind = kind;
        d.url = QStringLiteral("ldaps://%1.example.org").arg(name);
        d.baseDn = QStringLiteral("dc=example,dc=org");
        d.bindDn = QStringLiteral("cn=helpdesk,dc=example,dc=org");
        QString error;
        if (!m_inventory->addDirectory(&d, &error))
            qFatal("%s", qPrintable(error));
        return d.id;
    }
    // Names of everything visible through the proxy, depth first, "/"-joined paths.
    QStringList visible(const QModelIndex &parent = {}, const QString &prefix = {})
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            const QString path = prefix + index.data().toString();
            names << path;
            names << visible(index, path + QLatin1Char('/'));
        }
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<Workspace>();
        static int run = 0;
        QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("model-%1.sqlite").arg(++run))));
        m_inventory = std::make_unique<Inventory>();
        m_inventory->setDatabase(m_workspace->database());
        m_model = std::make_unique<InventoryModel>(m_inventory.get());
        m_proxy = std::make_unique<InventoryFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        new QAbstractItemModelTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());

        // Built through the inventory while the model watches: exercises the insert paths.
        m_rtm = group(QStringLiteral("Rotterdam"), 0);
        m_ams = group(QStringLiteral("Amsterdam"), 0);
        m_web = group(QStringLiteral("Web"), m_ams);
        m_net = group(QStringLiteral("Network"), m_ams);
        m_web01 = host(QStringLiteral("web01"), m_web, HostKind::Server, QStringLiteral("Debian 12"), {QStringLiteral("prod"), QStringLiteral("nginx")});
        host(QStringLiteral("web02"), m_web, HostKind::Server, QStringLiteral("Debian 12"), {QStringLiteral("test")});
        m_fw01 = host(QStringLiteral("fw01"), m_net, HostKind::Firewall, QStringLiteral("OPNsense"), {QStringLiteral("prod")});
        host(QStringLiteral("rtm-ws1"), m_rtm, HostKind::Workstation, QStringLiteral("Windows 11"), {});
        m_loose = host(QStringLiteral("laptop"), 0, HostKind::Workstation, QStringLiteral("Ubuntu 24.04"), {});
    }
    void cleanup()
    {
        m_proxy.reset();
        m_model.reset();
        m_inventory.reset();
        m_workspace.reset();
    }

    void reachabilityAndFactsShowInTheirColumns()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        HostStatus down{m_web01, ProbeResult::State::Down, -1, QStringLiteral("Connection refused"), now, {}};
        HostStatus up{m_fw01, ProbeResult::State::Up, 3, {}, now, now};
        m_model->updateHostStatuses({down, up});
        QCOMPARE(m_model->indexForGroup(m_ams).data(InventoryModel::DownBelowRole).toInt(), 1);
        QCOMPARE(m_model->indexForGroup(m_web, InventoryModel::LastSeenColumn).data().toString(), QStringLiteral("1 down"));
        QCOMPARE(m_model->indexForGroup(m_net).data(InventoryModel::DownBelowRole).toInt(), 0);
        QCOMPARE(m_model->indexForHost(m_web01, InventoryModel::LastSeenColumn).data().toString(), QStringLiteral("never"));
        QVERIFY(!m_model->indexForHost(m_fw01, InventoryModel::LastSeenColumn).data().toString().isEmpty());
        QCOMPARE(m_model->indexForHost(m_fw01).data(InventoryModel::ReachabilityRole).toInt(), int(ProbeResult::State::Up));
        m_proxy->setText(QStringLiteral("down:yes"));
        QCOMPARE(m_proxy->matchingHostCount(), 1);
        // The count follows a host that moves.
        QString error;
        QVERIFY(m_inventory->move({}, {m_web01}, m_rtm, &error));
        QCOMPARE(m_model->indexForGroup(m_rtm).data(InventoryModel::DownBelowRole).toInt(), 1);
        QCOMPARE(m_model->indexForGroup(m_ams).data(InventoryModel::DownBelowRole).toInt(), 0);

        HostFacts web;
        web.taken = now;
        web.osPrettyName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        web.updates = 5;
        web.securityUpdates = 2;
        web.upgradable = {QStringLiteral("openssl"), QStringLiteral("libssl3")};
        web.rebootRequired = HostFacts::Answer::Yes;
        web.systemd = true;
        web.failedUnits = {QStringLiteral("nginx.service")};
        web.filesystems = {{QStringLiteral("/"), QStringLiteral("/dev/sda1"), QStringLiteral("ext4"), 100, 95, 5}};
        web.backupConfigured = true;
        web.backupAgeSeconds = 2 * 86400 + 60;
        HostFacts fw;
        fw.taken = now;
        fw.updates = 0;
        fw.securityUpdates = 0;
        fw.rebootRequired = HostFacts::Answer::No;
        const QHash<HostId, HostFacts> facts{{m_web01, web}, {m_fw01, fw}};
        m_model->updateHostFacts({m_web01, m_fw01}, [&](HostId id) { const auto it = facts.constFind(id); return it == facts.cend() ? nullptr : &*it; },
                                 [](HostId) { return QString(); });
        const auto cell = [this](HostId id, int column, int role = Qt::DisplayRole) { return m_model->indexForHost(id, column).data(role); };
        QCOMPARE(cell(m_web01, InventoryModel::OsColumn).toString(), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(cell(m_fw01, InventoryModel::OsColumn).toString(), QStringLiteral("OPNsense")); // no os-release: as typed
        QCOMPARE(cell(m_web01, InventoryModel::UpdatesColumn).toInt(), 5);
        QCOMPARE(cell(m_web01, InventoryModel::SecurityColumn).toInt(), 2);
        QVERIFY(cell(m_web01, InventoryModel::SecurityColumn, Qt::ForegroundRole).isValid()); // red
        QVERIFY(!cell(m_fw01, InventoryModel::SecurityColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(m_web01, InventoryModel::RebootColumn).toString(), QStringLiteral("yes"));
        QCOMPARE(cell(m_web01, InventoryModel::FailedUnitsColumn).toInt(), 1);
        QVERIFY(cell(m_web01, InventoryModel::FailedUnitsColumn, Qt::ToolTipRole).toString().contains(QLatin1String("nginx.service")));
        QCOMPARE(cell(m_web01, InventoryModel::DiskColumn).toString(), QStringLiteral("95 %"));
        QCOMPARE(cell(m_web01, InventoryModel::BackupColumn).toString(), QStringLiteral("2 d"));
        QVERIFY(cell(m_web01, InventoryModel::UpdatesColumn, Qt::ToolTipRole).toString().contains(QLatin1String("openssl")));

        const auto matching = [this](const QString &filter) {
            m_proxy->setText(filter);
            return m_proxy->matchingHostCount();
        };
        QCOMPARE(matching(QStringLiteral("updates:>0")), 1);
        QCOMPARE(matching(QStringLiteral("updates:0")), 1);  // fw01
        QCOMPARE(matching(QStringLiteral("security:>=2")), 1);
        QCOMPARE(matching(QStringLiteral("disk:>90")), 1);
        QCOMPARE(matching(QStringLiteral("disk:<50")), 0);
        QCOMPARE(matching(QStringLiteral("backup:>1d")), 1);
        QCOMPARE(matching(QStringLiteral("backup:>3d")), 0);
        QCOMPARE(matching(QStringLiteral("backup:>47h")), 1);
        QCOMPARE(matching(QStringLiteral("reboot:yes")), 1);
        QCOMPARE(matching(QStringLiteral("reboot:no")), 1);
        QCOMPARE(matching(QStringLiteral("failed:>0")), 1);
        // Fact terms combine with the others: every word must match.
        QCOMPARE(matching(QStringLiteral("updates:>0 tag:prod")), 1);
        QCOMPARE(matching(QStringLiteral("updates:>0 tag:test")), 0);
        QCOMPARE(matching(QStringLiteral("disk:lots")), 0);
        QCOMPARE(matching(QStringLiteral("updates:5d")), 0); // a unit on a count is not understood
    }

    void treeShowsGroupsBeforeHostsSortedByName()
    {
        QCOMPARE(visible(), (QStringList{
                                QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/Network"),
                                QStringLiteral("Amsterdam/Network/fw01"), QStringLiteral("Amsterdam/Web"),
                                QStringLiteral("Amsterdam/Web/web01"), QStringLiteral("Amsterdam/Web/web02"),
                                QStringLiteral("Rotterdam"), QStringLiteral("Rotterdam/rtm-ws1"), QStringLiteral("laptop")}));
        const QModelIndex fw = m_model->indexForHost(m_fw01);
        QCOMPARE(fw.siblingAtColumn(InventoryModel::AddressColumn).data().toString(), QStringLiteral("fw01.example.org"));
        QCOMPARE(fw.siblingAtColumn(InventoryModel::KindColumn).data().toString(), QStringLiteral("Firewall"));
        QCOMPARE(fw.siblingAtColumn(InventoryModel::TagsColumn).data().toString(), QStringLiteral("prod"));
        QVERIFY(InventoryModel::isHost(fw));
        QVERIFY(InventoryModel::isGroup(fw.parent()));
    }

    void modelFollowsLoadedWorkspace()
    {
        Inventory again;
        again.setDatabase(m_workspace->database());
        InventoryModel model(&again);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(again.load(&error));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.indexForGroup(m_ams)), 2);
    }

    void batchIsAnnouncedAsOneReset()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        QString error;
        QVERIFY(m_inventory->beginBatch(&error));
        const GroupId imported = group(QStringLiteral("Imported"), m_rtm);
        for (int i = 0; i < 50; ++i)
            host(QStringLiteral("batch%1").arg(i, 2, 10, QLatin1Char('0')), imported, HostKind::Server, QString(), {});
        QVERIFY(m_inventory->commitBatch(&error));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(m_model->rowCount(m_model->indexForGroup(imported)), 50);
        QCOMPARE(m_model->indexForGroup(imported).parent(), m_model->indexForGroup(m_rtm));
        m_proxy->setText(QStringLiteral("batch07"));
        QCOMPARE(visible(), (QStringList{QStringLiteral("Rotterdam"), QStringLiteral("Rotterdam/Imported"),
                                         QStringLiteral("Rotterdam/Imported/batch07")}));
    }

    void editsRemovesAndMovesUpdateTheTree()
    {
        Host changed = *m_inventory->host(m_web01);
        changed.address = QStringLiteral("192.0.2.1");
        changed.port = 2222;
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        QString error;
        QVERIFY(m_inventory->updateHost(changed, &error));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(m_model->indexForHost(m_web01, InventoryModel::AddressColumn).data().toString(), QStringLiteral("192.0.2.1:2222"));

        QVERIFY(m_inventory->move({m_web}, {m_loose}, m_rtm, &error));
        QVERIFY(visible().contains(QStringLiteral("Rotterdam/Web/web01")));
        QVERIFY(visible().contains(QStringLiteral("Rotterdam/laptop")));

        RemovedItems removed;
        QVERIFY(m_inventory->remove({m_rtm}, {}, &removed, &error));
        QCOMPARE(visible(), (QStringList{QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/Network"),
                                         QStringLiteral("Amsterdam/Network/fw01")}));
        QVERIFY(m_inventory->restore(removed, &error));
        QCOMPARE(visible().size(), 9);
        QVERIFY(visible().contains(QStringLiteral("Rotterdam/Web/web02")));
    }

    void dragAndDropMovesItemsThroughTheInventory()
    {
        const QModelIndexList dragged = {m_model->indexForHost(m_fw01), m_model->indexForGroup(m_web)};
        std::unique_ptr<QMimeData> mime(m_model->mimeData(dragged));
        const QModelIndex target = m_model->indexForGroup(m_rtm);
        QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(!m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, m_model->indexForHost(m_loose)));
        m_model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
        QCOMPARE(m_inventory->host(m_fw01)->groupId, m_rtm);
        QCOMPARE(m_inventory->group(m_web)->parentId, m_rtm);

        // Dropping a group into its own child is refused with a reason.
        QSignalSpy refused(m_model.get(), &InventoryModel::editRefused);
        std::unique_ptr<QMimeData> self(m_model->mimeData({m_model->indexForGroup(m_rtm)}));
        m_model->dropMimeData(self.get(), Qt::MoveAction, -1, -1, m_model->indexForGroup(m_web));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_inventory->group(m_rtm)->parentId, 0);
    }

    void renameMovesItemToItsSortedPlace()
    {
        QString error;
        QVERIFY(m_inventory->renameGroup(m_ams, QStringLiteral("Zwolle"), &error));
        Host renamed = *m_inventory->host(m_web01);
        renamed.name = QStringLiteral("web99");
        QVERIFY(m_inventory->updateHost(renamed, &error));
        QCOMPARE(visible(), (QStringList{QStringLiteral("Rotterdam"), QStringLiteral("Rotterdam/rtm-ws1"),
                                         QStringLiteral("Zwolle"), QStringLiteral("Zwolle/Network"),
                                         QStringLiteral("Zwolle/Network/fw01"), QStringLiteral("Zwolle/Web"),
                                         QStringLiteral("Zwolle/Web/web02"), QStringLiteral("Zwolle/Web/web99"),
                                         QStringLiteral("laptop")}));
        // Later insertions still land in order.
        host(QStringLiteral("web50"), m_web, HostKind::Server, QString(), {});
        QVERIFY(visible().join(QLatin1Char(' ')).contains(QStringLiteral("Zwolle/Web/web02 Zwolle/Web/web50 Zwolle/Web/web99")));
    }

    void dropsFromAnotherModelAreRefused()
    {
        Inventory other;
        InventoryModel otherModel(&other);
        Host stranger;
        stranger.name = QStringLiteral("stranger");
        stranger.address = QStringLiteral("192.0.2.7");
        QString error;
        QVERIFY(other.addHost(&stranger, &error));
        std::unique_ptr<QMimeData> foreign(otherModel.mimeData({otherModel.indexForHost(stranger.id)}));
        QVERIFY(!m_model->canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, m_model->indexForGroup(m_rtm)));
        QVERIFY(!m_model->dropMimeData(foreign.get(), Qt::MoveAction, -1, -1, m_model->indexForGroup(m_rtm)));
        QCOMPARE(visible().size(), 9);
    }

    void renameThroughSetDataIsValidated()
    {
        const QModelIndex web01 = m_model->indexForHost(m_web01);
        QVERIFY(m_model->setData(web01, QStringLiteral("web01-new")));
        QCOMPARE(m_inventory->host(m_web01)->name, QStringLiteral("web01-new"));
        QSignalSpy refused(m_model.get(), &InventoryModel::editRefused);
        QVERIFY(!m_model->setData(web01, QStringLiteral("web02")));
        QCOMPARE(refused.count(), 1);
    }

    void filterMatchesNameAddressTagsOsAndKindKeepingParents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << "web02" << QStringList{"Amsterdam", "Amsterdam/Web", "Amsterdam/Web/web02"};
        QTest::newRow("case-insensitive") << "FW01" << QStringList{"Amsterdam", "Amsterdam/Network", "Amsterdam/Network/fw01"};
        QTest::newRow("tag") << "tag:nginx" << QStringList{"Amsterdam", "Amsterdam/Web", "Amsterdam/Web/web01"};
        QTest::newRow("os") << "os:windows" << QStringList{"Rotterdam", "Rotterdam/rtm-ws1"};
        QTest::newRow("kind") << "kind:firewall" << QStringList{"Amsterdam", "Amsterdam/Network", "Amsterdam/Network/fw01"};
        QTest::newRow("translated kind word") << "workstation" << QStringList{"Rotterdam", "Rotterdam/rtm-ws1", "laptop"};
        QTest::newRow("all words must match") << "prod debian" << QStringList{"Amsterdam", "Amsterdam/Web", "Amsterdam/Web/web01"};
        QTest::newRow("group name shows its hosts") << "network" << QStringList{"Amsterdam", "Amsterdam/Network", "Amsterdam/Network/fw01"};
        QTest::newRow("address") << "address:laptop.example" << QStringList{"laptop"};
        QTest::newRow("no match") << "nothing-like-this" << QStringList{};
    }
    void filterMatchesNameAddressTagsOsAndKindKeepingParents()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setText(text);
        QVERIFY(m_proxy->isActive());
        QCOMPARE(visible(), expected);
        m_proxy->clear();
        QCOMPARE(visible().size(), 9);
    }

    // In a Dutch window the keywords are Dutch as well as English.
    void filterKeywordsWorkInTheUiLanguageToo()
    {
        QTranslator dutch;
        QVERIFY(loadTranslation(dutch, QStringLiteral("nl")));
        QCoreApplication::installTranslator(&dutch);
        const auto english = qScopeGuard([&dutch] { QCoreApplication::removeTranslator(&dutch); });
        const QStringList web01{QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/Web"), QStringLiteral("Amsterdam/Web/web01")};
        const QStringList fw01{QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/Network"), QStringLiteral("Amsterdam/Network/fw01")};
        for (const auto &[text, expected] : {std::pair{QStringLiteral("label:nginx"), web01}, std::pair{QStringLiteral("tag:nginx"), web01},
                                             std::pair{QStringLiteral("soort:firewall"), fw01}, std::pair{QStringLiteral("NAAM:fw01"), fw01},
                                             std::pair{QStringLiteral("adres:laptop.example"), QStringList{QStringLiteral("laptop")}}}) {
            m_proxy->setText(text);
            QVERIFY2(visible() == expected, qPrintable(text + QStringLiteral(": ") + visible().join(QLatin1Char(','))));
        }
        m_proxy->clear();
    }

    void kindFilterCombinesWithText()
    {
        m_proxy->setKinds({HostKind::Workstation});
        QCOMPARE(visible(), (QStringList{QStringLiteral("Rotterdam"), QStringLiteral("Rotterdam/rtm-ws1"), QStringLiteral("laptop")}));
        m_proxy->setText(QStringLiteral("ubuntu"));
        QCOMPARE(visible(), (QStringList{QStringLiteral("laptop")}));
        QCOMPARE(m_proxy->matchingHostCount(), 1);
    }

    void hostsAddedOrChangedWhileFilteringAppearWhenTheyMatch()
    {
        m_proxy->setText(QStringLiteral("tag:prod"));
        QCOMPARE(visible().size(), 5);
        host(QStringLiteral("rtm-prod1"), m_rtm, HostKind::Server, QString(), {QStringLiteral("prod")});
        QTRY_VERIFY(visible().contains(QStringLiteral("Rotterdam/rtm-prod1")));
        Host retag = *m_inventory->host(m_web01);
        retag.tags = {QStringLiteral("staging")};
        QString error;
        QVERIFY(m_inventory->updateHost(retag, &error));
        QTRY_VERIFY(!visible().contains(QStringLiteral("Amsterdam/Web/web01")));
        QVERIFY(!visible().contains(QStringLiteral("Amsterdam/Web")));
    }

    // Under a parent: groups, then directories, then hosts, each by name; a
    // directory follows its renames, moves, deletes and their undo.
    void directoriesSitBetweenGroupsAndHostsAndFollowTheInventory()
    {
        const DirectoryId corp = directory(QStringLiteral("corp"), m_ams, DirectoryKind::ActiveDirectory);
        const DirectoryId people = directory(QStringLiteral("people"), 0);
        QCOMPARE(visible(), (QStringList{
                                QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/Network"),
                                QStringLiteral("Amsterdam/Network/fw01"), QStringLiteral("Amsterdam/Web"),
                                QStringLiteral("Amsterdam/Web/web01"), QStringLiteral("Amsterdam/Web/web02"),
                                QStringLiteral("Amsterdam/corp"), QStringLiteral("Rotterdam"),
                                QStringLiteral("Rotterdam/rtm-ws1"), QStringLiteral("people"), QStringLiteral("laptop")}));
        const QModelIndex index = m_model->indexForDirectory(corp);
        QVERIFY(InventoryModel::isDirectory(index));
        QVERIFY(!InventoryModel::isHost(index) && !InventoryModel::isGroup(index));
        QCOMPARE(InventoryModel::itemId(index), corp);
        QCOMPARE(index.siblingAtColumn(InventoryModel::AddressColumn).data().toString(), QStringLiteral("ldaps://corp.example.org"));
        QCOMPARE(index.siblingAtColumn(InventoryModel::KindColumn).data().toString(), QStringLiteral("Active Directory"));
        QCOMPARE(m_model->indexForDirectory(people).siblingAtColumn(InventoryModel::KindColumn).data().toString(),
                 QStringLiteral("Directory"));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!(m_model->flags(index) & Qt::ItemIsDragEnabled));
        QVERIFY(m_model->flags(index) & Qt::ItemNeverHasChildren);

        // Renamed in place: back to its sorted place, before a second directory.
        const DirectoryId apps = directory(QStringLiteral("apps"), m_ams);
        QCOMPARE(m_model->indexForDirectory(apps).row(), 2);
        QVERIFY(m_model->setData(index, QStringLiteral("ad"), Qt::EditRole));
        QCOMPARE(m_model->indexForDirectory(corp).row(), 2);
        QCOMPARE(m_model->indexForDirectory(apps).row(), 3);

        // Moved to Rotterdam, before its host; a host added there lands after it.
        Directory moved = *m_inventory->directory(corp);
        moved.groupId = m_rtm;
        QString error;
        QVERIFY2(m_inventory->updateDirectory(moved, &error), qPrintable(error));
        QCOMPARE(m_model->indexForDirectory(corp).parent(), m_model->indexForGroup(m_rtm));
        QCOMPARE(m_model->indexForDirectory(corp).row(), 0);
        const HostId ws2 = host(QStringLiteral("rtm-ws2"), m_rtm, HostKind::Workstation, QString(), {});
        QCOMPARE(m_model->indexForHost(ws2).row(), 2);

        RemovedItems removed;
        QVERIFY(m_inventory->remove({m_rtm}, {}, {people}, &removed, &error));
        QVERIFY(!m_model->indexForDirectory(corp).isValid());
        QVERIFY(!m_model->indexForDirectory(people).isValid());
        QVERIFY(m_inventory->restore(removed, &error));
        QCOMPARE(m_model->indexForDirectory(corp).parent(), m_model->indexForGroup(m_rtm));
        QCOMPARE(m_model->rowCount(m_model->indexForGroup(m_rtm)), 3);
        QVERIFY(m_model->indexForDirectory(people).isValid());
    }

    void kindDirectoryFiltersDirectoriesAndTextFindsThem()
    {
        directory(QStringLiteral("corp"), m_ams, DirectoryKind::ActiveDirectory);
        directory(QStringLiteral("people"), 0, DirectoryKind::OpenLdap);
        m_proxy->setText(QStringLiteral("kind:directory"));
        QCOMPARE(visible(), (QStringList{QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/corp"), QStringLiteral("people")}));
        QCOMPARE(m_proxy->matchingHostCount(), 0);
        m_proxy->setText(QStringLiteral("kind:ad"));
        QCOMPARE(visible(), (QStringList{QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/corp")}));
        m_proxy->setText(QStringLiteral("people.example"));
        QCOMPARE(visible(), QStringList{QStringLiteral("people")});
        // A group that matches by name shows its directories too.
        m_proxy->setText(QStringLiteral("Amsterdam"));
        QVERIFY(visible().contains(QStringLiteral("Amsterdam/corp")));
        // Host kinds chosen: directories are none of them.
        m_proxy->setText(QString());
        m_proxy->setKinds({HostKind::Firewall});
        QCOMPARE(visible(), (QStringList{QStringLiteral("Amsterdam"), QStringLiteral("Amsterdam/Network"),
                                         QStringLiteral("Amsterdam/Network/fw01")}));
        m_proxy->clear();
        // Added while a filter is on: shown when it matches.
        m_proxy->setText(QStringLiteral("kind:directory"));
        directory(QStringLiteral("branch"), m_rtm);
        QTRY_VERIFY(visible().contains(QStringLiteral("Rotterdam/branch")));
        QVERIFY(visible().contains(QStringLiteral("Rotterdam")));
        QVERIFY(!visible().contains(QStringLiteral("Rotterdam/rtm-ws1")));
    }
};

QTEST_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
