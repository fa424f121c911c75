// Gathered facts in real workspaces (SQLite and PostgreSQL): each host's
// newest snapshot, its history, the history thinned out as the retention
// says, and the groups' backup checks and wake routes with their inheritance.
#include "core/fleet/FactsStore.h"
#include "core/fleet/WakeStore.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QTest>

using namespace wb;

namespace {
HostFacts factsAt(const QDateTime &taken, int updates)
{
    HostFacts f;
    f.taken = taken;
    f.osId = QStringLiteral("debian");
    f.updates = updates;
    f.filesystems.append({QStringLiteral("/"), QStringLiteral("/dev/sda1"), QStringLiteral("ext4"), 1000, 900, 100});
    return f;
}
} // namespace

class TestFactsStore : public QObject
{
    Q_OBJECT
    wbtest::TestWorkspaces m_workspaces;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;
    HostId m_web = 0;
    HostId m_db = 0;

    QSqlDatabase db() const { return m_workspace->database(); }

    HostId add(const QString &name, GroupId group = 0)
    {
        Host h;
        h.name = name;
        h.address = QStringLiteral("127.0.0.1");
        h.groupId = group;
        QString error;
        if (!m_inventory->addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    int rowsOf(HostId host)
    {
        QList<HostFacts> all;
        QString error;
        if (!FactsStore::history(db(), host, QDateTime::fromSecsSinceEpoch(0, Qt::UTC), &all, &error))
            qFatal("%s", qPrintable(error));
        return int(all.size());
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_workspaces.create(QString::fromLatin1(QTest::currentTestFunction()))));
        m_inventory = std::make_unique<Inventory>();
        m_inventory->setDatabase(db());
        QString error;
        QVERIFY(m_inventory->load(&error));
        m_web = add(QStringLiteral("web"));
        m_db = add(QStringLiteral("db"));
    }

    void cleanup()
    {
        m_inventory.reset();
        m_workspace.reset();
    }

    void theNewestSnapshotAndTheHistory()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(FactsStore::record(db(), m_web, factsAt(now.addSecs(-3600), 5), &error), qPrintable(error));
        QVERIFY2(FactsStore::record(db(), m_web, factsAt(now, 2), &error), qPrintable(error));
        QVERIFY2(FactsStore::record(db(), m_db, factsAt(now.addSecs(-60), 0), &error), qPrintable(error));
        QHash<HostId, HostFacts> latest;
        QVERIFY2(FactsStore::latest(db(), &latest, &error), qPrintable(error));
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.value(m_web).updates, 2);
        QCOMPARE(latest.value(m_web).fullestPercent(), 90);
        QCOMPARE(latest.value(m_db).osId, QStringLiteral("debian"));
        QList<HostFacts> history;
        QVERIFY2(FactsStore::history(db(), m_web, now.addDays(-1), &history, &error), qPrintable(error));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().updates, 5); // oldest first
        // Every host's at once, for the fleet's capacity; only those since the given time.
        QHash<HostId, QList<HostFacts>> histories;
        QVERIFY2(FactsStore::histories(db(), now.addSecs(-120), &histories, &error), qPrintable(error));
        QCOMPARE(histories.size(), 2);
        QCOMPARE(histories.value(m_web).size(), 1);
        QCOMPARE(histories.value(m_web).constFirst().updates, 2);
        QCOMPARE(histories.value(m_db).size(), 1);
        QVERIFY2(FactsStore::histories(db(), now.addDays(-1), &histories, &error), qPrintable(error));
        QCOMPARE(histories.value(m_web).size(), 2);
        QCOMPARE(histories.value(m_web).constFirst().updates, 5);
        // A deleted host's facts go with it.
        RemovedItems removed;
        QVERIFY(m_inventory->remove({}, {m_web}, &removed, &error));
        QVERIFY2(FactsStore::latest(db(), &latest, &error), qPrintable(error));
        QCOMPARE(latest.keys(), QList<HostId>{m_db});
        QVERIFY2(FactsStore::record(db(), m_web, factsAt(now, 1), &error), qPrintable(error)); // skipped, not an error
        QCOMPARE(rowsOf(m_web), 0);
    }

    void historyIsThinnedOut()
    {
        // Four snapshots a day for 200 days, for one host.
        const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        QString error;
        for (int hours = 0; hours < 200 * 24; hours += 6)
            QVERIFY2(FactsStore::record(db(), m_web, factsAt(now.addSecs(-qint64(hours) * 3600), hours), &error), qPrintable(error));
        QVERIFY2(FactsStore::record(db(), m_db, factsAt(now.addDays(-30), 0), &error), qPrintable(error));
        QCOMPARE(rowsOf(m_web), 800);
        int removed = 0;
        QVERIFY2(FactsStore::prune(db(), now, FactsRetention{}, &removed, &error), qPrintable(error));
        QList<HostFacts> kept;
        QVERIFY(FactsStore::history(db(), m_web, QDateTime::fromSecsSinceEpoch(0, Qt::UTC), &kept, &error));
        QCOMPARE(removed, 800 - int(kept.size()));
        // The last 7 days whole (28 or 29), one a day back to 90 days (83 or 84), then one a week (about 16).
        int recent = 0;
        QSet<qint64> days;
        QSet<int> weeks;
        for (const HostFacts &f : kept) {
            if (f.taken >= now.addDays(-7))
                ++recent;
            else if (f.taken >= now.addDays(-90))
                days.insert(f.taken.date().toJulianDay());
            else
                weeks.insert(f.taken.date().weekNumber());
        }
        QVERIFY2(recent >= 28 && recent <= 29, qPrintable(QString::number(recent)));
        QCOMPARE(int(kept.size()), recent + int(days.size()) + int(weeks.size())); // one per day, one per week
        QVERIFY2(days.size() >= 82 && days.size() <= 84, qPrintable(QString::number(days.size())));
        QVERIFY2(weeks.size() >= 15 && weeks.size() <= 17, qPrintable(QString::number(weeks.size())));
        QCOMPARE(rowsOf(m_db), 1); // the only one of its day
        // Again: nothing more goes.
        QVERIFY(FactsStore::prune(db(), now, FactsRetention{}, &removed, &error));
        QCOMPARE(removed, 0);
    }

    void retentionIsAWorkspaceSetting()
    {
        QCOMPARE(FactsRetention::load(db()).keepAllDays, 7);
        QString error;
        QVERIFY2((FactsRetention{3, 30}.save(db(), &error)), qPrintable(error));
        QCOMPARE(FactsRetention::load(db()).keepAllDays, 3);
        QCOMPARE(FactsRetention::load(db()).keepDailyDays, 30);
    }

    void backupChecksAreInherited()
    {
        Group site{0, 0, QStringLiteral("site")};
        QString error;
        QVERIFY(m_inventory->addGroup(&site, &error));
        Group web{0, site.id, QStringLiteral("web")};
        QVERIFY(m_inventory->addGroup(&web, &error));
        Group other{0, 0, QStringLiteral("other")};
        QVERIFY(m_inventory->addGroup(&other, &error));
        QVERIFY2(FactsStore::setBackupCheck(db(), site.id, {BackupCheck::Kind::File, QStringLiteral("/var/backups/last-ok")}, &error), qPrintable(error));
        QHash<GroupId, BackupCheck> checks;
        QVERIFY2(FactsStore::backupChecks(db(), &checks, &error), qPrintable(error));
        const QHash<GroupId, GroupId> parents{{site.id, 0}, {web.id, site.id}, {other.id, 0}};
        QCOMPARE(FactsStore::backupCheckFor(checks, parents, web.id).text, QStringLiteral("/var/backups/last-ok"));
        QCOMPARE(FactsStore::backupCheckFor(checks, parents, other.id).kind, BackupCheck::Kind::None);
        // The group's own check wins; clearing it falls back to the ancestor's.
        QVERIFY(FactsStore::setBackupCheck(db(), web.id, {BackupCheck::Kind::Command, QStringLiteral("cat /srv/stamp")}, &error));
        QVERIFY(FactsStore::backupChecks(db(), &checks, &error));
        QCOMPARE(FactsStore::backupCheckFor(checks, parents, web.id).kind, BackupCheck::Kind::Command);
        QVERIFY(FactsStore::setBackupCheck(db(), web.id, {}, &error));
        QVERIFY(FactsStore::backupChecks(db(), &checks, &error));
        QCOMPARE(FactsStore::backupCheckFor(checks, parents, web.id).kind, BackupCheck::Kind::File);
        // A parent chain that loops (damaged data) ends.
        QCOMPARE(FactsStore::backupCheckFor({}, {{1, 2}, {2, 1}}, 1).kind, BackupCheck::Kind::None);
    }

    void wakeRoutesAreInheritedAndKeptBesideTheBackupCheck()
    {
        Group site{0, 0, QStringLiteral("site")};
        QString error;
        QVERIFY(m_inventory->addGroup(&site, &error));
        Group pcs{0, site.id, QStringLiteral("pcs")};
        QVERIFY(m_inventory->addGroup(&pcs, &error));
        const HostId relay = add(QStringLiteral("gw"), site.id);
        WakeRoute throughRelay;
        QVERIFY(WakeRoute::parseAddress(QStringLiteral("10.1.2.255:7"), &throughRelay));
        throughRelay.relay = relay;
        QVERIFY2(WakeStore::setGroupRoute(db(), site.id, throughRelay, &error), qPrintable(error));
        QHash<GroupId, WakeRoute> routes;
        QVERIFY2(WakeStore::groupRoutes(db(), &routes, &error), qPrintable(error));
        QCOMPARE(routes.size(), 1);
        QCOMPARE(WakeStore::routeFor(routes, *m_inventory, pcs.id), throughRelay);
        QCOMPARE(WakeStore::routeFor(routes, *m_inventory, 0), WakeRoute());
        QCOMPARE(WakeStore::routeFor(routes, *m_inventory, 0).target(), QStringLiteral("255.255.255.255"));

        // The group below says "from here, to everyone": its own, though it is the default.
        QVERIFY(WakeStore::setGroupRoute(db(), pcs.id, WakeRoute(), &error));
        QVERIFY(WakeStore::groupRoutes(db(), &routes, &error));
        QCOMPARE(WakeStore::routeFor(routes, *m_inventory, pcs.id), WakeRoute());
        // A backup check set and cleared on the same group leaves its route (the row stays).
        QVERIFY(FactsStore::setBackupCheck(db(), pcs.id, {BackupCheck::Kind::File, QStringLiteral("/x")}, &error));
        QVERIFY(FactsStore::setBackupCheck(db(), pcs.id, {}, &error));
        QVERIFY(WakeStore::groupRoutes(db(), &routes, &error));
        QVERIFY(routes.contains(pcs.id));
        QHash<GroupId, BackupCheck> checks;
        QVERIFY(FactsStore::backupChecks(db(), &checks, &error));
        QVERIFY(!checks.contains(pcs.id));
        // Cleared, it inherits again.
        QVERIFY(WakeStore::setGroupRoute(db(), pcs.id, std::nullopt, &error));
        QVERIFY(WakeStore::groupRoutes(db(), &routes, &error));
        QCOMPARE(WakeStore::routeFor(routes, *m_inventory, pcs.id), throughRelay);

        // The relay deleted: still named (a wake says it is gone, never sends from here instead), and back with an undo.
        RemovedItems removed;
        QVERIFY2(m_inventory->remove({}, {relay}, &removed, &error), qPrintable(error));
        QVERIFY(WakeStore::groupRoutes(db(), &routes, &error));
        QCOMPARE(routes.value(site.id).relay, relay);
        QVERIFY(!m_inventory->host(relay));
        QVERIFY2(m_inventory->restore(removed, &error), qPrintable(error));
        QVERIFY(m_inventory->host(relay));
    }
};

QTEST_GUILESS_MAIN(TestFactsStore)
#include "tst_factsstore.moc"
