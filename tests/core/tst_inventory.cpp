#include "inventory/Inventory.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {
Host makeHost(const QString &name, GroupId group = 0, const QString &address = QString())
{
    Host h;
    h.name = name;
    h.groupId = group;
    h.address = address.isEmpty() ? name + QStringLiteral(".example.org") : address;
    return h;
}
} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;

    // A second, independent look at the file: what a restart would see.
    InventorySnapshot reloaded()
    {
        Workspace other;
        if (!other.open(m_path))
            return {};
        Inventory fresh;
        fresh.setDatabase(other.database());
        QString error;
        fresh.load(&error);
        return fresh.snapshot();
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_path));
        m_inventory = std::make_unique<Inventory>();
        m_inventory->setDatabase(m_workspace->database());
        QString error;
        QVERIFY(m_inventory->load(&error));
    }
    void cleanup()
    {
        m_inventory.reset();
        m_workspace.reset();
    }

    void groupsNestToAnyDepthAndPersist()
    {
        QString error;
        GroupId parent = 0;
        for (int depth = 0; depth < 8; ++depth) {
            Group g{0, parent, QStringLiteral("level%1").arg(depth)};
            QVERIFY2(m_inventory->addGroup(&g, &error), qPrintable(error));
            parent = g.id;
        }
        Host h = makeHost(QStringLiteral("deep"), parent);
        QVERIFY2(m_inventory->addHost(&h, &error), qPrintable(error));
        QCOMPARE(m_inventory->groupPath(parent).size(), 8);
        QCOMPARE(m_inventory->findGroupByPath(QStringLiteral("level0/level1/level2/level3/level4/level5/level6/level7")), parent);

        const InventorySnapshot again = reloaded();
        QCOMPARE(again.groups.size(), 8);
        QCOMPARE(again.hosts.size(), 1);
        QCOMPARE(again.hosts.first(), h);
    }

    void allHostFieldsSurviveARestart()
    {
        QString error;
        Group site{0, 0, QStringLiteral("Amsterdam")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        Host bastion = makeHost(QStringLiteral("bastion"), site.id);
        QVERIFY(m_inventory->addHost(&bastion, &error));
        Host h;
        h.groupId = site.id;
        h.name = QStringLiteral("db01");
        h.address = QStringLiteral("2001:db8::5");
        h.port = 2222;
        h.kind = HostKind::Firewall;
        h.os = QStringLiteral("OPNsense 24.7");
        h.tags = {QStringLiteral("edge"), QStringLiteral("prod")};
        h.notes = QStringLiteral("two\nlines");
        h.sshUser = QStringLiteral("admin");
        h.authMethod = AuthMethod::KeyFile;
        h.identityFile = QStringLiteral("~/.ssh/id_ed25519");
        h.jumpHostId = bastion.id;
        h.location = QStringLiteral("DC2 rack 1");
        h.owner = QStringLiteral("Network team");
        QVERIFY2(m_inventory->addHost(&h, &error), qPrintable(error));
        const InventorySnapshot again = reloaded();
        QCOMPARE(again.hosts.size(), 2);
        const Host stored = again.hosts.first().name == h.name ? again.hosts.first() : again.hosts.last();
        QCOMPARE(stored, h);
    }

    void duplicateNameInSameGroupIsRefusedButAllowedElsewhere()
    {
        QString error;
        Group a{0, 0, QStringLiteral("a")}, b{0, 0, QStringLiteral("b")};
        QVERIFY(m_inventory->addGroup(&a, &error));
        QVERIFY(m_inventory->addGroup(&b, &error));
        Host first = makeHost(QStringLiteral("web01"), a.id);
        QVERIFY(m_inventory->addHost(&first, &error));
        Host clash = makeHost(QStringLiteral("web01"), a.id);
        QVERIFY(!m_inventory->addHost(&clash, &error));
        QVERIFY2(error.contains(QStringLiteral("already a host named “web01” in group “a”")), qPrintable(error));
        Host elsewhere = makeHost(QStringLiteral("web01"), b.id);
        QVERIFY(m_inventory->addHost(&elsewhere, &error));
        Group again{0, 0, QStringLiteral("a")};
        QVERIFY(!m_inventory->addGroup(&again, &error));
        QVERIFY(error.contains(QStringLiteral("already a group named “a”")));
        QCOMPARE(reloaded().hosts.size(), 2);
    }

    void invalidHostIsRefusedAndNothingIsWritten()
    {
        QString error;
        Host bad = makeHost(QStringLiteral("web01"), 0, QStringLiteral("10.0.0.300"));
        QSignalSpy added(m_inventory.get(), &Inventory::hostAdded);
        QVERIFY(!m_inventory->addHost(&bad, &error));
        QVERIFY(error.contains(QStringLiteral("not a valid address")));
        QCOMPARE(added.count(), 0);
        QCOMPARE(m_inventory->hostCount(), 0);
        QCOMPARE(reloaded().hosts.size(), 0);
    }

    void jumpHostLoopsAreRefused()
    {
        QString error;
        Host a = makeHost(QStringLiteral("a")), b = makeHost(QStringLiteral("b"));
        QVERIFY(m_inventory->addHost(&a, &error));
        b.jumpHostId = a.id;
        QVERIFY(m_inventory->addHost(&b, &error));
        a.jumpHostId = b.id;
        QVERIFY(!m_inventory->updateHost(a, &error));
        QVERIFY(error.contains(QStringLiteral("loop")));
    }

    void movingGroupsAndHostsPersists()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")}, role{0, 0, QStringLiteral("web")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        QVERIFY(m_inventory->addGroup(&role, &error));
        Host h = makeHost(QStringLiteral("web01"));
        QVERIFY(m_inventory->addHost(&h, &error));
        QSignalSpy groupMoved(m_inventory.get(), &Inventory::groupMoved);
        QVERIFY2(m_inventory->move({role.id}, {h.id}, site.id, &error), qPrintable(error));
        QCOMPARE(groupMoved.count(), 1);
        QCOMPARE(m_inventory->group(role.id)->parentId, site.id);
        QCOMPARE(m_inventory->host(h.id)->groupId, site.id);
        // A group cannot go into its own subtree.
        QVERIFY(!m_inventory->move({site.id}, {}, role.id, &error));
        QVERIFY(error.contains(QStringLiteral("into itself")));

        const InventorySnapshot again = reloaded();
        for (const Group &g : again.groups)
            if (g.id == role.id)
                QCOMPARE(g.parentId, site.id);
        QCOMPARE(again.hosts.first().groupId, site.id);
    }

    void movingAGroupTogetherWithItsContentsKeepsThemInside()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")}, target{0, 0, QStringLiteral("target")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        QVERIFY(m_inventory->addGroup(&target, &error));
        Group role{0, site.id, QStringLiteral("role")};
        QVERIFY(m_inventory->addGroup(&role, &error));
        Host inside = makeHost(QStringLiteral("inside"), role.id);
        QVERIFY(m_inventory->addHost(&inside, &error));
        // The selection holds the group and, expanded below it, its subgroup and host.
        QVERIFY2(m_inventory->move({site.id, role.id}, {inside.id}, target.id, &error), qPrintable(error));
        QCOMPARE(m_inventory->group(site.id)->parentId, target.id);
        QCOMPARE(m_inventory->group(role.id)->parentId, site.id);
        QCOMPARE(m_inventory->host(inside.id)->groupId, role.id);
    }

    void failedBatchWithoutDatabaseRestoresMemory()
    {
        Inventory memory;
        QString error;
        Host keep = makeHost(QStringLiteral("keep"));
        QVERIFY(memory.addHost(&keep, &error));
        QSignalSpy resets(&memory, &Inventory::resetDone);
        QVERIFY(memory.beginBatch(&error));
        Host extra = makeHost(QStringLiteral("extra"));
        QVERIFY(memory.addHost(&extra, &error));
        QCOMPARE(memory.hostCount(), 2);
        memory.rollbackBatch();
        QCOMPARE(memory.hostCount(), 1);
        QVERIFY(memory.host(keep.id));
        QCOMPARE(resets.count(), 1);
    }

    void removeTakesSubtreeAndRestoreBringsEverythingBack()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        Group role{0, site.id, QStringLiteral("web")};
        QVERIFY(m_inventory->addGroup(&role, &error));
        Host bastion = makeHost(QStringLiteral("bastion"), site.id);
        QVERIFY(m_inventory->addHost(&bastion, &error));
        Host web = makeHost(QStringLiteral("web01"), role.id);
        web.jumpHostId = bastion.id;
        QVERIFY(m_inventory->addHost(&web, &error));
        Host outside = makeHost(QStringLiteral("outside"));
        outside.jumpHostId = bastion.id;
        QVERIFY(m_inventory->addHost(&outside, &error));
        const InventorySnapshot before = reloaded();

        RemovedItems removed;
        // Selecting a group and a host inside it removes the group once.
        QVERIFY2(m_inventory->remove({site.id}, {web.id}, &removed, &error), qPrintable(error));
        QCOMPARE(removed.groups.size(), 2);
        QCOMPARE(removed.hosts.size(), 2);
        QCOMPARE(m_inventory->hostCount(), 1);
        QCOMPARE(m_inventory->host(outside.id)->jumpHostId, 0);
        QCOMPARE(reloaded().hosts.size(), 1);

        QVERIFY2(m_inventory->restore(removed, &error), qPrintable(error));
        QCOMPARE(m_inventory->hostCount(), 3);
        QCOMPARE(m_inventory->host(outside.id)->jumpHostId, bastion.id);
        QCOMPARE(m_inventory->host(web.id)->jumpHostId, bastion.id);
        const InventorySnapshot after = reloaded();
        QCOMPARE(after.groups, before.groups);
        QCOMPARE(after.hosts, before.hosts);
    }

    void failedBatchWritesNothing()
    {
        QString error;
        Host keep = makeHost(QStringLiteral("keep"));
        QVERIFY(m_inventory->addHost(&keep, &error));
        QVERIFY(m_inventory->beginBatch(&error));
        Host a = makeHost(QStringLiteral("a"));
        QVERIFY(m_inventory->addHost(&a, &error));
        // Bypass validation to make the database itself refuse a row.
        QSqlQuery sabotage(m_workspace->database());
        QVERIFY(sabotage.exec(QStringLiteral("INSERT INTO hosts (name, address) VALUES ('b', 'b')")));
        Host b = makeHost(QStringLiteral("b"));
        QVERIFY(!m_inventory->addHost(&b, &error));  // memory thinks it is fine; the unique index says no
        QVERIFY(!m_inventory->commitBatch(&error));
        QCOMPARE(m_inventory->hostCount(), 1);
        QCOMPARE(reloaded().hosts.size(), 1);
    }

    void hostsBelowListsTreeOrder()
    {
        QString error;
        Group z{0, 0, QStringLiteral("zulu")}, a{0, 0, QStringLiteral("alpha")};
        QVERIFY(m_inventory->addGroup(&z, &error));
        QVERIFY(m_inventory->addGroup(&a, &error));
        Host h1 = makeHost(QStringLiteral("h1"), z.id), h2 = makeHost(QStringLiteral("h2"), a.id),
             h3 = makeHost(QStringLiteral("h3"));
        QVERIFY(m_inventory->addHost(&h1, &error));
        QVERIFY(m_inventory->addHost(&h2, &error));
        QVERIFY(m_inventory->addHost(&h3, &error));
        QCOMPARE(m_inventory->hostsBelow(0), (QList<HostId>{h3.id, h2.id, h1.id}));
        QCOMPARE(m_inventory->hostsBelow(z.id), (QList<HostId>{h1.id}));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
