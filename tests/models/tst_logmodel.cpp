// The log tab's model under QAbstractItemModelTester: lines appended batch by
// batch into a ring that drops the oldest once full, filters (priority, unit,
// regular expression) re-read the ring, find wraps around, and every text it
// shows has its control characters made visible.
#include "models/fleet/LogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {
const QDateTime start = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

QList<LogLine> batch(int first, int count, int priority = 6, const QString &unit = QStringLiteral("app.service"))
{
    QList<LogLine> lines;
    for (int i = first; i < first + count; ++i)
        lines.append({QStringLiteral("web1"), start.addSecs(i), priority, unit, QStringLiteral("line %1").arg(i)});
    return lines;
}
} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theRingKeepsTheNewest()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(10);
        model.append(batch(0, 6));
        QCOMPARE(model.rowCount(), 6);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(batch(6, 7));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.lineCount(), 10);
        QCOMPARE(model.droppedCount(), 3);
        QCOMPARE(removed.size(), 1); // one removal, one insertion a batch
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 3"));
        QCOMPARE(model.index(9, LogModel::MessageColumn).data().toString(), QStringLiteral("line 12"));
        // A batch larger than the ring: only its newest lines.
        model.append(batch(100, 25));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 115"));
        QCOMPARE(model.droppedCount(), 28);
        // A smaller ring drops the oldest at once.
        model.setCapacity(4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 121"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersReReadTheRing()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(batch(0, 3, 6));
        model.append(batch(3, 2, 3, QStringLiteral("ssh.service")));
        model.append(batch(5, 1, -1, QStringLiteral("/var/log/app.log")));
        QCOMPARE(model.rowCount(), 6);
        LogModel::Filter filter;
        filter.priority = 3; // err and more important; a file's line has no priority and passes
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LogModel::PriorityColumn).data().toString(), QStringLiteral("error"));
        QVERIFY(model.index(0, LogModel::MessageColumn).data(Qt::ForegroundRole).isValid()); // errors in red
        filter.priority = -1;
        filter.unit = QStringLiteral("SSH");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.unit.clear();
        filter.pattern = QRegularExpression(QStringLiteral("line (0|5|50)$"));
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        // New lines pass through the same filter; the ring still holds the others.
        model.append(batch(10, 1));
        model.append(batch(50, 1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.lineCount(), 8);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 8);
        // Eviction with a filter on: only the rows that showed the oldest lines go.
        model.setCapacity(8);
        model.setFilter(filter);
        model.append(batch(60, 3)); // evicts lines 0, 1, 2: only line 0 was shown
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 5"));
    }

    void aLateLineGoesWhereItsTimeSays()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(6);
        model.append(batch(10, 3));                                          // 10 11 12
        model.append(batch(5, 1, 6, QStringLiteral("slow.service")) + batch(13, 1)); // a slower host's 5, then 13
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, LogModel::MessageColumn).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("line 5"), QStringLiteral("line 10"), QStringLiteral("line 11"), QStringLiteral("line 12"),
                                     QStringLiteral("line 13")}));
        // Full: the oldest by time leaves first, whenever it came.
        model.append(batch(14, 2));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 10"));
        // Equal times keep the order they came in.
        model.append({{QStringLiteral("b"), start.addSecs(15), 6, {}, QStringLiteral("second at 15")}});
        QCOMPARE(model.index(5, LogModel::MessageColumn).data().toString(), QStringLiteral("second at 15"));
        QCOMPARE(model.index(4, LogModel::MessageColumn).data().toString(), QStringLiteral("line 15"));
    }

    void findWrapsAround()
    {
        LogModel model;
        model.append(batch(0, 5));
        QCOMPARE(model.find(QStringLiteral("LINE 3"), -1, +1), 3);
        QCOMPARE(model.find(QStringLiteral("line"), 4, +1), 0);   // past the end: from the top
        QCOMPARE(model.find(QStringLiteral("line"), 0, -1), 4);   // before the start: from the bottom
        QCOMPARE(model.find(QStringLiteral("web1"), 1, +1), 2);   // the host too
        QCOMPARE(model.find(QStringLiteral("nowhere"), 0, +1), -1);
        QCOMPARE(model.find(QString(), 0, +1), -1);
    }

    void textIsShownNotInterpreted()
    {
        LogModel model;
        model.append({{QStringLiteral("web1"), start, 5, QStringLiteral("evil\x1b[1m.service"), QStringLiteral("\x1b]0;pwned\x07\x1b[2Jboo\nforged line")}});
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("^[]0;pwned^G^[[2Jboo^Jforged line"));
        QCOMPARE(model.index(0, LogModel::UnitColumn).data().toString(), QStringLiteral("evil^[[1m.service"));
        QVERIFY(model.lineText(0).endsWith(QLatin1String(" web1 notice evil^[[1m.service: ^[]0;pwned^G^[[2Jboo^Jforged line")));
        QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
