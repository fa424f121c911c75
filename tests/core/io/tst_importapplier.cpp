#include "core/inventory/Inventory.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/Importers.h"
#include "core/storage/Workspace.h"
#include "tests/core/io/ImportTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <memory>

using namespace wb;

class TestImportApplier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;

    // What is really in the database, not what the in-memory inventory believes.
    int storedHostCount() const
    {
        Inventory fresh;
        fresh.setDatabase(m_workspace->database());
        QString error;
        if (!fresh.load(&error))
            qWarning("%s", qPrintable(error));
        return fresh.hostCount();
    }
    int storedGroupCount() const
    {
        Inventory fresh;
        fresh.setDatabase(m_workspace->database());
        QString error;
        fresh.load(&error);
        return fresh.groupCount();
    }
    HostId hostByPath(const QString &groupPath, const QString &name) const
    {
        const GroupId group = groupPath.isEmpty() ? 0 : m_inventory->findGroupByPath(groupPath);
        return (groupPath.isEmpty() || group) ? m_inventory->findHost(group, name) : 0;
    }

    QString writeFile(const QString &name, const QByteArray &text) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // A host filled in by hand, with every field an ssh_config cannot say.
    Host addRichHost(GroupId group = 0)
    {
        Host h;
        h.name = QStringLiteral("web01");
        h.address = QStringLiteral("192.0.2.1");
        h.groupId = group;
        h.kind = HostKind::Router;
        h.os = QStringLiteral("Debian 12");
        h.tags = {QStringLiteral("prod"), QStringLiteral("web")};
        h.notes = QStringLiteral("Behind the load balancer.\nCall Piet first.");
        h.owner = QStringLiteral("Team Web");
        h.location = QStringLiteral("Amsterdam DC2");
        h.sshUser = QStringLiteral("admin");
        h.authMethod = AuthMethod::Password;
        QString error;
        if (!m_inventory->addHost(&h, &error))
            qWarning("%s", qPrintable(error));
        return h;
    }

    void addBastionsInSiteAAndSiteB()
    {
        QString error;
        for (const char *site : {"siteA", "siteB"}) {
            Group g{0, 0, QLatin1String(site)};
            QVERIFY(m_inventory->addGroup(&g, &error));
            Host bastion;
            bastion.name = QStringLiteral("bastion");
            bastion.address = QStringLiteral("bastion.%1.example.org").arg(QLatin1String(site));
            bastion.groupId = g.id;
            QVERIFY(m_inventory->addHost(&bastion, &error));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->open(m_dir->filePath("workspace.sqlite")), qPrintable(m_workspace->errorString()));
        m_inventory = std::make_unique<Inventory>();
        m_inventory->setDatabase(m_workspace->database());
        QString error;
        QVERIFY2(m_inventory->load(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_inventory.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void applierRefusesFileWithErrorsAndWritesNothing()
    {
        const ImportResult result = Importers::readCsv(testData("csv/broken.csv"));
        QVERIFY(result.hasErrors());
        ApplyStats stats;
        QString error;
        QVERIFY(!ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error));
        QVERIFY2(error.contains(QLatin1String("5 line")) && error.contains(QLatin1String("nothing was imported")),
                 qPrintable(error));
        QCOMPARE(stats.added, 0);
        QCOMPARE(m_inventory->hostCount(), 0);
        QCOMPARE(storedHostCount(), 0);
    }

    void applierWithSkipBadLinesImportsTheGoodOnes()
    {
        const ImportResult result = Importers::readCsv(testData("csv/broken.csv"));
        ApplyStats stats;
        QString error;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, true, &stats, &error), qPrintable(error));
        QCOMPARE(stats.added, 2);
        QCOMPARE(storedHostCount(), 2);
        QVERIFY(m_inventory->findHost(0, QStringLiteral("good01")));
        QVERIFY(m_inventory->findHost(0, QStringLiteral("good02")));
        QVERIFY(!m_inventory->findHostAnywhere(QStringLiteral("bad-port")));
    }

    void reimportingTheSameFileAddsNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << int(ImportFormat::Csv) << "csv/good.csv";
        QTest::newRow("ssh-config") << int(ImportFormat::SshConfig) << "ssh/basic.conf";
        QTest::newRow("ansible") << int(ImportFormat::Ansible) << "ansible/good.ini";
    }

    void reimportingTheSameFileAddsNothing()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        const ImportResult result = Importers::importFile(ImportFormat(format), testData(file));
        QVERIFY2(!result.hasErrors(), qPrintable(issueText(result.errors)));
        ApplyStats first;
        QString error;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &first, &error), qPrintable(error));
        QCOMPARE(first.added, int(result.hosts.size()));
        const int hosts = storedHostCount();
        const int groups = storedGroupCount();
        QCOMPARE(hosts, int(result.hosts.size()));
        const InventorySnapshot before = m_inventory->snapshot();

        ApplyStats second;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &second, &error), qPrintable(error));
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.groupsCreated, 0);
        QCOMPARE(second.unchanged, int(result.hosts.size()));
        QCOMPARE(storedHostCount(), hosts);
        QCOMPARE(storedGroupCount(), groups);
        QVERIFY(m_inventory->snapshot().hosts == before.hosts);
    }

    void reimportUpdatesChangedHostAndKeepsItsId()
    {
        QString error;
        ImportResult result;
        ImportedHost imported;
        imported.host.name = QStringLiteral("web01");
        imported.host.address = QStringLiteral("192.0.2.1");
        imported.groupPath = {QStringLiteral("site")};
        result.hosts.append(imported);
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, nullptr, &error), qPrintable(error));
        const HostId id = hostByPath(QStringLiteral("site"), QStringLiteral("web01"));
        QVERIFY(id);

        result.hosts.first().host.address = QStringLiteral("192.0.2.2");
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error), qPrintable(error));
        QCOMPARE(stats.added, 0);
        QCOMPARE(stats.updated, 1);
        QCOMPARE(hostByPath(QStringLiteral("site"), QStringLiteral("web01")), id);
        QCOMPARE(m_inventory->host(id)->address, QStringLiteral("192.0.2.2"));
        QCOMPARE(storedHostCount(), 1);
    }

    void importCreatesGroupsBelowTheTarget()
    {
        QString error;
        Group target;
        target.name = QStringLiteral("Imported");
        QVERIFY2(m_inventory->addGroup(&target, &error), qPrintable(error));
        const ImportResult result = Importers::readAnsible(testData("ansible/good.ini"));
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, target.id, false, &stats, &error), qPrintable(error));
        QCOMPARE(stats.groupsCreated, 4); // dc1, dc1/web, dc1/db, empty
        QVERIFY(m_inventory->findGroupByPath(QStringLiteral("Imported/empty")));
        QVERIFY(hostByPath(QStringLiteral("Imported/dc1/web"), QStringLiteral("web02")));
        QVERIFY(hostByPath(QStringLiteral("Imported"), QStringLiteral("loose01")));
        QCOMPARE(storedGroupCount(), 5);
    }

    void jumpHostResolvesWithinTheImport()
    {
        const ImportResult result = Importers::readSshConfig(testData("ssh/proxyjump.conf"));
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error), qPrintable(error));
        QVERIFY(stats.warnings.isEmpty());
        const Host *inner = m_inventory->host(m_inventory->findHost(0, QStringLiteral("inner")));
        QVERIFY(inner);
        QCOMPARE(inner->jumpHostId, m_inventory->findHost(0, QStringLiteral("bastion")));
        QCOMPARE(m_inventory->host(m_inventory->findHost(0, QStringLiteral("direct")))->jumpHostId, HostId(0));

        // Stored, not only in memory.
        Inventory fresh;
        fresh.setDatabase(m_workspace->database());
        QVERIFY(fresh.load(&error));
        QCOMPARE(fresh.host(fresh.findHost(0, QStringLiteral("inner")))->jumpHostId,
                 fresh.findHost(0, QStringLiteral("bastion")));
    }

    void jumpHostResolvesAgainstTheInventory()
    {
        QString error;
        Group infra;
        infra.name = QStringLiteral("infra");
        QVERIFY(m_inventory->addGroup(&infra, &error));
        Host gateway;
        gateway.name = QStringLiteral("gateway");
        gateway.address = QStringLiteral("192.0.2.254");
        gateway.groupId = infra.id;
        QVERIFY2(m_inventory->addHost(&gateway, &error), qPrintable(error));

        const ImportResult result = Importers::readCsv(testData("csv/jump-existing.csv"));
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error), qPrintable(error));
        QCOMPARE(m_inventory->host(m_inventory->findHost(0, QStringLiteral("inner")))->jumpHostId, gateway.id);
    }

    void unknownJumpHostIsAWarningNotAFailure()
    {
        const QString path = testData("csv/jump-unknown.csv");
        const ImportResult result = Importers::readCsv(path);
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error), qPrintable(error));
        QCOMPARE(stats.added, 1);
        QCOMPARE(stats.warnings.size(), 1);
        QCOMPARE(stats.warnings.first().file, path);
        QCOMPARE(stats.warnings.first().line, 2);
        QVERIFY(stats.warnings.first().message.contains(QLatin1String("nowhere")));
        QCOMPARE(m_inventory->host(m_inventory->findHost(0, QStringLiteral("inner")))->jumpHostId, HostId(0));
    }

    void jumpHostLoopIsBrokenWithAWarning()
    {
        const ImportResult result = Importers::readCsv(testData("csv/jump-loop.csv"));
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error), qPrintable(error));
        QCOMPARE(stats.added, 2);
        QCOMPARE(stats.warnings.size(), 1);
        const HostId a = m_inventory->findHost(0, QStringLiteral("a"));
        const HostId b = m_inventory->findHost(0, QStringLiteral("b"));
        // The first host in the file would close the loop, so it loses its jump host; b keeps a.
        QCOMPARE(m_inventory->host(a)->jumpHostId, HostId(0));
        QCOMPARE(m_inventory->host(b)->jumpHostId, a);
    }

    void reversingJumpHostsOnReimportDoesNotFail()
    {
        // First import: a -> b. Second import of the same hosts: b -> a, a direct.
        QString error;
        ImportResult first;
        ImportedHost a;
        a.host.name = QStringLiteral("a");
        a.host.address = QStringLiteral("10.0.0.1");
        a.jumpHostName = QStringLiteral("b");
        ImportedHost b;
        b.host.name = QStringLiteral("b");
        b.host.address = QStringLiteral("10.0.0.2");
        first.hosts = {a, b};
        QVERIFY2(ImportApplier::apply(*m_inventory, first, 0, false, nullptr, &error), qPrintable(error));
        // b first, so setting b -> a happens while the old a -> b is still to be cleared.
        ImportResult second;
        second.hosts = {b, a};
        second.hosts[0].jumpHostName = QStringLiteral("a");
        second.hosts[1].jumpHostName.clear();
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, second, 0, false, &stats, &error), qPrintable(error));
        QCOMPARE(stats.updated, 2);
        QVERIFY(stats.warnings.isEmpty());
        const HostId idA = m_inventory->findHost(0, QStringLiteral("a"));
        QCOMPARE(m_inventory->host(idA)->jumpHostId, HostId(0));
        QCOMPARE(m_inventory->host(m_inventory->findHost(0, QStringLiteral("b")))->jumpHostId, idA);
    }

    void failureHalfwayRollsEverythingBack()
    {
        // A result built by hand can hold a host the inventory refuses; the
        // groups and hosts written before it must disappear again.
        ImportResult result;
        ImportedHost good;
        good.host.name = QStringLiteral("good");
        good.host.address = QStringLiteral("192.0.2.1");
        good.groupPath = {QStringLiteral("new-group")};
        ImportedHost bad;
        bad.host.name = QStringLiteral("bad");
        bad.host.address = QStringLiteral("not an address");
        bad.file = QStringLiteral("hand-made.csv");
        bad.line = 3;
        result.hosts = {good, bad};
        QString error;
        ApplyStats stats;
        QVERIFY(!ImportApplier::apply(*m_inventory, result, 0, false, &stats, &error));
        QVERIFY2(error.startsWith(QLatin1String("hand-made.csv:3:")), qPrintable(error));
        QCOMPARE(stats.added, 0);
        QCOMPARE(m_inventory->hostCount(), 0);
        QCOMPARE(m_inventory->groupCount(), 0);
        QCOMPARE(storedHostCount(), 0);
        QCOMPARE(storedGroupCount(), 0);
    }

    void failureRollsBackAnInventoryWithoutDatabase()
    {
        Inventory memoryOnly;
        ImportResult result;
        ImportedHost good;
        good.host.name = QStringLiteral("good");
        good.host.address = QStringLiteral("192.0.2.1");
        ImportedHost bad;
        bad.host.name = QStringLiteral("bad");
        bad.host.address = QStringLiteral("");
        result.hosts = {good, bad};
        QString error;
        QVERIFY(!ImportApplier::apply(memoryOnly, result, 0, false, nullptr, &error));
        QCOMPARE(memoryOnly.hostCount(), 0);
    }

    void reimportingAnSshConfigKeepsTheFieldsItDoesNotCarry()
    {
        const Host before = addRichHost();
        const QString path = writeFile(QStringLiteral("config"), "Host web01\n    HostName 192.0.2.9\n    Port 2222\n"
                                                                 "    User deploy\n");
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::SshConfig, path), 0, false,
                                      &stats, &error),
                 qPrintable(error));
        QCOMPARE(stats.updated, 1);
        Inventory stored;
        stored.setDatabase(m_workspace->database());
        QVERIFY(stored.load(&error));
        const Host after = *stored.host(before.id);
        // What the config states changed...
        QCOMPARE(after.address, QStringLiteral("192.0.2.9"));
        QCOMPARE(after.port, 2222);
        QCOMPARE(after.sshUser, QStringLiteral("deploy"));
        // ...and nothing else did: it has no notes, tags, owner, location, OS, kind or password auth.
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.os, before.os);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.notes, before.notes);
        QCOMPARE(after.owner, before.owner);
        QCOMPARE(after.location, before.location);
        QCOMPARE(after.authMethod, AuthMethod::Password);
    }

    void reimportingACsvChangesOnlyTheColumnsItHas()
    {
        const Host before = addRichHost();
        // A notes column with an empty cell states "no notes"; there is no owner column.
        const QString path = writeFile(QStringLiteral("hosts.csv"), "name,address,notes,os\nweb01,192.0.2.9,,Debian 13\n");
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, path), 0, false, &stats,
                                      &error),
                 qPrintable(error));
        QCOMPARE(stats.updated, 1);
        const Host after = *m_inventory->host(before.id);
        QCOMPARE(after.address, QStringLiteral("192.0.2.9"));
        QCOMPARE(after.os, QStringLiteral("Debian 13"));
        QCOMPARE(after.notes, QString());
        QCOMPARE(after.owner, before.owner);
        QCOMPARE(after.location, before.location);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.port, before.port);
        QCOMPARE(after.sshUser, before.sshUser);
        QCOMPARE(after.authMethod, before.authMethod);
    }

    void anImportRecordsWhatItAddedAndWhatItChanged()
    {
        const Host before = addRichHost();
        const QString path = writeFile(QStringLiteral("hosts.csv"),
                                       "name,address,group\nweb01,192.0.2.9,\nweb02,192.0.2.2,new/sub\n");
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, path), 0, false, &stats,
                                      &error),
                 qPrintable(error));
        QCOMPARE(stats.changes.addedGroups.size(), 2);
        QCOMPARE(stats.changes.addedGroups.first().name, QStringLiteral("new"));  // parents first
        QCOMPARE(stats.changes.addedHosts.size(), 1);
        QCOMPARE(stats.changes.addedHosts.first().name, QStringLiteral("web02"));
        QCOMPARE(stats.changes.before.size(), 1);
        QCOMPARE(stats.changes.before.first(), before);
        QCOMPARE(stats.changes.after.first(), *m_inventory->host(before.id));
    }

    void aJumpHostNameSharedInTheImportResolvesInTheSameGroup()
    {
        const QString path = writeFile(QStringLiteral("hosts.csv"),
                                       "name,address,group,jump_host\n"
                                       "bastion,192.0.2.1,siteA,\n"
                                       "bastion,192.0.2.2,siteB,\n"
                                       "web01,192.0.2.11,siteA,bastion\n"
                                       "web01,192.0.2.12,siteB,bastion\n");
        QString error;
        ApplyStats stats;
        QVERIFY2(ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, path), 0, false, &stats,
                                      &error),
                 qPrintable(error));
        for (const char *site : {"siteA", "siteB"}) {
            const HostId web = hostByPath(QLatin1String(site), QStringLiteral("web01"));
            QCOMPARE(m_inventory->host(web)->jumpHostId, hostByPath(QLatin1String(site), QStringLiteral("bastion")));
        }
    }

    void aJumpHostInTheHostsOwnGroupWinsOverNamesakesElsewhere()
    {
        QString error;
        addBastionsInSiteAAndSiteB();
        const QString path = writeFile(QStringLiteral("hosts.csv"), "name,address,group,jump_host\nweb01,192.0.2.11,siteB,bastion\n");
        QVERIFY2(ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, path), 0, false, nullptr,
                                      &error),
                 qPrintable(error));
        QCOMPARE(m_inventory->host(hostByPath(QStringLiteral("siteB"), QStringLiteral("web01")))->jumpHostId,
                 hostByPath(QStringLiteral("siteB"), QStringLiteral("bastion")));
    }

    void anAmbiguousJumpHostIsAnErrorNamingTheLineAndNothingIsWritten()
    {
        QString error;
        addBastionsInSiteAAndSiteB();
        const QString path = writeFile(QStringLiteral("hosts.csv"),
                                       "name,address,group,jump_host\ndb01,192.0.2.10,siteC,\nweb01,192.0.2.11,siteC,bastion\n");
        ApplyStats stats;
        QVERIFY(!ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, path), 0, false, &stats,
                                      &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":3:")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("siteA/bastion")) && error.contains(QLatin1String("siteB/bastion")),
                 qPrintable(error));
        QCOMPARE(storedHostCount(), 2);
        QCOMPARE(m_inventory->hostCount(), 2);
        QVERIFY(!m_inventory->findGroupByPath(QStringLiteral("siteC")));

        // Named by its path, it resolves.
        const QString byPath = writeFile(QStringLiteral("by-path.csv"),
                                         "name,address,group,jump_host\nweb01,192.0.2.11,siteC,siteB/bastion\n");
        QVERIFY2(ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, byPath), 0, false, &stats,
                                      &error),
                 qPrintable(error));
        QCOMPARE(m_inventory->host(hostByPath(QStringLiteral("siteC"), QStringLiteral("web01")))->jumpHostId,
                 hostByPath(QStringLiteral("siteB"), QStringLiteral("bastion")));
    }

    void aCancelledImportWritesNothing()
    {
        const Host before = addRichHost();
        const QString path = writeFile(QStringLiteral("hosts.csv"), "name,address\nweb01,192.0.2.9\nweb02,192.0.2.2\n");
        std::atomic_bool cancel = true;
        ApplyStats stats;
        QString error;
        QVERIFY(!ImportApplier::apply(*m_inventory, Importers::importFile(ImportFormat::Csv, path), 0, false, &stats,
                                      &error, &cancel));
        QVERIFY(stats.cancelled);
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QCOMPARE(storedHostCount(), 1);
        QCOMPARE(*m_inventory->host(before.id), before);
    }
};

QTEST_GUILESS_MAIN(TestImportApplier)
#include "tst_importapplier.moc"
