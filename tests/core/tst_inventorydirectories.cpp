// Directories in the inventory, on real workspace files (SQLite and
// PostgreSQL): added, changed and moved like hosts, refused when stale, and a
// group's delete taking its directories and their ticket links, which undo
// brings back.
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"
#include "tests/support/StoredInventory.h"
#include "tests/support/TestWorkspaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {
Directory makeDirectory(const QString &name, GroupId group = 0)
{
    Directory d;
    d.name = name;
    d.groupId = group;
    d.url = QStringLiteral("ldaps://ldap.example.org");
    d.baseDn = QStringLiteral("dc=example,dc=org");
    d.bindDn = QStringLiteral("cn=helpdesk,dc=example,dc=org");
    return d;
}
} // namespace

class TestInventoryDirectories : public QObject
{
    Q_OBJECT

    wbtest::TestWorkspaces m_workspaces;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;

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

    void directoriesAreAddedChangedAndMovedLikeHostsAndPersist()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        QSignalSpy added(m_inventory.get(), &Inventory::directoryAdded);
        QSignalSpy changed(m_inventory.get(), &Inventory::directoryChanged);
        QSignalSpy moved(m_inventory.get(), &Inventory::directoryMoved);

        Directory corp = makeDirectory(QStringLiteral("  corp  "), site.id);
        corp.kind = DirectoryKind::ActiveDirectory;
        corp.domainControllers = {QStringLiteral("dc1.example.org"), QStringLiteral("dc2.example.org:636")};
        QVERIFY2(m_inventory->addDirectory(&corp, &error), qPrintable(error));
        QCOMPARE(corp.name, QStringLiteral("corp"));
        Directory people = makeDirectory(QStringLiteral("people"), site.id);
        QVERIFY2(m_inventory->addDirectory(&people, &error), qPrintable(error));
        QCOMPARE(added.count(), 2);
        QCOMPARE(m_inventory->directoriesIn(site.id), (QList<DirectoryId>{corp.id, people.id}));

        // A name is unique in the whole workspace, not only in its group.
        Directory twin = makeDirectory(QStringLiteral("corp"));
        QVERIFY(!m_inventory->addDirectory(&twin, &error));
        QVERIFY2(error.contains(QLatin1String("already a directory")), qPrintable(error));
        Directory plain = makeDirectory(QStringLiteral("plain"));
        plain.url = QStringLiteral("http://ldap.example.org");
        QVERIFY(!m_inventory->addDirectory(&plain, &error));
        QVERIFY2(error.contains(QLatin1String("ldaps://")), qPrintable(error));
        QCOMPARE(m_inventory->directoryCount(), 2);

        // A rename to the end of the list and a move to the top level.
        Directory edited = *m_inventory->directory(corp.id);
        edited.name = QStringLiteral("zcorp");
        edited.groupId = 0;
        QVERIFY2(m_inventory->updateDirectory(edited, &error), qPrintable(error));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(1).toLongLong(), site.id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_inventory->directoriesIn(0), QList<DirectoryId>{corp.id});
        QCOMPARE(m_inventory->directoriesIn(site.id), QList<DirectoryId>{people.id});
        // The copy the edit was based on is now stale.
        edited.notes = QStringLiteral("again");
        QVERIFY(!m_inventory->updateDirectory(edited, &error));
        QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));

        const InventorySnapshot stored = reloaded();
        QCOMPARE(stored.directories.size(), 2);
        Inventory restarted;
        restarted.reset(stored);
        QCOMPARE(*restarted.directory(corp.id), *m_inventory->directory(corp.id));
        QCOMPARE(restarted.directory(corp.id)->domainControllers, corp.domainControllers);
        QCOMPARE(restarted.findDirectory(QStringLiteral("people")), people.id);
    }

    void aDirectoryEditedElsewhereIsRefusedAndTheInventoryReloads()
    {
        QString error;
        Directory corp = makeDirectory(QStringLiteral("corp"));
        QVERIFY(m_inventory->addDirectory(&corp, &error));
        Inventory elsewhere;
        elsewhere.setDatabase(m_workspace->database());
        QVERIFY(elsewhere.load(&error));
        Directory theirs = *elsewhere.directory(corp.id);
        theirs.baseDn = QStringLiteral("ou=people,dc=example,dc=org");
        QVERIFY(elsewhere.updateDirectory(theirs, &error));

        Directory mine = *m_inventory->directory(corp.id);
        mine.notes = QStringLiteral("mine");
        QVERIFY(!m_inventory->updateDirectory(mine, &error));
        QVERIFY2(error.contains(QLatin1String("elsewhere")), qPrintable(error));
        QCOMPARE(m_inventory->directory(corp.id)->baseDn, theirs.baseDn);  // reloaded
    }

    void deletingAGroupTakesItsDirectoriesAndUndoBringsThemBackWithTheirTicketLinks()
    {
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY(m_inventory->addGroup(&site, &error));
        Directory corp = makeDirectory(QStringLiteral("corp"), site.id);
        Directory people = makeDirectory(QStringLiteral("people"));
        QVERIFY(m_inventory->addDirectory(&corp, &error));
        QVERIFY(m_inventory->addDirectory(&people, &error));
        TicketStore tickets(m_workspace->database());
        Ticket ticket;
        ticket.title = QStringLiteral("Locked out");
        QVERIFY2(tickets.add(&ticket, &error), qPrintable(error));
        const TicketStore::DirectoryLink account{corp.id, QStringLiteral("uid=alice,ou=people,dc=example,dc=org")};
        const TicketStore::DirectoryLink whole{people.id, QString()};
        QVERIFY2(tickets.linkDirectory(ticket.id, account, &error), qPrintable(error));
        QVERIFY2(tickets.linkDirectory(ticket.id, whole, &error), qPrintable(error));

        QSignalSpy aboutToRemove(m_inventory.get(), &Inventory::directoryAboutToBeRemoved);
        RemovedItems removed;
        QVERIFY2(m_inventory->remove({site.id}, {}, {people.id}, &removed, &error), qPrintable(error));
        QCOMPARE(aboutToRemove.count(), 1);  // corp went with its group
        QCOMPARE(m_inventory->directoryCount(), 0);
        QCOMPARE(removed.directories.size(), 2);
        QCOMPARE(removed.directoryTicketLinks.size(), 2);
        QVERIFY(reloaded().directories.isEmpty());
        QVERIFY(tickets.directoryLinks(ticket.id).isEmpty());

        QVERIFY2(m_inventory->restore(removed, &error), qPrintable(error));
        QCOMPARE(m_inventory->directoriesIn(site.id), QList<DirectoryId>{corp.id});
        QCOMPARE(m_inventory->directoriesIn(0), QList<DirectoryId>{people.id});
        QCOMPARE(reloaded().directories.size(), 2);
        const QList<TicketStore::DirectoryLink> links = tickets.directoryLinks(ticket.id);
        QCOMPARE(links.size(), 2);
        QVERIFY(links.contains(account));
        QVERIFY(links.contains(whole));

        // Undo cannot put a directory back over a new one of the same name.
        QVERIFY(m_inventory->remove({}, {}, {people.id}, &removed, &error));
        Directory newcomer = makeDirectory(QStringLiteral("people"));
        QVERIFY(m_inventory->addDirectory(&newcomer, &error));
        QVERIFY(!m_inventory->restore(removed, &error));
        QVERIFY2(error.contains(QLatin1String("another directory")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestInventoryDirectories)
#include "tst_inventorydirectories.moc"
