// The snippet table model under QAbstractItemModelTester: kept in name
// order through inserts, renames (a move, not a reset) and removals.
#include "models/snippets/SnippetModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {
Snippet make(SnippetId id, const QString &name)
{
    Snippet s;
    s.id = id;
    s.name = name;
    s.description = name + QStringLiteral(" description");
    s.body = QStringLiteral("echo ") + name;
    return s;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, SnippetModel::NameColumn).data().toString();
    return result;
}

// alpha(1), beta(2), Delta(3), gamma(4), given out of order.
QList<Snippet> library()
{
    return {make(4, QStringLiteral("gamma")), make(2, QStringLiteral("beta")), make(3, QStringLiteral("Delta")),
            make(1, QStringLiteral("alpha"))};
}
// library() in a model that QAbstractItemModelTester watches from the start.
struct CheckedModel
{
    SnippetModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    CheckedModel() { model.setSnippets(library()); }
};
} // namespace

class TestSnippetModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setSnippetsSortsByNameIgnoringCase()
    {
        CheckedModel checked;
        SnippetModel &model = checked.model;
        QCOMPARE(names(model), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("Delta"),
                                            QStringLiteral("gamma")}));
        QCOMPARE(model.columnCount(), int(SnippetModel::ColumnCount));
        QCOMPARE(model.headerData(SnippetModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(SnippetModel::DescriptionColumn, Qt::Horizontal).toString(), QStringLiteral("Description"));
        const QModelIndex delta = model.index(2, SnippetModel::DescriptionColumn);
        QCOMPARE(delta.data().toString(), QStringLiteral("Delta description"));
        QCOMPARE(delta.data(Qt::ToolTipRole).toString(), QStringLiteral("echo Delta"));
        QCOMPARE(delta.data(SnippetModel::BodyRole).toString(), QStringLiteral("echo Delta"));
        QCOMPARE(delta.data(SnippetModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.rowOf(99), -1);
    }

    void upsertInsertsANewSnippetInItsPlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("row");
        QTest::newRow("first") << QStringLiteral("Aardvark") << 0;
        QTest::newRow("middle, other case") << QStringLiteral("Cron") << 2;
        QTest::newRow("last") << QStringLiteral("zabbix") << 4;
    }

    void upsertInsertsANewSnippetInItsPlace()
    {
        QFETCH(QString, name);
        QFETCH(int, row);
        CheckedModel checked;
        SnippetModel &model = checked.model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.upsert(make(10, name));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), row);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(row, 0).data().toString(), name);
        QCOMPARE(model.rowOf(10), row);
    }

    void renameMovesTheRow_data()
    {
        QTest::addColumn<SnippetId>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<bool>("moved");
        QTest::newRow("down to the end") << SnippetId(2) << QStringLiteral("zeta")
                                         << QStringList{QStringLiteral("alpha"), QStringLiteral("Delta"), QStringLiteral("gamma"), QStringLiteral("zeta")}
                                         << true;
        QTest::newRow("up to the top") << SnippetId(4) << QStringLiteral("Aardvark")
                                       << QStringList{QStringLiteral("Aardvark"), QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("Delta")}
                                       << true;
        QTest::newRow("one step down") << SnippetId(1) << QStringLiteral("c")
                                       << QStringList{QStringLiteral("beta"), QStringLiteral("c"), QStringLiteral("Delta"), QStringLiteral("gamma")}
                                       << true;
        QTest::newRow("case only: stays") << SnippetId(2) << QStringLiteral("Beta")
                                          << QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("Delta"), QStringLiteral("gamma")}
                                          << false;
    }

    void renameMovesTheRow()
    {
        QFETCH(SnippetId, id);
        QFETCH(QString, name);
        QFETCH(QStringList, order);
        QFETCH(bool, moved);
        CheckedModel checked;
        SnippetModel &model = checked.model;
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // A view's selection follows a moved row; a reset would drop it.
        QPersistentModelIndex before = model.index(model.rowOf(id), 0);

        Snippet renamed = make(id, name);
        renamed.body = QStringLiteral("echo renamed");
        model.upsert(renamed);
        QCOMPARE(names(model), order);
        QCOMPARE(moves.size(), moved ? 1 : 0);
        QCOMPARE(inserted.size() + removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        const int row = model.rowOf(id);
        QCOMPARE(before.row(), row);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(model.index(row, 0).data(SnippetModel::BodyRole).toString(), QStringLiteral("echo renamed"));
        QCOMPARE(model.rowCount(), 4);
    }

    void removeByIdRemovesOnlyThatRow()
    {
        CheckedModel checked;
        SnippetModel &model = checked.model;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeById(3);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(names(model), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
        model.removeById(3); // gone already: nothing happens
        model.removeById(0);
        QCOMPARE(removed.size(), 1);
        for (SnippetId id : {1, 2, 4})
            model.removeById(id);
        QCOMPARE(model.rowCount(), 0);
        model.upsert(make(5, QStringLiteral("again")));
        QCOMPARE(names(model), QStringList{QStringLiteral("again")});
    }
};

QTEST_GUILESS_MAIN(TestSnippetModel)
#include "tst_snippetmodel.moc"
