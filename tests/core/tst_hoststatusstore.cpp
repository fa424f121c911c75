// The workspace's host_status table on real workspaces (SQLite and
// PostgreSQL): what a sweep saw, replaced by the next sweep, the last-seen
// time kept while a host is down, rows of deleted hosts skipped and gone.
#include "core/fleet/HostStatusStore.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QTest>

using namespace wb;

namespace {
ProbeResult result(ProbeResult::State state, const QDateTime &at, const QString &error = {})
{
    ProbeResult r;
    r.state = state;
    r.latencyMs = state == ProbeResult::State::Up ? 7 : -1;
    r.error = error;
    r.checkedAt = at;
    return r;
}
} // namespace

class TestHostStatusStore : public QObject
{
    Q_OBJECT
    wbtest::TestWorkspaces m_workspaces;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;
    HostId m_web = 0;
    HostId m_db = 0;

    HostId add(const QString &name)
    {
        Host h;
        h.name = name;
        h.address = QStringLiteral("127.0.0.1");
        QString error;
        if (!m_inventory->addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    QHash<HostId, HostStatus> stored()
    {
        QList<HostStatus> rows;
        QString error;
        if (!HostStatusStore::load(m_workspace->database(), &rows, &error))
            qFatal("%s", qPrintable(error));
        QHash<HostId, HostStatus> byHost;
        for (const HostStatus &row : rows)
            byHost.insert(row.hostId, row);
        return byHost;
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_workspaces.create(QString::fromLatin1(QTest::currentTestFunction()))));
        m_inventory = std::make_unique<Inventory>();
        m_inventory->setDatabase(m_workspace->database());
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

    void aSweepReplacesTheLastAndKeepsLastSeen()
    {
        const QDateTime first = QDateTime(QDate(2026, 12, 6), QTime(9, 0, 0, 125), Qt::UTC);
        const QDateTime second = first.addSecs(300);
        QString error;
        QVERIFY2(HostStatusStore::record(m_workspace->database(),
                                         {HostStatus::from(m_web, result(ProbeResult::State::Up, first)),
                                          HostStatus::from(m_db, result(ProbeResult::State::Down, first, QStringLiteral("Connection refused")))},
                                         &error),
                 qPrintable(error));
        QHash<HostId, HostStatus> rows = stored();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.value(m_web).state, ProbeResult::State::Up);
        QCOMPARE(rows.value(m_web).latencyMs, 7);
        QCOMPARE(rows.value(m_web).checkedAt, first); // to the millisecond, in UTC
        QCOMPARE(rows.value(m_web).lastSeen, first);
        QVERIFY(rows.value(m_web).error.isEmpty());
        QCOMPARE(rows.value(m_db).state, ProbeResult::State::Down);
        QCOMPARE(rows.value(m_db).latencyMs, -1);
        QCOMPARE(rows.value(m_db).error, QStringLiteral("Connection refused"));
        QVERIFY(!rows.value(m_db).lastSeen.isValid());

        // web goes down: its last-seen time stays; db comes up.
        QVERIFY2(HostStatusStore::record(m_workspace->database(),
                                         {HostStatus::from(m_web, result(ProbeResult::State::Down, second, QStringLiteral("no answer within 5 s"))),
                                          HostStatus::from(m_db, result(ProbeResult::State::Up, second))},
                                         &error),
                 qPrintable(error));
        rows = stored();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.value(m_web).state, ProbeResult::State::Down);
        QCOMPARE(rows.value(m_web).checkedAt, second);
        QCOMPARE(rows.value(m_web).lastSeen, first);
        QCOMPARE(rows.value(m_db).lastSeen, second);
        QVERIFY(rows.value(m_db).error.isEmpty());
    }

    void deletedHostsAreSkippedAndTheirRowsGo()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        RemovedItems removed;
        QVERIFY(m_inventory->remove({}, {m_db}, &removed, &error));
        // A sweep that began before the delete answers after it: not an error.
        QVERIFY2(HostStatusStore::record(m_workspace->database(),
                                         {HostStatus::from(m_web, result(ProbeResult::State::Up, now)),
                                          HostStatus::from(m_db, result(ProbeResult::State::Up, now))},
                                         &error),
                 qPrintable(error));
        QCOMPARE(stored().keys(), QList<HostId>{m_web});
        QVERIFY(m_inventory->remove({}, {m_web}, &removed, &error));
        QVERIFY(stored().isEmpty());
    }

    void hostileErrorTextIsKeptAsText()
    {
        const QString hostile = QStringLiteral("'); DROP TABLE hosts; -- \x1b]0;x\x07");
        QString error;
        QVERIFY2(HostStatusStore::record(m_workspace->database(),
                                         {HostStatus::from(m_web, result(ProbeResult::State::Down, QDateTime::currentDateTimeUtc(), hostile))},
                                         &error),
                 qPrintable(error));
        QCOMPARE(stored().value(m_web).error, hostile);
        QCOMPARE(m_inventory->hostCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostStatusStore)
#include "tst_hoststatusstore.moc"
