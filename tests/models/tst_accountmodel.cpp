// The accounts table under QAbstractItemModelTester: every status field in
// its column with the words and icons a user reads, rows greyed (and
// explained) where Werkbank does not act, one row replaced after a re-read
// without a reset, sorting by number and date, and which actions apply.
#include "models/accounts/AccountModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QLocale>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace wb;
using Kind = AccountAction::Kind;
using Password = AccountStatus::Password;

namespace {

AccountStatus person(const QString &name, qint64 uid, Password password = Password::Set)
{
    AccountStatus a;
    a.name = name;
    a.uid = uid;
    a.fullName = name.toUpper();
    a.shell = QStringLiteral("/bin/sh");
    a.password = password;
    a.lastChange = QDate(2024, 3, 1);
    a.maxAgeDays = 90;
    a.failedLogins = 0;
    a.groups = {name, QStringLiteral("staff")};
    a.lastLogin = name + QStringLiteral(" pts/0 10.0.0.7 Mon Mar 4 09:15:02 +0000 2024");
    a.actionable = true;
    return a;
}

// alice: ordinary; bob: locked, must change, expired (disabled), 3 failures;
// Bad.Name: listed but not actionable; root: UID 0, no faillock, never logged in.
QList<AccountStatus> listing()
{
    AccountStatus bob = person(QStringLiteral("bob"), 1002, Password::Locked);
    bob.mustChange = true;
    bob.lastChange = QDate();
    bob.expiry = QDate(1970, 1, 2);
    bob.disabled = true;
    bob.failedLogins = 3;
    AccountStatus odd = person(QStringLiteral("Bad.Name"), 1003);
    odd.actionable = false;
    AccountStatus root = person(QStringLiteral("root"), 0, Password::NotUsable);
    root.maxAgeDays = -1;
    root.failedLogins = -1;
    root.lastLogin = QStringLiteral("root **Never logged in**");
    root.groups = {QStringLiteral("root")};
    return {person(QStringLiteral("alice"), 1001), bob, odd, root};
}

struct CheckedModel
{
    AccountModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    CheckedModel() { model.setAccounts(listing()); }
    QString text(const QString &name, int column) const
    {
        return model.index(model.rowOf(name), column).data().toString();
    }
    QVariant data(const QString &name, int column, int role) const
    {
        return model.index(model.rowOf(name), column).data(role);
    }
};

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, col).data().toString();
    return texts;
}

} // namespace

class TestAccountModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatusFieldHasItsColumn()
    {
        CheckedModel m;
        QCOMPARE(m.model.columnCount(), int(AccountModel::ColumnCount));
        QStringList headers;
        for (int c = 0; c < m.model.columnCount(); ++c)
            headers << m.model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{QStringLiteral("Account"), QStringLiteral("Full name"), QStringLiteral("UID"),
                                       QStringLiteral("Password"), QStringLiteral("Status"), QStringLiteral("Last changed"),
                                       QStringLiteral("Must change"), QStringLiteral("Max age (days)"), QStringLiteral("Expires"),
                                       QStringLiteral("Failed logins"), QStringLiteral("Last login"), QStringLiteral("Groups")}));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::FullNameColumn), QStringLiteral("ALICE"));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::UidColumn), QStringLiteral("1001"));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::PasswordColumn), QStringLiteral("set"));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::StateColumn), QStringLiteral("enabled"));
        {
            // As the UI language writes a date.
            const QLocale before;
            const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
            QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
            QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::LastChangedColumn), QStringLiteral("01-03-2024"));
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::LastChangedColumn), QStringLiteral("3/1/24"));
        }
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::MustChangeColumn), QString());
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::MaxAgeColumn), QStringLiteral("90"));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::ExpiryColumn), QStringLiteral("never"));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::FailedLoginsColumn), QStringLiteral("0"));
        // lastlog's line without the name the first column shows already.
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::LastLoginColumn), QStringLiteral("pts/0 10.0.0.7 Mon Mar 4 09:15:02 +0000 2024"));
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::GroupsColumn), QStringLiteral("alice, staff"));

        QCOMPARE(m.text(QStringLiteral("bob"), AccountModel::PasswordColumn), QStringLiteral("locked"));
        QCOMPARE(m.text(QStringLiteral("bob"), AccountModel::StateColumn), QStringLiteral("disabled"));
        QCOMPARE(m.text(QStringLiteral("bob"), AccountModel::MustChangeColumn), QStringLiteral("yes"));
        QCOMPARE(m.text(QStringLiteral("bob"), AccountModel::LastChangedColumn), QString());
        QCOMPARE(m.text(QStringLiteral("bob"), AccountModel::ExpiryColumn), QLocale().toString(QDate(1970, 1, 2), QLocale::ShortFormat));
        QCOMPARE(m.text(QStringLiteral("bob"), AccountModel::FailedLoginsColumn), QStringLiteral("3"));
        QVERIFY(m.data(QStringLiteral("bob"), AccountModel::StateColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("expired on ") + QLocale().toString(QDate(1970, 1, 2), QLocale::ShortFormat)));

        QCOMPARE(m.text(QStringLiteral("root"), AccountModel::PasswordColumn), QStringLiteral("none"));
        QCOMPARE(m.text(QStringLiteral("root"), AccountModel::MaxAgeColumn), QString());
        QCOMPARE(m.text(QStringLiteral("root"), AccountModel::FailedLoginsColumn), QString()); // unknown, not 0
        QVERIFY(m.data(QStringLiteral("root"), AccountModel::FailedLoginsColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("faillock")));
        QCOMPARE(m.text(QStringLiteral("root"), AccountModel::LastLoginColumn), QStringLiteral("never"));
        QCOMPARE(AccountModel::passwordText(Password::Empty), QStringLiteral("empty"));
        QCOMPARE(AccountModel::passwordText(Password::Unknown), QStringLiteral("unknown"));
    }

    void iconsShowTheStateAtAGlance()
    {
        CheckedModel m;
        auto icon = [&](const QString &name, int column) {
            return qvariant_cast<QIcon>(m.data(name, column, Qt::DecorationRole));
        };
        const QIcon account = icon(QStringLiteral("alice"), AccountModel::NameColumn);
        const QIcon disabled = icon(QStringLiteral("bob"), AccountModel::NameColumn);
        QVERIFY(!account.isNull());
        QVERIFY(!disabled.isNull());
        // Real pictures from the resources, and not the same one for both.
        QVERIFY(!account.pixmap(16, 16).isNull());
        QVERIFY(account.pixmap(16, 16).toImage() != disabled.pixmap(16, 16).toImage());
        QVERIFY(!icon(QStringLiteral("alice"), AccountModel::PasswordColumn).pixmap(16, 16).isNull());
        QVERIFY(icon(QStringLiteral("alice"), AccountModel::PasswordColumn).pixmap(16, 16).toImage()
                != icon(QStringLiteral("bob"), AccountModel::PasswordColumn).pixmap(16, 16).toImage());
        QVERIFY(!icon(QStringLiteral("bob"), AccountModel::MustChangeColumn).isNull());
        QVERIFY(icon(QStringLiteral("alice"), AccountModel::MustChangeColumn).isNull());
        QVERIFY(!icon(QStringLiteral("bob"), AccountModel::FailedLoginsColumn).isNull());
        QVERIFY(icon(QStringLiteral("alice"), AccountModel::FailedLoginsColumn).isNull());
    }

    void namesWerkbankDoesNotActOnAreGreyedAndExplained()
    {
        CheckedModel m;
        const QString odd = QStringLiteral("Bad.Name");
        QVERIFY(!m.data(odd, AccountModel::NameColumn, AccountModel::ActionableRole).toBool());
        QVERIFY(m.data(QStringLiteral("alice"), AccountModel::NameColumn, AccountModel::ActionableRole).toBool());
        for (int column = 0; column < AccountModel::ColumnCount; ++column) {
            QCOMPARE(qvariant_cast<QColor>(m.data(odd, column, Qt::ForegroundRole)), QColor(0x86, 0x8e, 0x96));
            QVERIFY(!m.data(QStringLiteral("alice"), column, Qt::ForegroundRole).isValid());
            QVERIFY(m.data(odd, column, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Werkbank does not act on “Bad.Name”")));
        }
        for (Kind kind : {Kind::ResetPassword, Kind::Lock, Kind::SetExpiry, Kind::AddToGroup, Kind::MustChangePassword})
            QVERIFY(!AccountModel::applies(kind, m.model.accountAt(m.model.rowOf(odd))));
    }

    void actionsApplyOnlyWhereTheyMakeSense_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QList<int>>("applies");
        auto kinds = [](std::initializer_list<Kind> list) {
            QList<int> ints;
            for (Kind k : list)
                ints << int(k);
            std::sort(ints.begin(), ints.end());
            return ints;
        };
        // alice: set, enabled, no expiry, no failures, one group beside her own.
        QTest::newRow("alice") << QStringLiteral("alice")
                               << kinds({Kind::ResetPassword, Kind::MustChangePassword, Kind::Lock, Kind::Disable,
                                         Kind::SetExpiry, Kind::AddToGroup, Kind::RemoveFromGroup});
        // bob: locked, must change already, disabled, 3 failures.
        QTest::newRow("bob") << QStringLiteral("bob")
                             << kinds({Kind::ResetPassword, Kind::Unlock, Kind::Enable, Kind::ResetFailedLogins,
                                       Kind::SetExpiry, Kind::AddToGroup, Kind::RemoveFromGroup});
        // root: no usable password, only its primary group, failures unknown.
        QTest::newRow("root") << QStringLiteral("root")
                              << kinds({Kind::ResetPassword, Kind::MustChangePassword, Kind::Disable, Kind::SetExpiry,
                                        Kind::AddToGroup});
        QTest::newRow("not actionable") << QStringLiteral("Bad.Name") << QList<int>();
    }

    void actionsApplyOnlyWhereTheyMakeSense()
    {
        QFETCH(QString, account);
        QFETCH(QList<int>, applies);
        CheckedModel m;
        const AccountStatus &status = m.model.accountAt(m.model.rowOf(account));
        QList<int> actual;
        for (int k = int(Kind::ResetPassword); k <= int(Kind::RemoveFromGroup); ++k)
            if (AccountModel::applies(Kind(k), status))
                actual << k;
        QCOMPARE(actual, applies);
    }

    void expiryInTheFutureCanBeCleared()
    {
        AccountStatus carol = person(QStringLiteral("carol"), 1004);
        carol.expiry = QDate::currentDate().addDays(10);
        QVERIFY(AccountModel::applies(Kind::ClearExpiry, carol));
        QVERIFY(!AccountModel::applies(Kind::Enable, carol));
        carol.password = Password::Unknown; // the host would not say: both ways stay open
        QVERIFY(AccountModel::applies(Kind::Lock, carol));
        QVERIFY(AccountModel::applies(Kind::Unlock, carol));
    }

    void rereadReplacesOneRowWithoutAReset()
    {
        CheckedModel m;
        QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
        AccountStatus alice = m.model.accountAt(m.model.rowOf(QStringLiteral("alice")));
        alice.password = Password::Locked;
        m.model.updateAccount(alice);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), AccountModel::ColumnCount - 1);
        QCOMPARE(m.text(QStringLiteral("alice"), AccountModel::PasswordColumn), QStringLiteral("locked"));
        QCOMPARE(m.model.rowCount(), 4);

        m.model.updateAccount(person(QStringLiteral("erin"), 1005)); // not listed before: a new row
        QCOMPARE(m.model.rowCount(), 5);
        QCOMPARE(m.model.rowOf(QStringLiteral("erin")), 4);
        m.model.removeAccount(QStringLiteral("bob"));
        QCOMPARE(column(m.model, AccountModel::NameColumn),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("Bad.Name"), QStringLiteral("root"), QStringLiteral("erin")}));
        m.model.removeAccount(QStringLiteral("nobody-here"));
        QCOMPARE(m.model.rowCount(), 4);
        QCOMPARE(reset.count(), 0);
    }

    void sortsNumbersAndDatesAsSuch()
    {
        CheckedModel m;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m.model);
        proxy.setSortRole(AccountModel::SortRole);
        proxy.sort(AccountModel::UidColumn);
        // As numbers; 999 below shows it is not by text, where "999" comes after "1003".
        QCOMPARE(column(proxy, AccountModel::UidColumn),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}));
        m.model.updateAccount(person(QStringLiteral("svc"), 999));
        QCOMPARE(column(proxy, AccountModel::UidColumn).mid(0, 2), (QStringList{QStringLiteral("0"), QStringLiteral("999")}));
        AccountStatus longer = person(QStringLiteral("erin"), 1010);
        longer.maxAgeDays = 180;
        m.model.updateAccount(longer);
        proxy.sort(AccountModel::MaxAgeColumn, Qt::DescendingOrder);
        // 180 before 90: by number, where the text "90" would come first.
        QCOMPARE(proxy.index(0, AccountModel::NameColumn).data().toString(), QStringLiteral("erin"));
    }

    void filterTextCoversNameFullNameAndGroups()
    {
        CheckedModel m;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m.model);
        proxy.setFilterRole(AccountModel::FilterRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("ALI"));
        QCOMPARE(column(proxy, AccountModel::NameColumn), QStringList{QStringLiteral("alice")});
        proxy.setFilterFixedString(QStringLiteral("staff")); // a group
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterFixedString(QStringLiteral("BAD.NAME")); // the full name
        QCOMPARE(column(proxy, AccountModel::NameColumn), QStringList{QStringLiteral("Bad.Name")});
    }

    void primaryGroupCannotBeRemoved()
    {
        const AccountStatus alice = person(QStringLiteral("alice"), 1001);
        QCOMPARE(AccountModel::removableGroups(alice), QStringList{QStringLiteral("staff")});
        AccountStatus lone = alice;
        lone.groups = {QStringLiteral("alice")};
        QVERIFY(AccountModel::removableGroups(lone).isEmpty());
        QVERIFY(!AccountModel::applies(Kind::RemoveFromGroup, lone));
    }
};

QTEST_MAIN(TestAccountModel)
#include "tst_accountmodel.moc"
