// The directory search results' model: pages appended as they arrive (a
// second copy of an entry replaces the first), rows updated by DN, the
// columns a helpdesk sorts by sorting by value, and which actions apply.
#include "models/accounts/DirectoryAccountModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace wb;
using Kind = AccountAction::Kind;

namespace {
AccountStatus person(const QString &login, const QDateTime &lastLogon = {})
{
    AccountStatus a;
    a.name = login;
    a.fullName = QStringLiteral("Person ") + login;
    a.dn = QStringLiteral("uid=%1,ou=people,dc=example,dc=org").arg(login);
    a.actionable = true;
    a.failedLogins = 0;
    a.lastLogon = lastLogon;
    return a;
}
} // namespace

class TestDirectoryAccountModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAppendAndADnIsOneRow()
    {
        DirectoryAccountModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage({person(QStringLiteral("ann")), person(QStringLiteral("bob"))});
        model.appendPage({person(QStringLiteral("cid")), person(QStringLiteral("ann"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowOf(person(QStringLiteral("cid")).dn), 2);

        AccountStatus locked = person(QStringLiteral("bob"));
        locked.locked = true;
        locked.lockedSince = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
        locked.lockedOn = QStringLiteral("dc2.example.org");
        model.updateAccount(locked);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex cell = model.index(1, DirectoryAccountModel::LockedColumn);
        QVERIFY(cell.data().toString().startsWith(QLatin1String("since ")));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Locked out on dc2.example.org"));
        QCOMPARE(model.index(1, 0).data(DirectoryAccountModel::DnRole).toString(), locked.dn);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void datesSortByValueAndNeverLast()
    {
        DirectoryAccountModel model;
        model.appendPage({person(QStringLiteral("old"), QDateTime(QDate(2025, 1, 2), QTime(8, 0), Qt::UTC)),
                          person(QStringLiteral("none")),
                          person(QStringLiteral("new"), QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DirectoryAccountModel::SortRole);
        proxy.sort(DirectoryAccountModel::LastLogonColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DirectoryAccountModel::LoginColumn).data().toString(), QStringLiteral("new"));
        QCOMPARE(proxy.index(2, DirectoryAccountModel::LoginColumn).data().toString(), QStringLiteral("none"));
        QCOMPARE(proxy.index(2, DirectoryAccountModel::LastLogonColumn).data().toString(), QStringLiteral("never"));
    }

    void actionsApplyToWhatTheEntrySays()
    {
        AccountStatus a = person(QStringLiteral("ann"));
        QVERIFY(!DirectoryAccountModel::applies(Kind::Unlock, a));
        QVERIFY(DirectoryAccountModel::applies(Kind::Lock, a));
        QVERIFY(!DirectoryAccountModel::applies(Kind::ResetFailedLogins, a));
        QVERIFY(!DirectoryAccountModel::applies(Kind::Enable, a));
        QVERIFY(!DirectoryAccountModel::applies(Kind::ClearExpiry, a));
        a.locked = true;
        a.failedLogins = 3;
        a.disabled = true;
        a.expiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DirectoryAccountModel::applies(Kind::Unlock, a));
        QVERIFY(!DirectoryAccountModel::applies(Kind::Lock, a));
        QVERIFY(DirectoryAccountModel::applies(Kind::ResetFailedLogins, a));
        QVERIFY(DirectoryAccountModel::applies(Kind::Enable, a));
        QVERIFY(DirectoryAccountModel::applies(Kind::ClearExpiry, a));
        // A name Werkbank may not act on is shown, never acted on.
        a.actionable = false;
        QVERIFY(!DirectoryAccountModel::applies(Kind::ResetPassword, a));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryAccountModel)
#include "tst_directoryaccountmodel.moc"
