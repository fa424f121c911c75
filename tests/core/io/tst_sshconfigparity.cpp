// Each case is a config read by the import and by OpenSSH's own `ssh -G -F FILE ALIAS`;
// for every alias the two must agree on where and as whom ssh would connect.
#include "core/inventory/io/Importers.h"
#include "core/text/LocalUser.h"
#include "tests/core/io/ImportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

struct SshView {
    QString hostName;
    QString user;
    QString port;
    QString firstIdentityFile;
    QString proxyJump;
    QHash<QString, QString> all; // every line ssh -G prints, keyword -> value
};

// OpenSSH's defaults when the config names no identity file (ssh -G lists them all).
bool isDefaultIdentity(const QString &path)
{
    return path.startsWith(QLatin1String("~/.ssh/id_"));
}

QString lastHop(const QString &proxyJump)
{
    QString hop = proxyJump.section(QLatin1Char(','), -1);
    hop = hop.mid(hop.lastIndexOf(QLatin1Char('@')) + 1);
    return hop.section(QLatin1Char(':'), 0, 0);
}

} // namespace

class TestSshConfigParity : public QObject
{
    Q_OBJECT

    static bool sshView(const QString &config, const QString &alias, SshView *view, QString *error)
    {
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), config, alias});
        if (!ssh.waitForFinished(10000) || ssh.exitCode() != 0) {
            *error = QString::fromUtf8(ssh.readAllStandardError());
            return false;
        }
        for (const QByteArray &raw : ssh.readAllStandardOutput().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const QString key = line.section(QLatin1Char(' '), 0, 0);
            const QString value = line.section(QLatin1Char(' '), 1);
            view->all.insert(key, value);
            if (key == QLatin1String("hostname"))
                view->hostName = value;
            else if (key == QLatin1String("user"))
                view->user = value;
            else if (key == QLatin1String("port"))
                view->port = value;
            else if (key == QLatin1String("identityfile") && view->firstIdentityFile.isEmpty())
                view->firstIdentityFile = value;
            else if (key == QLatin1String("proxyjump"))
                view->proxyJump = value;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            QFAIL("OpenSSH's ssh is needed to compare with (the setup installs openssh-client)");
    }

    void importAgreesWithSshG_data()
    {
        QTest::addColumn<QByteArray>("config");     // @DIR@ is the folder the config is in
        QTest::addColumn<QByteArray>("included");   // written to @DIR@/included.conf
        QTest::addColumn<QStringList>("aliases");   // what the import must make hosts of
        QTest::addColumn<QList<int>>("skippedLines");

        QTest::newRow("Match host sees HostName so far, originalhost the alias")
            << QByteArray("Host a1\n  HostName %h.real\nMatch host a1.real\n  Port 1234\nMatch host a1\n  User u_a1\n"
                          "Match originalhost a1\n  User orig\nHost b1\n  User early\nMatch host b1\n  Port 2000\n")
            << QByteArray() << QStringList{"a1", "b1"} << QList<int>{};
        QTest::newRow("Match user: the User so far, else the local user")
            << QByteArray("Host u1\n  User alice\nHost u2\n  HostName 192.0.2.2\nMatch user alice\n  Port 2201\n"
                          "Match user " + localUserName().toUtf8() + "\n  Port 2202\n  User localmatch\n")
            << QByteArray() << QStringList{"u1", "u2"} << QList<int>{};
        QTest::newRow("negations and pattern lists")
            << QByteArray("Host web1 web2 db1\n  HostName %h.lan\nMatch host web*,!web2*\n  Port 3001\n"
                          "Match !host db*\n  User notdb\nMatch host *.lan !originalhost web*\n  User dbuser\n")
            << QByteArray() << QStringList{"web1", "web2", "db1"} << QList<int>{};
        QTest::newRow("Match final reads again: Host lines see the resolved name")
            << QByteArray("Host a1\n  HostName Real1.Example\nHost real1.example\n  Port 2999\nMatch final\n  User finaluser\n"
                          "Match !final\n  IdentityFile ~/.ssh/notfinal\nMatch user finaluser\n  Compression yes\n  Port 1\n"
                          "Host plain\n  User p\nMatch canonical\n  IdentityFile ~/.ssh/canon\n")
            << QByteArray() << QStringList{"a1", "real1.example", "plain"} << QList<int>{};
        QTest::newRow("HostName set in a final block is too late")
            << QByteArray("Match host x.real\n  Port 1234\nHost a1\n  HostName x.real\nMatch final host x.real\n  User fin\n"
                          "Host a2\nMatch final\n  HostName late.example\n")
            << QByteArray() << QStringList{"a1", "a2"} << QList<int>{};
        QTest::newRow("Match all, and first value wins across Host and Match")
            << QByteArray("Host h1\n  Port 2022\nMatch all\n  Port 2023\n  User everyone\nHost h1\n  User late\n")
            << QByteArray() << QStringList{"h1"} << QList<int>{};
        QTest::newRow("Match exec and localuser are listed as skipped, never applied")
            << QByteArray("Host e1\n  HostName 192.0.2.9\nMatch exec \"false\"\n  User fromexec\n"
                          "Match localuser nobody-here\n  Port 2444\nHost e1\n  User last\n")
            << QByteArray() << QStringList{"e1"} << QList<int>{3, 5};
        QTest::newRow("Host patterns are matched as written (case counts)")
            << QByteArray("Host Web\n  HostName web.real\nHost web*\n  User lower\nHost W*\n  Port 2100\n")
            << QByteArray() << QStringList{"Web"} << QList<int>{3, 5};
        QTest::newRow("tokens kept as written; %h in HostName is the alias")
            << QByteArray("Host t1\n  HostName %h.example.org\n  User bob\n  IdentityFile %d/.ssh/id_%r_%h_%p_%%\n"
                          "Host t2\n  HostName 192.0.2.7\n  IdentityFile ~/.ssh/${NOT_EXPANDED_BY_G}/key\n")
            << QByteArray() << QStringList{"t1", "t2"} << QList<int>{};
        QTest::newRow("Match in an included file, inside a Host block")
            << QByteArray("Host inc1 inc2\n  Include @DIR@/included.conf\nHost inc2\n  User two\n")
            << QByteArray("Match originalhost inc1\n  User one\n  Port 2001\nHost *\n  Port 2002\n")
            << QStringList{"inc1", "inc2"} << QList<int>{4};
        QTest::newRow("a Match line is tested where it stands, not again at each option below it")
            << QByteArray("Host web01\nMatch host web01\n  HostName other.example\n  User bob\n"
                          "Host u\nMatch user " + localUserName().toUtf8() + "\n  User bob\n  Port 2222\n")
            << QByteArray() << QStringList{"web01", "u"} << QList<int>{};
        QTest::newRow("Match !final reads the file twice too")
            << QByteArray("Host a1\n  HostName real.example\nMatch !final\n  User nf\nHost real.example\n  Port 4444\n")
            << QByteArray() << QStringList{"a1", "real.example"} << QList<int>{};
        QTest::newRow("CanonicalizeHostname reads the file twice")
            << QByteArray("Host a1\n  CanonicalizeHostname yes\n  HostName real\nHost real\n  Port 3333\n")
            << QByteArray() << QStringList{"a1", "real"} << QList<int>{2};
        QTest::newRow("Match host and originalhost ignore case")
            << QByteArray("Host WEB\n  HostName DB.Example.org\nMatch originalhost web\n  User u1\nMatch host db.example.org\n  Port 1111\n")
            << QByteArray() << QStringList{"WEB"} << QList<int>{};
        QTest::newRow("a file with a Match line included twice is read twice")
            << QByteArray("Host web01\n  Include @DIR@/included.conf\nHost web01\n  HostName db.example.org\n"
                          "Host web01\n  Include @DIR@/included.conf\n")
            << QByteArray("Match host db.example.org\n  User dbadmin\n") << QStringList{"web01"} << QList<int>{};
        QTest::newRow("an IPv6 address keeps its case in the second reading")
            << QByteArray("Host v6\n  HostName 2001:DB8::1\nMatch final\nHost 2001:DB8::1\n  Port 1111\nHost 2001:db8::1\n  Port 2222\n")
            << QByteArray() << QStringList{"v6", "2001:DB8::1"} << QList<int>{6};
        QTest::newRow("a host's own SSH options, first value wins")
            << QByteArray("Host o1\n  HostName 192.0.2.40\n  ConnectTimeout 7\n  Compression yes\n"
                          "  KexAlgorithms curve25519-sha256,diffie-hellman-group14-sha256\n  Ciphers aes256-gcm@openssh.com\n"
                          "  HostKeyAlgorithms ssh-ed25519\n  IdentitiesOnly yes\n  ServerAliveInterval 15\n"
                          "Match originalhost o*\n  ConnectTimeout 9\n  ServerAliveCountMax 2\n  ForwardAgent no\n"
                          "Host o2\n  Ciphers +aes128-cbc\n  ServerAliveInterval 0\n")
            << QByteArray() << QStringList{"o1", "o2"} << QList<int>{15};
        QTest::newRow("CanonicalizeHostname false reads the file once")
            << QByteArray("Host a1\n  CanonicalizeHostname false\n  HostName real\nHost real\n  Port 3333\n")
            << QByteArray() << QStringList{"a1", "real"} << QList<int>{};
        QTest::newRow("ssh's time format and flag words")
            << QByteArray("Host t9\n  ConnectTimeout 1m\n  ServerAliveInterval 1h30m\n  IdentitiesOnly true\n")
            << QByteArray() << QStringList{"t9"} << QList<int>{};
        QTest::newRow("ProxyJump: the last hop")
            << QByteArray("Host j1\n  HostName 192.0.2.30\nHost t\n  ProxyJump j0,bob@j1:2200\nMatch originalhost t\n  ProxyJump none\n")
            << QByteArray() << QStringList{"j1", "t"} << QList<int>{4, 4};
    }

    void importAgreesWithSshG()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, included);
        QFETCH(QStringList, aliases);
        QFETCH(QList<int>, skippedLines);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config"));
        for (const auto &[name, text] : {std::pair{path, config}, std::pair{dir.filePath(QStringLiteral("included.conf")), included}}) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(text).replace("@DIR@", dir.path().toUtf8()));
        }

        const ImportResult result = Importers::readSshConfig(path);
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QVERIFY2(issueLines(result.skipped) == skippedLines, qPrintable(issueText(result.skipped)));
        QStringList imported;
        for (const ImportedHost &h : result.hosts)
            imported << h.host.name;
        QCOMPARE(imported, aliases);

        for (const ImportedHost &h : result.hosts) {
            SshView theirs;
            QString error;
            QVERIFY2(sshView(path, h.host.name, &theirs, &error), qPrintable(error));
            const QString alias = h.host.name;
            // ssh lower-cases the name it connects to; DNS does not care.
            QVERIFY2(h.host.connectAddress().compare(theirs.hostName, Qt::CaseInsensitive) == 0,
                     qPrintable(alias + QLatin1String(": ") + h.host.connectAddress() + QLatin1String(" vs ") + theirs.hostName));
            QCOMPARE(QString::number(h.host.port), theirs.port);
            QCOMPARE(h.host.sshUser.isEmpty() ? localUserName() : h.host.sshUser, theirs.user);
            if (h.host.identityFile.isEmpty())
                QVERIFY2(isDefaultIdentity(theirs.firstIdentityFile), qPrintable(alias + QLatin1String(": ") + theirs.firstIdentityFile));
            else
                QCOMPARE(h.host.identityFile, theirs.firstIdentityFile);
            for (const QString &option : h.host.sshOptions) {
                const QString keyword = option.section(QLatin1Char(' '), 0, 0).toLower();
                QCOMPARE(option.section(QLatin1Char(' '), 1), theirs.all.value(keyword));
            }
            QCOMPARE(h.jumpHostName, theirs.proxyJump.isEmpty() || theirs.proxyJump == QLatin1String("none")
                                         ? QString() : lastHop(theirs.proxyJump));
        }
    }
};

QTEST_GUILESS_MAIN(TestSshConfigParity)
#include "tst_sshconfigparity.moc"
