// The audit log: records kept in the workspace across reopening, newest
// first, filtered by host, account and operator, exported as CSV that a
// spreadsheet cannot turn into a formula; an intent row before the action and
// an outcome row after it, one line an action when read; rows nobody can
// change or remove; audit commits synced to disk; no cap on an export; a
// workspace of schema 5 keeping its records.
#include "core/audit/AuditLog.h"
#include "core/storage/Workspace.h"
#include "tests/support/AuditRecords.h"

#include "tests/support/TestWorkspaces.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace wb;
using wbtest::auditRecord;

class TestAuditLog : public QObject
{
    Q_OBJECT
    wbtest::TestWorkspaces m_workspaces;

private Q_SLOTS:
    void recordsSurviveReopeningNewestFirst()
    {
        const QString path = m_workspaces.create(QStringLiteral("audit"));
        {
            Workspace workspace;
            QVERIFY(workspace.open(path));
            AuditLog log(workspace.database());
            QString error;
            AuditRecord first = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("reset-password"), true);
            QVERIFY2(log.append(&first, &error), qPrintable(error));
            QVERIFY(first.id > 0);
            QVERIFY(first.at.isValid());
            AuditRecord failed = auditRecord(QStringLiteral("db02"), QStringLiteral("bob"), QStringLiteral("lock"), false,
                                        QStringLiteral("db02 (10.0.0.7:22): connect failed: connection refused"));
            failed.ticketId = 42;
            QVERIFY(log.append(&failed, &error));
        }
        Workspace workspace;
        QVERIFY(workspace.open(path));
        const QList<AuditRecord> records = AuditLog(workspace.database()).list();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).host, QStringLiteral("db02")); // newest first
        QVERIFY(!records.at(0).succeeded());
        QCOMPARE(records.at(0).error, QStringLiteral("db02 (10.0.0.7:22): connect failed: connection refused"));
        QCOMPARE(records.at(0).ticketId, 42);
        QCOMPARE(records.at(1).account, QStringLiteral("alice"));
        QVERIFY(records.at(1).succeeded());
        QCOMPARE(records.at(1).ticketId, 0);
        QCOMPARE(records.at(1).at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(records.at(1).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void filterByHostAccountAndOperator_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("everything") << QString() << QString() << QString() << QStringList{"c", "b", "a"};
        QTest::newRow("host, any case") << QStringLiteral("WEB") << QString() << QString() << QStringList{"b", "a"};
        QTest::newRow("account") << QString() << QStringLiteral("bob") << QString() << QStringList{"c", "b"};
        QTest::newRow("operator") << QString() << QString() << QStringLiteral("admin2") << QStringList{"c"};
        QTest::newRow("all three") << QStringLiteral("web02") << QStringLiteral("bob") << QStringLiteral("help") << QStringList{"b"};
        QTest::newRow("like wildcards are plain text") << QStringLiteral("%") << QString() << QString() << QStringList{};
    }
    void filterByHostAccountAndOperator()
    {
        QFETCH(QString, host);
        QFETCH(QString, account);
        QFETCH(QString, who);
        QFETCH(QStringList, actions);
        Workspace workspace;
        QVERIFY(workspace.open(m_workspaces.forCurrentTest()));
        AuditLog log(workspace.database());
        QString error;
        for (AuditRecord r : {auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("a"), true),
                              auditRecord(QStringLiteral("web02"), QStringLiteral("bob"), QStringLiteral("b"), true),
                              auditRecord(QStringLiteral("db01"), QStringLiteral("bob"), QStringLiteral("c"), false, {},
                                     QStringLiteral("admin2"))})
            QVERIFY(log.append(&r, &error));
        QStringList seen;
        for (const AuditRecord &r : log.list(AuditFilter{host, account, who}))
            seen << r.action;
        QCOMPARE(seen, actions);
    }

    void csvQuotesAndDefusesFormulas()
    {
        AuditRecord r = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("reset-password"), false,
                               QStringLiteral("=HYPERLINK(\"http://x\"), and \"quoted\"\nsecond line"));
        r.at = QDateTime(QDate(2026, 12, 1), QTime(20, 15, 0), Qt::UTC);
        r.ticketId = 7;
        AuditRecord at = auditRecord(QStringLiteral("@host"), QStringLiteral("-bob"), QStringLiteral("lock"), true);
        at.at = r.at;
        const QByteArray csv = AuditLog::toCsv({r, at});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("time,operator,host,account,action,result,error,ticket,"
                                         "finished,action_id,target_kind,target_id,target_path,target_address,login"));
        QCOMPARE(lines.at(1), QByteArray("2026-12-01T20:15:00.000Z,helpdesk1,web01,alice,reset-password,failed,"
                                         "\"'=HYPERLINK(\"\"http://x\"\"), and \"\"quoted\"\""));
        QCOMPARE(lines.at(2), QByteArray("second line\",7,,,linux-host,,,,"));
        QCOMPARE(lines.at(3), QByteArray("2026-12-01T20:15:00.000Z,helpdesk1,'@host,'-bob,lock,ok,,,,,linux-host,,,,"));
        AuditRecord open = auditRecord(QStringLiteral("web01"), QStringLiteral("bob"), QStringLiteral("lock"), true);
        open.outcome = AuditRecord::Outcome::None;
        open.at = r.at;
        open.actionId = QStringLiteral("a1");
        open.target = {AuditTarget::Kind::LinuxHost, 12, QStringLiteral("site/web/web01"), QStringLiteral("10.0.0.5:22"),
                       QStringLiteral("carol")};
        QCOMPARE(AuditLog::toCsv({open}).split('\n').at(1),
                 QByteArray("2026-12-01T20:15:00.000Z,helpdesk1,web01,bob,lock,none,,,,a1,linux-host,12,site/web/web01,"
                            "10.0.0.5:22,carol"));
    }

    void intentBeforeOutcomeAfterSharingAnActionIdShownOnce()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_workspaces.create(QStringLiteral("intent"))));
        AuditLog log(workspace.database());
        QString error;
        AuditRecord lock = auditRecord(QStringLiteral("web01"), QStringLiteral("bob"), QStringLiteral("lock"), true);
        lock.outcome = AuditRecord::Outcome::None;
        lock.target = {AuditTarget::Kind::LinuxHost, 12, QStringLiteral("site/web/web01"), QStringLiteral("10.0.0.5:22"),
                       QStringLiteral("carol")};
        QVERIFY2(log.begin(&lock, &error), qPrintable(error));
        QVERIFY(!lock.actionId.isEmpty());
        QVERIFY(lock.id > 0);
        // Before the outcome (or after a crash): the action, with no outcome recorded.
        QList<AuditRecord> records = log.list();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).outcome, AuditRecord::Outcome::None);
        QVERIFY(!records.at(0).finishedAt.isValid());
        QCOMPARE(records.at(0).actionId, lock.actionId);
        QCOMPARE(records.at(0).target.id, 12);
        QCOMPARE(records.at(0).target.path, QStringLiteral("site/web/web01"));
        QCOMPARE(records.at(0).target.address, QStringLiteral("10.0.0.5:22"));
        QCOMPARE(records.at(0).target.login, QStringLiteral("carol"));
        QCOMPARE(records.at(0).target.kind, AuditTarget::Kind::LinuxHost);

        AuditRecord other = auditRecord(QStringLiteral("db01"), QStringLiteral("alice"), QStringLiteral("unlock"), true);
        QVERIFY(log.append(&other, &error));
        lock.outcome = AuditRecord::Outcome::Unknown;
        lock.error = QStringLiteral("web01: connection lost. The change may have been made.");
        QVERIFY2(log.finish(&lock, &error), qPrintable(error));

        // Two rows each, one line each; the outcome joins its intent, which keeps its place.
        QSqlQuery rows(workspace.database());
        QVERIFY(rows.exec(QStringLiteral("SELECT phase, result FROM audit_log WHERE action_id = '%1' ORDER BY id").arg(lock.actionId)));
        QStringList phases;
        while (rows.next())
            phases << rows.value(0).toString() + QLatin1Char(':') + rows.value(1).toString();
        QCOMPARE(phases, (QStringList{QStringLiteral("intent:"), QStringLiteral("outcome:unknown")}));
        records = log.list();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).action, QStringLiteral("unlock"));
        QCOMPARE(records.at(1).id, lock.id);
        QCOMPARE(records.at(1).outcome, AuditRecord::Outcome::Unknown);
        QCOMPARE(records.at(1).error, lock.error);
        QVERIFY(records.at(1).finishedAt >= records.at(1).at);
        // A second outcome for the same action is refused.
        QVERIFY(!log.finish(&lock, &error));
    }

    void recordsCannotBeChangedOrRemoved()
    {
        const QString location = m_workspaces.create(QStringLiteral("append-only"));
        Workspace workspace;
        QVERIFY(workspace.open(location));
        AuditRecord r = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("lock"), false);
        QString error;
        QVERIFY(AuditLog(workspace.database()).append(&r, &error));
        if (wbtest::TestWorkspaces::onPostgres()) {
            // The schema owner may (a restore, a copy); another login may not,
            // even one granted every privilege on the table by hand.
            const QString login = m_workspaces.createLogin(QStringLiteral("auditor"), QStringLiteral("s3cret"));
            QSqlQuery grant(workspace.database());
            QVERIFY2(grant.exec(QStringLiteral("GRANT ALL ON audit_log, schema_version TO %1").arg(login)),
                     qPrintable(grant.lastError().text()));
            workspace.close();
            QString address = location;
            address.replace(qEnvironmentVariable("WERKBANK_PG_SUPERUSER") + QLatin1Char('@'), login + QLatin1Char('@'));
            workspace.setPassword(QStringLiteral("s3cret"));
            QVERIFY2(workspace.open(address), qPrintable(workspace.errorString()));
        }
        QSqlQuery q(workspace.database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET result = 'ok' WHERE phase = 'outcome'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(AuditLog(workspace.database()).list().value(0).outcome, AuditRecord::Outcome::Failed);
    }

    void auditCommitsAreSyncedAndOtherWritesAreNot()
    {
        if (wbtest::TestWorkspaces::onPostgres())
            QSKIP("SQLite's synchronous level; a PostgreSQL commit is durable when it returns (synchronous_commit)");
        Workspace workspace;
        QVERIFY(workspace.open(m_workspaces.create(QStringLiteral("sync"))));
        QSqlDatabase db = workspace.database();
        auto *handle = *static_cast<sqlite3 **>(db.driver()->handle().data());
        QVERIFY(handle);
        // Every statement with the safety level it ran under.
        struct Seen { sqlite3 *db; QStringList statements; } seen{handle, {}};
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, [](unsigned, void *context, void *statement, void *) -> int {
            auto *s = static_cast<Seen *>(context);
            const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
            s->statements << QString::fromUtf8(sql ? sql : "");
            return 0;
        }, &seen);
        AuditRecord r = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("lock"), true);
        QString error;
        QVERIFY(AuditLog(db).append(&r, &error));
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        int full = -1;
        QList<int> inserts;
        for (int i = 0; i < seen.statements.size(); ++i) {
            if (seen.statements.at(i) == QLatin1String("PRAGMA synchronous = FULL") && full < 0)
                full = i;
            if (seen.statements.at(i).startsWith(QLatin1String("INSERT INTO audit_log")))
                inserts << i;
        }
        QCOMPARE(inserts.size(), 2); // intent and outcome
        QVERIFY2(full >= 0 && full < inserts.first(), qPrintable(seen.statements.join(QLatin1Char('\n'))));
        // Between the two inserts the level went up again: both commits were synced.
        QCOMPARE(seen.statements.mid(inserts.at(0), inserts.at(1) - inserts.at(0)).count(QStringLiteral("PRAGMA synchronous = FULL")), 1);
        // The rest of the workspace keeps NORMAL (1): FULL would cost every small write an fsync.
        QSqlQuery level(db);
        QVERIFY(level.exec(QStringLiteral("PRAGMA synchronous")) && level.next());
        QCOMPARE(level.value(0).toInt(), 1);
    }

    void aListHasACapAndAnExportNone()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_workspaces.create(QStringLiteral("many"))));
        QSqlDatabase db = workspace.database();
        AuditLog log(db);
        const QString error = wbtest::appendLockActions(db, 10050);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(log.list().size(), 10000);
        AuditFilter all;
        all.limit = 0;
        const QList<AuditRecord> records = log.list(all);
        QCOMPARE(records.size(), 10050);
        QCOMPARE(records.last().host, QStringLiteral("web0"));
    }

    void recordsFromSchema5BecomeActionsOfTheirOwn()
    {
        if (wbtest::TestWorkspaces::onPostgres())
            QSKIP("a team workspace starts at the PostgreSQL baseline (schema 8): there is no schema 5 to upgrade");
        const QString path = m_workspaces.address(QStringLiteral("v5"));
        {
            Workspace old;
            QVERIFY(old.open(path, workspaceMigrations().mid(0, 5)));
            QCOMPARE(old.schemaVersion(), 5);
            QSqlQuery q(old.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, operator, host, account, action, result, error, ticket_id) VALUES"
                                          " ('2026-01-02T03:04:05.000Z', 'helpdesk1', 'web01', 'alice', 'lock', 'ok', '', 9),"
                                          " ('2026-01-02T03:05:05.000Z', 'helpdesk1', 'db01', 'bob', 'unlock', 'failed', 'no', NULL)")));
        }
        Workspace workspace;
        QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
        QCOMPARE(workspace.schemaVersion(), int(workspaceMigrations().size())); // migrated to the newest
        AuditLog log(workspace.database());
        AuditRecord fresh = auditRecord(QStringLiteral("web02"), QStringLiteral("carol"), QStringLiteral("lock"), true);
        QString error;
        QVERIFY2(log.append(&fresh, &error), qPrintable(error));
        const QList<AuditRecord> records = log.list();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).host, QStringLiteral("web02"));
        QCOMPARE(records.at(1).host, QStringLiteral("db01"));
        QCOMPARE(records.at(1).outcome, AuditRecord::Outcome::Failed);
        QCOMPARE(records.at(1).error, QStringLiteral("no"));
        QCOMPARE(records.at(2).outcome, AuditRecord::Outcome::Ok);
        QCOMPARE(records.at(2).ticketId, 9);
        QCOMPARE(records.at(2).at, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(records.at(2).id < records.at(1).id);
    }

    void operatorIsTheLoginName()
    {
        QVERIFY(!AuditLog::currentOperator().isEmpty());
    }

    void writingWithoutAWorkspaceFailsClearly()
    {
        AuditLog log{QSqlDatabase()};
        AuditRecord r = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("lock"), true);
        QString error;
        QVERIFY(!log.append(&r, &error));
        QCOMPARE(error, QStringLiteral("No workspace is open."));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
