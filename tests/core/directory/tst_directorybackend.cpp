// DirectoryAccountBackend on its worker thread against the fixture's slapd:
// every request is answered, in any rhythm, and the backend goes away cleanly
// whatever is still running.
#include "core/directory/DirectoryAccountBackend.h"
#include "core/jobs/ThreadReaper.h"
#include "tests/support/LdapFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace wb;
using wb::test::LdapFixture;

namespace {

Directory fixtureDirectory(LdapFixture::Who who = LdapFixture::Who::Helpdesk)
{
    Directory d;
    d.id = 7;
    d.name = QStringLiteral("corp");
    d.url = LdapFixture::ldapsUrl();
    d.baseDn = LdapFixture::base();
    d.bindDn = LdapFixture::dnOf(who);
    d.caFile = LdapFixture::caFile();
    return d;
}

bool answered(AccountReply *reply, int ms = 10000)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, ms);
}

} // namespace

class TestDirectoryBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = LdapFixture::problem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void everyRequestIsAnswered()
    {
        const QString uid = LdapFixture::uniqueName(QStringLiteral("many"));
        QVERIFY(LdapFixture::addPerson(uid, QStringLiteral("Initial#Pass1")));
        DirectoryAccountBackend backend(fixtureDirectory());
        backend.setBindPassword(LdapFixture::passwordOf(LdapFixture::Who::Helpdesk));
        // One after the other, each asked the moment the last was answered.
        for (int i = 0; i < 200; ++i) {
            AccountReply *reply = backend.readAccount(uid);
            QVERIFY2(answered(reply), qPrintable(QStringLiteral("request %1 was never answered").arg(i)));
            QVERIFY2(reply->succeeded(), qPrintable(reply->errorMessage()));
            QCOMPARE(reply->accounts().first().dn, LdapFixture::personDn(uid));
            delete reply;
        }
        // Many at once.
        QList<AccountReply *> replies;
        for (int i = 0; i < 50; ++i)
            replies << (i % 2 ? backend.readAccount(uid) : backend.searchAccounts(uid, 10));
        for (AccountReply *reply : std::as_const(replies)) {
            QVERIFY(answered(reply));
            QVERIFY2(reply->succeeded(), qPrintable(reply->errorMessage()));
            QCOMPARE(reply->accounts().size(), 1);
        }
        QCOMPARE(backend.kind(), DirectoryKind::OpenLdap);
    }

    void goesAwayWhileBusy()
    {
        for (int i = 0; i < 30; ++i) {
            auto backend = std::make_unique<DirectoryAccountBackend>(fixtureDirectory());
            backend->setBindPassword(LdapFixture::passwordOf(LdapFixture::Who::Helpdesk));
            AccountReply *reply = backend->searchAccounts(QString(), 5);
            if (i % 3 == 0)
                QVERIFY(answered(reply));
            backend.reset(); // with a search running (or just answered)
        }
        ThreadReaper::finishAll(); // every worker thread ended
        QCOMPARE(ThreadReaper::pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryBackend)
#include "tst_directorybackend.moc"
