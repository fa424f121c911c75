// werkbank-cli on a team workspace, against the fixture's real PostgreSQL:
// `workspace init` lays it out with its roles, `grant` and `revoke` give and
// take them, and a helpdesk login's `import` gets the database's refusal as a
// sentence. Logins authenticate with their password through a pgpass file,
// as libpq reads ~/.pgpass: never on the command line.
#include "core/secrets/CredentialStore.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceLocation.h"
#include "tests/support/CliTestSupport.h"
#include "tests/support/TestWorkspaces.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using wbtest::CliResult;
using wbtest::TestWorkspaces;

class TestCliTeam : public QObject
{
    Q_OBJECT

    TestWorkspaces m_workspaces{TestWorkspaces::Engine::PostgreSql};
    QTemporaryDir m_dir;
    QString m_database;
    QString m_owner; // the address as the superuser, who runs init
    QString m_passfile;

    QString login(const QString &name) const { return QStringLiteral("wbt_%1_%2").arg(QCoreApplication::applicationPid()).arg(name); }
    QString addressAs(const QString &name) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login(name), qEnvironmentVariable("WERKBANK_PG_PORT"), m_database);
    }
    CliResult cli(const QString &workspace, const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), m_passfile);
        environment.remove(QStringLiteral("PGPASSWORD"));
        return wbtest::runCli(QStringLiteral(WERKBANK_CLI),
                              QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--workspace"), workspace}
                                  + arguments,
                              input, 60000, environment);
    }
    static QString describe(const CliResult &r) { return QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err); }
    QString role(const QString &workspace) const
    {
        const CliResult r = cli(workspace, {QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("role")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString address = m_workspaces.address(QStringLiteral("cli"));
        QVERIFY(!address.isEmpty());
        m_database = address.section(QLatin1Char('/'), -1);
        m_owner = address;
        m_workspaces.dropRoleLater(m_database + QStringLiteral("_helpdesk"));
        m_workspaces.dropRoleLater(m_database + QStringLiteral("_sysadmin"));
        for (const char *name : {"anna", "bert", "$(id)"})
            m_workspaces.dropRoleLater(login(QString::fromLatin1(name)));
        // libpq's password file: host:port:database:user:password, mode 600.
        m_passfile = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(m_passfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const char *name : {"anna", "bert"}) {
            file.write(QStringLiteral("127.0.0.1:%1:%2:%3:pw-%4\n")
                           .arg(qEnvironmentVariable("WERKBANK_PG_PORT"), m_database, login(QString::fromLatin1(name)),
                                QString::fromLatin1(name))
                           .toUtf8());
        }
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void initLaysOutTheWorkspaceWithItsRoles()
    {
        CliResult r = cli(m_owner, {QStringLiteral("hosts")});
        QCOMPARE(r.code, 1); // empty: not a workspace yet
        QVERIFY2(r.err.contains(QStringLiteral("workspace init")), qPrintable(describe(r)));
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(m_database + QStringLiteral("_helpdesk")), qPrintable(describe(r)));
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(info.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), wb::Workspace::latestSchemaVersion());
        QVERIFY(!info.value(QStringLiteral("address")).toString().isEmpty());
        // Once more is harmless: the schema is there, the roles are granted again.
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void wrongUsageIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("personal.sqlite"));
        CliResult r = cli(file, {QStringLiteral("workspace"), QStringLiteral("init")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("PostgreSQL address")), qPrintable(describe(r)));
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("grant"), login(QStringLiteral("anna"))});
        QCOMPARE(r.code, 2);
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("grant"), login(QStringLiteral("anna")), QStringLiteral("--role"),
                          QStringLiteral("root")});
        QCOMPARE(r.code, 2);
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        r = cli(QStringLiteral("postgresql://anna:secret@127.0.0.1/db"), {QStringLiteral("hosts")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not hold a password")), qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QStringLiteral("secret")));
        // An info on a personal file says so.
        r = cli(file, {QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
    }

    void aHelpdeskLoginMayNotImportAndIsToldWhy()
    {
        CliResult r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("grant"), login(QStringLiteral("anna")),
                                    QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--password-stdin")},
                          "pw-anna\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(role(addressAs(QStringLiteral("anna"))), QStringLiteral("helpdesk"));
        const QString csv = m_dir.filePath(QStringLiteral("hosts.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,address\nweb01,192.0.2.10\n");
        file.close();
        r = cli(addressAs(QStringLiteral("anna")), {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Your role in this team workspace does not allow this")), qPrintable(describe(r)));
        // A sysadmin may.
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("grant"), login(QStringLiteral("bert")),
                          QStringLiteral("--role"), QStringLiteral("sysadmin"), QStringLiteral("--password-stdin")},
                "pw-bert\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli(addressAs(QStringLiteral("bert")), {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli(addressAs(QStringLiteral("anna")), {QStringLiteral("hosts"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("web01")), qPrintable(describe(r)));
        // Work on tickets is hers to do.
        r = cli(addressAs(QStringLiteral("anna")), {QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--title"),
                                                    QStringLiteral("web01 is slow"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void copyPutsAPersonalWorkspaceIntoTheTeamOne()
    {
        const QString personal = m_dir.filePath(QStringLiteral("mine.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("mine.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,address,group\ndb01,192.0.2.20,Amsterdam/Databases\nweb01,192.0.2.10,\n");
        file.close();
        CliResult r = cli(personal, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // A sysadmin may import, but a copy keeps who wrote what: only the owner copies.
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), personal, QStringLiteral("--to"),
                          addressAs(QStringLiteral("bert"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("owns the team workspace")), qPrintable(describe(r)));
        // The team workspace has web01 already (imported above): without --merge that is a refusal.
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), personal});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--merge")), qPrintable(describe(r)));
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), personal, QStringLiteral("--merge"),
                          QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("added")).toObject().value(QStringLiteral("hosts")).toInt(), 1); // db01
        QCOMPARE(report.value(QStringLiteral("kept")).toObject().value(QStringLiteral("hosts")).toInt(), 1);  // web01
        r = cli(m_owner, {QStringLiteral("hosts"), QStringLiteral("--group"), QStringLiteral("Amsterdam/Databases"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("db01")), qPrintable(describe(r)));
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("copy")});
        QCOMPARE(r.code, 2);
    }

    // Without ~/.pgpass the password comes from the keychain entry the window
    // remembers; with neither and no terminal to ask on, the server's refusal.
    void thePasswordComesFromTheKeychainWhenPgpassHasNone()
    {
        m_workspaces.dropRoleLater(login(QStringLiteral("carla")));
        CliResult r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("grant"), login(QStringLiteral("carla")),
                                    QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--password-stdin")},
                          "pw-carla\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString address = addressAs(QStringLiteral("carla"));
        r = cli(address, {QStringLiteral("hosts")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(describe(r)));
        QVERIFY2(!r.err.contains(QStringLiteral("pw-carla")), qPrintable(describe(r)));

        const QString key = QStringLiteral("postgresql:") + wb::WorkspaceLocation::parse(address).displayText();
        wb::CredentialStore keychain;
        bool written = false;
        keychain.write(key, QStringLiteral("pw-carla"), [&](bool ok, const QString &error) {
            QVERIFY2(ok, qPrintable(error));
            written = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 10000));
        const auto forget = qScopeGuard([&] {
            bool removed = false;
            keychain.remove(key, [&](bool, const QString &) { removed = true; });
            if (!QTest::qWaitFor([&] { return removed; }, 10000))
                qWarning("the keychain did not answer");
        });
        r = cli(address, {QStringLiteral("hosts"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(role(address), QStringLiteral("helpdesk"));
    }

    void revokeTakesTheRoleAway()
    {
        CliResult r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("revoke"), login(QStringLiteral("anna"))});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli(addressAs(QStringLiteral("anna")), {QStringLiteral("hosts")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not allow")), qPrintable(describe(r)));
        // A name is a name: nothing of it runs anywhere.
        r = cli(m_owner, {QStringLiteral("workspace"), QStringLiteral("grant"), login(QStringLiteral("$(id)")), QStringLiteral("--role"),
                          QStringLiteral("helpdesk")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(login(QStringLiteral("$(id)"))), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
