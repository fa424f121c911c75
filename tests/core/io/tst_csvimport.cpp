#include "core/inventory/io/CsvReader.h"
#include "core/inventory/io/Importers.h"
#include "tests/core/io/ImportTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace wb;

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvImportReadsHostsAndReportsBadLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QList<int>>("errorLines");

        QTest::newRow("all columns, quoting, case-insensitive header")
            << "csv/good.csv"
            << QStringList{
                   "web01 @192.0.2.10:2222 user=deploy auth=key key=~/.ssh/id_web jump=bastion in=dc1/web "
                   "tags=web|prod os=Debian 12 location=Rack 4 owner=Team Web "
                   "notes=Front end, behind the \"big\" balancer",
                   "bastion @bastion.example.org:22 user=admin in=dc1 location=DMZ",
                   "sw-core @10.0.0.2:22 kind=switch auth=password in=dc1/net tags=network location=Basement "
                   "owner=Network team notes=Two lines:\\nsecond line",
                   "printer @printer.lan:22 kind=other"}
            << QList<int>{};
        QTest::newRow("bad port, kind, auth and address")
            << "csv/broken.csv" << QStringList{"good01 @192.0.2.1:22", "good02 @192.0.2.6:22"}
            << QList<int>{3, 4, 5, 6, 7};
        QTest::newRow("unterminated quote swallows the rest")
            << "csv/unterminated.csv" << QStringList{"good01 @192.0.2.1:22 notes=fine"} << QList<int>{3};
        QTest::newRow("line numbers count newlines inside quotes")
            << "csv/multiline-then-bad.csv"
            << QStringList{"ok01 @192.0.2.1:22 notes=first line\\nsecond line\\nthird line"} << QList<int>{5};
        QTest::newRow("CRLF line ends and a byte order mark")
            << "csv/crlf-bom.csv" << QStringList{"web01 @192.0.2.1:22 notes=line one\\nline two", "web02 @192.0.2.2:22"}
            << QList<int>{};
        QTest::newRow("same host twice in one group")
            << "csv/duplicate.csv" << QStringList{"web01 @192.0.2.1:22 in=site", "web01 @192.0.2.2:22 in=other"}
            << QList<int>{4};
        QTest::newRow("unknown column") << "csv/unknown-column.csv" << QStringList{} << QList<int>{1};
        QTest::newRow("missing required column") << "csv/missing-address.csv" << QStringList{} << QList<int>{1};
        QTest::newRow("semicolon separated") << "csv/semicolons.csv" << QStringList{} << QList<int>{1};
        QTest::newRow("empty file") << "csv/empty.csv" << QStringList{} << QList<int>{1};
    }

    void csvImportReadsHostsAndReportsBadLines()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        QFETCH(QList<int>, errorLines);

        const ImportResult result = Importers::importFile(ImportFormat::Csv, testData(file));
        QCOMPARE(describeHosts(result), hosts);
        QVERIFY2(issueLines(result.errors) == errorLines, qPrintable(issueText(result.errors)));
        QVERIFY(result.skipped.isEmpty());
        for (const ImportIssue &issue : result.errors)
            QCOMPARE(issue.file, testData(file));
    }

    void csvImportReportsLineOfUnterminatedQuote()
    {
        const QString path = testData("csv/unterminated.csv");
        const ImportResult result = Importers::readCsv(path);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().toString().startsWith(path + QStringLiteral(":3: A quoted field")));
    }

    void csvImportNamesAllowedValuesForUnknownKindAndAuth()
    {
        const QString path = testData("csv/broken.csv");
        const ImportResult result = Importers::readCsv(path);
        QCOMPARE(result.errors.size(), 5);
        QCOMPARE(result.errors.at(0).toString(),
                 path + QStringLiteral(":3: Port “70000” is out of range: SSH ports run from 1 to 65535."));
        QCOMPARE(result.errors.at(2).message,
                 QStringLiteral("Kind “serveur” is not known; use one of: server, workstation, router, switch, "
                                "firewall, other."));
        QCOMPARE(result.errors.at(3).message,
                 QStringLiteral("Authentication “kerberos” is not known; use one of: agent, key, password."));
        QVERIFY(result.errors.at(4).message.contains(QLatin1String("10.0.0.300")));
    }

    void csvImportNamesUnknownColumnOnLineOne()
    {
        const ImportResult result = Importers::readCsv(testData("csv/unknown-column.csv"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 1);
        QVERIFY(result.errors.first().message.startsWith(QStringLiteral("Unknown column “hostname”")));
        QVERIFY(result.hosts.isEmpty());
    }

    void csvImportHintsAtSemicolonSeparators()
    {
        const ImportResult result = Importers::readCsv(testData("csv/semicolons.csv"));
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().message.contains(QLatin1String("semicolons")));
    }

    void csvParserHandlesRfc4180Quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << "a,b,c" << QStringList{"a", "b", "c"};
        QTest::newRow("empty fields") << "a,,c," << QStringList{"a", "", "c", ""};
        QTest::newRow("comma in quotes") << "\"a,b\",c" << QStringList{"a,b", "c"};
        QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\",x" << QStringList{"say \"hi\"", "x"};
        QTest::newRow("newline in quotes") << "\"l1\nl2\",x" << QStringList{"l1\nl2", "x"};
        QTest::newRow("space around quoted field") << " \"a\" ,b" << QStringList{"a", "b"};
        QTest::newRow("quotes inside an unquoted field") << "a\"b\"\",c" << QStringList{"a\"b\"\"", "c"};
    }

    void csvParserHandlesRfc4180Quoting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, fields);
        const QList<CsvReader::Record> records = CsvReader::parse(text);
        QCOMPARE(records.size(), 1);
        QVERIFY2(records.first().problem.isEmpty(), qPrintable(records.first().problem));
        QCOMPARE(records.first().fields, fields);
    }

    void csvParserIsLinearOnQuoteHeavyFields()
    {
        // Each quote in an unquoted field used to copy the field so far to trim it: quadratic per line.
        const QString line = QStringLiteral("a") + QStringLiteral(" \"").repeated(30000) + QStringLiteral(" ,b\n");
        const QString text = line.repeated(200);
        QElapsedTimer timer;
        timer.start();
        const QList<CsvReader::Record> records = CsvReader::parse(text);
        QVERIFY2(timer.elapsed() < timeBudgetMs(5000), qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(records.size(), 200);
        QCOMPARE(records.last().fields.first().size(), 60002);
    }

    void csvImportRemovesExactlyTheFormulaGuard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("guarded.csv");
        QVERIFY(writeTestFile(path, "name,address,os,location,owner,notes,tags\n"
                                    "web01,192.0.2.1,'=1+1,'-5,'@team,\"'\t+tab\",'=a\n"
                                    "web02,192.0.2.2,''=x,'plain,it's,'',\n"));
        const ImportResult result = Importers::importFile(ImportFormat::Csv, path);
        QVERIFY2(result.errors.isEmpty(), qPrintable(issueText(result.errors)));
        QCOMPARE(describeHosts(result),
                 QStringList({"web01 @192.0.2.1:22 tags==a os==1+1 location=-5 owner=@team notes=\t+tab",
                              "web02 @192.0.2.2:22 os='=x location='plain owner=it's notes=''"}));
    }

    void csvImportRefusesALineOverTheLengthLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("long.csv");
        QVERIFY(writeTestFile(path, "name,address,notes\nweb01,192.0.2.1,\"" + QByteArray(70000, 'x') + "\"\n"));
        const ImportResult result = Importers::importFile(ImportFormat::Csv, path);
        QCOMPARE(issueLines(result.errors), QList<int>{2});
        QVERIFY2(result.errors.first().message.contains(QLatin1String("65536")), qPrintable(issueText(result.errors)));
        QVERIFY(result.hosts.isEmpty());
    }

    void csvImportRefusesAFileOverTheSizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.csv");
        const QByteArray row = "web01,192.0.2.1," + QByteArray(1000, 'x') + "\n";
        QVERIFY(writeTestFile(path, "name,address,notes\n" + row.repeated(17 * 1024)));
        const ImportResult result = Importers::importFile(ImportFormat::Csv, path);
        QCOMPARE(issueLines(result.errors), QList<int>{0});
        QVERIFY2(result.errors.first().toString().contains(path), qPrintable(issueText(result.errors)));
        QVERIFY(result.errors.first().message.contains(QLatin1String("16 MiB")));
        QVERIFY(result.hosts.isEmpty());
    }

    void csvImportStopsWhenCancelled()
    {
        std::atomic<bool> cancel{true};
        const ImportResult result = Importers::importFile(ImportFormat::Csv, testData("csv/good.csv"), &cancel);
        QVERIFY(result.cancelled);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.hosts.isEmpty());
    }

    void csvParserRejectsTextAfterClosingQuote()
    {
        const QList<CsvReader::Record> records = CsvReader::parse(QStringLiteral("a,b\n\"x\"y,z\n"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).line, 2);
        QVERIFY(!records.at(1).problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
