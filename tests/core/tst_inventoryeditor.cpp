// The window's inventory edits, on real SQLite files: an edit runs on the
// workspace thread's writing inventory, the window's replica replays what it
// did (with the same signals) and then matches the file; a replica refuses to
// be changed directly; a change refused because the row changed elsewhere
// brings the replica to what is stored; a batch arrives as one reset; edits
// run in the order asked; an asker that is gone hears nothing, but the
// replica still catches up.
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceThread.h"
#include "tests/support/StoredInventory.h"

#include "tests/support/TestWorkspaces.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wb;

class TestInventoryEditor : public QObject
{
    Q_OBJECT

    mutable wbtest::TestWorkspaces m_workspaces;
    std::unique_ptr<WorkspaceThread> m_thread;
    std::unique_ptr<Inventory> m_replica;
    std::unique_ptr<InventoryEditor> m_editor;

    QString path() const { return m_workspaces.forCurrentTest(); }

    // Runs `edit` through the editor and waits; the refusal, or empty.
    QString edit(const InventoryEditor::Edit &change)
    {
        bool answered = false;
        QString result;
        m_editor->edit(this, change, [&](bool ok, const QString &error) {
            answered = true;
            result = ok ? QString() : (error.isEmpty() ? QStringLiteral("refused without a reason") : error);
        });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            return QStringLiteral("no answer");
        return result;
    }

    // What the file holds now, read on a connection of its own.
    InventorySnapshot stored() { return wbtest::storedInventory(path()); }

    void verifyReplicaMatchesFile()
    {
        const InventorySnapshot file = stored();
        const InventorySnapshot shown = m_replica->snapshot();
        QCOMPARE(shown.groups, file.groups);
        QCOMPARE(shown.hosts, file.hosts);
        QCOMPARE(shown.directories, file.directories);
    }

    static Host host(const QString &name, GroupId group)
    {
        Host h;
        h.name = name;
        h.address = name + QStringLiteral(".example.org");
        h.groupId = group;
        return h;
    }

private Q_SLOTS:
    void init()
    {
        m_thread = std::make_unique<WorkspaceThread>(path());
        m_replica = std::make_unique<Inventory>();
        m_editor = std::make_unique<InventoryEditor>(m_replica.get(), m_thread.get());
    }

    void cleanup()
    {
        m_editor.reset();
        m_thread.reset();
        m_replica.reset();
    }

    void everyEditReachesTheFileAndTheReplicaWithItsSignals()
    {
        QVERIFY(m_replica->databasePath().isEmpty());  // the replica never touches SQL
        QSignalSpy groupsAdded(m_replica.get(), &Inventory::groupAdded);
        QSignalSpy hostsAdded(m_replica.get(), &Inventory::hostAdded);
        QSignalSpy hostsMoved(m_replica.get(), &Inventory::hostMoved);
        QSignalSpy hostsChanged(m_replica.get(), &Inventory::hostChanged);
        QSignalSpy groupsRemoved(m_replica.get(), &Inventory::groupRemoved);
        QSignalSpy aboutToRemove(m_replica.get(), &Inventory::groupAboutToBeRemoved);

        auto site = std::make_shared<Group>(Group{0, 0, QStringLiteral("site")});
        auto other = std::make_shared<Group>(Group{0, 0, QStringLiteral("other")});
        QCOMPARE(edit([site, other](Inventory &inventory, QString *error) {
            return inventory.addGroup(site.get(), error) && inventory.addGroup(other.get(), error);
        }), QString());
        QCOMPARE(groupsAdded.count(), 2);
        auto web = std::make_shared<Host>(host(QStringLiteral("web01"), site->id));
        auto jump = std::make_shared<Host>(host(QStringLiteral("jump"), 0));
        QCOMPARE(edit([web, jump](Inventory &inventory, QString *error) {
            return inventory.addHost(jump.get(), error) && inventory.addHost(web.get(), error);
        }), QString());
        QCOMPARE(hostsAdded.count(), 2);
        QCOMPARE(m_replica->findHostByPath(QStringLiteral("site/web01")), web->id);
        verifyReplicaMatchesFile();

        Host changed = *m_replica->host(web->id);
        changed.name = QStringLiteral("web00");  // a new name: a new place in the sorted list
        changed.os = QStringLiteral("Debian 12");
        changed.jumpHostId = jump->id;
        QCOMPARE(edit([changed](Inventory &inventory, QString *error) { return inventory.updateHost(changed, error); }), QString());
        QCOMPARE(hostsChanged.count(), 1);
        QCOMPARE(m_replica->host(web->id)->rowVersion, changed.rowVersion + 1);
        QCOMPARE(m_replica->findHost(site->id, QStringLiteral("web00")), web->id);
        verifyReplicaMatchesFile();

        const GroupId target = other->id;
        const QList<GroupId> groups = {site->id};
        QCOMPARE(edit([web, target](Inventory &inventory, QString *error) { return inventory.move({}, {web->id}, target, error); }),
                 QString());
        QCOMPARE(hostsMoved.count(), 1);
        QCOMPARE(m_replica->hostsIn(other->id), QList<HostId>{web->id});
        QVERIFY(m_replica->hostsIn(site->id).isEmpty());
        verifyReplicaMatchesFile();

        // Deleting the jump host clears the link of the host that used it, in both.
        auto removed = std::make_shared<RemovedItems>();
        QCOMPARE(edit([jump, target, removed](Inventory &inventory, QString *error) {
            return inventory.remove({target}, {jump->id}, removed.get(), error);
        }), QString());
        QCOMPARE(groupsRemoved.count(), 1);
        QCOMPARE(aboutToRemove.count(), 1);
        QCOMPARE(m_replica->hostCount(), 0);
        QCOMPARE(removed->hosts.size(), 2);
        verifyReplicaMatchesFile();

        QCOMPARE(edit([removed](Inventory &inventory, QString *error) { return inventory.restore(*removed, error); }), QString());
        QCOMPARE(m_replica->hostCount(), 2);
        QCOMPARE(m_replica->host(web->id)->jumpHostId, jump->id);
        verifyReplicaMatchesFile();
    }

    void directoryEditsReachTheReplicaWithTheirSignals()
    {
        QSignalSpy added(m_replica.get(), &Inventory::directoryAdded);
        QSignalSpy moved(m_replica.get(), &Inventory::directoryMoved);
        QSignalSpy changed(m_replica.get(), &Inventory::directoryChanged);
        QSignalSpy removedSignal(m_replica.get(), &Inventory::directoryRemoved);
        auto site = std::make_shared<Group>(Group{0, 0, QStringLiteral("site")});
        auto corp = std::make_shared<Directory>();
        corp->name = QStringLiteral("corp");
        corp->url = QStringLiteral("ldap://dc.example.org");
        corp->baseDn = QStringLiteral("dc=example,dc=org");
        corp->bindDn = QStringLiteral("helpdesk@EXAMPLE.ORG");
        QCOMPARE(edit([site, corp](Inventory &inventory, QString *error) {
            if (!inventory.addGroup(site.get(), error))
                return false;
            corp->groupId = site->id;
            return inventory.addDirectory(corp.get(), error);
        }), QString());
        QCOMPARE(added.count(), 1);
        QCOMPARE(m_replica->directoriesIn(site->id), QList<DirectoryId>{corp->id});
        verifyReplicaMatchesFile();

        Directory edited = *m_replica->directory(corp->id);
        edited.groupId = 0;
        edited.kind = DirectoryKind::ActiveDirectory;
        QCOMPARE(edit([edited](Inventory &inventory, QString *error) { return inventory.updateDirectory(edited, error); }),
                 QString());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_replica->directory(corp->id)->kind, DirectoryKind::ActiveDirectory);
        QCOMPARE(m_replica->directoriesIn(0), QList<DirectoryId>{corp->id});
        verifyReplicaMatchesFile();

        const DirectoryId id = corp->id;
        auto removed = std::make_shared<RemovedItems>();
        QCOMPARE(edit([id, removed](Inventory &inventory, QString *error) {
            return inventory.remove({}, {}, {id}, removed.get(), error);
        }), QString());
        QCOMPARE(removedSignal.count(), 1);
        QVERIFY(!m_replica->directory(id));
        verifyReplicaMatchesFile();
        QCOMPARE(edit([removed](Inventory &inventory, QString *error) { return inventory.restore(*removed, error); }), QString());
        QCOMPARE(m_replica->directory(id)->name, QStringLiteral("corp"));
        verifyReplicaMatchesFile();
    }

    void aReplicaRefusesToBeChangedDirectly()
    {
        QVERIFY(m_replica->isReplica());
        Group g{0, 0, QStringLiteral("site")};
        QString error;
        QTest::ignoreMessage(QtWarningMsg, "wb::Inventory: a change was asked of a replica");
        QVERIFY(!m_replica->addGroup(&g, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_replica->groupCount(), 0);
        QCOMPARE(stored().groups.size(), 0);
    }

    void aRefusedEditSaysWhyAndChangesNothing()
    {
        auto first = std::make_shared<Host>(host(QStringLiteral("web01"), 0));
        QCOMPARE(edit([first](Inventory &inventory, QString *error) { return inventory.addHost(first.get(), error); }), QString());
        auto twin = std::make_shared<Host>(host(QStringLiteral("web01"), 0));
        const QString refusal = edit([twin](Inventory &inventory, QString *error) { return inventory.addHost(twin.get(), error); });
        QVERIFY2(refusal.contains(QStringLiteral("already a host named “web01”")), qPrintable(refusal));
        QCOMPARE(m_replica->hostCount(), 1);
        verifyReplicaMatchesFile();
    }

    void aRowChangedElsewhereIsRefusedAndTheReplicaShowsWhatIsStored()
    {
        auto web = std::make_shared<Host>(host(QStringLiteral("web01"), 0));
        QCOMPARE(edit([web](Inventory &inventory, QString *error) { return inventory.addHost(web.get(), error); }), QString());
        {
            // werkbank-cli, or another window, on a connection of its own.
            Workspace other;
            QVERIFY(other.open(path()));
            Inventory elsewhere;
            elsewhere.setDatabase(other.database());
            QString error;
            QVERIFY(elsewhere.load(&error));
            Host h = *elsewhere.host(web->id);
            h.address = QStringLiteral("10.9.9.9");
            QVERIFY2(elsewhere.updateHost(h, &error), qPrintable(error));
        }
        Host mine = *m_replica->host(web->id);
        mine.os = QStringLiteral("Debian 12");
        QSignalSpy reset(m_replica.get(), &Inventory::resetDone);
        const QString refusal = edit([mine](Inventory &inventory, QString *error) { return inventory.updateHost(mine, error); });
        QVERIFY2(refusal.contains(QStringLiteral("“web01” was changed elsewhere (address)")), qPrintable(refusal));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_replica->host(web->id)->address, QStringLiteral("10.9.9.9"));
        QCOMPARE(m_replica->host(web->id)->os, QString());
        verifyReplicaMatchesFile();
    }

    void aBatchArrivesAsOneResetThatSharesNothing()
    {
        QSignalSpy reset(m_replica.get(), &Inventory::resetDone);
        QSignalSpy added(m_replica.get(), &Inventory::hostAdded);
        QCOMPARE(edit([](Inventory &inventory, QString *error) {
            if (!inventory.beginBatch(error))
                return false;
            for (int i = 0; i < 500; ++i) {
                Host h = host(QStringLiteral("h%1").arg(i, 3, 10, QLatin1Char('0')), 0);
                if (!inventory.addHost(&h, error))
                    return false;
            }
            return inventory.commitBatch(error);
        }), QString());
        QCOMPARE(added.count(), 0);
        QCOMPARE(reset.count(), 1);  // the first load and the batch, in one job: only the last counts
        QCOMPARE(m_replica->hostCount(), 500);
        verifyReplicaMatchesFile();
        // Either side changes its own copy: a later single edit lands in both the same.
        Host h = *m_replica->host(m_replica->findHostAnywhere(QStringLiteral("h250")));
        h.owner = QStringLiteral("Team A");
        QCOMPARE(edit([h](Inventory &inventory, QString *error) { return inventory.updateHost(h, error); }), QString());
        QCOMPARE(m_replica->host(h.id)->owner, QStringLiteral("Team A"));
        verifyReplicaMatchesFile();
    }

    void editsRunInTheOrderAskedAndTheEditorSaysWhenItIsBusy()
    {
        QSignalSpy busy(m_editor.get(), &InventoryEditor::busyChanged);
        QStringList answered;
        for (int i = 0; i < 20; ++i) {
            m_editor->edit(this, [i](Inventory &inventory, QString *error) {
                // Each edit sees the one before it.
                if (i > 0 && !inventory.findGroup(0, QStringLiteral("g%1").arg(i - 1, 2, 10, QLatin1Char('0'))))
                    return false;
                Group g{0, 0, QStringLiteral("g%1").arg(i, 2, 10, QLatin1Char('0'))};
                return inventory.addGroup(&g, error);
            }, [&answered, i](bool ok, const QString &) { answered << QStringLiteral("%1:%2").arg(i).arg(ok); });
        }
        QVERIFY(m_editor->isBusy());
        QTRY_COMPARE(answered.size(), 20);
        QVERIFY(!m_editor->isBusy());
        QCOMPARE(busy.count(), 2);  // busy once, idle once
        for (int i = 0; i < 20; ++i)
            QCOMPARE(answered.at(i), QStringLiteral("%1:1").arg(i));
        QCOMPARE(m_replica->groupCount(), 20);
    }

    void anAskerThatIsGoneHearsNothingButTheReplicaCatchesUp()
    {
        bool called = false;
        {
            QObject asker;
            m_editor->edit(&asker, [](Inventory &inventory, QString *error) {
                Group g{0, 0, QStringLiteral("site")};
                return inventory.addGroup(&g, error);
            }, [&called](bool, const QString &) { called = true; });
        }
        QTRY_VERIFY(!m_editor->isBusy());
        QVERIFY(!called);
        QVERIFY(m_replica->findGroup(0, QStringLiteral("site")) != 0);
        verifyReplicaMatchesFile();
    }

    void aWorkspaceThatCannotBeOpenedSaysSo()
    {
        cleanup();
        const QString garbage = QDir(m_workspaces.folder()).filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));  // not an SQLite file
        file.close();
        m_thread = std::make_unique<WorkspaceThread>(garbage);
        m_replica = std::make_unique<Inventory>();
        m_editor = std::make_unique<InventoryEditor>(m_replica.get(), m_thread.get());
        bool answered = false;
        bool held = true;
        QString why;
        m_editor->load(this, [&](bool ok, const QString &error) {
            answered = true;
            held = ok;
            why = error;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!held);
        QVERIFY(!why.isEmpty());
        QCOMPARE(m_replica->hostCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryEditor)
#include "tst_inventoryeditor.moc"
