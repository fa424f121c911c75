// werkbank-cli run, the real program, against the sshd fixture.
#include "tests/integration/ssh/SshFixture.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "core/tickets/TicketStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestCliRun : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_knownHosts;
    quint16 m_closedPort = 1;

    struct Result { int code; QString out; QString err; };

    Result cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    void addHost(Inventory &inventory, GroupId group, const QString &name, const QString &address, quint16 port)
    {
        Host host;
        host.name = name;
        host.groupId = group;
        host.address = address;
        host.port = port;
        host.sshUser = fx.user;
        host.authMethod = AuthMethod::KeyFile;
        host.identityFile = fx.clientKey();
        QString error;
        QVERIFY2(inventory.addHost(&host, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        m_workspace = m_dir.filePath(QStringLiteral("run.sqlite"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        m_closedPort = closedLoopbackPort();

        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        Group site{0, 0, QStringLiteral("site")};
        QString error;
        QVERIFY(inventory.addGroup(&site, &error));
        Group web{0, site.id, QStringLiteral("web")};
        Group db{0, site.id, QStringLiteral("db")};
        QVERIFY(inventory.addGroup(&web, &error));
        QVERIFY(inventory.addGroup(&db, &error));
        addHost(inventory, web.id, QStringLiteral("web1"), QStringLiteral("127.0.0.1"), fx.port);
        addHost(inventory, web.id, QStringLiteral("web2"), QStringLiteral("127.0.0.2"), fx.innerPort);
        addHost(inventory, web.id, QStringLiteral("web3"), QStringLiteral("127.0.0.1"), m_closedPort);
        addHost(inventory, db.id, QStringLiteral("db1"), QStringLiteral("127.0.0.1"), fx.port);
        // This workspace trusts its own known_hosts file (empty so far).
        SshSettings settings;
        settings.knownHostsPath = m_knownHosts;
        QVERIFY(settings.save(workspace.database(), &error));
    }

    void unknownKeysAreRefusedUntilAccepted()
    {
        Result r = cli({QStringLiteral("run"), QStringLiteral("--group"), QStringLiteral("site/db"), QStringLiteral("--"),
                        QStringLiteral("echo"), QStringLiteral("hi")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("db1 (127.0.0.1:%1): host key check failed").arg(fx.port)), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--accept-new-host-keys")));
        QVERIFY(!QFile::exists(m_knownHosts));

        r = cli({QStringLiteral("run"), QStringLiteral("--group"), QStringLiteral("site/db"), QStringLiteral("--accept-new-host-keys"),
                 QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(m_knownHosts)); // saved in the workspace's file, not ~/.ssh
    }

    void groupedOutputAndExitStatus()
    {
        const Result r = cli({QStringLiteral("run"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("--accept-new-host-keys"),
                              QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("--"), QStringLiteral("echo same")});
        QCOMPARE(r.code, 1); // web3's port is closed
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const QStringList headers = lines.filter(QStringLiteral(" (3)"));
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first(), QStringLiteral("db1,web[1-2] (3)")); // names folded as clush does
        QVERIFY(r.out.contains(QStringLiteral("\nsame\n")));
        QCOMPARE(r.out.count(QStringLiteral("same")), 1); // one block for the three hosts
        QVERIFY2(r.err.contains(QStringLiteral("web3 (127.0.0.1:%1): connect failed: connection refused").arg(m_closedPort)),
                 qPrintable(r.err));

        const Result ok = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--host"),
                               QStringLiteral("web2"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(ok.code, 0);
        const Result bad = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--"),
                                QStringLiteral("exit 5")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("web1: exited with exit status 5")));
    }

    void jsonHasOneObjectPerHost()
    {
        const Result r = cli({QStringLiteral("run"), QStringLiteral("--group"), QStringLiteral("site/web"), QStringLiteral("--json"),
                              QStringLiteral("--"), QStringLiteral("echo out; echo err >&2")});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QHash<QString, QJsonObject> byHost;
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            byHost.insert(object.value(QStringLiteral("host")).toString(), object);
        }
        QCOMPARE(byHost.value(QStringLiteral("web1")).value(QStringLiteral("stdout")).toString(), QStringLiteral("out\n"));
        QCOMPARE(byHost.value(QStringLiteral("web1")).value(QStringLiteral("stderr")).toString(), QStringLiteral("err\n"));
        QCOMPARE(byHost.value(QStringLiteral("web1")).value(QStringLiteral("exit_status")).toInt(), 0);
        QCOMPARE(byHost.value(QStringLiteral("web2")).value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(byHost.value(QStringLiteral("web3")).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(byHost.value(QStringLiteral("web3")).value(QStringLiteral("step")).toString(), QStringLiteral("connect"));
    }

    // run --ticket N writes what was run into the ticket's work log, as the
    // window does for its active ticket: only when the ticket links a host.
    void aRunIsLoggedToTheTicketGiven()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        QString error;
        QVERIFY2(inventory.load(&error), qPrintable(error));
        const HostId web1 = inventory.findHostAnywhere(QStringLiteral("web1"));
        QVERIFY(web1 != 0);
        TicketStore tickets(workspace.database());
        Ticket about;
        about.title = QStringLiteral("web1 is slow");
        about.hostIds = {web1};
        Ticket elsewhere;
        elsewhere.title = QStringLiteral("The printer");
        QVERIFY(tickets.add(&about, &error) && tickets.add(&elsewhere, &error));

        Result r = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--host"), QStringLiteral("web2"),
                        QStringLiteral("--ticket"), QString::number(about.id), QStringLiteral("--"), QStringLiteral("uptime")});
        QCOMPARE(r.code, 0);
        const QList<WorkLogEntry> log = tickets.workLog(about.id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().text, QStringLiteral("Ran uptime on web1, web2 (2 ok, 0 failed)."));

        r = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--ticket"),
                 QString::number(elsewhere.id), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.code, 0); // the run went fine; only the log was not written
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was logged to #%1").arg(elsewhere.id)), qPrintable(r.err));
        QVERIFY(tickets.workLog(elsewhere.id).isEmpty());
        r = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--ticket"), QStringLiteral("x"),
                 QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.code, 2);
    }

    void scriptAndAdHocTargets()
    {
        const QString script = m_dir.filePath(QStringLiteral("script.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("v='x;$(id) `id`'\nprintf '%s\\n' \"$v\"\n");
        file.close();
        const QString adHoc = QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port);
        const Result r = cli({QStringLiteral("run"), QStringLiteral("--host"), adHoc, QStringLiteral("-i"), fx.clientKey(),
                              QStringLiteral("--script"), script});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("x;$(id) `id`\n")), qPrintable(r.out + r.err));
    }

    void sshConfigAliasesWithProxyJump()
    {
        const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host a1\n  HostName 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n"
                                  "Host deep\n  HostName 127.0.0.2\n  Port %4\n  User %2\n  IdentityFile %3\n  ProxyJump a1\n")
                       .arg(fx.port).arg(fx.user, fx.clientKey()).arg(fx.innerPort).toUtf8());
        file.close();
        const qint64 offset = QFileInfo(fx.log(QStringLiteral("main"))).size();
        const Result r = cli({QStringLiteral("run"), QStringLiteral("--ssh-config"), config, QStringLiteral("--host"), QStringLiteral("a1"),
                              QStringLiteral("--host"), QStringLiteral("deep"), QStringLiteral("--accept-new-host-keys"),
                              QStringLiteral("--"), QStringLiteral("echo via")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("a1,deep (2)\n")), qPrintable(r.out));
        // "deep" went through a1: the jump server opened the forwarding.
        const QByteArray expected = QStringLiteral("target 127.0.0.2 port %1").arg(fx.innerPort).toUtf8();
        QVERIFY(QTest::qWaitFor([&] {
            QFile log(fx.log(QStringLiteral("main")));
            return log.open(QIODevice::ReadOnly) && log.seek(offset) && log.readAll().contains(expected);
        }, 5000));
    }

    void connectTimeoutOptionBoundsTheWaitForAnswer()
    {
        QTcpServer silent; // accepts, never speaks
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QElapsedTimer clock;
        clock.start();
        const Result r = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(silent.serverPort()),
                              QStringLiteral("-i"), fx.clientKey(), QStringLiteral("--connect-timeout"), QStringLiteral("1"),
                              QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("connect failed: no answer within 1 second")), qPrintable(r.err));
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--connect-timeout"),
                      QStringLiteral("0"), QStringLiteral("--"), QStringLiteral("true")}).code, 2);
    }

    void badUsageIsExitStatusTwo()
    {
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("true")}).code, 2); // no targets
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1")}).code, 2); // no command
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("-f"),
                      QStringLiteral("0"), QStringLiteral("--"), QStringLiteral("true")}).code, 2);
        const Result hostile = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("a;rm -rf /"),
                                    QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(hostile.code, 1);
        QVERIFY(hostile.err.contains(QStringLiteral("neither an inventory host nor user@host:port")));
    }

    void aHostNameTwoGroupsShareIsRefusedAndItsPathPicksOne()
    {
        {
            Workspace workspace;
            QVERIFY(workspace.open(m_workspace));
            Inventory inventory;
            inventory.setDatabase(workspace.database());
            QString error;
            QVERIFY(inventory.load(&error));
            Group a{0, 0, QStringLiteral("siteA")}, b{0, 0, QStringLiteral("siteB")};
            QVERIFY(inventory.addGroup(&a, &error));
            QVERIFY(inventory.addGroup(&b, &error));
            addHost(inventory, a.id, QStringLiteral("web01"), QStringLiteral("127.0.0.1"), fx.port);
            addHost(inventory, b.id, QStringLiteral("web01"), QStringLiteral("127.0.0.2"), fx.innerPort);
        }
        Result r = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web01"), QStringLiteral("--"),
                        QStringLiteral("true")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("siteA/web01")) && r.err.contains(QLatin1String("siteB/web01")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("web01")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("siteA/web01")), qPrintable(r.err));

        r = cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("siteB/web01"), QStringLiteral("--json"),
                 QStringLiteral("--accept-new-host-keys"), QStringLiteral("--"), QStringLiteral("echo $SSH_CONNECTION")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject object = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("host")).toString(), QStringLiteral("siteB/web01"));
        // SSH_CONNECTION ends with the server's address and port: it ran on siteB's host.
        QVERIFY2(object.value(QLatin1String("stdout")).toString().trimmed().endsWith(
                     QStringLiteral("127.0.0.2 %1").arg(fx.innerPort)),
                 qPrintable(object.value(QLatin1String("stdout")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
