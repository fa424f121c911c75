// The text helpers of a run: the line diff that compares two groups, and the
// folding of host names into ranges. A row per case.
#include "core/text/LineDiff.h"
#include "core/text/NameRanges.h"

#include <QTest>

using namespace wb;

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << "a\nb" << "a\nb" << "  a\n  b\n";
        QTest::newRow("one changed line") << "kernel 6.1\nup 3 days" << "kernel 6.8\nup 3 days"
                                          << "- kernel 6.1\n+ kernel 6.8\n  up 3 days\n";
        QTest::newRow("added at end") << "a" << "a\nb" << "  a\n+ b\n";
        QTest::newRow("removed in middle") << "a\nb\nc" << "a\nc" << "  a\n- b\n  c\n";
        QTest::newRow("all different") << "x\ny" << "z" << "- x\n- y\n+ z\n";
        QTest::newRow("empty before") << "" << "a" << "- \n+ a\n";
        QTest::newRow("reordered keeps the longest common run") << "a\nb\nc\nd" << "b\nc\nd\na"
                                                               << "- a\n  b\n  c\n  d\n+ a\n";
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(formatDiff(lineDiff(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')))), expected);
    }

    void foldNames_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("folded");
        QTest::newRow("range") << QStringList{"t003", "t001", "t002"} << "t[001-003]";
        QTest::newRow("gaps") << QStringList{"web01", "web02", "web03", "web07", "db1"} << "db1,web[01-03,07]";
        QTest::newRow("single numbered") << QStringList{"web01"} << "web01";
        QTest::newRow("no numbers") << QStringList{"alpha", "beta", "alpha"} << "alpha,beta";
        QTest::newRow("widths kept apart") << QStringList{"n1", "n01", "n2"} << "n01,n[1-2]";
        QTest::newRow("user at host port") << QStringList{"u@10.0.0.5:2201", "u@10.0.0.5:2202"} << "u@10.0.0.5:[2201-2202]";
    }

    void foldNames()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, folded);
        QCOMPARE(wb::foldNames(names), folded);
    }

    void hugeInputsAreListedNotCompared()
    {
        QStringList a, b;
        for (int i = 0; i < 50; ++i) {
            a << QString::number(i);
            b << QString::number(i);
        }
        const QList<DiffLine> diff = lineDiff(a, b, 10);
        QCOMPARE(diff.size(), 100);
        QCOMPARE(diff.first().kind, DiffLine::Kind::Removed);
        QCOMPARE(diff.last().kind, DiffLine::Kind::Added);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
