// Lockout status across domain controllers, as LockoutStatus.exe shows it:
// one real DC (the Samba AD fixture) plus recorded replies of other DCs, run
// through the same Active Directory reading as a live answer, merged into one
// account: locked where any DC locked it, the most bad passwords, the newest logon.
#include "core/directory/DirectoryAccountBackend.h"
#include "core/directory/DirectoryProfile.h"
#include "core/directory/LdapText.h"
#include "tests/support/RecordedDomainControllers.h"
#include "tests/support/SambaFixture.h"

#include <QTcpServer>
#include <QTest>

using namespace wb;
using wb::test::SambaFixture;
using wb::test::domainControllerEntry;
using wb::test::recordedReply;


class TestDomainControllers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = SambaFixture::problem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void statusAsksEveryDomainController()
    {
        const QString login = SambaFixture::uniqueName(QStringLiteral("dcs"));
        QVERIFY(SambaFixture::addPerson(login, QStringLiteral("Initial#Pass1")));
        const QString dn = SambaFixture::personDn(login);
        // Two bad passwords on the real DC.
        QVERIFY(!SambaFixture::canBind(login, QStringLiteral("Wrong#1")));
        QVERIFY(!SambaFixture::canBind(login, QStringLiteral("Wrong#2")));

        // A port nobody answers on: a DC that is down.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadDc = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();

        Directory directory;
        directory.id = 3;
        directory.name = QStringLiteral("ad");
        directory.url = QStringLiteral("ldaps://127.0.0.1");
        directory.baseDn = SambaFixture::base();
        directory.bindDn = SambaFixture::adminUpn();
        directory.caFile = SambaFixture::caFile();
        directory.kind = DirectoryKind::ActiveDirectory;
        directory.domainControllers = {QStringLiteral("127.0.0.1"), QStringLiteral("dc2.example.test"),
                                       QStringLiteral("dc3.example.test"), deadDc};
        DirectoryAccountBackend backend(directory);
        backend.setBindPassword(SambaFixture::adminPassword());
        backend.setDomainControllerTimeout(3000);
        const QDateTime lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QDateTime newestLogon = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QDateTime olderLogon = QDateTime::currentDateTimeUtc().addDays(-3);
        backend.setDomainControllerReader([&](const QString &server, const QString &asked) -> AccountReply * {
            if (server == QLatin1String("dc2.example.test")) // where the bad passwords arrived: locked
                return recordedReply(&backend, domainControllerEntry(asked, 3, lockedAt, olderLogon));
            if (server == QLatin1String("dc3.example.test")) // where the person last logged on
                return recordedReply(&backend, domainControllerEntry(asked, 0, {}, newestLogon));
            return backend.readOnDomainController(server, asked); // the real DC, and the dead one
        });

        QElapsedTimer clock;
        clock.start();
        AccountReply *reply = backend.readAccount(login);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        QVERIFY2(reply->succeeded(), qPrintable(reply->errorMessage()));
        QVERIFY2(clock.elapsed() < 10000, "a dead DC held the answer up past its timeout");
        const AccountStatus status = reply->accounts().first();
        QCOMPARE(status.dn, dn);
        QCOMPARE(status.domainControllers.size(), 4);

        const DomainControllerState &real = status.domainControllers.at(0);
        QVERIFY2(real.reached, qPrintable(real.error));
        QCOMPARE(real.badPasswordCount, 2);
        QCOMPARE(real.locked, false);
        const DomainControllerState &dc2 = status.domainControllers.at(1);
        QVERIFY(dc2.reached && dc2.locked);
        QCOMPARE(dc2.badPasswordCount, 3);
        const DomainControllerState &dead = status.domainControllers.at(3);
        QVERIFY(!dead.reached);
        QVERIFY2(dead.error.contains(QLatin1String("Cannot reach")), qPrintable(dead.error));

        // Merged: locked (on dc2, since then), three bad passwords, the newest logon (dc3's).
        QVERIFY(status.locked);
        QCOMPARE(status.lockedOn, QStringLiteral("dc2.example.test"));
        QCOMPARE(status.lockedSince.toSecsSinceEpoch(), lockedAt.toSecsSinceEpoch());
        QCOMPARE(status.failedLogins, 3);
        QCOMPARE(status.lastLogon.toSecsSinceEpoch(), newestLogon.toSecsSinceEpoch());
    }

    void theDomainNamesItsControllers()
    {
        // Without a list, the DCs are the domain's DC computer objects (dc1.example.test here,
        // a name this machine cannot look up: said so, and the account is still shown).
        Directory directory;
        directory.name = QStringLiteral("ad");
        directory.url = QStringLiteral("ldaps://127.0.0.1");
        directory.baseDn = SambaFixture::base();
        directory.bindDn = SambaFixture::adminUpn();
        directory.caFile = SambaFixture::caFile();
        DirectoryAccountBackend backend(directory);
        backend.setBindPassword(SambaFixture::adminPassword());
        backend.setDomainControllerTimeout(3000);
        AccountReply *reply = backend.readAccount(QStringLiteral("nohelp"));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        QVERIFY2(reply->succeeded(), qPrintable(reply->errorMessage()));
        QCOMPARE(backend.kind(), DirectoryKind::ActiveDirectory);
        const QList<DomainControllerState> dcs = reply->accounts().first().domainControllers;
        QCOMPARE(dcs.size(), 1);
        QCOMPARE(dcs.first().server, QStringLiteral("dc1.example.test"));
        QVERIFY(!dcs.first().reached);
        QVERIFY2(dcs.first().error.contains(QLatin1String("dc1.example.test")), qPrintable(dcs.first().error));
    }
};

QTEST_GUILESS_MAIN(TestDomainControllers)
#include "tst_domaincontrollers.moc"
