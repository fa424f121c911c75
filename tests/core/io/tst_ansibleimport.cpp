#include "core/inventory/io/AnsibleHostPattern.h"
#include "core/inventory/io/AnsibleReader.h"
#include "core/inventory/io/Importers.h"
#include "core/inventory/io/ShellWords.h"
#include "tests/core/io/ImportTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace wb;

class TestAnsibleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ansibleImportReadsGroupsAndHosts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QList<int>>("errorLines");
        QTest::addColumn<QList<int>>("skippedLines");

        QTest::newRow("groups, children, ranges, vars sections")
            << "ansible/good.ini"
            << QStringList{"loose01 @192.0.2.99:22",
                           "web01 @web01:22 user=deploy in=dc1/web",
                           "web02 @web02:22 user=deploy in=dc1/web",
                           "web03 @web03:22 user=deploy in=dc1/web",
                           "web-special @192.0.2.50:2222 kind=workstation in=dc1/web tags=a|b notes=two words",
                           "old-style @192.0.2.51:2200 user=legacy auth=key key=~/.ssh/legacy in=dc1/web",
                           "db-a.example.org @db-a.example.org:22 in=dc1/db",
                           "db-b.example.org @db-b.example.org:22 in=dc1/db",
                           "db-c.example.org @db-c.example.org:22 in=dc1/db"}
            << QList<int>{} << QList<int>{16, 21};
        QTest::newRow("host in several groups, group under several parents")
            << "ansible/duplicate-membership.ini"
            << QStringList{"shared01 @192.0.2.7:22 user=ops in=dc1/web tags=monitoring"} << QList<int>{}
            << QList<int>{2, 8};
        QTest::newRow("bad port, kind, quote, range, variable, header")
            << "ansible/broken.ini" << QStringList{"good01 @192.0.2.1:22 in=web"} << QList<int>{3, 4, 5, 6, 7, 8}
            << QList<int>{};
        QTest::newRow("children loop")
            << "ansible/children-loop.ini" << QStringList{"host-a @192.0.2.1:22 in=a"} << QList<int>{4}
            << QList<int>{};
        QTest::newRow("werkbank vars and group display name")
            << "ansible/wb-vars.ini"
            << QStringList{"web01 @192.0.2.1:22 auth=password jump=bastion in=dc1/Web servers os=Ubuntu 24.04 "
                           "location=Rack 1 owner=ops notes=line one\\nline \"two\"",
                           "bastion @192.0.2.2:22 auth=key key=/keys/my key in=dc1/Web servers"}
            << QList<int>{} << QList<int>{};
    }

    void ansibleImportReadsGroupsAndHosts()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        QFETCH(QList<int>, errorLines);
        QFETCH(QList<int>, skippedLines);

        const ImportResult result = Importers::importFile(ImportFormat::Ansible, testData(file));
        QCOMPARE(describeHosts(result), hosts);
        QVERIFY2(issueLines(result.errors) == errorLines, qPrintable(issueText(result.errors)));
        QVERIFY2(issueLines(result.skipped) == skippedLines, qPrintable(issueText(result.skipped)));
    }

    void ansibleImportReturnsEmptyGroups()
    {
        const ImportResult result = Importers::readAnsible(testData("ansible/good.ini"));
        const QList<QStringList> expected = {{"dc1", "web"}, {"dc1", "db"}, {"dc1"}, {"empty"}};
        QCOMPARE(result.groupPaths, expected);
    }

    void ansibleImportPlacesHostOfSeveralGroupsInTheFirst()
    {
        const ImportResult result = Importers::readAnsible(testData("ansible/duplicate-membership.ini"));
        QCOMPARE(result.hosts.size(), 1);
        QCOMPARE(result.hosts.first().groupPath, QStringList({"dc1", "web"}));
        QCOMPARE(result.hosts.first().host.tags, QStringList{"monitoring"});
        QVERIFY(result.skipped.first().message.contains(QLatin1String("became tags")));
        QVERIFY(result.skipped.last().message.contains(QLatin1String("dc2")));
    }

    void ansibleImportNamesFileAndLineOfBadPort()
    {
        const QString path = testData("ansible/broken.ini");
        const ImportResult result = Importers::readAnsible(path);
        QVERIFY(result.hasErrors());
        QCOMPARE(result.errors.first().toString(),
                 path + QStringLiteral(":3: Port “70000” is out of range: SSH ports run from 1 to 65535."));
    }

    void ansibleHostRangesExpand_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("zero padded") << "web[01:03]" << true << QStringList{"web01", "web02", "web03"};
        QTest::newRow("padding across a decade") << "web[08:10]" << true << QStringList{"web08", "web09", "web10"};
        QTest::newRow("unpadded") << "n[9:11]" << true << QStringList{"n9", "n10", "n11"};
        QTest::newRow("empty start is zero") << "n[:2]" << true << QStringList{"n0", "n1", "n2"};
        QTest::newRow("letters with suffix") << "db-[a:c].lan" << true << QStringList{"db-a.lan", "db-b.lan", "db-c.lan"};
        QTest::newRow("step") << "x[1:5:2]" << true << QStringList{"x1", "x3", "x5"};
        QTest::newRow("two ranges") << "r[1:2]-[a:b]" << true << QStringList{"r1-a", "r1-b", "r2-a", "r2-b"};
        QTest::newRow("no range") << "plain.example.org" << true << QStringList{"plain.example.org"};
        QTest::newRow("mixed number and letter") << "web[1:b]" << false << QStringList{};
        QTest::newRow("backwards") << "web[10:1]" << false << QStringList{};
        QTest::newRow("unequal padding") << "web[001:10]" << false << QStringList{};
        QTest::newRow("unclosed") << "web[01:10" << false << QStringList{};
        QTest::newRow("not a range") << "web[1]" << false << QStringList{};
        QTest::newRow("too many hosts") << "h[0:100000]" << false << QStringList{};
        QTest::newRow("too many hosts from two ranges") << "h[0:999]-[0:999]" << false << QStringList{};
        QTest::newRow("step zero") << "h[1:5:0]" << false << QStringList{};
        QTest::newRow("step larger than letters") << "host[a:c:65536]" << false << QStringList{};
        QTest::newRow("step larger than numbers") << "host[1:5:10]" << false << QStringList{};
        QTest::newRow("step past 64 bits") << "host[1:5:99999999999999999999]" << false << QStringList{};
        QTest::newRow("near the top of 64 bits")
            << "n[18446744073709551613:18446744073709551615]" << true
            << QStringList{"n18446744073709551613", "n18446744073709551614", "n18446744073709551615"};
        QTest::newRow("all of 64 bits") << "n[0:18446744073709551615]" << false << QStringList{};
        QTest::newRow("past 64 bits") << "n[0:18446744073709551616]" << false << QStringList{};
        QTest::newRow("letter step skips what is between Z and a") << "x[Y:b:2]" << true << QStringList{"xY", "xa"};
        QTest::newRow("many ranges in a row")
            << QStringLiteral("x") + QStringLiteral("[1:1]").repeated(20000) << true
            << QStringList{QStringLiteral("x") + QStringLiteral("1").repeated(20000)};
    }

    void ansibleHostRangeOfTheLargestAllowedSizeExpands()
    {
        QStringList names;
        QString problem;
        QVERIFY2(AnsibleHostPattern::expand(QStringLiteral("h[1:100000]"), &names, &problem), qPrintable(problem));
        QCOMPARE(names.size(), AnsibleHostPattern::MaxHosts);
        QCOMPARE(names.last(), QStringLiteral("h100000"));
    }

    void ansibleImportStopsAtTheLineThatGoesPastTheHostLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.ini");
        QVERIFY(writeTestFile(path, "[a]\na[1:60000]\n[b]\nb[1:60000]\nc1\n"));
        const ImportResult result = Importers::readAnsible(path);
        QCOMPARE(issueLines(result.errors), QList<int>{4});
        QVERIFY2(result.errors.first().message.contains(QLatin1String("100000")), qPrintable(issueText(result.errors)));
        QCOMPARE(result.hosts.size(), 60000);
    }

    void ansibleImportOf20000HostsInGroupsStaysWithinTheLimits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("fleet.ini");
        QByteArray text;
        for (int g = 0; g < 20; ++g)
            text += QStringLiteral("[site%1]\nws%1-[0001:1000] ansible_user=deploy\n").arg(g).toUtf8();
        QVERIFY(writeTestFile(path, text));
        const ImportResult result = Importers::readAnsible(path);
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(result.hosts.size(), 20000);
    }

    void ansibleImportRefusesGroupsNestedTooDeep()
    {
        // g0 > g1 > … > g69, written bottom-up so no single link looks deep when it is read.
        QTemporaryDir dir;
        const QString path = dir.filePath("deep.ini");
        QByteArray text;
        const int groups = AnsibleReader::MaxGroupDepth + 6;
        for (int g = groups - 2; g >= 0; --g)
            text += QStringLiteral("[g%1:children]\ng%2\n").arg(g).arg(g + 1).toUtf8();
        QVERIFY(writeTestFile(path, text));
        const ImportResult result = Importers::readAnsible(path);
        // The link of g64 below g63 is line 2 * (groups - 2 - 63) + 2.
        QCOMPARE(issueLines(result.errors), QList<int>{2 * (groups - 2 - (AnsibleReader::MaxGroupDepth - 1)) + 2});
        for (const QStringList &groupPath : result.groupPaths)
            QVERIFY(groupPath.size() <= AnsibleReader::MaxGroupDepth);
    }

    void ansibleImportOfALongGroupChainIsFast()
    {
        // Each link used to walk all its ancestors and every group got its full path: quadratic.
        QTemporaryDir dir;
        const QString path = dir.filePath("chain.ini");
        QByteArray text;
        for (int g = 0; g < 20000; ++g)
            text += QStringLiteral("[g%1:children]\ng%2\n").arg(g).arg(g + 1).toUtf8();
        QVERIFY(writeTestFile(path, text));
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = Importers::readAnsible(path);
        QVERIFY2(timer.elapsed() < timeBudgetMs(10000), qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.hasErrors()); // nested too deep
        QCOMPARE(result.groupPaths.size(), 20001);
    }

    void ansibleImportOfAHostInManyGroupsIsLinear()
    {
        // Membership and the tags made from it were both looked up in a list: quadratic.
        QTemporaryDir dir;
        const QString path = dir.filePath("member.ini");
        QByteArray text;
        const int groups = 60000;
        for (int g = 0; g < groups; ++g)
            text += QStringLiteral("[g%1]\nshared\n").arg(g).toUtf8();
        QVERIFY(writeTestFile(path, text));
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = Importers::readAnsible(path);
        QVERIFY2(timer.elapsed() < timeBudgetMs(5000), qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(result.hosts.size(), 1);
        QCOMPARE(result.hosts.first().groupPath, QStringList{"g0"});
        QCOMPARE(result.hosts.first().host.tags.size(), groups - 1);
    }

    void ansibleImportStopsWhenCancelled()
    {
        std::atomic<bool> cancel{true};
        const ImportResult result = Importers::importFile(ImportFormat::Ansible, testData("ansible/good.ini"), &cancel);
        QVERIFY(result.cancelled);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.hosts.isEmpty());
    }

    void ansibleHostRangesExpand()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QFETCH(QStringList, names);
        QStringList expanded;
        QString problem;
        QCOMPARE(AnsibleHostPattern::expand(pattern, &expanded, &problem), valid);
        if (valid)
            QCOMPARE(expanded, names);
        else
            QVERIFY2(problem.contains(pattern), qPrintable(problem));
    }

    void shellWordsQuoteAndSplitRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "web01";
        QTest::newRow("spaces") << "two words";
        QTest::newRow("quotes and backslash") << "say \"hi\" to C:\\temp and 'you'";
        QTest::newRow("newlines and tab") << "line one\nline\ttwo\r\nthree";
        QTest::newRow("hash is not a comment inside quotes") << "room #4";
        QTest::newRow("equals sign") << "a=b";
    }

    void shellWordsQuoteAndSplitRoundTrip()
    {
        QFETCH(QString, value);
        const QString line = QStringLiteral("host key=") + ShellWords::quote(value) + QStringLiteral(" # comment");
        QStringList words;
        QString problem;
        QVERIFY2(ShellWords::split(line, &words, &problem), qPrintable(problem));
        QCOMPARE(words, QStringList({QStringLiteral("host"), QStringLiteral("key=") + value}));
    }
};

QTEST_GUILESS_MAIN(TestAnsibleImport)
#include "tst_ansibleimport.moc"
