// The side-by-side view of a stale save under QAbstractItemModelTester: only
// fields that differ are rows, each says which side changed it, and the merge
// choice works as a radio pair per row.
#include "models/common/ConflictModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {
enum Key { Name = 1, Address = 2, Os = 4, Notes = 8, Owner = 16 };

QList<ConflictField> webServerFields()
{
    return {
        {Name, QStringLiteral("Name"), QStringLiteral("web01"), QStringLiteral("web01"), QStringLiteral("web01")},
        {Address, QStringLiteral("Address"), QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.1"), QStringLiteral("10.9.9.9")},
        {Os, QStringLiteral("OS"), QString(), QStringLiteral("Debian 12"), QString()},
        {Notes, QStringLiteral("Notes"), QStringLiteral("old"), QStringLiteral("mine\nsecond line"), QStringLiteral("theirs")},
        {Owner, QStringLiteral("Owner"), QStringLiteral("ops"), QStringLiteral("web team"), QStringLiteral("web team")},
    };
}

struct CheckedModel
{
    ConflictModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    CheckedModel() { model.setFields(webServerFields()); }
};

QString cell(const ConflictModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}
bool ticked(const ConflictModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
}
} // namespace

class TestConflictModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyFieldsThatDifferAreRowsAndEachSaysWhoChangedIt()
    {
        CheckedModel checked;
        ConflictModel &model = checked.model;
        // Name is the same everywhere and Owner was changed to the same on both sides: no rows.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, ConflictModel::FieldColumn), QStringLiteral("Address"));
        QCOMPARE(cell(model, 0, ConflictModel::MineColumn), QStringLiteral("10.0.0.1"));
        QCOMPARE(cell(model, 0, ConflictModel::TheirsColumn), QStringLiteral("10.9.9.9"));
        QCOMPARE(cell(model, 0, ConflictModel::ChangeColumn), QStringLiteral("Changed elsewhere"));
        QCOMPARE(model.change(0), ConflictModel::Change::Theirs);
        QCOMPARE(cell(model, 1, ConflictModel::ChangeColumn), QStringLiteral("You changed it"));
        QCOMPARE(cell(model, 1, ConflictModel::TheirsColumn), QStringLiteral("(empty)"));
        QCOMPARE(model.change(2), ConflictModel::Change::Both);
        QCOMPARE(cell(model, 2, ConflictModel::ChangeColumn), QStringLiteral("Changed on both sides"));
        QCOMPARE(model.bothChangedCount(), 1);
        QVERIFY(model.theyChangedAField());
        // A cell is one line; the tooltip holds all of it and what it was when opened.
        QCOMPARE(cell(model, 2, ConflictModel::MineColumn), QStringLiteral("mine \u23ce second line"));
        const QString tip = cell(model, 2, ConflictModel::MineColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("mine\nsecond line")) && tip.contains(QStringLiteral("When you opened it: old")), qPrintable(tip));
        // The changed side is bold; the unchanged one is not.
        QVERIFY(model.index(0, ConflictModel::TheirsColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, ConflictModel::MineColumn).data(Qt::FontRole).isValid());
        // Rows changed on both sides, the ones to decide, have a background of their own.
        QVERIFY(model.index(2, ConflictModel::FieldColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, ConflictModel::FieldColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.headerData(ConflictModel::MineColumn, Qt::Horizontal).toString(), QStringLiteral("Yours"));
        QCOMPARE(model.headerData(ConflictModel::TheirsColumn, Qt::Horizontal).toString(), QStringLiteral("Saved elsewhere"));
    }

    void aMergeStartsWithTheSideThatChangedEachFieldAndYoursWhereBothDid()
    {
        CheckedModel checked;
        ConflictModel &model = checked.model;
        QVERIFY(ticked(model, 0, ConflictModel::TheirsColumn) && !ticked(model, 0, ConflictModel::MineColumn));
        QVERIFY(ticked(model, 1, ConflictModel::MineColumn) && !ticked(model, 1, ConflictModel::TheirsColumn));
        QVERIFY(ticked(model, 2, ConflictModel::MineColumn));
        QCOMPARE(model.keysChosen(ConflictModel::Side::Mine), (QList<int>{Os, Notes}));
        QCOMPARE(model.keysChosen(ConflictModel::Side::Theirs), (QList<int>{Address}));
    }

    void tickingOneSideUnticksTheOther()
    {
        CheckedModel checked;
        ConflictModel &model = checked.model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.flags(model.index(2, ConflictModel::TheirsColumn)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(model.index(2, ConflictModel::FieldColumn)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(model.setData(model.index(2, ConflictModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(ticked(model, 2, ConflictModel::TheirsColumn) && !ticked(model, 2, ConflictModel::MineColumn));
        // Unticking a side ticks the other one: a field always has exactly one.
        QVERIFY(model.setData(model.index(0, ConflictModel::TheirsColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(ticked(model, 0, ConflictModel::MineColumn));
        QCOMPARE(model.keysChosen(ConflictModel::Side::Mine), (QList<int>{Address, Os}));
        QCOMPARE(model.keysChosen(ConflictModel::Side::Theirs), (QList<int>{Notes}));
        // Ticking what is ticked already changes nothing.
        QVERIFY(model.setData(model.index(0, ConflictModel::MineColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 2);
        QVERIFY(!model.setData(model.index(0, ConflictModel::FieldColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, ConflictModel::MineColumn), QStringLiteral("x"), Qt::EditRole));
    }

    void aVersionMovedWithoutAFieldChangedIsNoConflict()
    {
        ConflictModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        model.setFields({{Os, QStringLiteral("OS"), QString(), QStringLiteral("Debian 12"), QString()}});
        QVERIFY(!model.theyChangedAField());
        QCOMPARE(model.rowCount(), 1);
        model.setFields({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.theyChangedAField());
    }
};

QTEST_GUILESS_MAIN(TestConflictModel)
#include "tst_conflictmodel.moc"
