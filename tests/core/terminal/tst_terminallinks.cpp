// Links a program makes (OSC 8 hyperlinks: the target is kept on the cells,
// through scrollback and reflow; hostile targets are plain text) and file
// paths in the output.
#include "core/terminal/TerminalScreen.h"

#include <QTest>

using namespace wb;
using Kind = TerminalScreen::Link::Kind;

class TestTerminalLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHyperlinkCoversWhatIsPrintedUntilItEnds()
    {
        TerminalScreen s(3, 40);
        s.feed(QByteArray("a \x1b]8;;https://example.org/x\x1b\\click here\x1b]8;;\x1b\\ b"));
        const auto link = s.linkAt({0, 4});
        QVERIFY(link);
        QCOMPARE(link->kind, Kind::Hyperlink);
        QCOMPARE(link->url, QStringLiteral("https://example.org/x"));
        QCOMPARE(link->range.start, (TextPos{0, 2}));
        QCOMPARE(link->range.end, (TextPos{0, 12}));
        QVERIFY(!s.linkAt({0, 0}));
        QVERIFY(!s.linkAt({0, 13}));
        QCOMPARE(s.lineText(0), QStringLiteral("a click here b"));
    }

    void theTargetWinsOverTheTextAndOutlivesAnSgrReset()
    {
        TerminalScreen s(3, 60);
        // BEL ends the OSC too; an id parameter; the text is itself an address, elsewhere.
        s.feed(QByteArray("\x1b]8;id=7;https://evil.example/\ahttps://bank.example/\x1b[0m more\x1b]8;;\a after"));
        const auto link = s.linkAt({0, 3});
        QVERIFY(link);
        QCOMPARE(link->kind, Kind::Hyperlink);
        QCOMPARE(link->url, QStringLiteral("https://evil.example/"));
        QCOMPARE(s.linkAt({0, 25})->url, QStringLiteral("https://evil.example/")); // after the reset, still the link
        QVERIFY(!s.linkAt({0, 30}));
        // A reset of the terminal ends it.
        s.feed(QByteArray("\r\n\x1b]8;;https://a.example/\x1b\\x\x1b" "cy"));
        QCOMPARE(s.lineText(0), QStringLiteral("y"));
        QVERIFY(!s.linkAt({0, 0}));
    }

    void aHyperlinkRunsOverAWrapAndIntoTheScrollback()
    {
        TerminalScreen s(3, 10);
        s.feed(QByteArray("ab\x1b]8;;https://example.org/long\x1b\\0123456789xyz\x1b]8;;\x1b\\!"));
        auto link = s.linkAt({1, 1});
        QVERIFY(link);
        QCOMPARE(link->range.start, (TextPos{0, 2}));
        QCOMPARE(link->range.end, (TextPos{1, 5}));
        QVERIFY(!s.linkAt({1, 5}));
        // Scrolled off, reflowed: still there.
        s.feed(QByteArray("\r\n1\r\n2\r\n3"));
        QCOMPARE(s.scrollbackSize(), 2);
        link = s.linkAt({0, 3});
        QVERIFY(link);
        QCOMPARE(link->url, QStringLiteral("https://example.org/long"));
        s.resize(3, 20);
        link = s.linkAt({0, 14});
        QVERIFY(link);
        QCOMPARE(link->range, (TextMatch{{0, 2}, {0, 15}}));
    }

    void anOscSplitOverTwoReadsStillMakesALink()
    {
        TerminalScreen s(3, 40);
        s.feed(QByteArray("\x1b]8;;https://exam"));
        s.feed(QByteArray("ple.org/\x1b\\here\x1b]8;;\x1b\\"));
        QCOMPARE(s.linkAt({0, 1})->url, QStringLiteral("https://example.org/"));
    }

    void linksNoLongerShownMakeRoomForNewOnes()
    {
        TerminalScreen s(3, 30);
        s.setScrollbackCapacity(5);
        QByteArray out;
        for (int i = 0; i < 70000; ++i)
            out += "\x1b]8;;https://x.example/" + QByteArray::number(i) + "\x1b\\link\x1b]8;;\x1b\\\r\n";
        s.feed(out);
        // Well past 65,535 links, the newest still are (the table kept only those shown).
        QCOMPARE(s.linkAt({s.scrollbackSize() + 1, 1})->url, QStringLiteral("https://x.example/69999"));
        QCOMPARE(s.linkAt({s.scrollbackSize(), 1})->url, QStringLiteral("https://x.example/69998"));
        QCOMPARE(s.linkAt({0, 1})->url, QStringLiteral("https://x.example/69993")); // the oldest line kept
        QVERIFY(!s.hyperlink(8).isEmpty());
        QVERIFY(s.hyperlink(65000).isEmpty()); // the table was made small again
    }

    void aBigFeedIsNotCutInsideALink()
    {
        // libvterm gets big buffers in pieces (of 256 KB); one may not end inside an OSC.
        TerminalScreen s(3, 30);
        QByteArray out;
        while (out.size() < 256 * 1024 - 8)
            out += "x\r\n";
        out += "\x1b]8;;https://straddles.example/\x1b\\link\x1b]8;;\x1b\\\r\nend";
        QVERIFY(out.indexOf("\x1b]8;;https") < 256 * 1024 && out.indexOf("\x1b\\link") > 256 * 1024);
        s.feed(out);
        QCOMPARE(s.lineText(s.scrollbackSize() + 1), QStringLiteral("link"));
        const auto link = s.linkAt({s.scrollbackSize() + 1, 1});
        QVERIFY(link);
        QCOMPARE(link->url, QStringLiteral("https://straddles.example/"));
    }

    void aHostileTargetIsPlainText_data()
    {
        QTest::addColumn<QByteArray>("osc");
        QTest::newRow("a space") << QByteArray("8;;https://a.example/ x");
        QTest::newRow("UTF-8 not encoded") << QByteArray("8;;https://b\xc3\xa4nk.example/");
        QTest::newRow("too long") << QByteArray("8;;https://a.example/" + QByteArray(2100, 'a'));
        QTest::newRow("an id too long") << QByteArray("8;id=" + QByteArray(300, 'i') + ";https://a.example/");
        QTest::newRow("no target") << QByteArray("8;;");
        QTest::newRow("no separator") << QByteArray("8;https://a.example/");
    }
    void aHostileTargetIsPlainText()
    {
        QFETCH(QByteArray, osc);
        TerminalScreen s(3, 40);
        s.feed("\x1b]" + osc + "\x1b\\text\x1b]8;;\x1b\\");
        QVERIFY(!s.linkAt({0, 1}));
        QCOMPARE(s.lineText(0), QStringLiteral("text"));
    }

    void pathsAreLinksWhenAsked_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("col");
        QTest::addColumn<QString>("path"); // empty: none there
        QTest::newRow("absolute") << QByteArray("cat /etc/hosts now") << 6 << "/etc/hosts";
        QTest::newRow("at the start") << QByteArray("/var/log/syslog") << 0 << "/var/log/syslog";
        QTest::newRow("home") << QByteArray("see ~/notes.txt.") << 8 << "~/notes.txt";
        QTest::newRow("grep's colon") << QByteArray("/etc/ssh/sshd_config:12:Port 22") << 3 << "/etc/ssh/sshd_config";
        QTest::newRow("after an equals sign") << QByteArray("HOME=/root") << 7 << "/root";
        QTest::newRow("in quotes") << QByteArray("open '/srv/www/index.html' failed") << 10 << "/srv/www/index.html";
        QTest::newRow("relative") << QByteArray("cd sub/dir") << 7 << "";
        QTest::newRow("a lone slash") << QByteArray("cd / now") << 3 << "";
        QTest::newRow("an address stays one") << QByteArray("https://example.org/a/b") << 15 << "https://example.org/a/b";
        QTest::newRow("a shell's metacharacters end it") << QByteArray("ls /tmp/a;rm") << 8 << "/tmp/a";
    }
    void pathsAreLinksWhenAsked()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, col);
        QFETCH(QString, path);
        TerminalScreen s(3, 80);
        s.feed(input);
        const auto link = s.linkAt({0, col}, true);
        QCOMPARE(link ? link->url : QString(), path);
        if (link && !path.startsWith(QLatin1String("https")))
            QCOMPARE(link->kind, Kind::Path);
        const auto without = s.linkAt({0, col});
        QVERIFY(!without || without->kind == Kind::Address); // paths only when asked
    }
};

QTEST_GUILESS_MAIN(TestTerminalLinks)
#include "tst_terminallinks.moc"
