#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"
#include "tests/support/StoredInventory.h"

#include "tests/support/TestWorkspaces.h"

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

    wbtest::TestWorkspaces m_workspaces;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;

    // A second, independent look at the file: what a restart would see.
    InventorySnapshot reloaded() { return wbtest::storedInventory(m_path); }

private Q_SLOTS:
    void init()
    {
        m_path = m_workspaces.create(QString::fromLatin1(QTest::currentTestFunction()));
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

    // The database hands rows over in table order; each parent's children
    // come out in name order (A-Z folded, ties by id) as they were in memory.
    void aLoadedInventoryIsInNameOrderAsItWasInMemory()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY2(m_inventory->addGroup(&site, &error), qPrintable(error));
        for (const char *name : {"zulu", "Alpha", "beta", "alpha2", "Beta", "_under", "Gamma"}) {
            Host h = makeHost(QString::fromLatin1(name), site.id);
            QVERIFY2(m_inventory->addHost(&h, &error), qPrintable(error));
        }
        for (const char *name : {"web", "Db", "app"}) {
            Group g{0, 0, QString::fromLatin1(name)};
            QVERIFY2(m_inventory->addGroup(&g, &error), qPrintable(error));
        }
        const auto namesOf = [](const Inventory &inventory, GroupId group) {
            QStringList hosts;
            for (HostId id : inventory.hostsIn(group))
                hosts << inventory.host(id)->name;
            QStringList groups;
            for (GroupId id : inventory.childGroups(0))
                groups << inventory.group(id)->name;
            return std::pair{hosts, groups};
        };
        const auto inMemory = namesOf(*m_inventory, site.id);
        // '_' sorts before the letters, as in SQLite's NOCASE; "beta" and "Beta" by age.
        QCOMPARE(inMemory.first, (QStringList{QStringLiteral("_under"), QStringLiteral("Alpha"), QStringLiteral("alpha2"),
                                              QStringLiteral("beta"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                                              QStringLiteral("zulu")}));
        QCOMPARE(inMemory.second, (QStringList{QStringLiteral("app"), QStringLiteral("Db"), QStringLiteral("site"),
                                               QStringLiteral("web")}));
        Inventory restarted;
        restarted.setDatabase(m_workspace->database());
        QVERIFY2(restarted.load(&error), qPrintable(error));
        QCOMPARE(namesOf(restarted, site.id), inMemory);
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

    // Two hosts named web01 in siteA and siteB, one db01 at the top level.
    std::pair<HostId, HostId> addTwoWeb01()
    {
        QString error;
        Group a{0, 0, QStringLiteral("siteA")}, b{0, 0, QStringLiteral("siteB")};
        m_inventory->addGroup(&a, &error);
        m_inventory->addGroup(&b, &error);
        Host inA = makeHost(QStringLiteral("web01"), a.id, QStringLiteral("192.0.2.1"));
        Host inB = makeHost(QStringLiteral("web01"), b.id, QStringLiteral("192.0.2.2"));
        Host db = makeHost(QStringLiteral("db01"));
        m_inventory->addHost(&inA, &error);
        m_inventory->addHost(&inB, &error);
        m_inventory->addHost(&db, &error);
        return {inA.id, inB.id};
    }

    void displayNameIsTheBareNameUnlessAnotherHostSharesIt()
    {
        const auto [inA, inB] = addTwoWeb01();
        QCOMPARE(m_inventory->displayName(inA), QStringLiteral("siteA/web01"));
        QCOMPARE(m_inventory->displayName(inB), QStringLiteral("siteB/web01"));
        QCOMPARE(m_inventory->displayName(m_inventory->findHost(0, QStringLiteral("db01"))), QStringLiteral("db01"));

        // Renaming one of them makes both names unique again.
        Host renamed = *m_inventory->host(inB);
        renamed.name = QStringLiteral("web02");
        QString error;
        QVERIFY2(m_inventory->updateHost(renamed, &error), qPrintable(error));
        QCOMPARE(m_inventory->displayName(inA), QStringLiteral("web01"));
        QCOMPARE(m_inventory->displayName(inB), QStringLiteral("web02"));

        // ...and deleting a group with a namesake inside counts too.
        renamed = *m_inventory->host(inB);
        renamed.name = QStringLiteral("web01");
        QVERIFY2(m_inventory->updateHost(renamed, &error), qPrintable(error));
        QCOMPARE(m_inventory->displayName(inA), QStringLiteral("siteA/web01"));
        QVERIFY(m_inventory->remove({m_inventory->findGroupByPath(QStringLiteral("siteB"))}, {}, nullptr, &error));
        QCOMPARE(m_inventory->displayName(inA), QStringLiteral("web01"));
    }

    void aSharedBareNameResolvesToNothingAndListsTheCandidates()
    {
        const auto [inA, inB] = addTwoWeb01();
        QStringList candidates;
        QCOMPARE(m_inventory->resolveHost(QStringLiteral("web01"), &candidates), HostId(0));
        QCOMPARE(candidates, (QStringList{QStringLiteral("siteA/web01"), QStringLiteral("siteB/web01")}));
        QCOMPARE(m_inventory->resolveHost(QStringLiteral("siteB/web01")), inB);
        QCOMPARE(m_inventory->resolveHost(QStringLiteral("siteA/web01")), inA);
        QCOMPARE(m_inventory->resolveHost(QStringLiteral("db01")), m_inventory->findHost(0, QStringLiteral("db01")));
        QCOMPARE(m_inventory->resolveHost(QStringLiteral("siteC/web01")), HostId(0));
    }

    void anEditBasedOnAStaleRowIsRefusedNamingWhatChanged()
    {
        QString error;
        Host h = makeHost(QStringLiteral("web01"), 0, QStringLiteral("192.0.2.1"));
        QVERIFY(m_inventory->addHost(&h, &error));
        const Host shown = *m_inventory->host(h.id);

        // Someone else (werkbank-cli, another window) changes the row.
        Workspace other;
        QVERIFY(other.open(m_path));
        Inventory elsewhere;
        elsewhere.setDatabase(other.database());
        QVERIFY(elsewhere.load(&error));
        Host theirs = *elsewhere.host(h.id);
        theirs.address = QStringLiteral("192.0.2.99");
        theirs.port = 2222;
        QVERIFY2(elsewhere.updateHost(theirs, &error), qPrintable(error));

        Host mine = shown;
        mine.owner = QStringLiteral("Team Web");
        QSignalSpy reloaded(m_inventory.get(), &Inventory::resetDone);
        QVERIFY(!m_inventory->updateHost(mine, &error));
        QVERIFY2(error.contains(QLatin1String("changed elsewhere")) && error.contains(QLatin1String("address"))
                     && error.contains(QLatin1String("port")) && !error.contains(QLatin1String("owner")),
                 qPrintable(error));
        // Nothing of ours was written; the inventory now shows what is stored.
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(m_inventory->host(h.id)->address, QStringLiteral("192.0.2.99"));
        QCOMPARE(m_inventory->host(h.id)->owner, QString());
        QCOMPARE(this->reloaded().hosts.first().address, QStringLiteral("192.0.2.99"));
        QCOMPARE(this->reloaded().hosts.first().owner, QString());

        // Based on the current row, the same edit goes through.
        mine = *m_inventory->host(h.id);
        mine.owner = QStringLiteral("Team Web");
        QVERIFY2(m_inventory->updateHost(mine, &error), qPrintable(error));
        QCOMPARE(this->reloaded().hosts.first().owner, QStringLiteral("Team Web"));
    }

    void anEditOfAHostDeletedElsewhereSaysSo()
    {
        QString error;
        Host h = makeHost(QStringLiteral("web01"));
        QVERIFY(m_inventory->addHost(&h, &error));
        Workspace other;
        QVERIFY(other.open(m_path));
        Inventory elsewhere;
        elsewhere.setDatabase(other.database());
        QVERIFY(elsewhere.load(&error));
        QVERIFY(elsewhere.remove({}, {h.id}, nullptr, &error));

        Host mine = *m_inventory->host(h.id);
        mine.os = QStringLiteral("Debian 12");
        QVERIFY(!m_inventory->updateHost(mine, &error));
        QVERIFY2(error.contains(QLatin1String("deleted elsewhere")), qPrintable(error));
        QVERIFY(!m_inventory->host(h.id));
        QVERIFY(reloaded().hosts.isEmpty());
    }

    void aGroupEditBasedOnAStaleRowIsRefusedAndTheViewReloads()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")}, other{0, 0, QStringLiteral("other")}, third{0, 0, QStringLiteral("third")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        QVERIFY(m_inventory->addGroup(&other, &error));
        QVERIFY(m_inventory->addGroup(&third, &error));

        Workspace second;
        QVERIFY(second.open(m_path));
        Inventory elsewhere;
        elsewhere.setDatabase(second.database());
        QVERIFY(elsewhere.load(&error));
        QVERIFY2(elsewhere.renameGroup(site.id, QStringLiteral("site-north"), &error), qPrintable(error));

        // This window still shows "site": renaming or moving it is refused, naming what happened.
        QSignalSpy reloaded(m_inventory.get(), &Inventory::resetDone);
        QVERIFY(!m_inventory->renameGroup(site.id, QStringLiteral("site-south"), &error));
        QVERIFY2(error.contains(QLatin1String("renamed elsewhere")) && error.contains(QLatin1String("site-north")), qPrintable(error));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(m_inventory->group(site.id)->name, QStringLiteral("site-north"));
        QCOMPARE(this->reloaded().groups.size(), 3);

        // Based on the reloaded row, it goes through; a move from a stale copy does not.
        QVERIFY2(m_inventory->renameGroup(site.id, QStringLiteral("site-south"), &error), qPrintable(error));
        QVERIFY(elsewhere.load(&error));
        QVERIFY(elsewhere.move({site.id}, {}, other.id, &error));
        QVERIFY(!m_inventory->move({site.id}, {}, third.id, &error));
        QVERIFY2(error.contains(QLatin1String("moved elsewhere")), qPrintable(error));
        QCOMPARE(m_inventory->group(site.id)->parentId, other.id);

        // A group deleted elsewhere says so.
        QVERIFY(elsewhere.load(&error));
        QVERIFY(elsewhere.remove({site.id}, {}, nullptr, &error));
        QVERIFY(!m_inventory->renameGroup(site.id, QStringLiteral("gone"), &error));
        QVERIFY2(error.contains(QLatin1String("deleted elsewhere")), qPrintable(error));
        QVERIFY(!m_inventory->group(site.id));
        QCOMPARE(this->reloaded().groups.size(), 2);
    }

    void deleteAndRestoreBringBackTheHostsTicketLinks()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        Host web = makeHost(QStringLiteral("web01"), site.id), db = makeHost(QStringLiteral("db01"));
        QVERIFY(m_inventory->addHost(&web, &error));
        QVERIFY(m_inventory->addHost(&db, &error));
        TicketStore tickets(m_workspace->database());
        Ticket ticket;
        ticket.title = QStringLiteral("Web and database slow");
        ticket.hostIds = {web.id, db.id};
        QVERIFY2(tickets.add(&ticket, &error), qPrintable(error));

        RemovedItems removed;
        QVERIFY(m_inventory->remove({site.id}, {db.id}, &removed, &error));
        Ticket stored;
        QVERIFY(tickets.load(ticket.id, &stored, &error));
        QVERIFY(stored.hostIds.isEmpty());  // the schema's cascade took the links

        QVERIFY2(m_inventory->restore(removed, &error), qPrintable(error));
        QVERIFY(tickets.load(ticket.id, &stored, &error));
        QCOMPARE(stored.hostIds, (QList<qint64>{qMin(web.id, db.id), qMax(web.id, db.id)}));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
