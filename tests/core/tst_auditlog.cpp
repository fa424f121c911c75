// The audit log: records kept in the workspace across reopening, newest
// first, filtered by host, account and operator, exported as CSV that a
// spreadsheet cannot turn into a formula.
#include "../support/AuditRecords.h"
#include "audit/AuditLog.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using wbtest::auditRecord;

class TestAuditLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void recordsSurviveReopeningNewestFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.sqlite"));
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
        QVERIFY(!records.at(0).succeeded);
        QCOMPARE(records.at(0).error, QStringLiteral("db02 (10.0.0.7:22): connect failed: connection refused"));
        QCOMPARE(records.at(0).ticketId, 42);
        QCOMPARE(records.at(1).account, QStringLiteral("alice"));
        QVERIFY(records.at(1).succeeded);
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
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("filter-%1.sqlite").arg(QTest::currentDataTag()))));
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
        QCOMPARE(lines.at(0), QByteArray("time,operator,host,account,action,result,error,ticket"));
        QCOMPARE(lines.at(1), QByteArray("2026-12-01T20:15:00.000Z,helpdesk1,web01,alice,reset-password,failed,"
                                         "\"'=HYPERLINK(\"\"http://x\"\"), and \"\"quoted\"\""));
        QCOMPARE(lines.at(2), QByteArray("second line\",7"));
        QCOMPARE(lines.at(3), QByteArray("2026-12-01T20:15:00.000Z,helpdesk1,'@host,'-bob,lock,ok,,"));
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
