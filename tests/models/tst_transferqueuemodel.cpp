// The file tab's transfer queue: rows in the order asked, progress from the
// bytes known so far, speed over a sliding window and the time left from it,
// what each transfer copied, skipped and failed, waiting on a question,
// cancelled, abandoned with the session, and Clear Finished.
#include "core/i18n/Translations.h"
#include "models/files/TransferQueueModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {

TransferItem item(const QString &source, TransferItem::Result result, const QString &error = {},
                  TransferItem::Kind kind = TransferItem::Kind::File)
{
    TransferItem done;
    done.source = source;
    done.result = result;
    done.error = error;
    done.kind = kind;
    return done;
}

QString cell(const TransferQueueModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestTransferQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English plurals ("1 file", "2 files") come from werkbank_en.
    void initTestCase() { QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en")); }

    void rateOverASlidingWindow()
    {
        TransferRate rate;
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        rate.add(0, 0);
        QCOMPARE(rate.bytesPerSecond(), 0.0); // one sample is no rate
        rate.add(1000, 10'000'000);
        QCOMPARE(rate.bytesPerSecond(), 10'000'000.0);
        QCOMPARE(rate.secondsFor(25'000'000), qint64(3)); // 2.5 s, rounded up
        // A stall: ten seconds later the window holds only the slow part.
        rate.add(6000, 10'000'000);
        rate.add(11000, 10'000'000);
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        QCOMPARE(rate.secondsFor(1), qint64(-1));
        // Counting again from zero (a resumed file) starts afresh.
        rate.add(12000, 0);
        rate.add(13000, 1000);
        QCOMPARE(rate.bytesPerSecond(), 1000.0);
        QCOMPARE(TransferQueueModel::durationText(65), QStringLiteral("1:05"));
        QCOMPARE(TransferQueueModel::durationText(3600 + 5 * 60), QStringLiteral("1 h 05 min"));
        QCOMPARE(TransferQueueModel::durationText(-1), QString());
    }

    void aTransferFromStartToEnd()
    {
        TransferQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy active(&model, &TransferQueueModel::activeCountChanged);
        model.add(7, false, QStringLiteral("logs"), QStringLiteral("/tmp/in"));
        model.add(8, true, QStringLiteral("up.txt"), QStringLiteral("/srv"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(active.size(), 2);
        QCOMPARE(cell(model, 0, TransferQueueModel::StatusColumn), QStringLiteral("Waiting"));
        QCOMPARE(model.index(0, 0).data(TransferQueueModel::ProgressRole).toInt(), -1);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Download to /tmp/in"));

        model.setProgress(7, QStringLiteral("/var/log/syslog"), 0, 4'000'000, 0);
        model.setProgress(7, QStringLiteral("/var/log/syslog"), 1'000'000, 4'000'000, 1000);
        QCOMPARE(model.state(7), TransferQueueModel::State::Running);
        QCOMPARE(model.index(0, 0).data(TransferQueueModel::ProgressRole).toInt(), 250);
        QCOMPARE(cell(model, 0, TransferQueueModel::StatusColumn), QStringLiteral("Copying syslog"));
        QVERIFY2(cell(model, 0, TransferQueueModel::SpeedColumn).endsWith(QLatin1String("/s")), qPrintable(cell(model, 0, 2)));
        QCOMPARE(cell(model, 0, TransferQueueModel::TimeLeftColumn), QStringLiteral("0:03"));
        QVERIFY(cell(model, 0, TransferQueueModel::ProgressColumn).contains(QLatin1String(" of ")));

        // A question stops the clock; the answer starts it again.
        model.setAsking(7, true);
        QCOMPARE(cell(model, 0, TransferQueueModel::StatusColumn), QStringLiteral("Waiting for your answer"));
        QCOMPARE(cell(model, 0, TransferQueueModel::SpeedColumn), QString());
        model.setAsking(7, false);

        model.addItem(7, item(QStringLiteral("/var/log"), TransferItem::Result::Copied, {}, TransferItem::Kind::Folder));
        model.addItem(7, item(QStringLiteral("/var/log/a"), TransferItem::Result::Copied));
        model.addItem(7, item(QStringLiteral("/var/log/b"), TransferItem::Result::Skipped, QStringLiteral("exists already")));
        model.addItem(7, item(QStringLiteral("/var/log/\x1b[2Jc"), TransferItem::Result::Failed, QStringLiteral("Permission denied")));
        model.finish(7, false);
        QCOMPARE(model.state(7), TransferQueueModel::State::Failed);
        QCOMPARE(model.summary(7), QStringLiteral("1 file downloaded, 1 skipped, 1 failed"));
        QCOMPARE(cell(model, 0, TransferQueueModel::StatusColumn),
                 QStringLiteral("1 file downloaded, 1 skipped, 1 failed: /var/log/^[[2Jc: Permission denied"));
        QCOMPARE(cell(model, 0, TransferQueueModel::SpeedColumn), QString());
        QCOMPARE(model.activeCount(), 1);
        // A late report for a finished transfer changes nothing.
        model.setProgress(7, QStringLiteral("x"), 5, 5, 9000);
        QCOMPARE(model.state(7), TransferQueueModel::State::Failed);

        model.setCancelling(8);
        QCOMPARE(cell(model, 1, TransferQueueModel::StatusColumn), QStringLiteral("Cancelling…"));
        model.finish(8, false);
        QCOMPARE(model.state(8), TransferQueueModel::State::Cancelled);
        QCOMPARE(cell(model, 1, TransferQueueModel::StatusColumn), QStringLiteral("Cancelled (0 files uploaded)"));
        QCOMPARE(model.activeCount(), 0);
        QCOMPARE(active.last().at(0).toInt(), 0);

        model.add(9, false, QStringLiteral("big.iso"), QStringLiteral("/tmp"));
        model.setProgress(9, QStringLiteral("/big.iso"), 10, 100, 0);
        model.removeFinished();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), 9);
        model.abandonAll(QStringLiteral("the connection was lost"));
        QCOMPARE(model.state(9), TransferQueueModel::State::Failed);
        QCOMPARE(model.failures(9), QStringList{QStringLiteral("the connection was lost")});
        model.finish(9, true); // the end that comes after all is ignored
        QCOMPARE(model.state(9), TransferQueueModel::State::Failed);
        model.add(10, true, QStringLiteral("done.txt"), QStringLiteral("/srv"));
        model.addItem(10, item(QStringLiteral("/home/me/done.txt"), TransferItem::Result::Copied));
        model.finish(10, true);
        QCOMPARE(model.state(10), TransferQueueModel::State::Done);
        QCOMPARE(model.index(1, 0).data(TransferQueueModel::ProgressRole).toInt(), 1000);
        QCOMPARE(cell(model, 1, TransferQueueModel::StatusColumn), QStringLiteral("1 file uploaded"));
        model.removeFinished();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransferQueueModel)
#include "tst_transferqueuemodel.moc"
