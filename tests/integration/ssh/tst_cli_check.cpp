// werkbank-cli check, the real program, against the sshd fixture, a closed
// port, a silent port and a host behind a jump host.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/CliTestSupport.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestCliCheck : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_workspace;
    QTcpServer m_silent; // accepts (the kernel does, into its backlog) and never says a word
    quint16 m_closedPort = 1;

    CliResult cli(const QStringList &arguments)
    {
        return runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + arguments, {}, 120000);
    }

    static QHash<QString, QJsonObject> byHost(const QString &jsonLines) { return jsonLinesBy(QStringLiteral("host"), jsonLines); }

    Host addHost(Inventory &inventory, GroupId group, const QString &name, quint16 port, HostKind kind = HostKind::Server,
                 const QString &check = {}, HostId jump = 0)
    {
        Host host = fx.keyHost(name, QStringLiteral("127.0.0.1"), port, group);
        host.kind = kind;
        host.reachabilityCheck = check;
        host.jumpHostId = jump;
        QString error;
        if (!inventory.addHost(&host, &error))
            qWarning("%s", qPrintable(error));
        return host;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        m_workspace = m_dir.filePath(QStringLiteral("check.sqlite"));
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
        m_closedPort = closedLoopbackPort();

        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        Group site{0, 0, QStringLiteral("site")};
        QString error;
        QVERIFY(inventory.addGroup(&site, &error));
        Group up{0, site.id, QStringLiteral("up")};
        Group mixed{0, site.id, QStringLiteral("mixed")};
        QVERIFY(inventory.addGroup(&up, &error));
        QVERIFY(inventory.addGroup(&mixed, &error));
        const Host web1 = addHost(inventory, up.id, QStringLiteral("web1"), fx.port);
        QVERIFY(web1.id != 0);
        // A workstation answers RDP; here the silent port stands in for it, and TCP connecting is enough.
        QVERIFY(addHost(inventory, up.id, QStringLiteral("pc1"), fx.port, HostKind::Workstation, QString::number(m_silent.serverPort())).id);
        QVERIFY(addHost(inventory, mixed.id, QStringLiteral("web3"), m_closedPort).id);
        QVERIFY(addHost(inventory, mixed.id, QStringLiteral("mute"), m_silent.serverPort()).id);
        QVERIFY(addHost(inventory, mixed.id, QStringLiteral("inner"), fx.innerPort, HostKind::Server, {}, web1.id).id);
    }

    void upHostsExitZero()
    {
        const CliResult r = cli({QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("site/up")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^web1: up, \\d+ ms$"), QRegularExpression::MultilineOption)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^pc1: up, \\d+ ms$"), QRegularExpression::MultilineOption)), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2); // one line per host
        QVERIFY2(r.err.contains(QLatin1String("2 up, 0 down")), qPrintable(r.err));
    }

    void jsonLinesAndExitOneWhenAnyIsDown()
    {
        QElapsedTimer clock;
        clock.start();
        const CliResult r = cli({QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("--json"),
                              QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QVERIFY2(clock.elapsed() < 10000, "the silent host holds the check no longer than its timeout");
        const QHash<QString, QJsonObject> hosts = byHost(r.out);
        QCOMPARE(hosts.size(), 5);
        const QJsonObject web1 = hosts.value(QStringLiteral("web1"));
        QCOMPARE(web1.value(QStringLiteral("up")), QJsonValue(true));
        QVERIFY(web1.value(QStringLiteral("latency_ms")).isDouble());
        QVERIFY(web1.value(QStringLiteral("error")).isNull());
        QVERIFY(web1.value(QStringLiteral("banner")).toString().startsWith(QLatin1String("SSH-2.0-")));
        const QJsonObject web3 = hosts.value(QStringLiteral("web3"));
        QCOMPARE(web3.value(QStringLiteral("up")), QJsonValue(false));
        QVERIFY(web3.value(QStringLiteral("latency_ms")).isNull());
        QVERIFY2(web3.value(QStringLiteral("error")).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(r.out));
        const QJsonObject mute = hosts.value(QStringLiteral("mute"));
        QCOMPARE(mute.value(QStringLiteral("up")), QJsonValue(false));
        QCOMPARE(mute.value(QStringLiteral("error")).toString(), QStringLiteral("connected, but no SSH banner within 2 s"));
        const QJsonObject inner = hosts.value(QStringLiteral("inner"));
        QVERIFY(inner.value(QStringLiteral("up")).isNull());
        QCOMPARE(inner.value(QStringLiteral("error")).toString(), QStringLiteral("unknown (behind a jump host)"));
        QCOMPARE(hosts.value(QStringLiteral("pc1")).value(QStringLiteral("method")).toString(), QStringLiteral("tcp"));
        QVERIFY(r.err.isEmpty());
    }

    void adHocTargetsAndHostileNames()
    {
        CliResult r = cli({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String(": up, ")), qPrintable(r.out));
        r = cli({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("a;rm -rf /")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!r.err.isEmpty(), "an unknown name is said");
    }

    void wrongUsageIsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("check")}).code, 2);
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("--timeout"), QStringLiteral("0")}).code, 2);
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("-f"), QStringLiteral("none")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
