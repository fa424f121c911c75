// Log lines from hosts: journalctl's JSON (tests/core/fleet/data/journal.json,
// written from journalctl's documented export fields: this machine has no
// systemd; and real lines published by others, data/captured), a file's lines with their own timestamps, lines arriving in
// pieces, control characters made visible as cat -v does, and the command a
// host runs for a query, every user value quoted.
#include "core/fleet/LogParser.h"
#include "core/fleet/LogQuery.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace wb;

namespace {
const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

QByteArray capture()
{
    QFile file(QStringLiteral(WERKBANK_SOURCE_DIR "/tests/core/fleet/data/journal.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void journalEntries()
    {
        LogParser parser(QStringLiteral("web1"), LogParser::Format::Journal);
        const QList<LogLine> lines = parser.feed(capture(), now);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0].host, QStringLiteral("web1"));
        QCOMPARE(lines[0].time, QDateTime::fromMSecsSinceEpoch(1733565121123LL, Qt::UTC));
        QCOMPARE(lines[0].priority, 6);
        QCOMPARE(lines[0].unit, QStringLiteral("init.scope"));
        QCOMPARE(lines[0].message, QStringLiteral("Starting apt-daily.service - Daily apt download activities..."));
        QCOMPARE(lines[1].priority, 3);
        QCOMPARE(lines[1].unit, QStringLiteral("ssh.service"));
        QCOMPARE(lines[2].unit, QStringLiteral("kernel")); // no unit: the syslog identifier
        QCOMPARE(lines[2].priority, 4);
        // A hostile message arrives as it was sent; showing it makes every control visible.
        QVERIFY(lines[3].message.contains(QChar(0x1b)));
        QCOMPARE(LogText::visible(lines[3].message), QStringLiteral("^[]0;pwned^G^[[2J^[[Hfake prompt^Jroot@web1:~# "));
        // Bytes that are not UTF-8 come as an array of numbers.
        QCOMPARE(LogText::visible(lines[4].message), QStringLiteral("bin^[[31m\uFFFD!"));
        QCOMPARE(lines[5].priority, -1);
        QCOMPARE(lines[5].unit, QString());
        QVERIFY(parser.finish(now).isEmpty());
    }

    void capturedJournalLines()
    {
        const auto read = [](const char *name) {
            QFile file(QStringLiteral(WERKBANK_SOURCE_DIR "/tests/core/fleet/data/captured/%1").arg(QLatin1String(name)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        // Older systemd: spaces around the colons, no unit, a syslog identifier.
        LogParser parser(QStringLiteral("faasd"), LogParser::Format::Journal);
        QList<LogLine> lines = parser.feed(read("journal-faasd.json"), now);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].time, QDateTime::fromMSecsSinceEpoch(1583353899094LL, Qt::UTC));
        QCOMPARE(lines[0].unit, QStringLiteral("openfaas-fn:nodeinfo"));
        QCOMPARE(lines[0].message, QStringLiteral("2020/03/04 20:31:39 POST / - 200 OK - ContentLength: 83"));
        QCOMPARE(lines[0].priority, -1);
        // A container's coloured line: MESSAGE as bytes (ESC, CR), made visible.
        LogParser nix(QStringLiteral("nixos"), LogParser::Format::Journal);
        lines = nix.feed(read("journal-vector1714.json"), now);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].time, QDateTime::fromMSecsSinceEpoch(1580926120427LL, Qt::UTC));
        QCOMPARE(LogText::visible(lines[0].message),
                 QStringLiteral("^[[32m---> Valid - docs.installation.operating_systems.amazon-linux - "
                                "/docs/setup/installation/operating-systems/amazon-linux/^[[0m^M"));
    }

    // journalctl's other shapes of a field (systemd's logs-show.c): a field an
    // entry has twice is an array of its values; without --all a long one is null.
    void journalFieldShapes()
    {
        LogParser parser(QStringLiteral("h"), LogParser::Format::Journal);
        const QList<LogLine> lines = parser.feed(
            "{\"__REALTIME_TIMESTAMP\":\"1733565121123456\",\"SYSLOG_IDENTIFIER\":[\"NetworkManager\",\"nm\"],\"MESSAGE\":[\"dhcp4\",[100,104,99,112,54,13]]}\n"
            "{\"__REALTIME_TIMESTAMP\":\"1733565121123456\",\"MESSAGE\":null,\"PRIORITY\":\"2\"}\n", now);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].unit, QStringLiteral("NetworkManager; nm"));
        QCOMPARE(LogText::visible(lines[0].message), QStringLiteral("dhcp4; dhcp6^M"));
        QCOMPARE(lines[1].message, QString());
        QCOMPARE(lines[1].priority, 2);
    }

    void piecesAndOddLines()
    {
        const QByteArray all = capture();
        LogParser parser(QStringLiteral("web1"), LogParser::Format::Journal);
        QList<LogLine> lines;
        for (qsizetype at = 0; at < all.size(); at += 7) // seven bytes at a time: lines split anywhere
            lines += parser.feed(all.mid(at, 7), now);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[3].unit, QStringLiteral("evil.service"));
        // Not JSON (a warning journalctl wrote to stdout): kept as text, timed on arrival.
        LogParser other(QStringLiteral("db"), LogParser::Format::Journal);
        const QList<LogLine> odd = other.feed("-- No entries --\r\n\n", now);
        QCOMPARE(odd.size(), 1);
        QCOMPARE(odd[0].message, QStringLiteral("-- No entries --"));
        QCOMPARE(odd[0].time, now);
        // A last line without a line break comes with finish().
        QVERIFY(other.feed("tail end", now).isEmpty());
        QCOMPARE(other.finish(now).value(0).message, QStringLiteral("tail end"));
        // A host that never sends a line break is cut into lines of maxLineBytes.
        LogParser flood(QStringLiteral("x"), LogParser::Format::Text);
        const QList<LogLine> cut = flood.feed(QByteArray(LogParser::maxLineBytes * 2 + 10, 'a'), now);
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut[0].message.size(), LogParser::maxLineBytes);
        QCOMPARE(flood.finish(now).value(0).message.size(), 10);
    }

    void fileLinesAndTheirTimes()
    {
        LogLine line;
        LogParser::parseText(QStringLiteral("2026-12-07T09:15:30.250Z GET /index.html 200"), now, &line);
        QCOMPARE(line.time, QDateTime(QDate(2026, 12, 7), QTime(9, 15, 30, 250), Qt::UTC));
        LogParser::parseText(QStringLiteral("2026-12-07 10:15:30+0100 worker started"), now, &line);
        QCOMPARE(line.time, QDateTime(QDate(2026, 12, 7), QTime(9, 15, 30), Qt::UTC));
        LogParser::parseText(QStringLiteral("2026-12-07 08:00:00,5 no zone: this machine's"), now, &line);
        QCOMPARE(line.time, QDateTime(QDate(2026, 12, 7), QTime(8, 0, 0, 500), Qt::LocalTime).toUTC());
        // Syslog: no year (the latest not in the future), and the program as the unit.
        LogLine syslog;
        LogParser::parseText(QStringLiteral("Dec  7 09:01:02 web1 CRON[1234]: (root) CMD (run-parts /etc/cron.hourly)"), now, &syslog);
        QCOMPARE(syslog.time, QDateTime(QDate(2026, 12, 7), QTime(9, 1, 2), Qt::LocalTime).toUTC());
        QCOMPARE(syslog.unit, QStringLiteral("CRON"));
        QCOMPARE(syslog.message, QStringLiteral("Dec  7 09:01:02 web1 CRON[1234]: (root) CMD (run-parts /etc/cron.hourly)"));
        LogLine lastYear;
        LogParser::parseText(QStringLiteral("Dec 31 23:59:59 web1 kernel: tick"), QDateTime(QDate(2027, 1, 2), QTime(10, 0), Qt::UTC), &lastYear);
        QCOMPARE(lastYear.time.toLocalTime().date(), QDate(2026, 12, 31));
        // No timestamp: when it came.
        LogLine plain;
        LogParser::parseText(QStringLiteral("just words"), now, &plain);
        QCOMPARE(plain.time, now);
        // Through the parser: a file's lines carry the file as their unit unless syslog names a program.
        LogParser parser(QStringLiteral("web1"), LogParser::Format::Text, QStringLiteral("/var/log/app.log"));
        const QList<LogLine> lines = parser.feed("one\nDec  7 09:01:02 web1 sshd[9]: hello\n", now);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].unit, QStringLiteral("/var/log/app.log"));
        QCOMPARE(lines[1].unit, QStringLiteral("sshd"));
    }

    void controlCharactersAreMadeVisible()
    {
        QCOMPARE(LogText::visible(QStringLiteral("plain text, één ünïcode ✓")), QStringLiteral("plain text, één ünïcode ✓"));
        QCOMPARE(LogText::visible(QStringLiteral("a\tb")), QStringLiteral("a\tb")); // tabs stay, as with cat -v
        QCOMPARE(LogText::visible(QStringLiteral("\x1b[31mred\x1b[0m")), QStringLiteral("^[[31mred^[[0m"));
        QCOMPARE(LogText::visible(QStringLiteral("a\rb\nc\x7f\x01")), QStringLiteral("a^Mb^Jc^?^A"));
        QCOMPARE(LogText::visible(QString(QChar(0x9b)) + QStringLiteral("2J")), QStringLiteral("M-^[2J")); // C1 CSI
        QCOMPARE(LogText::visible(QStringLiteral("abc\u202Efdp.exe")), QStringLiteral("abc<U+202E>fdp.exe")); // a bidi override
    }

    void priorities()
    {
        QCOMPARE(LogPriority::parse(QStringLiteral("3")), 3);
        QCOMPARE(LogPriority::parse(QStringLiteral("ERR")), 3);
        QCOMPARE(LogPriority::parse(QStringLiteral("error")), 3);
        QCOMPARE(LogPriority::parse(QStringLiteral("warning")), 4);
        QCOMPARE(LogPriority::parse(QStringLiteral("debug")), 7);
        QCOMPARE(LogPriority::parse(QStringLiteral("8")), -1);
        QCOMPARE(LogPriority::parse(QStringLiteral("loud")), -1);
        QCOMPARE(LogPriority::name(0), QStringLiteral("emerg"));
        QCOMPARE(LogPriority::name(-1), QString());
    }

    void theRemoteCommandQuotesWhatTheUserTyped()
    {
        LogQuery journal;
        journal.unit = QStringLiteral("a;rm -rf /");
        journal.priority = 3;
        journal.follow = true;
        QByteArray command = journal.remoteCommand();
        QVERIFY2(command.endsWith("exec journalctl -o json --all --no-pager -n 1000 -u 'a;rm -rf /' -p 3 -f"), command.constData());
        QVERIFY(command.startsWith("command -v journalctl"));
        journal.unit = QStringLiteral("it's $(id)");
        journal.since = QDateTime::fromSecsSinceEpoch(1733565121, Qt::UTC);
        journal.follow = false;
        journal.sudo = true;
        command = journal.remoteCommand();
        QVERIFY2(command.endsWith("exec sudo -S -p '' journalctl -o json --all --no-pager --since @1733565121 -u 'it'\\''s $(id)' -p 3"), command.constData());
        // No password to give: sudo -n, which fails at once instead of waiting for one.
        QVERIFY(journal.remoteCommand(false).contains("exec sudo -n journalctl"));

        LogQuery file;
        file.file = QStringLiteral("/var/log/$(id)/x; y");
        file.follow = true;
        QCOMPARE(file.remoteCommand(), QByteArray("exec tail -n 1000 -F -- '/var/log/$(id)/x; y'"));
        file.follow = false;
        file.lines = 5;
        QCOMPARE(file.remoteCommand(), QByteArray("exec tail -n 5 -- '/var/log/$(id)/x; y'"));
        file.lines = -1;
        file.since = now;
        QCOMPARE(file.remoteCommand(), QByteArray("exec cat -- '/var/log/$(id)/x; y'")); // all, sorted out here by time
    }

    void whatAQueryKeeps()
    {
        LogQuery query;
        LogLine line{QStringLiteral("web1"), now, 4, QStringLiteral("ssh.service"), QStringLiteral("Failed password for root")};
        QVERIFY(query.matches(line));
        query.priority = 3;
        QVERIFY(!query.matches(line)); // warning is less than err
        line.priority = -1;
        QVERIFY(query.matches(line)); // a file's line has none: it passes
        query.grep = QRegularExpression(QStringLiteral("^Failed (password|publickey)"));
        QVERIFY(query.matches(line));
        line.message = QStringLiteral("Accepted password for root");
        QVERIFY(!query.matches(line));
        // A file's lines: the unit is the syslog program, and since compares their own times.
        LogQuery file;
        file.file = QStringLiteral("/var/log/syslog");
        file.unit = QStringLiteral("CRON");
        file.since = now.addSecs(-60);
        LogLine cron{QStringLiteral("web1"), now, -1, QStringLiteral("CRON"), QStringLiteral("x")};
        QVERIFY(file.matches(cron));
        cron.time = now.addSecs(-61);
        QVERIFY(!file.matches(cron));
        cron.time = now;
        cron.unit = QStringLiteral("sshd");
        QVERIFY(!file.matches(cron));
    }

    void sinceTakesTimesAndAges()
    {
        QDateTime since;
        QString error;
        QVERIFY(LogQuery::parseSince(QStringLiteral("30m"), now, &since, &error));
        QCOMPARE(since, now.addSecs(-1800));
        QVERIFY(LogQuery::parseSince(QStringLiteral("2h"), now, &since, &error));
        QCOMPARE(since, now.addSecs(-7200));
        QVERIFY(LogQuery::parseSince(QStringLiteral("1d"), now, &since, &error));
        QCOMPARE(since, now.addDays(-1));
        QVERIFY(LogQuery::parseSince(QStringLiteral("2026-12-07T08:00:00Z"), now, &since, &error));
        QCOMPARE(since, QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC));
        QVERIFY(LogQuery::parseSince(QStringLiteral("2026-12-07 08:00"), now, &since, &error));
        QCOMPARE(since, QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::LocalTime).toUTC());
        QVERIFY(!LogQuery::parseSince(QStringLiteral("yesterday\x1b[2J"), now, &since, &error));
        QVERIFY2(error.contains(QStringLiteral("“yesterday^[[2J” is no time")), qPrintable(error));
    }

    void theJsonKeys()
    {
        const LogLine line{QStringLiteral("web1"), QDateTime(QDate(2026, 12, 7), QTime(9, 0, 0, 5), Qt::UTC), 3, QStringLiteral("ssh.service"),
                           QStringLiteral("boom")};
        QCOMPARE(QJsonDocument(line.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"host":"web1","message":"boom","priority":3,"time":"2026-12-07T09:00:00.005Z","unit":"ssh.service"})"));
        LogLine unknown = line;
        unknown.priority = -1;
        QVERIFY(unknown.toJson().value(QStringLiteral("priority")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
