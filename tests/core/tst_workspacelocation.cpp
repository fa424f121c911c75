// Workspace addresses as users type them on --workspace: file paths, libpq
// URIs and libpq's keyword form, turned into QPSQL's connect options; a
// password never rides along, and bad input gets a sentence, not a connection.
#include "core/storage/WorkspaceLocation.h"

#include <QTest>

using namespace wb;

class TestWorkspaceLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filePathsAreSqlite()
    {
        for (const QString &path : {QStringLiteral("/home/anna/work.sqlite"), QStringLiteral("relative/w.sqlite"),
                                    QStringLiteral("/tmp/a b/c=d.sqlite")}) {
            const WorkspaceLocation location = WorkspaceLocation::parse(path);
            QVERIFY(location.isValid());
            QVERIFY(!location.isTeam());
            QCOMPARE(location.filePath(), path);
            QCOMPARE(location.displayText(), path);
        }
        QString error;
        QVERIFY(!WorkspaceLocation::parse(QString(), &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void uriBecomesConnectOptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("options");
        QTest::newRow("simple") << QStringLiteral("postgresql://anna@db.example.com:5433/helpdesk")
                                << QStringLiteral("user=anna;host=db.example.com;port=5433;dbname=helpdesk");
        QTest::newRow("short scheme, no user, no port") << QStringLiteral("postgres://db/wb")
                                                        << QStringLiteral("host=db;dbname=wb");
        QTest::newRow("tls") << QStringLiteral("postgresql://anna@127.0.0.1:5432/wb?sslmode=verify-full&sslrootcert=/etc/ssl/team%20ca.pem")
                             << QStringLiteral("user=anna;host=127.0.0.1;port=5432;dbname=wb;sslmode=verify-full;"
                                               "sslrootcert='/etc/ssl/team ca.pem'");
        QTest::newRow("multi-host") << QStringLiteral("postgresql://anna@h1:5432,h2:5433/db?target_session_attrs=read-write")
                                    << QStringLiteral("user=anna;host=h1,h2;port=5432,5433;dbname=db;target_session_attrs=read-write");
        QTest::newRow("multi-host, one port given") << QStringLiteral("postgresql://h1:5432,h2/db")
                                                    << QStringLiteral("host=h1,h2;port=5432,;dbname=db");
        QTest::newRow("ipv6") << QStringLiteral("postgresql://[::1]:5432/db") << QStringLiteral("host=::1;port=5432;dbname=db");
        QTest::newRow("percent-encoded user and database")
            << QStringLiteral("postgresql://j%2Ede%20vries@h/team%20db") << QStringLiteral("user='j.de vries';host=h;dbname='team db'");
        QTest::newRow("quote and backslash") << QStringLiteral("postgresql://h/db?application_name=it%27s%5Cok")
                                             << QStringLiteral("host=h;dbname=db;application_name='it\\'s\\\\ok'");
    }
    void uriBecomesConnectOptions()
    {
        QFETCH(QString, text);
        QFETCH(QString, options);
        QString error;
        const WorkspaceLocation location = WorkspaceLocation::parse(text, &error);
        QVERIFY2(location.isValid(), qPrintable(error));
        QVERIFY(location.isTeam());
        QCOMPARE(location.connectOptions(), options);
        // Written back, it reads the same.
        const WorkspaceLocation again = WorkspaceLocation::parse(location.displayText(), &error);
        QVERIFY2(again.isValid(), qPrintable(location.displayText() + QStringLiteral(": ") + error));
        QCOMPARE(again.connectOptions(), options);
    }

    void keywordFormBecomesConnectOptions()
    {
        QString error;
        const WorkspaceLocation location = WorkspaceLocation::parse(
            QStringLiteral("host=h1,h2 port = 5432 dbname='team db' user=anna target_session_attrs=read-write "
                           "sslrootcert='/etc/it\\'s ca.pem'"),
            &error);
        QVERIFY2(location.isValid(), qPrintable(error));
        QCOMPARE(location.user(), QStringLiteral("anna"));
        QCOMPARE(location.databaseName(), QStringLiteral("team db"));
        QCOMPARE(location.parameter(QStringLiteral("sslrootcert")), QStringLiteral("/etc/it's ca.pem"));
        QCOMPARE(location.connectOptions(),
                 QStringLiteral("host=h1,h2;port=5432;dbname='team db';user=anna;target_session_attrs=read-write;"
                                "sslrootcert='/etc/it\\'s ca.pem'"));
        QCOMPARE(location.displayText(), QStringLiteral("postgresql://anna@h1:5432,h2:5432/team%20db?"
                                                        "target_session_attrs=read-write&sslrootcert=/etc/it%27s%20ca.pem"));
    }

    void badAddressesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password in the uri") << QStringLiteral("postgresql://anna:secret@h/db") << QStringLiteral("password");
        QTest::newRow("password keyword") << QStringLiteral("host=h password=secret dbname=db") << QStringLiteral("password");
        QTest::newRow("password parameter") << QStringLiteral("postgresql://h/db?password=secret") << QStringLiteral("password");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://h/db?sslmdoe=require") << QStringLiteral("sslmdoe");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://h/db?sslmode=always") << QStringLiteral("verify-full");
        QTest::newRow("bad port") << QStringLiteral("postgresql://h:99999/db") << QStringLiteral("99999");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://h:ssh/db") << QStringLiteral("ssh");
        QTest::newRow("ports do not match hosts") << QStringLiteral("host=a,b,c port=1,2") << QStringLiteral("3 hosts and 2 ports");
        QTest::newRow("unclosed quote") << QStringLiteral("host=h dbname='wb") << QStringLiteral("quote");
        QTest::newRow("no value") << QStringLiteral("host=h dbname") << QStringLiteral("dbname");
        QTest::newRow("semicolon") << QStringLiteral("host=h dbname='a;b'") << QStringLiteral(";");
        QTest::newRow("newline") << QStringLiteral("postgresql://h/db?application_name=a%0Ab") << QStringLiteral("control");
        QTest::newRow("unclosed bracket") << QStringLiteral("postgresql://[::1/db") << QStringLiteral("bracket");
        QTest::newRow("service") << QStringLiteral("service=team") << QStringLiteral("service");
    }
    void badAddressesAreRefusedWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        const WorkspaceLocation location = WorkspaceLocation::parse(text, &error);
        QVERIFY(!location.isValid());
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error)); // a refused password is not repeated
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLocation)
#include "tst_workspacelocation.moc"
