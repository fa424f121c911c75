// werkbank-cli directory … and account … --directory against the fixture's
// real OpenLDAP (slapd with ppolicy, over LDAPS and StartTLS with a test CA):
// every change is checked by a real bind or by reading the entry back with
// OpenLDAP's own tools, and every change is in the workspace's audit log.
#include "core/audit/AuditLog.h"
#include "core/directory/DirectoryKeys.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "tests/support/CliTestSupport.h"
#include "tests/support/LdapFixture.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wb;
using wb::test::LdapFixture;
using wbtest::CliResult;

class TestCliDirectory : public QObject
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
    // An account command on the directory "corp" as the helpdesk account, its bind password on stdin.
    CliResult account(const QStringList &arguments, const QByteArray &more = {}, LdapFixture::Who who = LdapFixture::Who::Helpdesk) const
    {
        return cli(QStringList{QStringLiteral("account")} + arguments
                       + QStringList{QStringLiteral("--directory"), who == LdapFixture::Who::Auditor ? QStringLiteral("corp-auditor")
                                                                                                     : QStringLiteral("corp"),
                                     QStringLiteral("--bind-password-stdin")},
                   LdapFixture::passwordOf(who).toUtf8() + '\n' + more);
    }
    static QString describe(const CliResult &r) { return QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err); }
    // The account as `show --json` gives it; empty (and a warning saying why) when that failed.
    QJsonObject show(const QString &login) const
    {
        const CliResult r = account({QStringLiteral("show"), QStringLiteral("--user"), login, QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("show %s failed: %s", qPrintable(login), qPrintable(describe(r)));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QList<AuditRecord> audit() const
    {
        Workspace ws;
        if (!ws.open(m_workspace))
            return {};
        const GuiThreadSqlAllowed reading;
        return AuditLog(ws.database()).list();
    }
    QString newPerson(const QString &prefix, bool shadow = true)
    {
        const QString uid = LdapFixture::uniqueName(prefix);
        if (!LdapFixture::addPerson(uid, QStringLiteral("Initial#Pass1"), shadow, QStringLiteral("Test %1").arg(uid),
                                    uid + QStringLiteral("@example.test")))
            return {};
        return uid;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = LdapFixture::problem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("workspace.db"));
        CliResult r = cli({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("corp"), QStringLiteral("--url"),
                           LdapFixture::ldapsUrl(), QStringLiteral("--base-dn"), LdapFixture::base(), QStringLiteral("--bind-dn"),
                           LdapFixture::dnOf(LdapFixture::Who::Helpdesk), QStringLiteral("--ca-file"), LdapFixture::caFile(),
                           QStringLiteral("--kind"), QStringLiteral("ldap"), QStringLiteral("--group"), QStringLiteral("hq/it")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // The auditor may read, not write; over StartTLS, and with the kind left to
        // the server, asked at once with the bind password given.
        r = cli({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("corp-auditor"), QStringLiteral("--url"),
                 LdapFixture::startTlsUrl(), QStringLiteral("--base-dn"), LdapFixture::base(), QStringLiteral("--bind-dn"),
                 LdapFixture::dnOf(LdapFixture::Who::Auditor), QStringLiteral("--ca-file"), LdapFixture::caFile(),
                 QStringLiteral("--bind-password-stdin")},
                LdapFixture::passwordOf(LdapFixture::Who::Auditor).toUtf8() + '\n');
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("LDAP with password policy")), qPrintable(describe(r)));
        r = cli({QStringLiteral("directory"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &entry : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (entry.toObject().value(QStringLiteral("name")).toString() == QLatin1String("corp-auditor"))
                QCOMPARE(entry.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ldap"));
        }
        // A bind password that is wrong: added, and said.
        r = cli({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("corp-wrong"), QStringLiteral("--url"),
                 LdapFixture::ldapsUrl(), QStringLiteral("--base-dn"), LdapFixture::base(), QStringLiteral("--bind-dn"),
                 LdapFixture::dnOf(LdapFixture::Who::Auditor), QStringLiteral("--ca-file"), LdapFixture::caFile(),
                 QStringLiteral("--bind-password-stdin")},
                "wrong\n");
        QVERIFY2(r.code == 0 && r.err.contains(QLatin1String("could not log in")), qPrintable(describe(r)));
    }

    void directoryListRemoveAndTheKeychain()
    {
        const QString name = LdapFixture::uniqueName(QStringLiteral("dir"));
        CliResult r = cli({QStringLiteral("directory"), QStringLiteral("add"), name, QStringLiteral("--url"), QStringLiteral("ldaps://dc1.example.test"),
                           QStringLiteral("--base-dn"), QStringLiteral("DC=example,DC=test"), QStringLiteral("--bind-dn"),
                           QStringLiteral("svc-helpdesk@EXAMPLE.TEST"), QStringLiteral("--kind"), QStringLiteral("ad"),
                           QStringLiteral("--dc"), QStringLiteral("dc1.example.test"), QStringLiteral("--dc"),
                           QStringLiteral("dc2.example.test:636"), QStringLiteral("--bind-password-stdin")},
                          "Bind#Secret9\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli({QStringLiteral("directory"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject added;
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &entry : all) {
            if (entry.toObject().value(QStringLiteral("name")).toString() == name)
                added = entry.toObject();
        }
        QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("ad"));
        QCOMPARE(added.value(QStringLiteral("url")).toString(), QStringLiteral("ldaps://dc1.example.test"));
        QCOMPARE(added.value(QStringLiteral("base_dn")).toString(), QStringLiteral("DC=example,DC=test"));
        QCOMPARE(added.value(QStringLiteral("bind_dn")).toString(), QStringLiteral("svc-helpdesk@EXAMPLE.TEST"));
        QCOMPARE(added.value(QStringLiteral("domain_controllers")).toArray().size(), 2);
        QVERIFY(!r.out.contains(QLatin1String("Bind#Secret9")));
        // The bind password is in the keychain, and nowhere in the workspace.
        Directory key;
        key.url = QStringLiteral("ldaps://dc1.example.test");
        key.bindDn = QStringLiteral("svc-helpdesk@EXAMPLE.TEST");
        CredentialStore keychain;
        std::optional<QString> kept;
        bool answered = false;
        keychain.read(bindPasswordKey(key), [&](std::optional<QString> secret, const QString &) {
            kept = secret;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(kept.value_or(QString()), QStringLiteral("Bind#Secret9"));
        QFile file(m_workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Bind#Secret9"));

        // Twice the same name, or a malformed one: refused, nothing changed.
        r = cli({QStringLiteral("directory"), QStringLiteral("add"), name, QStringLiteral("--url"), QStringLiteral("ldaps://x.test"),
                 QStringLiteral("--base-dn"), QStringLiteral("dc=x"), QStringLiteral("--bind-dn"), QStringLiteral("cn=y,dc=x")});
        QCOMPARE(r.code, 1);
        for (const QStringList &bad : {QStringList{QStringLiteral("--url"), QStringLiteral("http://x.test")},
                                       QStringList{QStringLiteral("--url"), QStringLiteral("ldaps://x.test/$(id)")},
                                       QStringList{QStringLiteral("--dc"), QStringLiteral("a;rm -rf /")},
                                       QStringList{QStringLiteral("--kind"), QStringLiteral("novell")}}) {
            QStringList arguments{QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("other"),
                                  QStringLiteral("--base-dn"), QStringLiteral("dc=x"), QStringLiteral("--bind-dn"), QStringLiteral("cn=y,dc=x")};
            if (!bad.contains(QStringLiteral("--url")))
                arguments << QStringLiteral("--url") << QStringLiteral("ldaps://x.test");
            r = cli(arguments + bad);
            QVERIFY2(r.code == 2, qPrintable(describe(r)));
        }
        r = cli({QStringLiteral("directory"), QStringLiteral("remove"), name});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        answered = false;
        keychain.read(bindPasswordKey(key), [&](std::optional<QString> secret, const QString &) {
            kept = secret;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!kept);
        QCOMPARE(cli({QStringLiteral("directory"), QStringLiteral("remove"), name}).code, 1);
    }

    void listAndShowGiveTheKeys()
    {
        const QString uid = newPerson(QStringLiteral("keys"));
        QVERIFY(!uid.isEmpty());
        QVERIFY(LdapFixture::modifyLdif(QStringLiteral("dn: cn=staff,ou=groups,%1\nchangetype: modify\nadd: member\nmember: %2\n")
                                            .arg(LdapFixture::base(), LdapFixture::personDn(uid))
                                            .toUtf8()));
        const CliResult r = account({QStringLiteral("list"), QStringLiteral("--search"), uid, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject one = array.first().toObject();
        const QStringList keys{QStringLiteral("login"), QStringLiteral("dn"), QStringLiteral("display_name"), QStringLiteral("mail"),
                               QStringLiteral("enabled"), QStringLiteral("locked"), QStringLiteral("locked_since"),
                               QStringLiteral("bad_password_count"), QStringLiteral("password_last_set"), QStringLiteral("must_change"),
                               QStringLiteral("expires"), QStringLiteral("last_logon"), QStringLiteral("groups")};
        QStringList present = one.keys();
        present.sort();
        QStringList expected = keys;
        expected.sort();
        QCOMPARE(present, expected);
        QCOMPARE(one.value(QStringLiteral("login")).toString(), uid);
        QCOMPARE(one.value(QStringLiteral("dn")).toString(), LdapFixture::personDn(uid));
        QCOMPARE(one.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test ") + uid);
        QCOMPARE(one.value(QStringLiteral("mail")).toString(), uid + QStringLiteral("@example.test"));
        QCOMPARE(one.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(one.value(QStringLiteral("locked")).toBool(), false);
        QVERIFY(one.value(QStringLiteral("locked_since")).isNull());
        QVERIFY(one.value(QStringLiteral("expires")).isNull());
        QVERIFY(one.value(QStringLiteral("password_last_set")).toString().endsWith(u'Z'));
        QCOMPARE(one.value(QStringLiteral("groups")).toArray(), QJsonArray{QStringLiteral("staff")});
        QCOMPARE(show(uid), one);
    }

    void resetThenARealBind()
    {
        const QString uid = newPerson(QStringLiteral("reset"));
        QVERIFY(!uid.isEmpty());
        CliResult r = account({QStringLiteral("reset"), QStringLiteral("--user"), uid, QStringLiteral("--password-stdin")},
                              "Chosen#Pass22\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(LdapFixture::canBind(LdapFixture::personDn(uid), QStringLiteral("Chosen#Pass22")));
        QVERIFY(!LdapFixture::canBind(LdapFixture::personDn(uid), QStringLiteral("Initial#Pass1")));
        QCOMPARE(show(uid).value(QStringLiteral("must_change")).toBool(), false);

        // Generated, and "must change at the next logon": the bind says so.
        r = account({QStringLiteral("reset"), QStringLiteral("--user"), uid, QStringLiteral("--generate"), QStringLiteral("--show"),
                     QStringLiteral("--must-change"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QList<QByteArray> lines = r.out.toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QString generated = QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("password")).toString();
        QVERIFY(generated.size() >= 16);
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("action")).toString(), QStringLiteral("must-change"));
        QVERIFY(LdapFixture::bindWords(LdapFixture::personDn(uid), generated).contains(QLatin1String("Password must be changed")));
        QCOMPARE(show(uid).value(QStringLiteral("must_change")).toBool(), true);

        // Audited with the DN, never the password.
        bool sawReset = false;
        for (const AuditRecord &record : audit()) {
            if (record.account != uid)
                continue;
            QCOMPARE(record.target.kind, AuditTarget::Kind::Directory);
            QCOMPARE(record.target.address, LdapFixture::personDn(uid));
            QCOMPARE(record.host, QStringLiteral("corp"));
            QCOMPARE(record.outcome, AuditRecord::Outcome::Ok);
            sawReset = sawReset || record.action == QLatin1String("reset-password");
        }
        QVERIFY(sawReset);
        Workspace ws;
        QVERIFY(ws.open(m_workspace));
        QFile file(m_workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(generated.toUtf8()));
        QVERIFY(!bytes.contains("Chosen#Pass22"));
    }

    void badPasswordsLockAndUnlockLetsIn()
    {
        const QString uid = newPerson(QStringLiteral("lockout"));
        QVERIFY(!uid.isEmpty());
        const QString dn = LdapFixture::personDn(uid);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!LdapFixture::canBind(dn, QStringLiteral("Wrong#Pass%1").arg(i)));
        QVERIFY(LdapFixture::bindWords(dn, QStringLiteral("Initial#Pass1")).contains(QLatin1String("Account locked")));
        const QJsonObject locked = show(uid);
        QCOMPARE(locked.value(QStringLiteral("locked")).toBool(), true);
        QVERIFY(locked.value(QStringLiteral("locked_since")).toString().endsWith(u'Z'));
        QCOMPARE(locked.value(QStringLiteral("bad_password_count")).toInt(), 3);

        const CliResult r = account({QStringLiteral("unlock"), QStringLiteral("--user"), uid});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(LdapFixture::canBind(dn, QStringLiteral("Initial#Pass1")));
        const QJsonObject unlocked = show(uid);
        QCOMPARE(unlocked.value(QStringLiteral("locked")).toBool(), false);
        QCOMPARE(unlocked.value(QStringLiteral("bad_password_count")).toInt(), 0);

        // Locked by hand (no end), then unlocked.
        QCOMPARE(account({QStringLiteral("lock"), QStringLiteral("--user"), uid}).code, 0);
        QVERIFY(LdapFixture::bindWords(dn, QStringLiteral("Initial#Pass1")).contains(QLatin1String("Account locked")));
        QVERIFY(show(uid).value(QStringLiteral("locked_since")).isNull());
        QCOMPARE(account({QStringLiteral("unlock"), QStringLiteral("--user"), uid}).code, 0);
        QVERIFY(LdapFixture::canBind(dn, QStringLiteral("Initial#Pass1")));
    }

    void disableEnableAndExpiry()
    {
        const QString uid = newPerson(QStringLiteral("shadow"));
        QVERIFY(!uid.isEmpty());
        QCOMPARE(account({QStringLiteral("disable"), QStringLiteral("--user"), uid}).code, 0);
        QCOMPARE(LdapFixture::read(LdapFixture::personDn(uid), QStringLiteral("shadowExpire")), QStringList{QStringLiteral("1")});
        QCOMPARE(show(uid).value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(account({QStringLiteral("enable"), QStringLiteral("--user"), uid}).code, 0);
        QVERIFY(LdapFixture::read(LdapFixture::personDn(uid), QStringLiteral("shadowExpire")).isEmpty());
        QCOMPARE(show(uid).value(QStringLiteral("enabled")).toBool(), true);

        QCOMPARE(account({QStringLiteral("expire"), QStringLiteral("--user"), uid, QStringLiteral("--date"), QStringLiteral("2031-05-04")}).code, 0);
        QCOMPARE(LdapFixture::read(LdapFixture::personDn(uid), QStringLiteral("shadowExpire")),
                 QStringList{QString::number(QDate(1970, 1, 1).daysTo(QDate(2031, 5, 4)))});
        QCOMPARE(show(uid).value(QStringLiteral("expires")).toString(), QStringLiteral("2031-05-04T00:00:00Z"));
        QCOMPARE(account({QStringLiteral("expire"), QStringLiteral("--user"), uid, QStringLiteral("--date"), QStringLiteral("never")}).code, 0);
        QVERIFY(show(uid).value(QStringLiteral("expires")).isNull());

        // Without shadowAccount OpenLDAP has no way to say it: a sentence, nothing sent.
        const QString plain = newPerson(QStringLiteral("plain"), false);
        QVERIFY(!plain.isEmpty());
        const CliResult r = account({QStringLiteral("disable"), QStringLiteral("--user"), plain});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("shadowAccount")), qPrintable(describe(r)));
        QVERIFY(LdapFixture::canBind(LdapFixture::personDn(plain), QStringLiteral("Initial#Pass1")));
    }

    void groupsAddAndRemove()
    {
        const QString uid = newPerson(QStringLiteral("grp"));
        QVERIFY(!uid.isEmpty());
        CliResult r = account({QStringLiteral("add-to-group"), QStringLiteral("--user"), uid, QStringLiteral("--group"), QStringLiteral("helpdesk")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(LdapFixture::read(QStringLiteral("cn=helpdesk,") + LdapFixture::groupsDn(), QStringLiteral("member"))
                    .contains(LdapFixture::personDn(uid)));
        QCOMPARE(show(uid).value(QStringLiteral("groups")).toArray(), QJsonArray{QStringLiteral("helpdesk")});
        r = account({QStringLiteral("remove-from-group"), QStringLiteral("--user"), uid, QStringLiteral("--group"), QStringLiteral("helpdesk")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!LdapFixture::read(QStringLiteral("cn=helpdesk,") + LdapFixture::groupsDn(), QStringLiteral("member"))
                     .contains(LdapFixture::personDn(uid)));
        r = account({QStringLiteral("add-to-group"), QStringLiteral("--user"), uid, QStringLiteral("--group"), QStringLiteral("*")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("no group")), qPrintable(describe(r)));
    }

    void hostileInputFindsNothingAndBreaksNothing()
    {
        for (const QString &text : {QStringLiteral("*)(uid=*"), QStringLiteral("*"), QStringLiteral("x)(|(objectClass=*)"),
                                    QStringLiteral("$(id)"), QString(10000, u'x'), QString(10000, u'*')}) {
            const CliResult r = account({QStringLiteral("list"), QStringLiteral("--search"), text, QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(describe(r).left(300)));
            // Whatever is found has the text, character for character (other
            // tests may have added a person with a `*` in the name).
            for (const QJsonValue &found : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                const QJsonObject a = found.toObject();
                const QString fields = a.value(QStringLiteral("login")).toString() + u'\n' + a.value(QStringLiteral("display_name")).toString()
                                       + u'\n' + a.value(QStringLiteral("mail")).toString();
                QVERIFY2(fields.contains(text), qPrintable(fields));
            }
        }
        for (const QString &user : {QStringLiteral("*)(uid=*"), QStringLiteral("a;rm -rf /"), QStringLiteral("x\nuid=root")}) {
            const CliResult r = account({QStringLiteral("lock"), QStringLiteral("--user"), user});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.out.contains(QLatin1String("not a login")), qPrintable(describe(r)));
        }
    }

    void bulkUnlockAndBulkReset()
    {
        QStringList uids;
        for (int i = 0; i < 3; ++i) {
            uids << newPerson(QStringLiteral("bulk"));
            QVERIFY(!uids.last().isEmpty());
            for (int j = 0; j < 3; ++j)
                LdapFixture::canBind(LdapFixture::personDn(uids.last()), QStringLiteral("Wrong#Pass"));
            QCOMPARE(show(uids.last()).value(QStringLiteral("locked")).toBool(), true);
        }
        const QString list = m_dir.filePath(QStringLiteral("users.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((QStringLiteral("# three people\n") + uids.join(u'\n') + QStringLiteral("\nnobody-here\n")).toUtf8());
        file.close();
        CliResult r = account({QStringLiteral("unlock"), QStringLiteral("--users-from"), list, QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // nobody-here failed
        const QList<QByteArray> lines = r.out.toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const QString &uid : uids) {
            QVERIFY(LdapFixture::canBind(LdapFixture::personDn(uid), QStringLiteral("Initial#Pass1")));
            QVERIFY(r.out.contains(QStringLiteral("\"login\":\"%1\"").arg(uid)));
        }
        QVERIFY(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("ok")) == QJsonValue(false));

        // A bulk reset generates one password each, written to a new file of mode 600.
        QFile again(list);
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write(uids.join(u'\n').toUtf8());
        again.close();
        QCOMPARE(account({QStringLiteral("reset"), QStringLiteral("--users-from"), list, QStringLiteral("--password-stdin")}).code, 2);
        const QString output = m_dir.filePath(QStringLiteral("passwords.tsv"));
        r = account({QStringLiteral("reset"), QStringLiteral("--users-from"), list, QStringLiteral("--generate"), QStringLiteral("--output"), output});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        struct stat info{};
        QCOMPARE(::stat(QFile::encodeName(output).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QFile passwords(output);
        QVERIFY(passwords.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = passwords.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        for (const QByteArray &row : rows) {
            const QList<QByteArray> fields = row.split('\t');
            QCOMPARE(fields.size(), 2);
            QVERIFY(LdapFixture::canBind(LdapFixture::personDn(QString::fromUtf8(fields.at(0))), QString::fromUtf8(fields.at(1))));
        }
        // The file is never overwritten.
        QCOMPARE(account({QStringLiteral("reset"), QStringLiteral("--users-from"), list, QStringLiteral("--generate"), QStringLiteral("--output"), output}).code, 1);
    }

    void generatedPasswordsMeetThePolicy()
    {
        CliResult r = account({QStringLiteral("policy"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonObject policy = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(policy.value(QStringLiteral("known")).toBool(), true);
        QCOMPARE(policy.value(QStringLiteral("source")).toString(), QStringLiteral("cn=default,ou=policies,") + LdapFixture::base());
        QCOMPARE(policy.value(QStringLiteral("min_length")).toInt(), 8);
        QCOMPARE(policy.value(QStringLiteral("complexity")).toBool(), true);
        QCOMPARE(policy.value(QStringLiteral("history")).toInt(), 3);
        QCOMPARE(policy.value(QStringLiteral("max_failures")).toInt(), 3);
        QVERIFY(policy.value(QStringLiteral("description")).toString().contains(QLatin1String("at least 8 characters")));

        // A person under a stricter policy of their own: the policy and the generator follow it.
        const QString strict = LdapFixture::uniqueName(QStringLiteral("strict"));
        QVERIFY(LdapFixture::addLdif(QStringLiteral("dn: cn=%1,ou=policies,%2\nobjectClass: top\nobjectClass: device\n"
                                                    "objectClass: pwdPolicy\ncn: %1\npwdAttribute: userPassword\npwdMinLength: 40\n"
                                                    "pwdCheckQuality: 1\n")
                                         .arg(strict, LdapFixture::base())
                                         .toUtf8()));
        const QString uid = newPerson(QStringLiteral("policy"));
        QVERIFY(!uid.isEmpty());
        QVERIFY(LdapFixture::modifyLdif(QStringLiteral("dn: %1\nchangetype: modify\nreplace: pwdPolicySubentry\npwdPolicySubentry: cn=%2,ou=policies,%3\n")
                                            .arg(LdapFixture::personDn(uid), strict, LdapFixture::base())
                                            .toUtf8()));
        r = account({QStringLiteral("policy"), QStringLiteral("--user"), uid, QStringLiteral("--json")});
        policy = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(policy.value(QStringLiteral("min_length")).toInt(), 40);
        r = account({QStringLiteral("reset"), QStringLiteral("--user"), uid, QStringLiteral("--generate"), QStringLiteral("--show"),
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString generated = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("password")).toString();
        QCOMPARE(generated.size(), 40);
        QVERIFY(LdapFixture::canBind(LdapFixture::personDn(uid), generated));
        // A typed one shorter than the policy: the server's refusal, in words.
        r = account({QStringLiteral("reset"), QStringLiteral("--user"), uid, QStringLiteral("--password-stdin")}, "Short#Pass1\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("shorter than the policy allows")), qPrintable(describe(r)));
    }

    void theWorkLogOfATicketThatLinksTheDirectory()
    {
        // A host whose id is the directory's: its ticket link must not count for the directory.
        const QString csv = m_dir.filePath(QStringLiteral("hosts.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,address\nweb1,192.0.2.10\n");
        file.close();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv}).code, 0);
        const auto newTicket = [&](const QStringList &more) {
            const CliResult r = cli(QStringList{QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--title"),
                                                QStringLiteral("Password reset"), QStringLiteral("--json")} + more);
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
        };
        const qint64 linksDirectory = newTicket({});
        const qint64 linksAccount = newTicket({});
        const qint64 linksHost = newTicket({QStringLiteral("--host"), QStringLiteral("web1")});
        QVERIFY(linksDirectory > 0 && linksAccount > 0 && linksHost > 0);
        const QString uid = newPerson(QStringLiteral("ticket"));
        const QString other = newPerson(QStringLiteral("ticketother"));
        QVERIFY(!uid.isEmpty() && !other.isEmpty());
        qint64 directoryId = 0;
        {
            Workspace ws;
            QVERIFY(ws.open(m_workspace));
            const GuiThreadSqlAllowed writing;
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM directories WHERE name = 'corp'")) && q.next());
            directoryId = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM hosts WHERE name = 'web1'")) && q.next());
            // The test wants the host to share the directory's id; make it so.
            QVERIFY(q.exec(QStringLiteral("UPDATE hosts SET id = %1 WHERE name = 'web1'").arg(directoryId)));
            QVERIFY(q.exec(QStringLiteral("UPDATE ticket_hosts SET host_id = %1 WHERE ticket_id = %2").arg(directoryId).arg(linksHost)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ticket_directories (ticket_id, directory_id, account_dn) VALUES (%1, %2, '')")
                               .arg(linksDirectory)
                               .arg(directoryId)));
            q.prepare(QStringLiteral("INSERT INTO ticket_directories (ticket_id, directory_id, account_dn) VALUES (?, ?, ?)"));
            q.addBindValue(linksAccount);
            q.addBindValue(directoryId);
            q.addBindValue(LdapFixture::personDn(other));
            QVERIFY(q.exec());
        }
        const auto workLog = [&](qint64 ticket) {
            Workspace ws;
            if (!ws.open(m_workspace))
                return QStringList();
            const GuiThreadSqlAllowed reading;
            QSqlQuery q(ws.database());
            q.prepare(QStringLiteral("SELECT text FROM ticket_worklog WHERE ticket_id = ?"));
            q.addBindValue(ticket);
            QStringList texts;
            if (q.exec())
                while (q.next())
                    texts << q.value(0).toString();
            return texts;
        };
        for (const qint64 ticket : {linksDirectory, linksAccount, linksHost}) {
            const CliResult r = account({QStringLiteral("unlock"), QStringLiteral("--user"), uid, QStringLiteral("--ticket"),
                                         QString::number(ticket)});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        QCOMPARE(workLog(linksDirectory).size(), 1);
        QVERIFY2(workLog(linksDirectory).first().contains(uid), qPrintable(workLog(linksDirectory).first()));
        QVERIFY(workLog(linksAccount).isEmpty()); // links another person in the directory
        QVERIFY(workLog(linksHost).isEmpty());    // links a host, not the directory
        // The account the ticket links: logged.
        QCOMPARE(account({QStringLiteral("unlock"), QStringLiteral("--user"), other, QStringLiteral("--ticket"),
                          QString::number(linksAccount)})
                     .code,
                 0);
        QCOMPARE(workLog(linksAccount).size(), 1);
        // The audit records carry the ticket.
        bool withTicket = false;
        for (const AuditRecord &record : audit())
            withTicket = withTicket || (record.account == uid && record.ticketId == linksDirectory);
        QVERIFY(withTicket);
    }

    void aTicketLinksADirectoryOrAnAccountInIt()
    {
        const QString uid = newPerson(QStringLiteral("linked"));
        QVERIFY(!uid.isEmpty());
        CliResult r = cli({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Locked out"),
                           QStringLiteral("--directory"), QStringLiteral("corp"), QStringLiteral("--account"), LdapFixture::personDn(uid),
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonObject ticket = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const qint64 id = ticket.value(QStringLiteral("id")).toInteger();
        QCOMPARE(ticket.value(QStringLiteral("directories")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("corp")},
                                         {QStringLiteral("account"), LdapFixture::personDn(uid)}}}));
        // The action on that account lands in the ticket's work log.
        QCOMPARE(account({QStringLiteral("unlock"), QStringLiteral("--user"), uid, QStringLiteral("--ticket"), QString::number(id)}).code, 0);
        r = cli({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        const QJsonArray log = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("work_log")).toArray();
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().toObject().value(QStringLiteral("text")).toString().contains(uid));
        // Saving the ticket again keeps the link; removing it takes it away.
        QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("update"), QString::number(id), QStringLiteral("--assignee"),
                      QStringLiteral("helpdesk1")})
                     .code,
                 0);
        r = cli({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("directories")).toArray().size(), 1);
        r = cli({QStringLiteral("ticket"), QStringLiteral("update"), QString::number(id), QStringLiteral("--remove-directory"),
                 QStringLiteral("corp"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("directories")).toArray().size(), 0);
        // A directory that is not there, or an account without its directory: refused, nothing saved.
        QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("update"), QString::number(id), QStringLiteral("--directory"),
                      QStringLiteral("nowhere")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("update"), QString::number(id), QStringLiteral("--account"),
                      LdapFixture::personDn(uid)})
                     .code,
                 2);
    }

    void insufficientRightsInWords()
    {
        const QString uid = newPerson(QStringLiteral("rights"));
        QVERIFY(!uid.isEmpty());
        const CliResult r = account({QStringLiteral("reset"), QStringLiteral("--user"), uid, QStringLiteral("--password-stdin")},
                                    "Other#Pass33\n", LdapFixture::Who::Auditor);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("Insufficient rights")) && r.out.contains(LdapFixture::dnOf(LdapFixture::Who::Auditor))
                     && r.out.contains(QLatin1String("userPassword")),
                 qPrintable(describe(r)));
        QVERIFY(LdapFixture::canBind(LdapFixture::personDn(uid), QStringLiteral("Initial#Pass1")));
        bool failedRecorded = false;
        for (const AuditRecord &record : audit())
            failedRecorded = failedRecorded || (record.account == uid && record.outcome == AuditRecord::Outcome::Failed);
        QVERIFY(failedRecorded);
    }

    void aWrongBindPasswordIsSaidSo()
    {
        const CliResult r = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--directory"), QStringLiteral("corp"),
                                 QStringLiteral("--bind-password-stdin")},
                                "not-the-password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("the name or the password is wrong")), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliDirectory)
#include "tst_cli_directory.moc"
