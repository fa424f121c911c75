// Team workspaces on the fixture's real PostgreSQL 15 server: laid out on
// purpose and refused when empty, the same refusals as a file (newer schema,
// failed upgrade left as it was), failover to the second host, TLS with
// verify-full against the test CA (and not another), and password logins.
#include "core/storage/Workspace.h"

#include "tests/support/TestWorkspaces.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace wb;
using wbtest::TestWorkspaces;

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    TestWorkspaces m_workspaces{TestWorkspaces::Engine::PostgreSql};

    static QString port() { return qEnvironmentVariable("WERKBANK_PG_PORT"); }
    static QString superuser() { return qEnvironmentVariable("WERKBANK_PG_SUPERUSER"); }
    static QString databaseOf(const QString &address) { return address.section(QLatin1Char('/'), -1); }
    static bool onTls(const Workspace &ws)
    {
        QSqlQuery q(ws.database());
        return q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next()
               && q.value(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (port().isEmpty())
            QFAIL("no PostgreSQL fixture: run through tests/fixtures/with-fixtures.sh");
    }

    void anEmptyDatabaseIsNotAWorkspaceUntilCreated()
    {
        const QString address = m_workspaces.address(QStringLiteral("empty"));
        Workspace ws;
        QVERIFY(!ws.open(address));
        QVERIFY2(ws.errorString().contains(QStringLiteral("workspace init")), qPrintable(ws.errorString()));
        QVERIFY(!ws.isOpen());
        QVERIFY2(ws.create(address), qPrintable(ws.errorString()));
        QCOMPARE(ws.engine(), SqlEngine::PostgreSql);
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
        ws.close();
        QVERIFY2(ws.open(address), qPrintable(ws.errorString()));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ticket_categories WHERE builtin IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
    }

    void aNewerSchemaIsRefusedWithTheVersionItNeeds()
    {
        const QString address = m_workspaces.create(QStringLiteral("newer"));
        {
            Workspace ws;
            QVERIFY(ws.open(address));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Workspace::latestSchemaVersion() + 3)));
        }
        Workspace ws;
        QVERIFY(!ws.open(address));
        QVERIFY2(ws.errorString().contains(QString::number(Workspace::latestSchemaVersion() + 3)), qPrintable(ws.errorString()));
        QVERIFY2(ws.errorString().contains(QStringLiteral("newer version of Werkbank")), qPrintable(ws.errorString()));
    }

    void aFailedUpgradeLeavesTheDatabaseAsItWas()
    {
        const QString address = m_workspaces.create(QStringLiteral("upgrade"));
        {
            Workspace ws;
            QVERIFY(ws.open(address));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO groups (name) VALUES ('keep me')")));
        }
        QList<Migration> migrations = workspaceMigrations(SqlEngine::PostgreSql);
        const int latest = migrations.last().version;
        migrations.append({latest + 1,
                           {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                            QStringLiteral("ALTER TABLE groups ADD COLUMN colour TEXT"), QStringLiteral("THIS IS NOT SQL")},
                           {}});
        {
            Workspace ws;
            QVERIFY(!ws.open(address, migrations));
            QVERIFY2(ws.errorString().contains(QStringLiteral("unchanged")), qPrintable(ws.errorString()));
        }
        Workspace ws;
        QVERIFY(ws.open(address));
        QCOMPARE(ws.schemaVersion(), latest);
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('half_done') IS NULL,"
                                      " NOT EXISTS (SELECT 1 FROM information_schema.columns"
                                      "  WHERE table_name = 'groups' AND column_name = 'colour'),"
                                      " (SELECT name FROM groups)"))
                && q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toBool());
        QCOMPARE(q.value(2).toString(), QStringLiteral("keep me"));
    }

    void theSecondHostIsUsedWhenTheFirstIsDown()
    {
        const QString database = databaseOf(m_workspaces.create(QStringLiteral("failover")));
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        const QString address = QStringLiteral("postgresql://%1@127.0.0.1:1,127.0.0.1:%2/%3?target_session_attrs=read-write")
                                    .arg(superuser(), port(), database);
        Workspace ws;
        QVERIFY2(ws.open(address), qPrintable(ws.errorString()));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT inet_server_port()")) && q.next());
        QCOMPARE(q.value(0).toString(), port());
        // The keyword form reaches it the same way.
        Workspace keywords;
        QVERIFY2(keywords.open(QStringLiteral("host=127.0.0.1,127.0.0.1 port=1,%1 dbname=%2 user=%3 target_session_attrs=read-write")
                                   .arg(port(), database, superuser())),
                 qPrintable(keywords.errorString()));
    }

    void aServerThatIsDownIsOneClearSentence()
    {
        Workspace ws;
        QVERIFY(!ws.open(QStringLiteral("postgresql://%1@127.0.0.1:1/nothing").arg(superuser())));
        QVERIFY2(ws.errorString().startsWith(QStringLiteral("Cannot connect to the team workspace postgresql://")),
                 qPrintable(ws.errorString()));
        QVERIFY2(ws.errorString().contains(QStringLiteral("Connection refused")), qPrintable(ws.errorString()));
        QVERIFY(!ws.needsPassword());
    }

    void verifyFullAcceptsTheServersCaAndRefusesAnother()
    {
        const QString database = databaseOf(m_workspaces.create(QStringLiteral("tls")));
        const QString base = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4")
                                 .arg(superuser(), port(), database);
        Workspace trusted;
        QVERIFY2(trusted.open(base.arg(qEnvironmentVariable("WERKBANK_PG_CA"))), qPrintable(trusted.errorString()));
        QVERIFY(onTls(trusted));
        Workspace other;
        QVERIFY(!other.open(base.arg(qEnvironmentVariable("WERKBANK_PG_OTHER_CA"))));
        QVERIFY2(other.errorString().contains(QStringLiteral("certificate verify failed")), qPrintable(other.errorString()));
        // Without TLS asked for, the same server still answers (sslmode=prefer is libpq's default).
        Workspace plain;
        QVERIFY2(plain.open(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(superuser(), port(), database)),
                 qPrintable(plain.errorString()));
        QVERIFY(!onTls(plain));
    }

    void aLoginWithAPasswordIsAskedForItAndNeverRepeatsIt()
    {
        const QString database = databaseOf(m_workspaces.create(QStringLiteral("password")));
        const QString login = m_workspaces.createLogin(QStringLiteral("member"), QStringLiteral("Corr3ct-h0rse"));
        {
            Workspace owner;
            QVERIFY(owner.open(TestWorkspaces::serverAddress(database)));
            QSqlQuery q(owner.database());
            QVERIFY2(q.exec(QStringLiteral("GRANT SELECT ON schema_version TO %1").arg(login)), qPrintable(q.lastError().text()));
        }
        const QString address = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login, port(), database);
        Workspace ws;
        QVERIFY(!ws.open(address));
        QVERIFY2(ws.needsPassword(), qPrintable(ws.errorString()));
        ws.setPassword(QStringLiteral("wrong-h0rse"));
        QVERIFY(!ws.open(address));
        QVERIFY2(ws.needsPassword(), qPrintable(ws.errorString()));
        QVERIFY2(!ws.errorString().contains(QStringLiteral("wrong-h0rse")), qPrintable(ws.errorString()));
        ws.setPassword(QStringLiteral("Corr3ct-h0rse"));
        QVERIFY2(ws.open(address), qPrintable(ws.errorString()));
        QCOMPARE(ws.path(), address); // what the window shows and remembers: no password in it
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT session_user")) && q.next());
        QCOMPARE(q.value(0).toString(), login);
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
