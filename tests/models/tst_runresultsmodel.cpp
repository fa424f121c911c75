// The run table model under QAbstractItemModelTester, fed by a real runner
// whose targets fail fast (a closed port), so no server is needed.
#include "core/ssh/CommandRunner.h"
#include "models/run/RunGroupsModel.h"
#include "models/run/RunResultsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace wb;

class TestRunResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheRunner()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        QList<SshTarget> targets;
        for (int i = 0; i < 5; ++i) {
            SshTarget t;
            t.endpoint = SshEndpoint{QStringLiteral("host%1").arg(i), QStringLiteral("127.0.0.1"), closed, QStringLiteral("nobody"), {}};
            t.options.useAgent = false;
            targets << t;
        }
        RunSpec spec;
        spec.command = QStringLiteral("true");
        spec.concurrency = 2;
        spec.useKeychain = false;
        CommandRunner runner(targets, spec);
        RunResultsModel model(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunGroupsModel groups(&runner);
        QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(groups.rowCount(), 0);

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(RunResultsModel::ColumnCount));
        QCOMPARE(model.index(3, RunResultsModel::HostColumn).data().toString(), QStringLiteral("host3"));
        QCOMPARE(model.index(3, RunResultsModel::StateColumn).data().toString(), QStringLiteral("pending"));
        QCOMPARE(model.headerData(RunResultsModel::OutputColumn, Qt::Horizontal).toString(), QStringLiteral("Output"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start();
        QVERIFY(runner.isFinished() || finished.wait(10000));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.size() < 5 * 3); // gathered, not one signal per state change
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(model.index(row, RunResultsModel::StateColumn).data().toString(), QStringLiteral("failed"));
            QCOMPARE(model.index(row, RunResultsModel::OutputColumn).data().toString(), QStringLiteral("connection refused"));
            QVERIFY(model.index(row, RunResultsModel::OutputColumn).data(Qt::ToolTipRole).toString()
                        .startsWith(QStringLiteral("host%1 (127.0.0.1:%2): connect failed").arg(row).arg(closed)));
            QVERIFY(model.index(row, 0).data(RunResultsModel::FailedRole).toBool());
            QVERIFY(!model.index(row, 0).data(RunResultsModel::SucceededRole).toBool());
        }
        QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());

        // Five hosts, one result: one group.
        QCOMPARE(groups.rowCount(), 1);
        const QModelIndex group = groups.index(0);
        QCOMPARE(group.data().toString(), QStringLiteral("5 host(s): connect: connection refused"));
        QCOMPARE(group.data(RunGroupsModel::HostsRole).toStringList().size(), 5);
        QVERIFY(group.data(RunGroupsModel::FailedRole).toBool());
        QCOMPARE(group.data(Qt::ToolTipRole).toString(), QStringLiteral("host[0-4]"));
    }

    void groupsNobodyFollowsWaitForTheEnd()
    {
        // Four hosts refuse at once; one server accepts and never speaks, so the
        // run lasts its connect timeout (1.5 s): long enough for several regroupings.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<SshTarget> targets;
        for (int i = 0; i < 5; ++i) {
            SshTarget t;
            t.endpoint = SshEndpoint{QStringLiteral("host%1").arg(i), QStringLiteral("127.0.0.1"), i == 4 ? silent.serverPort() : closed,
                                     QStringLiteral("nobody"), {}};
            t.options.useAgent = false;
            t.options.connectTimeoutMs = 1500;
            targets << t;
        }
        RunSpec spec;
        spec.command = QStringLiteral("true");
        spec.concurrency = 5;
        spec.useKeychain = false;
        for (const bool followed : {true, false}) {
            CommandRunner runner(targets, spec);
            RunGroupsModel groups(&runner);
            QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
            groups.setFollowed(followed);
            QSignalSpy resets(&groups, &QAbstractItemModel::modelReset);
            QSignalSpy finished(&runner, &CommandRunner::finished);
            runner.start();
            QVERIFY(finished.wait(10000));
            QCOMPARE(groups.rowCount(), 2);  // refused, and timed out
            if (followed) {
                QVERIFY2(resets.size() >= 2, "regrouped while the run went on, and at its end");
            } else {
                QCOMPARE(resets.size(), 1);  // only at the end
                groups.setFollowed(true);    // nothing new since: no regrouping
                QCOMPARE(resets.size(), 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRunResultsModel)
#include "tst_runresultsmodel.moc"
