// The remote folder model and its filter: a listing with odd names (a
// newline, an escape, UTF-8), folders first in both orders, hidden files on
// request, the name filter, modes as ls shows them, owners from the long name.
#include "models/files/RemoteFolderModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wb;

namespace {

SftpEntry entry(const QByteArray &name, quint32 mode, quint64 size, quint32 mtime, const QString &longName = {})
{
    SftpEntry e;
    e.name = name;
    e.longName = longName;
    e.attributes.flags = SftpAttributes::Size | SftpAttributes::Permissions | SftpAttributes::AccessModTime | SftpAttributes::UidGid;
    e.attributes.permissions = mode;
    e.attributes.size = size;
    e.attributes.mtime = mtime;
    e.attributes.uid = 1000;
    e.attributes.gid = 100;
    return e;
}

QList<SftpEntry> listing()
{
    return {entry(".", 040755, 4096, 10), entry("..", 040755, 4096, 10),
            entry("zeta.log", 0100644, 5000, 300, QStringLiteral("-rw-r--r--    1 alice    staff        5000 Jan  1 00:00 zeta.log")),
            entry("Alpha", 040750, 4096, 200), entry(".hidden", 0100600, 10, 100),
            entry("line\nbreak", 0100644, 2, 50), entry("\x1b[2Jclear", 0100644, 1, 60),
            entry("Ünïcødé", 0100644, 3, 70), entry("link", 0120777, 8, 80), entry("beta", 040755, 4096, 90)};
}

QStringList column(const QAbstractItemModel &model, int columnIndex = 0)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, columnIndex).data().toString();
    return values;
}

} // namespace

class TestRemoteFolderModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsWithoutDotsAndShowsNamesSafely()
    {
        RemoteFolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListing("/srv/data/", listing());
        QCOMPARE(model.rowCount(), 8);
        const int newline = model.rowOfName("line\nbreak");
        QVERIFY(newline >= 0);
        QCOMPARE(model.index(newline, 0).data().toString(), QStringLiteral("line^Jbreak"));
        QCOMPARE(model.index(newline, 0).data(RemoteFolderModel::NameBytesRole).toByteArray(), QByteArray("line\nbreak"));
        QCOMPARE(model.index(newline, 0).data(RemoteFolderModel::PathRole).toByteArray(), QByteArray("/srv/data/line\nbreak"));
        QCOMPARE(model.index(model.rowOfName("\x1b[2Jclear"), 0).data().toString(), QStringLiteral("^[[2Jclear"));
        QCOMPARE(model.index(model.rowOfName("Ünïcødé"), 0).data().toString(), QStringLiteral("Ünïcødé"));
        // A direction override and a C1 control are shown, not obeyed; markup in a tooltip is text.
        model.setListing("/srv", {entry("abc\u202Efdp.exe", 0100644, 1, 1), entry("\xc2\x9b" "2J", 0100644, 1, 1), entry("<b>bold", 0100644, 1, 1, QStringLiteral("bold")),
                                  // Not one part of a path: a hostile server's way out of the folder, left out.
                                  entry("a/..", 040755, 1, 1), entry("../../etc", 040755, 1, 1), entry(QByteArray("nul\0x", 5), 0100644, 1, 1),
                                  entry("", 0100644, 1, 1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("abc<U+202E>fdp.exe"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("M-^[2J"));
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("&lt;b&gt;bold"));
        QCOMPARE(model.index(2, RemoteFolderModel::OwnerColumn).data().toString(), QStringLiteral("1000:100")); // "bold" is no ls line
        model.setListing("/srv/data/", listing());
        const int link = model.rowOfName("link");
        QVERIFY(model.index(link, 0).data(RemoteFolderModel::IsLinkRole).toBool());
        QVERIFY(!model.index(link, 0).data(RemoteFolderModel::IsFolderRole).toBool());
        QCOMPARE(model.index(link, RemoteFolderModel::PermissionsColumn).data().toString(), QStringLiteral("lrwxrwxrwx"));
        const int alpha = model.rowOfName("Alpha");
        QCOMPARE(model.index(alpha, RemoteFolderModel::PermissionsColumn).data().toString(), QStringLiteral("drwxr-x---"));
        QVERIFY(!model.index(alpha, RemoteFolderModel::SizeColumn).data().isValid()); // a folder's size says nothing
        const int zeta = model.rowOfName("zeta.log");
        QCOMPARE(model.index(zeta, RemoteFolderModel::OwnerColumn).data().toString(), QStringLiteral("alice:staff"));
        QCOMPARE(model.index(alpha, RemoteFolderModel::OwnerColumn).data().toString(), QStringLiteral("1000:100")); // no long name
        QCOMPARE(model.index(zeta, RemoteFolderModel::NameColumn).data(RemoteFolderModel::SortRole).toString(), QStringLiteral("zeta.log"));
        QCOMPARE(model.index(zeta, RemoteFolderModel::SizeColumn).data(RemoteFolderModel::SortRole).toULongLong(), 5000ULL);
        QVERIFY(!model.index(zeta, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void modesAsLsShowsThem()
    {
        QCOMPARE(RemoteFolderModel::modeText(0104755), QStringLiteral("-rwsr-xr-x"));
        QCOMPARE(RemoteFolderModel::modeText(0041777), QStringLiteral("drwxrwxrwt"));
        QCOMPARE(RemoteFolderModel::modeText(0102644), QStringLiteral("-rw-r-Sr--"));
        QCOMPARE(RemoteFolderModel::modeText(0140755), QStringLiteral("srwxr-xr-x"));
        QCOMPARE(RemoteFolderModel::joined("/", "etc"), QByteArray("/etc"));
        QCOMPARE(RemoteFolderModel::joined("/etc", "ssh"), QByteArray("/etc/ssh"));
    }

    void foldersFirstHiddenOnRequestAndFiltered()
    {
        RemoteFolderModel model;
        model.setListing("/srv", listing());
        RemoteFolderFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.sort(RemoteFolderModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("^[[2Jclear"),
                                              QStringLiteral("line^Jbreak"), QStringLiteral("link"), QStringLiteral("zeta.log"),
                                              QStringLiteral("Ünïcødé")}));
        filter.sort(RemoteFolderModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter).mid(0, 2), (QStringList{QStringLiteral("beta"), QStringLiteral("Alpha")})); // still first
        filter.sort(RemoteFolderModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter).at(2), QStringLiteral("zeta.log"));
        filter.setShowHidden(true);
        QVERIFY(column(filter).contains(QStringLiteral(".hidden")));
        QCOMPARE(filter.rowCount(), 8);
        filter.setNameFilter(QStringLiteral("ALP"));
        QCOMPARE(column(filter), QStringList{QStringLiteral("Alpha")});
        filter.setNameFilter({});
        filter.setShowHidden(false);
        QCOMPARE(filter.rowCount(), 7);
    }
};

QTEST_MAIN(TestRemoteFolderModel)
#include "tst_remotefoldermodel.moc"
