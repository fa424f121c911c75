#include "core/inventory/io/Importers.h"
#include "core/inventory/io/SshConfigReader.h"
#include "tests/core/io/ImportTestSupport.h"

#include "core/inventory/io/ImportSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include "core/inventory/HostServices.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace wb;

class TestSshConfigImport : public QObject
{
    Q_OBJECT

private:
    // A temporary home: relative Include paths are found in its ~/.ssh, as ssh(1) finds them.
    class SshHome
    {
    public:
        SshHome() : m_oldHome(qgetenv("HOME"))
        {
            QDir(m_home.path()).mkdir(QStringLiteral(".ssh"));
            qputenv("HOME", m_home.path().toLocal8Bit());
        }
        ~SshHome() { qputenv("HOME", m_oldHome); }
        bool isValid() const { return m_home.isValid(); }
        QString path() const { return m_home.filePath(QStringLiteral(".ssh")); }
        QString filePath(const QString &name) const { return m_home.filePath(QStringLiteral(".ssh/") + name); }

    private:
        QTemporaryDir m_home;
        QByteArray m_oldHome;
    };

    // The data files include each other by relative paths: ~/.ssh is their folder.
    QTemporaryDir m_dataHome;
    QByteArray m_realHome = qgetenv("HOME");

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        QVERIFY(QFile::link(QFileInfo(testData("ssh/basic.conf")).absolutePath(), m_dataHome.filePath(QStringLiteral(".ssh"))));
        qputenv("HOME", m_dataHome.path().toLocal8Bit());
    }

    void cleanupTestCase() { qputenv("HOME", m_realHome); }

    void sshConfigImportResolvesHostsLikeSsh_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QList<int>>("errorLines");
        QTest::addColumn<QList<int>>("skippedLines");

        QTest::newRow("aliases, key=value, quotes, wildcard defaults")
            << "ssh/basic.conf"
            << QStringList{"web01 @192.0.2.10:2222 user=deploy auth=key key=~/.ssh/id_web",
                           "web01.lan @192.0.2.10:2222 user=deploy auth=key key=~/.ssh/id_web",
                           "db01 @db01.example.org:22 user=dba",
                           "bastion @bastion.example.org:22 user=admin",
                           "app01.internal @app01.internal:22 user=app jump=bastion"}
            << QList<int>{} << QList<int>{15, 21};
        QTest::newRow("first obtained value wins, %h in HostName kept as written")
            << "ssh/first-wins.conf" << QStringList{"web01 @%h.example.org:2200 user=early"} << QList<int>{}
            << QList<int>{1, 6};
        QTest::newRow("Include with glob, relative to ~/.ssh")
            << "ssh/include-main.conf"
            << QStringList{"inc-a @192.0.2.11:22", "deep01 @192.0.2.14:22", "inc-b @192.0.2.12:22",
                           "extra01 @192.0.2.13:22", "main01 @192.0.2.1:22"}
            << QList<int>{} << QList<int>{};
        QTest::newRow("Include inside a Host block applies to that block only")
            << "ssh/conditional-include.conf"
            << QStringList{"web01 @web01:22 user=from-include", "web02 @192.0.2.72:22"} << QList<int>{}
            << QList<int>{};
        QTest::newRow("Include cycle reads each file once")
            << "ssh/cycle-a.conf" << QStringList{"cyc-b @192.0.2.22:22", "cyc-a @192.0.2.21:22"} << QList<int>{}
            << QList<int>{1};
        QTest::newRow("ProxyJump keeps the last hop, none means direct")
            << "ssh/proxyjump.conf"
            << QStringList{"bastion @192.0.2.1:22", "inner @10.0.0.5:22 jump=bastion", "direct @10.0.0.6:22"}
            << QList<int>{} << QList<int>{5, 5, 9, 10};
        QTest::newRow("Match originalhost applied, Match exec skipped")
            << "ssh/match.conf" << QStringList{"alpha @192.0.2.5:22 user=nobody", "beta @192.0.2.6:22"} << QList<int>{}
            << QList<int>{5};
        QTest::newRow("Include matching nothing is reported")
            << "ssh/missing-include.conf" << QStringList{"solo @solo:22"} << QList<int>{} << QList<int>{1};
        QTest::newRow("bad port, unterminated quote, invalid user")
            << "ssh/broken.conf" << QStringList{"web01 @web01:22", "web02 @web02:22", "web03 @web03:22"}
            << QList<int>{2, 4, 6, 7} << QList<int>{};
    }

    void sshConfigImportResolvesHostsLikeSsh()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        QFETCH(QList<int>, errorLines);
        QFETCH(QList<int>, skippedLines);

        const ImportResult result = Importers::importFile(ImportFormat::SshConfig, testData(file));
        QCOMPARE(describeHosts(result), hosts);
        QVERIFY2(issueLines(result.errors) == errorLines, qPrintable(issueText(result.errors)));
        QVERIFY2(issueLines(result.skipped) == skippedLines, qPrintable(issueText(result.skipped)));
        for (const ImportedHost &h : result.hosts)
            QVERIFY(h.groupPath.isEmpty());
    }

    void sshConfigImportNamesFileAndLineOfBadPort()
    {
        const QString path = testData("ssh/broken.conf");
        const ImportResult result = Importers::readSshConfig(path);
        QVERIFY(result.hasErrors());
        QCOMPARE(result.errors.first().toString(),
                 path + QStringLiteral(":2: Port “70000” is out of range: SSH ports run from 1 to 65535."));
        QCOMPARE(result.errors.at(1).toString(), path + QStringLiteral(":4: Port “abc” is not a number."));
        QVERIFY2(result.errors.at(3).message.contains(QLatin1String("bad;user")), qPrintable(result.errors.at(3).message));
    }

    void sshConfigImportReportsHostsFromTheIncludedFile()
    {
        const ImportResult result = Importers::readSshConfig(testData("ssh/include-main.conf"));
        QCOMPARE(result.hosts.size(), 5);
        QCOMPARE(result.hosts.at(0).file, QDir::homePath() + QStringLiteral("/.ssh/conf.d/a.conf"));
        QCOMPARE(result.hosts.at(0).line, 1);
        QCOMPARE(result.hosts.at(1).file, QDir::homePath() + QStringLiteral("/.ssh/sub/deeper.conf"));
        QCOMPARE(result.hosts.at(4).file, testData("ssh/include-main.conf"));
        QCOMPARE(result.hosts.at(4).line, 3);
        // notes.txt sits in conf.d but does not match *.conf.
        for (const ImportedHost &h : result.hosts)
            QVERIFY(h.host.name != QLatin1String("not-included"));
    }

    void sshConfigImportReportsIncludeLoopAtTheIncludingLine()
    {
        const ImportResult result = Importers::readSshConfig(testData("ssh/cycle-a.conf"));
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.first().file, QDir::homePath() + QStringLiteral("/.ssh/cycle-b.conf"));
        QVERIFY(result.skipped.first().message.contains(QLatin1String("loop")));
    }

    void sshConfigImportKeepsHostKeyAliasAndTheFirstKnownHostsFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("config"), "Host vip\n    HostName 192.0.2.50\n    HostKeyAlias vip-cluster\n"
                                          "    UserKnownHostsFile ~/.ssh/known_hosts.vip /etc/ssh/other\n"
                                          "Host plain\n    HostName 192.0.2.51\n    UserKnownHostsFile none\n");
        const ImportResult result = Importers::importFile(ImportFormat::SshConfig, dir.filePath("config"));
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(describeHosts(result), (QStringList{"vip @192.0.2.50:22 alias=vip-cluster known_hosts=~/.ssh/known_hosts.vip",
                                                     "plain @192.0.2.51:22"}));
        QVERIFY(result.hosts.first().stated.testFlag(HostField::HostKeyAlias));
    }

    // LocalForward, RemoteForward and DynamicForward add up (every matching line, not the
    // first), as `ssh -G` on the same file says; a forward that is not one is an error on its line.
    void sshConfigImportKeepsForwardsAsSshDoes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath("config");
        writeFile(config, "Host web\n    HostName 192.0.2.5\n    LocalForward 8080 db.internal:5432\n"
                          "    LocalForward [::1]:8443 [2001:db8::7]:443\n    DynamicForward 1080\n"
                          "Host *\n    RemoteForward 9000 localhost:3000\n    LocalForward 8080 db.internal:5432\n");
        const QString broken = dir.filePath("broken");
        writeFile(broken, "Host broken\n    HostName 192.0.2.6\n    LocalForward 8081\n    RemoteForward 1080\n"
                          "    LocalForward /tmp/sock db:5432\n");
        const ImportResult refused = Importers::importFile(ImportFormat::SshConfig, broken);
        QCOMPARE(refused.errors.size(), 1);
        QCOMPARE(refused.errors.first().line, 3);
        QCOMPARE(refused.skipped.size(), 2); // what ssh takes and Werkbank does not keep
        QCOMPARE(refused.skipped.at(0).line, 4);
        QCOMPARE(refused.skipped.at(1).line, 5);
        QVERIFY2(refused.errors.first().message.startsWith(QLatin1String("LocalForward takes")), qPrintable(refused.errors.first().message));
        const ImportResult result = Importers::importFile(ImportFormat::SshConfig, config);
        QVERIFY(result.errors.isEmpty());
        const auto web = std::find_if(result.hosts.cbegin(), result.hosts.cend(), [](const ImportedHost &h) { return h.host.name == QLatin1String("web"); });
        QVERIFY(web != result.hosts.cend());
        QVERIFY(web->stated.testFlag(HostField::PortForwards));
        QStringList ours = web->host.portForwards;
        QCOMPARE(ours, (QStringList{QStringLiteral("-L 8080:db.internal:5432"), QStringLiteral("-L [::1]:8443:[2001:db8::7]:443"),
                                    QStringLiteral("-D 1080"), QStringLiteral("-R 9000:localhost:3000")}));

        // OpenSSH's own reading of the file, in the same words.
        if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            QSKIP("no ssh on this machine to compare with");
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), config, QStringLiteral("web")});
        QVERIFY(ssh.waitForFinished(10000));
        QStringList theirs;
        for (const QByteArray &line : ssh.readAllStandardOutput().split('\n')) {
            const QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty() || !words.first().endsWith(QLatin1String("forward")) || words.first() == QLatin1String("forwardagent")
                || words.first().startsWith(QLatin1String("forwardx11")))
                continue;
            PortForward forward;
            QString error;
            QVERIFY2(PortForward::fromSshConfig(words.first(), words.mid(1), &forward, &error), qPrintable(error));
            theirs << forward.text();
        }
        ours.sort();
        theirs.sort();
        QCOMPARE(ours, theirs);
    }

    void sshConfigImportResolvesTildeAgainstHome()
    {
        QTemporaryDir home;
        QTemporaryDir elsewhere;
        QVERIFY(home.isValid() && elsewhere.isValid());
        writeFile(home.filePath("hosts.conf"), "Host from-home\n    HostName 192.0.2.40\n    User homer\n");
        writeFile(elsewhere.filePath("config"), "Include ~/hosts.conf\n");
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        const ImportResult result = Importers::readSshConfig(elsewhere.filePath("config"));
        qputenv("HOME", oldHome);
        QCOMPARE(describeHosts(result), QStringList{"from-home @192.0.2.40:22 user=homer"});
        QVERIFY(result.errors.isEmpty());
    }

    // As ssh(1): a relative Include in a user's config is looked for in ~/.ssh, wherever the config itself lives.
    void sshConfigImportFindsRelativeIncludesInDotSsh()
    {
        SshHome home;
        QTemporaryDir elsewhere;
        QVERIFY(home.isValid() && elsewhere.isValid());
        writeFile(home.filePath("extra.conf"), "Host from-dot-ssh\n    HostName 192.0.2.41\n");
        writeFile(elsewhere.filePath("extra.conf"), "Host beside-the-config\n");
        writeFile(elsewhere.filePath("config"), "Include extra.conf\n");
        const ImportResult result = Importers::readSshConfig(elsewhere.filePath("config"));
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(describeHosts(result), QStringList{"from-dot-ssh @192.0.2.41:22"});
        QCOMPARE(result.hosts.first().file, home.filePath("extra.conf"));
    }

    // Tokens stay as written for whoever connects; one that can never be expanded is refused on its line.
    void sshConfigImportRefusesUnknownTokensOnTheirLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("config"), "Host t1\n    HostName %u.example.org\n"       // 2: HostName takes %h only
                                          "Host t2\n    IdentityFile ~/.ssh/id_%Z\n"       // 4
                                          "Host t3\n    IdentityFile ${HOME/key\n"         // 6
                                          "Host t4\n    IdentityFile ~/.ssh/id_50%\n"      // 8: a lone %
                                          "Host t5\n    HostName %h.lan\n    IdentityFile %d/.ssh/%r@%h:%p_%C_%%\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), (QList<int>{2, 4, 6, 8}));
        QVERIFY2(result.errors.at(0).message.contains(QStringLiteral("“%u”")), qPrintable(result.errors.at(0).message));
        QVERIFY2(result.errors.at(1).message.contains(QStringLiteral("“%Z”")), qPrintable(result.errors.at(1).message));
        QVERIFY2(result.errors.at(2).message.contains(QLatin1String("${")), qPrintable(result.errors.at(2).message));
        QCOMPARE(describeHosts(result).last(), QStringLiteral("t5 @%h.lan:22 auth=key key=%d/.ssh/%r@%h:%p_%C_%%"));
        QCOMPARE(result.hosts.last().host.connectAddress(), QStringLiteral("t5.lan"));
    }

    // A host's own SSH options are kept in OpenSSH's spelling; what libssh cannot take is a note on its line.
    void sshConfigImportKeepsHostOptionsAndNamesWhatIsNotUsed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("config"), "Host h1\n    HostName 192.0.2.61\n"
                                          "    connecttimeout=5\n"                      // 3
                                          "    ConnectTimeout abc\n"                    // 4: not a number, but a later value anyway
                                          "    ForwardAgent /run/user/agent.sock\n"     // 5: a socket of its own: skipped
                                          "    CertificateFile ~/.ssh/id_%r-cert.pub\n"  // 6: kept, not used yet
                                          "    KexAlgorithms -diffie-hellman-group1-sha1\n" // 7: changes defaults: skipped
                                          "    ServerAliveCountMax 4\n    ServerAliveInterval 20\n"
                                          "    IdentityAgent ${XDG_RUNTIME_DIR}/agent\n    Compression NO\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), QList<int>{4});
        QCOMPARE(issueLines(result.skipped), (QList<int>{5, 6, 7}));
        QCOMPARE(result.hosts.size(), 1);
        QCOMPARE(result.hosts.first().host.sshOptions,
                 (QStringList{"ConnectTimeout 5", "ServerAliveInterval 20", "ServerAliveCountMax 4", "Compression no",
                              "IdentityAgent ${XDG_RUNTIME_DIR}/agent", "CertificateFile ~/.ssh/id_%r-cert.pub"}));
        QVERIFY(result.hosts.first().stated.testFlag(HostField::SshOptions));
    }

    // Match exec would run a command while importing: never, even where ssh would have matched.
    void sshConfigImportNeverRunsMatchExec()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath("ran");
        writeFile(dir.filePath("config"), QStringLiteral("Host x1\n    HostName 192.0.2.62\nMatch exec \"touch %1\"\n    User fromexec\n"
                                                         "Match localuser *\n    Port 2444\n").arg(marker).toUtf8());
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.skipped), (QList<int>{3, 5}));
        QCOMPARE(describeHosts(result), QStringList{"x1 @192.0.2.62:22"});
        QVERIFY(!QFile::exists(marker));
    }

    // A value Werkbank does not keep is still the first one obtained: a later default does not take its place.
    void sshConfigImportLetsNoLaterValueReplaceASkippedOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("config"), "Host o3\n    Ciphers +aes128-cbc\n"    // 2: changes defaults: skipped
                                          "    ForwardAgent /run/user/1000/fwd.sock\n" // 3: a socket: skipped
                                          "    ConnectTimeout none\n"                  // 4: no end: skipped
                                          "    IdentityAgent none\n"                   // 5: no IdentityFile: not kept
                                          "Host *\n    Ciphers aes256-ctr\n    ForwardAgent yes\n    ConnectTimeout 5\n"
                                          "    IdentityAgent ~/agent\n    Compression yes\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(issueLines(result.skipped), (QList<int>{2, 3, 4, 6, 8, 5}));
        QCOMPARE(result.hosts.size(), 1);
        QCOMPARE(result.hosts.first().host.sshOptions, QStringList{"Compression yes"});
    }

    // A Match line ssh itself refuses is an error on that line, and its block applies to nobody.
    void sshConfigImportRefusesMatchLinesSshRefuses()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("config"), "Host m1\n    HostName 192.0.2.60\n"
                                          "Match\n    User a\n"                 // 3
                                          "Match hostname x\n    User b\n"      // 5
                                          "Match host\n    User c\n"            // 7
                                          "Match all host m1\n    User d\n"     // 9
                                          "Match final all\n    Port 2222\n");  // 11: allowed
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), (QList<int>{3, 5, 7, 9}));
        QVERIFY2(result.errors.at(1).message.contains(QLatin1String("hostname")), qPrintable(result.errors.at(1).message));
        QCOMPARE(describeHosts(result), QStringList{"m1 @192.0.2.60:2222"});
    }

    void sshConfigImportStopsIncludesNestedTooDeep()
    {
        SshHome dir;
        QVERIFY(dir.isValid());
        const int files = SshConfigReader::MaxIncludeDepth + 2;
        for (int i = 0; i < files; ++i)
            writeFile(dir.filePath(QStringLiteral("f%1.conf").arg(i)),
                      QStringLiteral("Include f%1.conf\nHost h%2\n").arg(i + 1).arg(i).toUtf8());
        const ImportResult result = Importers::readSshConfig(dir.filePath("f0.conf"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().file, dir.filePath(QStringLiteral("f%1.conf").arg(SshConfigReader::MaxIncludeDepth)));
        QCOMPARE(result.errors.first().line, 1);
        QVERIFY(result.errors.first().message.contains(QLatin1String("nested")));
        // The top file and MaxIncludeDepth levels below it were read.
        QCOMPARE(result.hosts.size(), SshConfigReader::MaxIncludeDepth + 1);
    }

    void sshConfigImportReadsFilesThatIncludeEachOthersFolderOnce()
    {
        // Each file includes the whole folder: ssh would follow every path through it,
        // which grew with the factorial of the number of files.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int files = 9;
        for (int i = 0; i < files; ++i)
            writeFile(dir.filePath(QStringLiteral("f%1.conf").arg(i)),
                      QStringLiteral("Include %2/*.conf\nHost h%1\n    User u%1\n").arg(i).arg(dir.path()).toUtf8());
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = Importers::readSshConfig(dir.filePath("f0.conf"));
        QVERIFY2(timer.elapsed() < timeBudgetMs(5000), qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QStringList expected;
        for (int i = 0; i < files; ++i)
            expected << QStringLiteral("h%1 @h%1:22 user=u%1").arg(i);
        QStringList hosts = describeHosts(result);
        hosts.sort();
        QCOMPARE(hosts, expected);
    }

    void sshConfigImportAppliesAFileIncludedUnderTwoHostsToBoth()
    {
        // Read once, but its settings still count wherever it is included.
        SshHome dir;
        writeFile(dir.filePath("common.conf"), "User admin\nPort 2200\n");
        writeFile(dir.filePath("config"), "Host a\n    Include common.conf\nHost b\n    Include common.conf\n"
                                          "Host a\n    Include common.conf\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(describeHosts(result), QStringList({"a @a:2200 user=admin", "b @b:2200 user=admin"}));
    }

    void sshConfigImportStopsAtTheFileBudget()
    {
        SshHome dir;
        const int files = SshConfigReader::MaxFiles + 10;
        QByteArray top;
        for (int i = 0; i < files; ++i) {
            writeFile(dir.filePath(QStringLiteral("f%1.conf").arg(i)), QStringLiteral("Host h%1\n").arg(i).toUtf8());
            top += QStringLiteral("Include f%1.conf\n").arg(i).toUtf8();
        }
        writeFile(dir.filePath("config"), top);
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        // The top file is the first of MaxFiles; the include on line MaxFiles asks for one more.
        QCOMPARE(issueLines(result.errors), QList<int>{SshConfigReader::MaxFiles});
        QCOMPARE(result.errors.first().file, dir.filePath("config"));
        QVERIFY2(result.errors.first().message.contains(QString::number(SshConfigReader::MaxFiles)),
                 qPrintable(issueText(result.errors)));
        QCOMPARE(result.hosts.size(), SshConfigReader::MaxFiles - 1);
    }

    void sshConfigImportStopsAtTheLineBudget()
    {
        SshHome dir;
        // Blank lines cost almost nothing to write and still count.
        const QByteArray blank(int(SshConfigReader::MaxTotalLines / 2), '\n');
        writeFile(dir.filePath("a.conf"), "Host a\n" + blank);
        writeFile(dir.filePath("b.conf"), "Host b\n" + blank);
        writeFile(dir.filePath("config"), "Include a.conf\nInclude b.conf\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), QList<int>{2});
        QVERIFY2(result.errors.first().message.contains(QLatin1String("b.conf")), qPrintable(issueText(result.errors)));
        QCOMPARE(describeHosts(result), QStringList{"a @a:22"});
    }

    void sshConfigImportStopsAtTheByteBudget()
    {
        SshHome dir;
        const QByteArray comment = "# " + QByteArray(1000, 'x') + "\n";
        const QByteArray big = comment.repeated(int(15 * 1024 * 1024 / comment.size()));
        QByteArray top;
        for (int i = 0; i < 5; ++i) {
            writeFile(dir.filePath(QStringLiteral("f%1.conf").arg(i)), QStringLiteral("Host h%1\n").arg(i).toUtf8() + big);
            top += QStringLiteral("Include f%1.conf\n").arg(i).toUtf8();
        }
        writeFile(dir.filePath("config"), top);
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), QList<int>{5});
        QVERIFY2(result.errors.first().message.contains(QLatin1String("64 MiB")), qPrintable(issueText(result.errors)));
        QCOMPARE(result.hosts.size(), 4);
    }

    void sshConfigImportRefusesAFileOverTheSizeLimit()
    {
        QTemporaryDir dir;
        const QByteArray line = "# " + QByteArray(1000, 'x') + "\n";
        writeFile(dir.filePath("config"), "Host a\n" + line.repeated(int(17 * 1024 * 1024 / line.size())));
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), QList<int>{0});
        QVERIFY2(result.errors.first().message.contains(QLatin1String("16 MiB")), qPrintable(issueText(result.errors)));
        QVERIFY(result.hosts.isEmpty());
    }

    void sshConfigImportRefusesALineOverTheLengthLimit()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("config"),
                  "Host a\n    User u\n# " + QByteArray(ImportSupport::MaxLineChars, 'x') + "\nHost b\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(issueLines(result.errors), QList<int>{3});
        QCOMPARE(result.errors.first().file, dir.filePath("config"));
        QVERIFY(result.hosts.isEmpty());
    }

    void sshConfigImportOfManyHostsIsLinear()
    {
        // Every alias used to be matched against every option of the file.
        QTemporaryDir dir;
        QByteArray text = "Host *\n    Port 2222\n";
        const int hosts = 50000;
        for (int i = 0; i < hosts; ++i)
            text += QStringLiteral("Host h%1\n    User u%1\n    HostName 10.%2.%3.%4\n")
                        .arg(i).arg(i >> 16).arg((i >> 8) & 255).arg(i & 255).toUtf8();
        text += "Host h7 h8\n    IdentityFile ~/.ssh/late\n";
        writeFile(dir.filePath("config"), text);
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QVERIFY2(timer.elapsed() < timeBudgetMs(10000), qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(result.hosts.size(), hosts);
        QCOMPARE(describeHost(result.hosts[8].host, {}, {}), QStringLiteral("h8 @10.0.0.8:2222 user=u8 auth=key key=~/.ssh/late"));
        QCOMPARE(describeHost(result.hosts[9].host, {}, {}), QStringLiteral("h9 @10.0.0.9:2222 user=u9"));
    }

    void sshConfigImportTakesUserNamesWithSpacesButNotOptions()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("config"), "Host win\n    User \"CORP\\\\Jan de Vries\"\nHost bad\n    User -oProxyCommand=x\n"
                                          "Host evil\n    User \"a;id\"\n");
        const ImportResult result = Importers::readSshConfig(dir.filePath("config"));
        QCOMPARE(describeHosts(result), QStringList{"win @win:22 user=CORP\\Jan de Vries"});
        QCOMPARE(issueLines(result.errors), QList<int>({3, 5}));
    }

    void sshConfigImportStopsWhenCancelled()
    {
        std::atomic<bool> cancel{true};
        const ImportResult result = Importers::importFile(ImportFormat::SshConfig, testData("ssh/basic.conf"), &cancel);
        QVERIFY(result.cancelled);
        QCOMPARE(issueLines(result.errors), QList<int>{1});
        QVERIFY(result.hosts.isEmpty());
    }

    void sshConfigImportOfMissingFileIsOneError()
    {
        const QString path = testData("ssh/no-such-file.conf");
        const ImportResult result = Importers::readSshConfig(path);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().file, path);
        QCOMPARE(result.errors.first().line, 0);
        QVERIFY(result.errors.first().toString().startsWith(path + QStringLiteral(": Cannot open")));
        QVERIFY(result.hosts.isEmpty());
    }

    void importFormatIdsRoundTrip()
    {
        for (ImportFormat f : {ImportFormat::SshConfig, ImportFormat::Csv, ImportFormat::Ansible}) {
            ImportFormat parsed = ImportFormat::Csv;
            QVERIFY(importFormatFromId(importFormatId(f), &parsed));
            QCOMPARE(parsed, f);
        }
        QCOMPARE(importFormatId(ImportFormat::SshConfig), QStringLiteral("ssh-config"));
        ImportFormat ignored;
        QVERIFY(!importFormatFromId(QStringLiteral("yaml"), &ignored));
    }
};

QTEST_GUILESS_MAIN(TestSshConfigImport)
#include "tst_sshconfigimport.moc"
