#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

// Every file under tests/fuzz/corpus/<target>/ (the seeds) and
// tests/fuzz/regressions/<target>/ (what the fuzzer once broke) goes through the
// harness's entry point, built with the normal compiler. A crash fails the run;
// an input that takes longer than a few seconds is the hang it once was.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static constexpr int MaxMsPerInput = 5000;

private Q_SLOTS:
    void savedInputsRunCleanAndFast_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        const QDir root(QStringLiteral(WERKBANK_SOURCE_DIR "/tests/fuzz"));
        for (const char *target : {"ssh_config", "csv", "ansible", "known_hosts", "terminal", "socks"}) {
            int seeds = 0;
            for (const char *kind : {"corpus", "regressions"}) {
                const QDir dir(root.filePath(QStringLiteral("%1/%2").arg(QLatin1String(kind), QLatin1String(target))));
                const QStringList files = dir.entryList(QDir::Files, QDir::Name);
                for (const QString &file : files) {
                    QTest::addRow("%s/%s/%s", kind, target, qPrintable(file))
                        << QString::fromLatin1(target) << dir.filePath(file);
                    if (qstrcmp(kind, "corpus") == 0)
                        ++seeds;
                }
            }
            // A target without seeds would pass here without testing anything.
            if (seeds == 0)
                qFatal("tests/fuzz/corpus/%s holds no seed inputs", target);
        }
    }

    void savedInputsRunCleanAndFast()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const wb::fuzz::Target run = wb::fuzz::targetNamed(qPrintable(target));
        QVERIFY(run);
        QFile input(file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.errorString()));
        const QByteArray data = input.readAll();
        QElapsedTimer timer;
        timer.start();
        run(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
        QVERIFY2(timer.elapsed() < MaxMsPerInput,
                 qPrintable(QStringLiteral("%1 took %2 ms").arg(file).arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
