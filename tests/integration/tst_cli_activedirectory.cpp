// werkbank-cli account … --directory against a real Samba AD domain controller
// (tests/fixtures/samba-fixture.sh, started by CTest for this test): every
// change is checked by a real bind and the DC's own words ("data 773", …).
#include "tests/support/CliTestSupport.h"
#include "tests/support/SambaFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using wb::test::SambaFixture;
using wbtest::CliResult;

class TestCliActiveDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    CliResult cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return wbtest::runCli(QStringLiteral(WERKBANK_CLI),
                              QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--workspace"), m_workspace}
                                  + arguments,
                              input);
    }
    // An account command on `directory` with its bind password on stdin first.
    CliResult account(const QStringList &arguments, const QByteArray &more = {}, const QString &directory = QStringLiteral("ad")) const
    {
        const QString password = directory == QLatin1String("ad-nohelp") ? SambaFixture::noHelpPassword() : SambaFixture::adminPassword();
        return cli(QStringList{QStringLiteral("account")} + arguments
                       + QStringList{QStringLiteral("--directory"), directory, QStringLiteral("--bind-password-stdin")},
                   password.toUtf8() + '\n' + more);
    }
    static QString describe(const CliResult &r) { return QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err); }
    QJsonObject show(const QString &login) const
    {
        const CliResult r = account({QStringLiteral("show"), QStringLiteral("--user"), login, QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("show %s failed: %s", qPrintable(login), qPrintable(describe(r)));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    bool addDirectory(const QString &name, const QString &url, const QString &bindDn, const QString &caFile, const QString &kind = {})
    {
        QStringList arguments{QStringLiteral("directory"), QStringLiteral("add"), name, QStringLiteral("--url"), url,
                              QStringLiteral("--base-dn"), SambaFixture::base(), QStringLiteral("--bind-dn"), bindDn,
                              QStringLiteral("--ca-file"), caFile};
        if (!kind.isEmpty())
            arguments << QStringLiteral("--kind") << kind;
        const CliResult r = cli(arguments);
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return r.code == 0;
    }
    QString newPerson(const QString &prefix, const QString &password = QStringLiteral("Initial#Pass1"))
    {
        const QString login = SambaFixture::uniqueName(prefix);
        return SambaFixture::addPerson(login, password, QStringLiteral("Test %1").arg(login)) ? login : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = SambaFixture::problem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("workspace.db"));
        // The kind is left to detection: Samba says it is Active Directory in its root DSE.
        QVERIFY(addDirectory(QStringLiteral("ad"), QStringLiteral("ldaps://127.0.0.1"), SambaFixture::adminUpn(), SambaFixture::caFile()));
        // With the bind password at hand, `directory add` asks at once: the kind and the DCs.
        const CliResult r = cli({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("ad-asked"), QStringLiteral("--url"),
                                 QStringLiteral("ldaps://127.0.0.1"), QStringLiteral("--base-dn"), SambaFixture::base(),
                                 QStringLiteral("--bind-dn"), SambaFixture::adminUpn(), QStringLiteral("--ca-file"),
                                 SambaFixture::caFile(), QStringLiteral("--bind-password-stdin")},
                                SambaFixture::adminPassword().toUtf8() + '\n');
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Active Directory")), qPrintable(describe(r)));
        const CliResult listed = cli({QStringLiteral("directory"), QStringLiteral("list"), QStringLiteral("--json")});
        bool seen = false;
        for (const QJsonValue &entry : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject d = entry.toObject();
            if (d.value(QStringLiteral("name")).toString() != QLatin1String("ad-asked"))
                continue;
            seen = true;
            QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("ad"));
            QCOMPARE(d.value(QStringLiteral("domain_controllers")).toArray(), QJsonArray{QStringLiteral("dc1.example.test")});
        }
        QVERIFY(seen);
        QVERIFY(addDirectory(QStringLiteral("ad-nohelp"), QStringLiteral("ldaps://127.0.0.1"), SambaFixture::noHelpUpn(),
                             SambaFixture::caFile(), QStringLiteral("ad")));
        // StartTLS with a CA that did not sign the DC's certificate: TLS cannot be had.
        QVERIFY(addDirectory(QStringLiteral("ad-plain"), QStringLiteral("ldap://127.0.0.1"), SambaFixture::adminUpn(),
                             SambaFixture::otherCaFile(), QStringLiteral("ad")));
    }

    void showsAnAccountAsActiveDirectoryHasIt()
    {
        const QString login = newPerson(QStringLiteral("show"));
        QVERIFY(!login.isEmpty());
        const QJsonObject one = show(login);
        QCOMPARE(one.value(QStringLiteral("login")).toString(), login);
        QCOMPARE(one.value(QStringLiteral("dn")).toString(), SambaFixture::personDn(login));
        QCOMPARE(one.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test ") + login);
        QCOMPARE(one.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(one.value(QStringLiteral("locked")).toBool(), false);
        QCOMPARE(one.value(QStringLiteral("must_change")).toBool(), false);
        QVERIFY(one.value(QStringLiteral("expires")).isNull()); // both "never" values read as never
        QVERIFY(one.value(QStringLiteral("password_last_set")).toString().endsWith(u'Z'));
        const CliResult r = account({QStringLiteral("list"), QStringLiteral("--search"), login, QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 1, qPrintable(describe(r)));
    }

    void resetOverLdapsThenARealBind()
    {
        const QString login = newPerson(QStringLiteral("reset"));
        QVERIFY(!login.isEmpty());
        CliResult r = account({QStringLiteral("reset"), QStringLiteral("--user"), login, QStringLiteral("--password-stdin")}, "Fresh#Pass2024\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Fresh#Pass2024")));
        // (The old password is not checked: Samba, like AD's "old password allowed
        // period", may accept it for a while after a reset.)
        // A generated one meets the domain's policy.
        r = account({QStringLiteral("reset"), QStringLiteral("--user"), login, QStringLiteral("--generate"), QStringLiteral("--show"),
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString generated = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("password")).toString();
        QVERIFY(SambaFixture::canBind(login, generated));
    }

    void noPasswordWithoutTlsThoughSambaWouldTakeIt()
    {
        const QString login = newPerson(QStringLiteral("plain"));
        QVERIFY(!login.isEmpty());
        // Werkbank: StartTLS fails (the CA file does not match), so nothing is sent.
        const CliResult r = account({QStringLiteral("reset"), QStringLiteral("--user"), login, QStringLiteral("--password-stdin")},
                                    "Plain#Text2024\n", QStringLiteral("ad-plain"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("StartTLS failed, so nothing was sent")), qPrintable(describe(r)));
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Initial#Pass1")));
        // The same change over plain LDAP: this Samba takes it (which real AD refuses).
        QVERIFY(SambaFixture::modifyLdif(QStringLiteral("dn: %1\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: %2\n")
                                             .arg(SambaFixture::personDn(login),
                                                  QString::fromLatin1(SambaFixture::unicodePwdBase64(QStringLiteral("Plain#Text2024")))),
                                         true));
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Plain#Text2024")));
    }

    void mustChangeAndPasswordNeverExpires()
    {
        const QString login = newPerson(QStringLiteral("must"));
        QVERIFY(!login.isEmpty());
        QCOMPARE(account({QStringLiteral("must-change"), QStringLiteral("--user"), login}).code, 0);
        QVERIFY(SambaFixture::bindWords(login, QStringLiteral("Initial#Pass1")).contains(QLatin1String("data 773")));
        QCOMPARE(show(login).value(QStringLiteral("must_change")).toBool(), true);

        // "Password never expires" makes must-change void: said, and cleared only when asked.
        const QString other = newPerson(QStringLiteral("never"));
        QVERIFY(!other.isEmpty());
        QVERIFY(SambaFixture::modifyLdif(QStringLiteral("dn: %1\nchangetype: modify\nreplace: userAccountControl\nuserAccountControl: 66048\n")
                                             .arg(SambaFixture::personDn(other))));
        CliResult r = account({QStringLiteral("must-change"), QStringLiteral("--user"), other});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("password never expires")), qPrintable(describe(r)));
        QVERIFY(SambaFixture::canBind(other, QStringLiteral("Initial#Pass1")));
        r = account({QStringLiteral("must-change"), QStringLiteral("--user"), other, QStringLiteral("--clear-never-expires")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(SambaFixture::read(SambaFixture::personDn(other), QStringLiteral("userAccountControl")), QStringList{QStringLiteral("512")});
        QVERIFY(SambaFixture::bindWords(other, QStringLiteral("Initial#Pass1")).contains(QLatin1String("data 773")));
    }

    void lockoutAfterBadPasswordsAndUnlock()
    {
        const QString login = newPerson(QStringLiteral("lock"));
        QVERIFY(!login.isEmpty());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!SambaFixture::canBind(login, QStringLiteral("Wrong#Pass%1").arg(i)));
        QVERIFY(SambaFixture::bindWords(login, QStringLiteral("Initial#Pass1")).contains(QLatin1String("data 775")));
        const QJsonObject locked = show(login);
        QCOMPARE(locked.value(QStringLiteral("locked")).toBool(), true);
        QVERIFY(locked.value(QStringLiteral("locked_since")).toString().endsWith(u'Z'));
        QCOMPARE(locked.value(QStringLiteral("bad_password_count")).toInt(), 3);
        // No lock by hand in Active Directory: a sentence and exit status 2.
        CliResult r = account({QStringLiteral("lock"), QStringLiteral("--user"), login});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("no lock by hand")), qPrintable(describe(r)));
        r = account({QStringLiteral("unlock"), QStringLiteral("--user"), login});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Initial#Pass1")));
        const QJsonObject unlocked = show(login);
        QCOMPARE(unlocked.value(QStringLiteral("locked")).toBool(), false);
        QCOMPARE(unlocked.value(QStringLiteral("bad_password_count")).toInt(), 0);
    }

    void disableEnableAndExpiry()
    {
        const QString login = newPerson(QStringLiteral("dis"));
        QVERIFY(!login.isEmpty());
        QCOMPARE(account({QStringLiteral("disable"), QStringLiteral("--user"), login}).code, 0);
        QVERIFY(SambaFixture::bindWords(login, QStringLiteral("Initial#Pass1")).contains(QLatin1String("data 533")));
        QCOMPARE(show(login).value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(account({QStringLiteral("enable"), QStringLiteral("--user"), login}).code, 0);
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Initial#Pass1")));

        QCOMPARE(account({QStringLiteral("expire"), QStringLiteral("--user"), login, QStringLiteral("--date"), QStringLiteral("2001-02-03")}).code, 0);
        QVERIFY(SambaFixture::bindWords(login, QStringLiteral("Initial#Pass1")).contains(QLatin1String("data 701")));
        QCOMPARE(show(login).value(QStringLiteral("expires")).toString(), QStringLiteral("2001-02-03T00:00:00Z"));
        QCOMPARE(account({QStringLiteral("expire"), QStringLiteral("--user"), login, QStringLiteral("--date"), QStringLiteral("never")}).code, 0);
        QCOMPARE(SambaFixture::read(SambaFixture::personDn(login), QStringLiteral("accountExpires")),
                 QStringList{QStringLiteral("9223372036854775807")});
        QVERIFY(show(login).value(QStringLiteral("expires")).isNull());
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Initial#Pass1")));
    }

    void theDomainPolicyIsRead()
    {
        const CliResult r = account({QStringLiteral("policy"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject policy = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(policy.value(QStringLiteral("known")).toBool(), true);
        QCOMPARE(policy.value(QStringLiteral("source")).toString(), SambaFixture::base());
        QCOMPARE(policy.value(QStringLiteral("min_length")).toInt(), 7); // Samba's default
        QCOMPARE(policy.value(QStringLiteral("complexity")).toBool(), true);
        QCOMPARE(policy.value(QStringLiteral("max_failures")).toInt(), 3); // set by the fixture
    }

    void aPasswordThePolicyRefusesIsSaidSo()
    {
        const QString login = newPerson(QStringLiteral("weak"));
        QVERIFY(!login.isEmpty());
        const CliResult r = account({QStringLiteral("reset"), QStringLiteral("--user"), login, QStringLiteral("--password-stdin")}, "abc\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("password policy")), qPrintable(describe(r)));
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Initial#Pass1")));
    }

    void aBindAccountWithoutTheRightIsToldInWords()
    {
        const QString login = newPerson(QStringLiteral("right"));
        QVERIFY(!login.isEmpty());
        const CliResult r = account({QStringLiteral("reset"), QStringLiteral("--user"), login, QStringLiteral("--password-stdin")},
                                    "Other#Pass2024\n", QStringLiteral("ad-nohelp"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("Insufficient rights")) && r.out.contains(QLatin1String("unicodePwd")), qPrintable(describe(r)));
        QVERIFY(SambaFixture::canBind(login, QStringLiteral("Initial#Pass1")));
    }
};

QTEST_GUILESS_MAIN(TestCliActiveDirectory)
#include "tst_cli_activedirectory.moc"
