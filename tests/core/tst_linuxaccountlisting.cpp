// Parsing what the account-listing script prints: states, dates, unknowns,
// names Werkbank must not act on, and output that is not a listing.
#include "core/accounts/LinuxAccountListing.h"

#include <QTest>

using namespace wb;

namespace {

QByteArray record(const QList<QByteArray> &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i)
        line += (i ? "\x1f" : "") + fields.at(i);
    return line + '\n';
}

} // namespace

class TestLinuxAccountListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesStatesDatesAndUnknowns()
    {
        // Day 20788 = 2026-12-01.
        QByteArray out = "today\x1f" "20788\n";
        out += record({"alice", "1002", "Alice Smith,Room 4,,", "/bin/bash", "P", "20700", "90", "", "2", "Dec  1 10:00 +0000", "alice helpdesk"});
        out += record({"bob", "1003", "", "/bin/sh", "L", "0", "99999", "1", "0", "", "bob"});
        out += record({"carol", "1004", "", "/bin/sh", "", "", "", "", "", "", ""}); // not root: shadow unreadable
        out += record({"x;id", "1005", "", "/bin/sh", "P", "20000", "", "21000", "", "", ""});
        QList<AccountStatus> accounts;
        QString error;
        QVERIFY2(LinuxAccountListing::parse(out, &accounts, &error), qPrintable(error));
        QCOMPARE(accounts.size(), 4);

        const AccountStatus &alice = accounts.at(0);
        QCOMPARE(alice.name, QStringLiteral("alice"));
        QCOMPARE(alice.uid, 1002);
        QCOMPARE(alice.fullName, QStringLiteral("Alice Smith"));
        QCOMPARE(alice.password, AccountStatus::Password::Set);
        QCOMPARE(alice.lastChange, QDate(1970, 1, 1).addDays(20700));
        QVERIFY(!alice.mustChange);
        QCOMPARE(alice.maxAgeDays, 90);
        QVERIFY(!alice.expiry.isValid());
        QVERIFY(!alice.disabled);
        QCOMPARE(alice.failedLogins, 2);
        QCOMPARE(alice.lastLogin, QStringLiteral("Dec 1 10:00 +0000"));
        QCOMPARE(alice.groups, (QStringList{"alice", "helpdesk"}));
        QVERIFY(alice.actionable);

        const AccountStatus &bob = accounts.at(1);
        QCOMPARE(bob.password, AccountStatus::Password::Locked);
        QVERIFY(bob.mustChange);             // changed on day 0
        QVERIFY(!bob.lastChange.isValid());
        QCOMPARE(bob.maxAgeDays, -1);        // 99999 = no maximum
        QCOMPARE(bob.expiry, QDate(1970, 1, 2));
        QVERIFY(bob.disabled);               // usermod -e 1
        QCOMPARE(bob.failedLogins, 0);

        const AccountStatus &carol = accounts.at(2);
        QCOMPARE(carol.password, AccountStatus::Password::Unknown);
        QCOMPARE(carol.failedLogins, -1);
        QVERIFY(!carol.lastChange.isValid());

        const AccountStatus &hostile = accounts.at(3);
        QCOMPARE(hostile.name, QStringLiteral("x;id")); // shown as the host has it ...
        QVERIFY(!hostile.actionable);                    // ... but never acted on
        QCOMPARE(hostile.expiry, QDate(1970, 1, 1).addDays(21000));
        QVERIFY(!hostile.disabled);                      // expires in the future
    }

    void outputThatIsNotAListingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("a shell's greeting") << QByteArray("Welcome to host\n");
        QTest::newRow("a short record") << QByteArray("today\x1f" "20788\nalice\x1f" "1002\n");
    }
    void outputThatIsNotAListingIsRefused()
    {
        QFETCH(QByteArray, output);
        QList<AccountStatus> accounts;
        QString error;
        QVERIFY(!LinuxAccountListing::parse(output, &accounts, &error));
        QVERIFY(!error.isEmpty());
    }

    void listingScriptIsFixedText()
    {
        const RemoteInvocation people = LinuxAccountListing::invocation(false);
        const RemoteInvocation all = LinuxAccountListing::invocation(true);
        QCOMPARE(people.command, all.command);
        QCOMPARE(people.input, QByteArray("human\n"));
        QCOMPARE(all.input, QByteArray("all\n"));
        QCOMPARE(people.command.count(QLatin1Char('\'')), 2); // only the two around the script
    }
};

QTEST_GUILESS_MAIN(TestLinuxAccountListing)
#include "tst_linuxaccountlisting.moc"
