// werkbank-cli account, the real program, against the fixture's admin host
// (its own /etc in a private mount namespace): the same backend and audit
// log as the GUI, as root by key and as carol through sudo.
#include "tests/integration/ssh/AccountTestSupport.h"

#include "core/audit/AuditLog.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "tests/support/CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestCliAccount : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_knownHosts;

    using Result = CliResult;

    Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("account")} + arguments,
                      input);
    }

    // As carol, who may sudo; her password goes first on standard input.
    QStringList asCarol() const
    {
        return {QStringLiteral("--host"), QStringLiteral("carol@127.0.0.1:%1").arg(fx.adminPort), QStringLiteral("-i"),
                fx.clientKey(), QStringLiteral("--sudo-password-stdin")};
    }

    QJsonObject shown(const QString &user)
    {
        const Result r = cli({QStringLiteral("show"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), user,
                              QStringLiteral("--json")});
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject{};
    }

    QList<AuditRecord> auditRecords()
    {
        Workspace workspace;
        return workspace.open(m_workspace) ? AuditLog(workspace.database()).list() : QList<AuditRecord>{};
    }

    bool logsIn(const QString &user, const QString &password) { return wbtest::logsIn(fx, m_knownHosts, user, password); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present() && fx.adminPort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        m_workspace = m_dir.filePath(QStringLiteral("accounts.sqlite"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        Group site{0, 0, QStringLiteral("site")};
        QString error;
        QVERIFY(inventory.addGroup(&site, &error));
        Host host;
        host.name = QStringLiteral("admin");
        host.groupId = site.id;
        host.address = QStringLiteral("127.0.0.1");
        host.port = fx.adminPort;
        host.sshUser = QStringLiteral("root");
        host.authMethod = AuthMethod::KeyFile;
        host.identityFile = fx.clientKey();
        QVERIFY2(inventory.addHost(&host, &error), qPrintable(error));
        SshSettings settings;
        settings.knownHostsPath = m_knownHosts;
        QVERIFY(settings.save(workspace.database(), &error));
    }

    void listsPeopleOrEveryone()
    {
        Result r = cli({QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A listing is one JSON array.
        const QJsonDocument listing = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY2(listing.isArray(), qPrintable(r.out));
        QStringList names;
        for (const QJsonValue &account : listing.array()) {
            const QJsonObject object = account.toObject();
            QCOMPARE(object.value(QStringLiteral("host")).toString(), QStringLiteral("admin"));
            names << object.value(QStringLiteral("account")).toString();
        }
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")})
            QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(!names.contains(QStringLiteral("root")));

        r = cli({QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--system")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("ACCOUNT")));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^root +0 "))).size() == 1);
    }

    void resetFromStdinLogsIn()
    {
        const QString password = QStringLiteral("From stdin: 'quoted' $(id) ; done");
        const Result r = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                              QStringLiteral("alice"), QStringLiteral("--password-stdin"), QStringLiteral("--ticket"), QStringLiteral("42")},
                             password.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("admin: reset-password done for alice"));
        QVERIFY(logsIn(QStringLiteral("alice"), password));
        const QList<AuditRecord> records = auditRecords();
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().action, QStringLiteral("reset-password"));
        QCOMPARE(records.first().ticketId, 42);
        QVERIFY(records.first().succeeded());
        // The inventory host by its group path, its address, and the login the change was made as.
        QVERIFY(records.first().target.id > 0);
        QCOMPARE(records.first().target.path, QStringLiteral("site/admin"));
        QCOMPARE(records.first().target.address, QStringLiteral("127.0.0.1:%1").arg(fx.adminPort));
        QCOMPARE(records.first().target.login, QStringLiteral("root"));
    }

    void generatedPasswordIsShownWhenItMayHaveBeenSet()
    {
        // The host's chpasswd waits for the account lock longer than the CLI waits for the host.
        QVERIFY(holdShadowLock(fx, m_knownHosts, m_dir.filePath(QStringLiteral("lock-held")), 6));
        const Result r = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                              QStringLiteral("bob"), QStringLiteral("--generate"), QStringLiteral("--show"), QStringLiteral("--timeout"),
                              QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(object.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
        QVERIFY2(object.value(QStringLiteral("error")).toString().contains(QStringLiteral("may have been made")), qPrintable(r.out));
        const QString password = object.value(QStringLiteral("password")).toString();
        QCOMPARE(password.size(), 16); // shown: the host may have it
        const QList<AuditRecord> records = auditRecords();
        QCOMPARE(records.first().action, QStringLiteral("reset-password"));
        QCOMPARE(records.first().outcome, AuditRecord::Outcome::Unknown);
        // The host did set it once the lock was free: the password shown is bob's now.
        QVERIFY(QTest::qWaitFor([&] { return logsIn(QStringLiteral("bob"), password); }, 20000));

        // Without --json: said in words, the password with it.
        QVERIFY(holdShadowLock(fx, m_knownHosts, m_dir.filePath(QStringLiteral("lock-held")), 6));
        const Result text = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                                 QStringLiteral("bob"), QStringLiteral("--generate"), QStringLiteral("--show"), QStringLiteral("--timeout"),
                                 QStringLiteral("2")});
        QCOMPARE(text.code, 1);
        const QString said = QStringLiteral("The new password may have been set; keep it until you have checked: ");
        QVERIFY2(text.out.startsWith(said), qPrintable(text.out));
        QVERIFY2(text.err.contains(QStringLiteral("may have been made")), qPrintable(text.err));
        const QString second = text.out.section(QLatin1Char('\n'), 0, 0).mid(said.size());
        QCOMPARE(second.size(), 16);
        QVERIFY(QTest::qWaitFor([&] { return logsIn(QStringLiteral("bob"), second); }, 20000));
    }

    void generatedPasswordIsShownOnlyWhenAsked()
    {
        Result r = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                        QStringLiteral("bob"), QStringLiteral("--generate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("not shown")));
        QVERIFY(!r.out.contains(QStringLiteral("New password")));

        r = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("bob"),
                 QStringLiteral("--generate"), QStringLiteral("--length"), QStringLiteral("20"), QStringLiteral("--show"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject reset = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(reset.value(QStringLiteral("ok")).toBool());
        const QString password = reset.value(QStringLiteral("password")).toString();
        QCOMPARE(password.size(), 20);
        QVERIFY(logsIn(QStringLiteral("bob"), password));

        r = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("bob"),
                 QStringLiteral("--generate"), QStringLiteral("--must-change"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the reset, then must-change
        QVERIFY(!QJsonDocument::fromJson(lines.at(0).toUtf8()).object().contains(QStringLiteral("password"))); // no --show
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value(QStringLiteral("action")).toString(),
                 QStringLiteral("must-change"));
        QVERIFY(shown(QStringLiteral("bob")).value(QStringLiteral("must_change")).toBool());
        // The password is nowhere in the workspace (its audit rows included).
        int read = 0;
        QVERIFY(filesContaining(password.toUtf8(), m_dir.path(), &read).isEmpty());
        QVERIFY(read > 0);
    }

    void eachActionChangesTheHost()
    {
        auto act = [&](const QString &action, const QStringList &extra = {}) {
            const Result r = cli(QStringList{action, QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                                             QStringLiteral("bob")} + extra);
            if (r.code != 0)
                qWarning() << action << r.err;
            return r.code == 0;
        };
        QVERIFY(act(QStringLiteral("lock")));
        QCOMPARE(shown(QStringLiteral("bob")).value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
        QVERIFY(act(QStringLiteral("unlock")));
        QCOMPARE(shown(QStringLiteral("bob")).value(QStringLiteral("password")).toString(), QStringLiteral("set"));
        QVERIFY(act(QStringLiteral("disable")));
        QVERIFY(shown(QStringLiteral("bob")).value(QStringLiteral("disabled")).toBool());
        QVERIFY(act(QStringLiteral("enable")));
        QVERIFY(!shown(QStringLiteral("bob")).value(QStringLiteral("disabled")).toBool());
        QVERIFY(act(QStringLiteral("expire"), {QStringLiteral("--date"), QStringLiteral("2032-02-29")}));
        QCOMPARE(shown(QStringLiteral("bob")).value(QStringLiteral("expiry")).toString(), QStringLiteral("2032-02-29"));
        QVERIFY(act(QStringLiteral("expire"), {QStringLiteral("--date"), QStringLiteral("never")}));
        QVERIFY(shown(QStringLiteral("bob")).value(QStringLiteral("expiry")).isNull());
        QVERIFY(act(QStringLiteral("reset-failures")));
        QCOMPARE(shown(QStringLiteral("bob")).value(QStringLiteral("failed_logins")).toInt(-1), 0);
        QVERIFY(act(QStringLiteral("must-change")));
        QVERIFY(shown(QStringLiteral("bob")).value(QStringLiteral("must_change")).toBool());

        const Result table = cli({QStringLiteral("show"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                                  QStringLiteral("bob")});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(QRegularExpression(QStringLiteral("^Must change: +yes"), QRegularExpression::MultilineOption)));
    }

    void hostileAndWrongInputIsRefused()
    {
        Result r = cli({QStringLiteral("lock"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"),
                        QStringLiteral("a;rm -rf /")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a user name")), qPrintable(r.err));
        r = cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("alice"),
                 QStringLiteral("--password-stdin")}, QByteArray("line one\r\nline two\n"));
        QCOMPARE(r.code, 0); // one line is read; CRLF ends it, as a terminal's would
        QVERIFY(logsIn(QStringLiteral("alice"), QStringLiteral("line one")));
        r = cli({QStringLiteral("expire"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("bob"),
                 QStringLiteral("--date"), QStringLiteral("2031-02-30")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a date")), qPrintable(r.err));
        // Usage errors: exit status 2, nothing contacted.
        QCOMPARE(cli({QStringLiteral("reset"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("bob")}).code, 2);
        QCOMPARE(cli({QStringLiteral("expire"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("bob")}).code, 2);
        QCOMPARE(cli({QStringLiteral("promote"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--user"), QStringLiteral("bob")}).code, 2);
        QCOMPARE(cli({QStringLiteral("lock"), QStringLiteral("--host"), QStringLiteral("admin")}).code, 2);
        QCOMPARE(cli({QStringLiteral("list")}).code, 2);
        r = cli({QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("no such host!")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("neither an inventory host")), qPrintable(r.err));
        // The hostile name is in the audit log as typed, as a failure.
        const QList<AuditRecord> records = auditRecords();
        bool found = false;
        for (const AuditRecord &record : records)
            found = found || (record.account == QStringLiteral("a;rm -rf /") && !record.succeeded());
        QVERIFY(found);
    }

    void sudoPathForANonRootLogin()
    {
        QVERIFY(!fx.operatorPassword.isEmpty());
        Result r = cli(asCarol() + QStringList{QStringLiteral("lock"), QStringLiteral("--user"), QStringLiteral("bob")},
                       fx.operatorPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(shown(QStringLiteral("bob")).value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
        const QString password = QStringLiteral("Via sudo %1").arg(QDateTime::currentMSecsSinceEpoch());
        r = cli(asCarol() + QStringList{QStringLiteral("reset"), QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                fx.operatorPassword.toUtf8() + '\n' + password.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(logsIn(QStringLiteral("alice"), password));
        r = cli(asCarol() + QStringList{QStringLiteral("unlock"), QStringLiteral("--user"), QStringLiteral("bob")}, "not-her-password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sudo did not accept the password for carol")), qPrintable(r.err));
        QCOMPARE(shown(QStringLiteral("bob")).value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
        r = cli(asCarol() + QStringList{QStringLiteral("unlock"), QStringLiteral("--user"), QStringLiteral("bob")},
                fx.operatorPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Not a terminal and no password on stdin: sudo's question is a clear error.
        r = cli({QStringLiteral("show"), QStringLiteral("--host"), QStringLiteral("carol@127.0.0.1:%1").arg(fx.adminPort), QStringLiteral("-i"),
                 fx.clientKey(), QStringLiteral("--user"), QStringLiteral("bob")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("asks for carol’s password")), qPrintable(r.err));
        // dave may not sudo at all (the fixture's accounts other tests share are left as they were).
        r = cli({QStringLiteral("lock"), QStringLiteral("--host"), QStringLiteral("dave@127.0.0.1:%1").arg(fx.adminPort), QStringLiteral("-i"),
                 fx.clientKey(), QStringLiteral("--sudo-password-stdin"), QStringLiteral("--user"), QStringLiteral("bob")},
                fx.outsiderPassword.toUtf8() + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("dave is not allowed to use sudo")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cli_account.moc"
