// When a filesystem fills: the least-squares line over the last 30 days,
// "not filling" when flat or shrinking, too little history said as such, and
// the fleet's filesystems sorted by days to full.
#include "core/fleet/CapacityForecast.h"

#include <QTest>

using namespace wb;

namespace {
constexpr qint64 GB = 1000LL * 1000 * 1000;
const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

// One sample a day, the last one now: used[i] for day i.
QList<CapacityForecast::Sample> daily(const QList<double> &usedGb, double capacityGb = 100)
{
    QList<CapacityForecast::Sample> samples;
    const qsizetype n = usedGb.size();
    for (qsizetype i = 0; i < n; ++i)
        samples.append({now.addDays(i - n + 1), qint64(usedGb[i] * GB), qint64(capacityGb * GB)});
    return samples;
}

HostFacts snapshot(const QDateTime &taken, const QList<std::tuple<QString, double, double>> &filesystems)
{
    HostFacts facts;
    facts.taken = taken;
    for (const auto &[mount, used, capacity] : filesystems) {
        HostFacts::Filesystem fs;
        fs.mount = mount;
        fs.usedBytes = qint64(used * GB);
        fs.availableBytes = qint64((capacity - used) * GB);
        fs.sizeBytes = qint64(capacity * 1.05 * GB); // the root reserve
        facts.filesystems.append(fs);
    }
    return facts;
}
} // namespace

class TestCapacityForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyGrowthFillsWhenTheLineSays()
    {
        // 50 GB growing 1 GB a day into 100 GB: 41 more days after today's 59 GB.
        const CapacityForecast f = CapacityForecast::of(7, QStringLiteral("/var"), daily({50, 51, 52, 53, 54, 55, 56, 57, 58, 59}), now);
        QCOMPARE(f.trend, CapacityForecast::Trend::Filling);
        QVERIFY(f.fills());
        QCOMPARE(f.host, HostId(7));
        QCOMPARE(f.usedBytes, 59 * GB);
        QCOMPARE(f.usedPercent, 59);
        QVERIFY(qAbs(f.bytesPerDay - double(GB)) < 1.0);
        QVERIFY2(qAbs(now.secsTo(f.fullAt) - 41 * 86400) <= 2, qPrintable(f.fullAt.toString(Qt::ISODate)));
        QVERIFY(qAbs(f.secondsToFull(now) - 41 * 86400) <= 2);
        QVERIFY(qAbs(f.projectedBytes(now) - 59.0 * GB) < 1000);
        QVERIFY(qAbs(f.projectedBytes(f.fullAt) - 100.0 * GB) < 1e5);
    }

    void noisyGrowthFollowsTheTrendNotTheLastPoint()
    {
        // 2 GB a day with ±3 GB of noise; the last point happens to be low.
        const CapacityForecast f = CapacityForecast::of(1, QStringLiteral("/"), daily({10, 15, 11, 19, 15, 23, 19, 27, 23, 25}), now);
        QCOMPARE(f.trend, CapacityForecast::Trend::Filling);
        QVERIFY2(f.bytesPerDay > 1.5 * GB && f.bytesPerDay < 2.5 * GB, qPrintable(QString::number(f.bytesPerDay / GB)));
        // The line stands at 26.31 GB today, above the last sample (25 GB): full in 73.69 / 1.691 = 43.58 days,
        // sooner than the last sample alone would say.
        const double days = f.secondsToFull(now) / 86400.0;
        QVERIFY2(qAbs(days - 43.5806) < 0.001, qPrintable(QString::number(days)));
        QVERIFY(days < (100 - 25) * GB / f.bytesPerDay);
    }

    void flatOrShrinkingIsNotFilling()
    {
        for (const QList<double> &used : {QList<double>{40, 40, 40, 40, 40}, QList<double>{60, 58, 55, 50, 45}}) {
            const CapacityForecast f = CapacityForecast::of(1, QStringLiteral("/"), daily(used), now);
            QCOMPARE(f.trend, CapacityForecast::Trend::NotFilling);
            QVERIFY(!f.fills());
            QCOMPARE(f.secondsToFull(now), -1);
            QVERIFY(!f.fullAt.isValid());
        }
        // Growing so slowly it would take decades: nothing to plan for.
        const CapacityForecast slow = CapacityForecast::of(1, QStringLiteral("/"), daily({40, 40.001, 40.002, 40.003}), now);
        QCOMPARE(slow.trend, CapacityForecast::Trend::NotFilling);
        QVERIFY(slow.bytesPerDay > 0);
        // So slowly that the day it fills is past what a date can hold (5 TB free, 45 bytes a day): not filling either.
        QList<CapacityForecast::Sample> tiny;
        for (int day = 29; day >= 0; --day)
            tiny.append({now.addDays(-day), 1000 * GB + (day == 0 ? 1024 : 0), 6000 * GB});
        QCOMPARE(CapacityForecast::of(1, QStringLiteral("/srv"), tiny, now).trend, CapacityForecast::Trend::NotFilling);
    }

    void tooLittleHistorySaysSo()
    {
        QCOMPARE(CapacityForecast::of(1, QStringLiteral("/"), {}, now).trend, CapacityForecast::Trend::TooLittleHistory);
        QCOMPARE(CapacityForecast::of(1, QStringLiteral("/"), daily({10, 90}), now).trend, CapacityForecast::Trend::TooLittleHistory);
        // Three samples, but within two hours: a burst of gathers is no trend.
        QList<CapacityForecast::Sample> burst;
        for (int i = 0; i < 3; ++i)
            burst.append({now.addSecs(-3600 * i), (50 + i) * GB, 100 * GB});
        const CapacityForecast f = CapacityForecast::of(1, QStringLiteral("/"), burst, now);
        QCOMPARE(f.trend, CapacityForecast::Trend::TooLittleHistory);
        QCOMPARE(f.secondsToFull(now), -1);
        QCOMPARE(f.usedBytes, 50 * GB); // the newest sample, though they came unsorted
    }

    void aFullFilesystemIsFullNow()
    {
        const CapacityForecast f = CapacityForecast::of(1, QStringLiteral("/"), daily({99, 100}), now);
        QCOMPARE(f.trend, CapacityForecast::Trend::Full);
        QCOMPARE(f.secondsToFull(now), 0);
        QCOMPARE(f.fullAt, now);
        QCOMPARE(f.usedPercent, 100);
    }

    void onlyTheLastThirtyDaysCount()
    {
        // Fast growth two months ago, flat for the last 20 days.
        QList<CapacityForecast::Sample> samples;
        for (int day = 60; day > 40; --day)
            samples.append({now.addDays(-day), (60 - day) * GB, 100 * GB});
        for (int day = 20; day >= 0; --day)
            samples.append({now.addDays(-day), 30 * GB, 100 * GB});
        const CapacityForecast f = CapacityForecast::of(1, QStringLiteral("/"), samples, now);
        QCOMPARE(f.trend, CapacityForecast::Trend::NotFilling);
        QCOMPARE(f.samples.size(), 21);
    }

    void aLineThatCrossedAlreadyMeansAnyDayNow()
    {
        // Grew fast past what is left, then a cleanup: the line ends above the capacity before today.
        const CapacityForecast f = CapacityForecast::of(1, QStringLiteral("/"), daily({10, 40, 70, 95, 99, 99.5, 99.9, 70}), now);
        QCOMPARE(f.trend, CapacityForecast::Trend::Filling);
        QCOMPARE(f.fullAt, now);
        QCOMPARE(f.secondsToFull(now), 0);
    }

    void eachFilesystemOfAHostFromItsHistory()
    {
        // /srv appeared two days ago (a new disk): too little history; /var fills; / is flat.
        QList<HostFacts> history;
        for (int day = 9; day >= 0; --day) {
            QList<std::tuple<QString, double, double>> fs{{QStringLiteral("/"), 20, 50}, {QStringLiteral("/var"), 70 + (9 - day) * 2.0, 100}};
            if (day <= 1)
                fs.append({QStringLiteral("/srv"), 1 + day, 500});
            history.append(snapshot(now.addDays(-day), fs));
        }
        const QList<CapacityForecast> forecasts = CapacityForecast::ofHistory(3, history, now);
        QCOMPARE(forecasts.size(), 3);
        QCOMPARE(forecasts[0].mount, QStringLiteral("/"));
        QCOMPARE(forecasts[0].trend, CapacityForecast::Trend::NotFilling);
        QCOMPARE(forecasts[0].sizeBytes, qint64(50 * 1.05 * GB));
        QCOMPARE(forecasts[1].mount, QStringLiteral("/var"));
        QCOMPARE(forecasts[1].trend, CapacityForecast::Trend::Filling);
        QVERIFY(qAbs(forecasts[1].secondsToFull(now) - 6 * 86400) <= 2); // 88 GB + 2 GB a day into 100 GB
        QCOMPARE(forecasts[1].samples.size(), 10);
        QCOMPARE(forecasts[2].mount, QStringLiteral("/srv"));
        QCOMPARE(forecasts[2].trend, CapacityForecast::Trend::TooLittleHistory);
        QCOMPARE(forecasts[2].samples.size(), 2);
        QVERIFY(CapacityForecast::ofHistory(3, {}, now).isEmpty());
    }

    void theFleetSortedByDaysToFull()
    {
        QHash<HostId, QList<HostFacts>> histories;
        for (int day = 4; day >= 0; --day) {
            const QDateTime at = now.addDays(-day);
            histories[1].append(snapshot(at, {{QStringLiteral("/"), 50 + (4 - day) * 1.0, 100}}));  // 46 days
            histories[2].append(snapshot(at, {{QStringLiteral("/"), 80, 100}, {QStringLiteral("/data"), 60 + (4 - day) * 5.0, 100}})); // 4 days
            histories[3].append(snapshot(at, {{QStringLiteral("/"), 100, 100}}));                     // full
            histories[4].append(snapshot(at, {{QStringLiteral("/"), 95, 100}}));                      // flat but fuller
        }
        histories[5].append(snapshot(now, {{QStringLiteral("/"), 99, 100}}));                          // one snapshot
        const QList<CapacityForecast> fleet = CapacityForecast::ofFleet(histories, now);
        QStringList order;
        for (const CapacityForecast &f : fleet)
            order << QStringLiteral("%1%2").arg(f.host).arg(f.mount);
        QCOMPARE(order, (QStringList{QStringLiteral("3/"), QStringLiteral("2/data"), QStringLiteral("1/"), QStringLiteral("4/"),
                                     QStringLiteral("2/"), QStringLiteral("5/")}));
    }
};

QTEST_GUILESS_MAIN(TestCapacityForecast)
#include "tst_capacityforecast.moc"
