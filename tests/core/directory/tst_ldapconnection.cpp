// LdapConnection against the real slapd of the test fixture: TLS that cannot be
// skipped, binds, paged searches, modifications, the Password Modify exop,
// hostile filter values and a server that never answers.
#include "core/directory/LdapConnection.h"
#include "core/directory/LdapText.h"
#include "tests/support/LdapFixture.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <ldap.h>

using namespace wb;
using wb::test::LdapFixture;

namespace {

// Runs a request and waits for its outcome (the connection is driven by this thread's event loop).
template <typename Start>
LdapOutcome await(Start start)
{
    bool done = false;
    LdapOutcome result;
    start([&](const LdapOutcome &outcome) {
        result = outcome;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result = LdapOutcome{-999, QStringLiteral("no outcome within 30 s"), {}, -1, {}, false};
    return result;
}

QList<LdapEntry> searchAll(LdapConnection &connection, const QString &base, const QString &filter, int pageSize = 0,
                           int *code = nullptr)
{
    const LdapOutcome outcome = await([&](LdapConnection::Done done) {
        connection.search(base, LdapConnection::Scope::Subtree, filter, {QStringLiteral("uid"), QStringLiteral("cn")},
                          pageSize, {}, done);
    });
    if (code)
        *code = outcome.code;
    return outcome.entries;
}

} // namespace

class TestLdapConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = LdapFixture::problem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void opensWithTlsBothWays_data()
    {
        QTest::addColumn<bool>("ldaps");
        QTest::newRow("ldaps://") << true;
        QTest::newRow("ldap:// with StartTLS") << false;
    }
    void opensWithTlsBothWays()
    {
        QFETCH(bool, ldaps);
        LdapConnection connection;
        const LdapOutcome outcome = connection.open(LdapFixture::settings(LdapFixture::Who::Helpdesk, ldaps));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.diagnostic));
        QVERIFY(connection.isOpen());
        const QList<LdapEntry> found = searchAll(connection, LdapFixture::base(), QStringLiteral("(cn=staff)"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().dn, QStringLiteral("cn=staff,ou=groups,") + LdapFixture::base());
    }

    void refusesACertificateOurCaDidNotSign_data() { opensWithTlsBothWays_data(); }
    void refusesACertificateOurCaDidNotSign()
    {
        QFETCH(bool, ldaps);
        LdapSettings settings = LdapFixture::settings(LdapFixture::Who::Helpdesk, ldaps);
        settings.caFile = LdapFixture::otherCaFile();
        LdapConnection connection;
        const LdapOutcome outcome = connection.open(settings);
        QVERIFY(!outcome.succeeded());
        QVERIFY(!connection.isOpen());
        if (!ldaps) // never a fallback to plain text
            QVERIFY2(outcome.diagnostic.contains(QLatin1String("StartTLS")), qPrintable(outcome.diagnostic));
    }

    void refusesAddressesWithoutTls()
    {
        LdapSettings settings = LdapFixture::settings(LdapFixture::Who::Helpdesk);
        for (const QString &url : {QStringLiteral("ldapi:///tmp/x"), QStringLiteral("http://127.0.0.1:1"), QString()}) {
            settings.url = url;
            LdapConnection connection;
            const LdapOutcome outcome = connection.open(settings);
            QCOMPARE(outcome.code, LDAP_PARAM_ERROR);
            QVERIFY(outcome.diagnostic.contains(QLatin1String("ldaps://")));
        }
    }

    void aWrongPasswordIsInvalidCredentials()
    {
        LdapSettings settings = LdapFixture::settings(LdapFixture::Who::Helpdesk);
        settings.bindPassword = QStringLiteral("not the password");
        LdapConnection connection;
        QCOMPARE(connection.open(settings).code, LDAP_INVALID_CREDENTIALS);
        QVERIFY(!connection.isOpen());
    }

    void pagedSearchBringsEveryPage()
    {
        const QString unit = LdapFixture::uniqueName(QStringLiteral("paged"));
        const QString unitDn = QStringLiteral("ou=%1,%2").arg(unit, LdapFixture::peopleDn());
        QByteArray ldif = QStringLiteral("dn: %1\nobjectClass: organizationalUnit\nou: %2\n\n").arg(unitDn, unit).toUtf8();
        const int count = 1203;
        for (int i = 0; i < count; ++i)
            ldif += QStringLiteral("dn: uid=p%1,%2\nobjectClass: inetOrgPerson\nuid: p%1\ncn: Person %1\nsn: P\n\n").arg(i).arg(unitDn).toUtf8();
        QVERIFY(LdapFixture::addLdif(ldif));

        LdapConnection connection;
        QVERIFY(connection.open(LdapFixture::settings(LdapFixture::Who::Helpdesk)).succeeded());
        // Without paging the server's size limit (500) stops the search.
        int code = 0;
        searchAll(connection, unitDn, QStringLiteral("(objectClass=inetOrgPerson)"), 0, &code);
        QCOMPARE(code, LDAP_SIZELIMIT_EXCEEDED);

        QList<int> pageSizes;
        int total = 0;
        const LdapOutcome outcome = await([&](LdapConnection::Done done) {
            connection.search(unitDn, LdapConnection::Scope::Subtree, QStringLiteral("(objectClass=inetOrgPerson)"),
                              {QStringLiteral("uid")}, 100,
                              [&](const QList<LdapEntry> &page) {
                                  pageSizes.append(page.size());
                                  total += page.size();
                                  return true;
                              },
                              done);
        });
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.diagnostic));
        QCOMPARE(total, count);
        QCOMPARE(pageSizes.size(), 13);
        QCOMPARE(pageSizes.first(), 100);
        QVERIFY(!outcome.stoppedEarly);

        // A handler that has seen enough stops it after two pages.
        int pages = 0;
        const LdapOutcome stopped = await([&](LdapConnection::Done done) {
            connection.search(unitDn, LdapConnection::Scope::Subtree, QStringLiteral("(objectClass=inetOrgPerson)"),
                              {QStringLiteral("uid")}, 100, [&](const QList<LdapEntry> &) { return ++pages < 2; }, done);
        });
        QVERIFY(stopped.succeeded());
        QVERIFY(stopped.stoppedEarly);
        QCOMPARE(pages, 2);
        // The connection is still good for the next request.
        QCOMPARE(searchAll(connection, unitDn, QStringLiteral("(uid=p7)")).size(), 1);
    }

    void hostileValuesFindOnlyThemselves()
    {
        const QString uid = LdapFixture::uniqueName(QStringLiteral("star"));
        const QString oddName = QStringLiteral("Star*Man (%1) \\ back").arg(uid);
        QVERIFY(LdapFixture::addPerson(uid, {}, false, oddName));
        LdapConnection connection;
        QVERIFY(connection.open(LdapFixture::settings(LdapFixture::Who::Helpdesk)).succeeded());
        const auto cnIs = [](const QString &value) {
            return QStringLiteral("(cn=%1)").arg(LdapText::escapeFilterValue(value));
        };
        const QList<LdapEntry> exact = searchAll(connection, LdapFixture::base(), cnIs(oddName));
        QCOMPARE(exact.size(), 1);
        QCOMPARE(exact.first().text(QStringLiteral("uid")), uid);
        const QString substring = QStringLiteral("(cn=*%1*)").arg(LdapText::escapeFilterValue(QStringLiteral("*Man (")));
        QCOMPARE(searchAll(connection, LdapFixture::base(), substring).size(), 1);

        const QStringList hostile = {QStringLiteral("*)(uid=*"), QStringLiteral("*"), QStringLiteral("x)(|(objectClass=*)"),
                                     QStringLiteral("a\\2a"), QString(QChar(0)) + QStringLiteral("admin"),
                                     QString(10000, u'*'), QString(10000, u'a')};
        for (const QString &value : hostile) {
            int code = -1;
            const QList<LdapEntry> found = searchAll(connection, LdapFixture::base(), cnIs(value), 0, &code);
            QVERIFY2(found.isEmpty(), qPrintable(value.left(40)));
            QCOMPARE(code, LDAP_SUCCESS);
        }
        // The connection survived all of it.
        QCOMPARE(searchAll(connection, LdapFixture::base(), cnIs(oddName)).size(), 1);
    }

    void passwordModifyNeedsTheRight()
    {
        const QString uid = LdapFixture::uniqueName(QStringLiteral("exop"));
        QVERIFY(LdapFixture::addPerson(uid, QStringLiteral("First#Pass1")));
        const QString dn = LdapFixture::personDn(uid);

        LdapConnection auditor;
        QVERIFY(auditor.open(LdapFixture::settings(LdapFixture::Who::Auditor)).succeeded());
        const LdapOutcome refused = await([&](LdapConnection::Done done) {
            auditor.passwordModify(dn, QStringLiteral("Second#Pass2"), done);
        });
        QCOMPARE(refused.code, LDAP_INSUFFICIENT_ACCESS);
        QVERIFY(LdapFixture::canBind(dn, QStringLiteral("First#Pass1")));

        LdapConnection helpdesk;
        QVERIFY(helpdesk.open(LdapFixture::settings(LdapFixture::Who::Helpdesk, false)).succeeded());
        const LdapOutcome reset = await([&](LdapConnection::Done done) {
            helpdesk.passwordModify(dn, QStringLiteral("Second#Pass2"), done);
        });
        QVERIFY2(reset.succeeded(), qPrintable(reset.diagnostic));
        QVERIFY(LdapFixture::canBind(dn, QStringLiteral("Second#Pass2")));
        QVERIFY(!LdapFixture::canBind(dn, QStringLiteral("First#Pass1")));

        // "Must change at the next login" is pwdReset; a bind then says so in the policy control.
        const LdapOutcome marked = await([&](LdapConnection::Done done) {
            helpdesk.modify(dn, {LdapModification{LdapModification::Op::Replace, "mail", {"exop@example.test"}},
                                 LdapModification{LdapModification::Op::Replace, "pwdReset", {"TRUE"}}},
                            done);
        });
        QVERIFY2(marked.succeeded(), qPrintable(marked.diagnostic));
        QCOMPARE(LdapFixture::read(dn, QStringLiteral("mail")), QStringList{QStringLiteral("exop@example.test")});
        QVERIFY(LdapFixture::bindWords(dn, QStringLiteral("Second#Pass2")).contains(QLatin1String("Password must be changed")));
        LdapConnection asPerson;
        LdapSettings settings = LdapFixture::settings(LdapFixture::Who::Helpdesk);
        settings.bindDn = dn;
        settings.bindPassword = QStringLiteral("Second#Pass2");
        const LdapOutcome bound = asPerson.open(settings);
        QVERIFY(bound.succeeded());
        QCOMPARE(bound.passwordPolicyError, 2); // PP_changeAfterReset
    }

    void aSilentServerTimesOut()
    {
        // Accepts connections (the kernel's backlog) and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        LdapSettings settings = LdapFixture::settings(LdapFixture::Who::Helpdesk);
        settings.url = QStringLiteral("ldaps://127.0.0.1:%1").arg(silent.serverPort());
        settings.timeoutMs = 700;
        LdapConnection connection;
        QElapsedTimer clock;
        clock.start();
        const LdapOutcome outcome = connection.open(settings);
        QVERIFY(!outcome.succeeded());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void textRules()
    {
        QCOMPARE(LdapText::escapeFilterValue(QStringLiteral("*)(uid=*")), QStringLiteral("\\2a\\29\\28uid=\\2a"));
        QCOMPARE(LdapText::escapeFilterValue(QStringLiteral("a\\b")), QStringLiteral("a\\5cb"));
        QCOMPARE(LdapText::escapeFilterValue(QString(QChar(0))), QStringLiteral("\\00"));
        // Policies and groups are looked for in the domain the base DN sits in.
        QCOMPARE(LdapText::domainOf(QStringLiteral("ou=people,dc=example,dc=org")), QStringLiteral("dc=example,dc=org"));
        QCOMPARE(LdapText::domainOf(QStringLiteral("CN=Users, DC=corp,DC=test")), QStringLiteral("DC=corp,DC=test"));
        QCOMPARE(LdapText::domainOf(QStringLiteral("ou=a\\,dc=x,dc=org")), QStringLiteral("dc=org"));
        QCOMPARE(LdapText::domainOf(QStringLiteral("o=example")), QStringLiteral("o=example"));
        QCOMPARE(LdapText::escapeDnValue(QStringLiteral(" a,b+c=d ")), QStringLiteral("\\ a\\,b\\+c\\=d\\ "));
        QCOMPARE(LdapText::escapeDnValue(QStringLiteral("#x")), QStringLiteral("\\#x"));
        const QDateTime when = LdapText::parseGeneralizedTime("20261206153000Z");
        QCOMPARE(when, QDateTime(QDate(2026, 12, 6), QTime(15, 30), Qt::UTC));
        QCOMPARE(LdapText::parseGeneralizedTime("20261206163000.5+0100"), when);
        QCOMPARE(LdapText::generalizedTime(when), QByteArray("20261206153000Z"));
        QVERIFY(!LdapText::parseGeneralizedTime("yesterday").isValid());
        QVERIFY(!LdapText::parseGeneralizedTime("20261306153000Z").isValid());
        // The administrative lock of ppolicy: a valid time in year 0000 is not a date Qt keeps; it must read as "set".
        QVERIFY(!LdapText::fromFileTime(0).isValid());
        QVERIFY(!LdapText::fromFileTime(LdapText::fileTimeNever).isValid());
        const QDateTime epoch(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(LdapText::toFileTime(epoch), 116444736000000000LL);
        QCOMPARE(LdapText::fromFileTime(116444736000000000LL), epoch);
    }
};

QTEST_GUILESS_MAIN(TestLdapConnection)
#include "tst_ldapconnection.moc"
