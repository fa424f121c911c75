// The audit log table under QAbstractItemModelTester, fed from a real
// workspace's audit_log through AuditLog::list: newest first, every field in
// its column, the result with an icon, times shown local with UTC beside.
#include "core/storage/Workspace.h"
#include "models/audit/AuditLogModel.h"
#include "tests/support/AuditRecords.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using wbtest::auditRecord;

class TestAuditLogModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsTheLogNewestFirstWithEveryField()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        AuditLog log = readBack([&] { return AuditLog(workspace.database()); });
        QString error;
        AuditRecord first = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("reset-password"), true);
        first.ticketId = 17;
        first.at = QDateTime(QDate(2024, 3, 4), QTime(9, 15, 2), Qt::UTC);
        QVERIFY2(log.append(&first, &error), qPrintable(error));
        AuditRecord second = auditRecord(QStringLiteral("db02"), QStringLiteral("bob"), QStringLiteral("lock"), false,
                                    QStringLiteral("db02: lock failed for bob (exit status 6): usermod: user 'bob' does not exist"));
        QVERIFY2(log.append(&second, &error), qPrintable(error));

        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRecords(log.list({}, &error));
        QCOMPARE(error, QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{QStringLiteral("Time"), QStringLiteral("Operator"), QStringLiteral("Host"),
                                       QStringLiteral("Account"), QStringLiteral("Action"), QStringLiteral("Result"),
                                       QStringLiteral("Ticket"), QStringLiteral("Target"), QStringLiteral("Login"),
                                       QStringLiteral("Error")}));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // Newest first: the failed lock, then the reset.
        QCOMPARE(text(0, AuditLogModel::HostColumn), QStringLiteral("db02"));
        QCOMPARE(text(0, AuditLogModel::ResultColumn), QStringLiteral("failed"));
        QCOMPARE(text(0, AuditLogModel::ErrorColumn), second.error);
        QCOMPARE(model.index(0, AuditLogModel::ErrorColumn).data(Qt::ToolTipRole).toString(), second.error);
        QCOMPARE(text(0, AuditLogModel::TicketColumn), QString());
        QCOMPARE(text(1, AuditLogModel::OperatorColumn), QStringLiteral("helpdesk1"));
        QCOMPARE(text(1, AuditLogModel::AccountColumn), QStringLiteral("alice"));
        QCOMPARE(text(1, AuditLogModel::ActionColumn), QStringLiteral("reset-password"));
        QCOMPARE(text(1, AuditLogModel::ResultColumn), QStringLiteral("ok"));
        QCOMPARE(text(1, AuditLogModel::TicketColumn), QStringLiteral("#17"));
        {
            // Local time, as the UI language writes it, to the second.
            const QLocale before;
            const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
            QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
            QCOMPARE(text(1, AuditLogModel::TimeColumn), first.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")));
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            QCOMPARE(text(1, AuditLogModel::TimeColumn), first.at.toLocalTime().toString(QStringLiteral("M/d/yy h:mm:ss AP")));
            QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland)); // joins hours and minutes with a dot
            QCOMPARE(text(1, AuditLogModel::TimeColumn), first.at.toLocalTime().toString(QStringLiteral("d.M.yyyy H.mm.ss")));
        }
        QCOMPARE(model.index(1, AuditLogModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2024-03-04T09:15:02.000Z"));
        const QIcon ok = qvariant_cast<QIcon>(model.index(1, AuditLogModel::ResultColumn).data(Qt::DecorationRole));
        const QIcon failed = qvariant_cast<QIcon>(model.index(0, AuditLogModel::ResultColumn).data(Qt::DecorationRole));
        QVERIFY(!ok.pixmap(16, 16).isNull());
        QVERIFY(ok.pixmap(16, 16).toImage() != failed.pixmap(16, 16).toImage());
        QVERIFY(!model.index(0, AuditLogModel::HostColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));

        // A filtered read replaces the rows.
        AuditFilter byHost;
        byHost.host = QStringLiteral("WEB");
        model.setRecords(log.list(byHost));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recordAt(0).account, QStringLiteral("alice"));
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void anActionWithoutItsOutcomeIsShownOnceSayingSo()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("open.sqlite"))));
        AuditLog log = readBack([&] { return AuditLog(workspace.database()); });
        QString error;
        // Started, and the program ended before the answer came: only the intent row.
        AuditRecord crashed = auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("disable"), true);
        crashed.target = {AuditTarget::Kind::LinuxHost, 4, QStringLiteral("site/web/web01"), QStringLiteral("10.0.0.5:22"),
                          QStringLiteral("carol")};
        QVERIFY2(log.begin(&crashed, &error), qPrintable(error));
        // The connection ended after the data went out.
        AuditRecord unsure = auditRecord(QStringLiteral("db02"), QStringLiteral("bob"), QStringLiteral("lock"), true);
        unsure.target.address = QStringLiteral("10.0.0.7:2222");
        unsure.target.login = QStringLiteral("root");
        QVERIFY(log.begin(&unsure, &error));
        unsure.outcome = AuditRecord::Outcome::Unknown;
        unsure.error = QStringLiteral("db02: connection lost. The change may have been made.");
        QVERIFY(log.finish(&unsure, &error));

        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(log.list({}, &error));
        QCOMPARE(model.rowCount(), 2); // one line an action, not one a row
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AuditLogModel::HostColumn), QStringLiteral("db02"));
        QCOMPARE(text(0, AuditLogModel::ResultColumn), QStringLiteral("may have been made"));
        QCOMPARE(text(0, AuditLogModel::TargetColumn), QStringLiteral("10.0.0.7:2222"));
        QCOMPARE(text(0, AuditLogModel::LoginColumn), QStringLiteral("root"));
        QCOMPARE(text(1, AuditLogModel::ResultColumn), QStringLiteral("no outcome recorded"));
        QCOMPARE(text(1, AuditLogModel::TargetColumn), QStringLiteral("site/web/web01 (10.0.0.5:22)"));
        QCOMPARE(text(1, AuditLogModel::LoginColumn), QStringLiteral("carol"));
        QVERIFY(model.index(1, AuditLogModel::ResultColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("check the account")));
        const QIcon none = qvariant_cast<QIcon>(model.index(1, AuditLogModel::ResultColumn).data(Qt::DecorationRole));
        QVERIFY(!none.pixmap(16, 16).isNull());
    }
};

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
