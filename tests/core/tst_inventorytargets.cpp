// An inventory host as an SSH endpoint: paths stay in the workspace as
// written (a team shares them) and are made the connecting person's at
// connect time: ~ and OpenSSH's tokens in the identity file.
#include "core/targets/InventoryTargets.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QDir>
#include <QSysInfo>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace wb;

class TestInventoryTargets : public QObject
{
    Q_OBJECT

    static Host keyHost(const QString &identityFile)
    {
        Host host;
        host.name = QStringLiteral("web01");
        host.address = QStringLiteral("Web01.Example.org"); // ssh's %h and %C use it in lower case
        host.port = 2222;
        host.sshUser = QStringLiteral("deploy");
        host.authMethod = AuthMethod::KeyFile;
        host.identityFile = identityFile;
        return host;
    }

    // What `ssh -G` makes of a ControlPath for keyHost()'s target (ssh expands %C there).
    static QString opensshControlPath(const char *written)
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config")));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write a config");
        config.write("Host x\n  HostName Web01.Example.org\n  Port 2222\n  User deploy\n  ControlPath " + QByteArray(written) + "\n");
        config.close();
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), config.fileName(), QStringLiteral("x")});
        ssh.waitForFinished(10000);
        for (const QByteArray &line : ssh.readAllStandardOutput().split('\n'))
            if (line.startsWith("controlpath "))
                return QString::fromUtf8(line.mid(12));
        return QStringLiteral("ssh -G printed no controlpath");
    }

private Q_SLOTS:
    void identityFilesAreExpandedForThePersonConnecting_data()
    {
        const QString home = QDir::homePath();
        const passwd *me = getpwuid(getuid());
        const QString user = QString::fromLocal8Bit(me ? me->pw_name : "");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("used");
        QTest::newRow("home") << QStringLiteral("~/.ssh/id_ed25519") << home + QStringLiteral("/.ssh/id_ed25519");
        QTest::newRow("%d") << QStringLiteral("%d/.ssh/id_ed25519") << home + QStringLiteral("/.ssh/id_ed25519");
        QTest::newRow("%u") << QStringLiteral("/keys/%u/id_ed25519") << QStringLiteral("/keys/%1/id_ed25519").arg(user);
        QTest::newRow("target tokens") << QStringLiteral("~/.ssh/%r@%h:%p") << home + QStringLiteral("/.ssh/deploy@web01.example.org:2222");
        QTest::newRow("%i and %l") << QStringLiteral("/k/%i-%l") << QStringLiteral("/k/%1-%2").arg(getuid()).arg(QSysInfo::machineHostName());
        QTest::newRow("%% and unknown") << QStringLiteral("/k/100%%-%z%") << QStringLiteral("/k/100%-%z%");
        QTest::newRow("%n, %k (no alias: the name), %L") << QStringLiteral("/k/%n-%k-%L")
                                                        << QStringLiteral("/k/web01-web01-%1").arg(QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0));
        QTest::newRow("%C, as OpenSSH makes it") << QStringLiteral("/k/%C") << opensshControlPath("/k/%C");
        QTest::newRow("environment variable") << QStringLiteral("${WB_TEST_KEYS}/id") << QStringLiteral("/srv/keys/id");
        QTest::newRow("absolute") << QStringLiteral("/etc/werkbank/deploy_key") << QStringLiteral("/etc/werkbank/deploy_key");
        QTest::newRow("~user stays") << QStringLiteral("~other/.ssh/id") << QStringLiteral("~other/.ssh/id");
    }
    void identityFilesAreExpandedForThePersonConnecting()
    {
        qputenv("WB_TEST_KEYS", "/srv/keys");
        QFETCH(QString, written);
        QFETCH(QString, used);
        const Host host = keyHost(written);
        QCOMPARE(InventoryTargets::endpointFor(host).identityFiles, QStringList{used});
        QCOMPARE(host.identityFile, written); // the inventory keeps it as written
    }

    // A HostName imported as "%h.example.org" is stored so, and connects to the host's name in it.
    void anAddressWithHConnectsToTheName()
    {
        Host host = keyHost(QStringLiteral("~/.ssh/%h_key"));
        host.address = QStringLiteral("%h.lab.example.org");
        host.hostKeyAlias = QStringLiteral("lab");
        const SshEndpoint endpoint = InventoryTargets::endpointFor(host);
        QCOMPARE(endpoint.host, QStringLiteral("web01.lab.example.org"));
        QCOMPARE(endpoint.identityFiles, QStringList{QDir::homePath() + QStringLiteral("/.ssh/web01.lab.example.org_key")});
        host.identityFile = QStringLiteral("/k/%k");
        QCOMPARE(InventoryTargets::endpointFor(host).identityFiles, QStringList{QStringLiteral("/k/lab")});
    }

    // A host's own OpenSSH options land on its endpoint; what it does not state stays the connection's.
    void aHostsSshOptionsLandOnItsEndpoint()
    {
        Host host = keyHost(QStringLiteral("~/.ssh/id"));
        SshEndpoint plain = InventoryTargets::endpointFor(host);
        QCOMPARE(plain.connectTimeoutSeconds, 0);
        QCOMPARE(plain.serverAliveIntervalSeconds, -1);
        QVERIFY(plain.ciphers.isEmpty() && plain.identityAgent.isEmpty() && plain.compression.isEmpty());
        host.sshOptions = {QStringLiteral("ConnectTimeout 4"), QStringLiteral("ServerAliveInterval 0"), QStringLiteral("ServerAliveCountMax 5"),
                           QStringLiteral("Compression yes"), QStringLiteral("KexAlgorithms curve25519-sha256"),
                           QStringLiteral("Ciphers aes256-ctr,aes128-ctr"), QStringLiteral("HostKeyAlgorithms ssh-ed25519"),
                           QStringLiteral("IdentityAgent %d/agent.%r")};
        const SshEndpoint endpoint = InventoryTargets::endpointFor(host);
        QCOMPARE(endpoint.connectTimeoutSeconds, 4);
        QCOMPARE(endpoint.serverAliveIntervalSeconds, 0);
        QCOMPARE(endpoint.serverAliveCountMax, 5);
        QCOMPARE(endpoint.compression, QStringLiteral("yes"));
        QCOMPARE(endpoint.kexAlgorithms, QStringLiteral("curve25519-sha256"));
        QCOMPARE(endpoint.ciphers, QStringLiteral("aes256-ctr,aes128-ctr"));
        QCOMPARE(endpoint.hostKeyAlgorithms, QStringLiteral("ssh-ed25519"));
        QCOMPARE(endpoint.identityAgent, QDir::homePath() + QStringLiteral("/agent.deploy"));
        host.sshOptions = {QStringLiteral("IdentityAgent none")};
        QCOMPARE(InventoryTargets::endpointFor(host).identityAgent, QStringLiteral("none"));
    }

    void theKnownHostsFileIsTheConnectingPersonsToo()
    {
        Host host = keyHost(QString());
        host.knownHostsFile = QStringLiteral("~/.ssh/known_hosts_lab");
        const SshEndpoint endpoint = InventoryTargets::endpointFor(host);
        QCOMPARE(endpoint.knownHostsFile, QDir::homePath() + QStringLiteral("/.ssh/known_hosts_lab"));
        QVERIFY(endpoint.identityFiles.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventoryTargets)
#include "tst_inventorytargets.moc"
