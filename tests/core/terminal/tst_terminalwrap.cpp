// Soft wraps: which rows run on into the next, and what copy, find and a
// double click make of them. libvterm 0.1.4 does not say; TerminalScreen works
// it out from where each glyph lands.
#include "core/terminal/TerminalScreen.h"
#include "core/terminal/TerminalSelection.h"

#include <QTest>

using namespace wb;

namespace {

// The lines (over scrollback and screen) that are marked wrapped.
QList<int> wrappedLines(const TerminalScreen &s)
{
    QList<int> out;
    for (int i = 0; i < s.lineCount(); ++i)
        if (s.isWrapped(i))
            out << i;
    return out;
}

// Feeds byte by byte too, as a network read may cut anywhere.
void feedBothWays(TerminalScreen &whole, TerminalScreen &bytes, const QByteArray &input)
{
    whole.feed(input);
    for (char c : input)
        bytes.feed(&c, 1);
}

} // namespace

class TestTerminalWrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whichRowsWrap_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("wrapped");
        QTest::newRow("over the edge") << 4 << QByteArray("0123456789AB") << QList<int>{0};
        QTest::newRow("three rows long") << 4 << QByteArray("0123456789abcdefghijXY") << QList<int>{0, 1};
        QTest::newRow("exactly the width, then a line break") << 4 << QByteArray("0123456789\r\nx") << QList<int>{};
        QTest::newRow("exactly the width, then more") << 4 << QByteArray("0123456789x") << QList<int>{0};
        QTest::newRow("exactly the width, nothing more") << 4 << QByteArray("0123456789") << QList<int>{};
        QTest::newRow("a wide character that does not fit moves down")
            << 4 << QByteArray("012345678\xe4\xb8\xad") << QList<int>{0};
        QTest::newRow("a wide character ending at the edge") << 4 << QByteArray("01234567\xe4\xb8\xadx") << QList<int>{0};
        QTest::newRow("at the bottom, scrolling") << 3 << QByteArray("a\r\nb\r\n0123456789XY") << QList<int>{2};
        QTest::newRow("into the scrollback") << 2 << QByteArray("0123456789XY\r\nc\r\nd") << QList<int>{0};
        QTest::newRow("inside a scrolling region") << 4 << QByteArray("\x1b[2;3r\x1b[3;1H0123456789XY") << QList<int>{1};
        QTest::newRow("autowrap off") << 4 << QByteArray("\x1b[?7l0123456789AB") << QList<int>{};
        QTest::newRow("erased to the end of the row") << 4 << QByteArray("0123456789AB\x1b[1;5H\x1b[K") << QList<int>{};
        QTest::newRow("erased all of the next row") << 4 << QByteArray("0123456789AB\x1b[2K") << QList<int>{0};
        QTest::newRow("the cursor moved away first") << 4 << QByteArray("0123456789\x1b[2;1HX") << QList<int>{};
        QTest::newRow("a line feed at the edge") << 4 << QByteArray("0123456789\nX") << QList<int>{};
        QTest::newRow("a carriage return at the edge") << 4 << QByteArray("0123456789\rX") << QList<int>{};
        QTest::newRow("a cleared screen") << 4 << QByteArray("0123456789AB\x1b[2J") << QList<int>{};
    }
    void whichRowsWrap()
    {
        QFETCH(int, rows);
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, wrapped);
        TerminalScreen whole(rows, 10);
        TerminalScreen bytes(rows, 10);
        feedBothWays(whole, bytes, input);
        QCOMPARE(wrappedLines(whole), wrapped);
        QCOMPARE(wrappedLines(bytes), wrapped);
    }

    void aWrappedLineIsCopiedAsItWasWritten_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no line break") << QByteArray("echo 0123456789abcdef") << QStringLiteral("echo 0123456789abcdef");
        QTest::newRow("a space at the edge stays") << QByteArray("012345678 abc") << QStringLiteral("012345678 abc");
        QTest::newRow("spaces across the edge stay") << QByteArray("01234567   abc") << QStringLiteral("01234567   abc");
        QTest::newRow("the gap before a wide character is not text")
            << QByteArray("012345678\xe4\xb8\xad!") << QString::fromUtf8("012345678中!");
        QTest::newRow("a real line break stays") << QByteArray("0123456789AB\r\nnext") << QStringLiteral("0123456789AB\nnext");
        QTest::newRow("trailing blanks of a line are trimmed") << QByteArray("ab   \r\ncd") << QStringLiteral("ab\ncd");
    }
    void aWrappedLineIsCopiedAsItWasWritten()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        TerminalScreen s(2, 10); // short, so part of it is in the scrollback
        s.feed(input);
        QCOMPARE(s.text({0, 0}, {s.lineCount() - 1, s.cols()}), expected);
        TerminalSelection all(&s);
        all.selectAll();
        QCOMPARE(all.text(), expected);
    }

    void findMatchesAcrossAWrap_data()
    {
        QTest::addColumn<bool>("backward");
        QTest::newRow("forward") << false;
        QTest::newRow("backward") << true;
    }
    void findMatchesAcrossAWrap()
    {
        QFETCH(bool, backward);
        TerminalScreen s(3, 10);
        // "needle" starts in the scrollback at column 7 and ends on the screen.
        s.feed(QByteArray("first\r\n1234567needle-and-more\r\nlast"));
        QCOMPARE(s.scrollbackSize(), 2);
        const TextPos from = backward ? TextPos{s.lineCount() - 1, 9} : TextPos{0, 0};
        const auto match = s.search(QStringLiteral("NEEDLE"), from, backward);
        QVERIFY(match);
        QCOMPARE(match->start, (TextPos{1, 7}));
        QCOMPARE(match->end, (TextPos{2, 3}));
        QCOMPARE(s.text(match->start, match->end), QStringLiteral("needle"));
        // No match is made of text on two lines that a real line break parts.
        QVERIFY(!s.search(QStringLiteral("firstneedle"), {0, 0}, backward));
        QVERIFY(!s.search(QStringLiteral("morelast"), {0, 0}, backward));
    }

    void findStepsThroughEveryHitOnce()
    {
        TerminalScreen s(4, 10);
        s.feed(QByteArray("xx ab xx ab ab"));
        // "ab" three times: one across the wrap.
        QList<TextPos> starts;
        TextPos from{0, 0};
        for (int i = 0; i < 4; ++i) {
            const auto m = s.search(QStringLiteral("ab"), from);
            QVERIFY(m);
            starts << m->start;
            from = {m->start.line, m->start.col + 1};
        }
        QCOMPARE(starts, (QList<TextPos>{{0, 3}, {0, 9}, {1, 2}, {0, 3}})); // around to the first again
    }

    void linksAreFoundWithoutTheSentencesPunctuation_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("col");
        QTest::addColumn<QString>("url"); // empty: none there
        QTest::newRow("a full stop after it") << QByteArray("see https://example.org/a?b=1. ok") << 6 << "https://example.org/a?b=1";
        QTest::newRow("in brackets") << QByteArray("(see https://example.org/x)") << 6 << "https://example.org/x";
        QTest::newRow("brackets of its own") << QByteArray("https://en.wikipedia.org/wiki/Foo_(bar) ok") << 3
                                             << "https://en.wikipedia.org/wiki/Foo_(bar)";
        QTest::newRow("in quotes") << QByteArray("\"https://example.org/q\"") << 3 << "https://example.org/q";
        QTest::newRow("mail") << QByteArray("mail mailto:root@example.org, now") << 6 << "mailto:root@example.org";
        QTest::newRow("ftp") << QByteArray("ftp://files.example.org/pub/") << 0 << "ftp://files.example.org/pub/";
        QTest::newRow("its last character") << QByteArray("go https://example.org/x now") << 23 << "https://example.org/x";
        QTest::newRow("just after it") << QByteArray("go https://example.org/x now") << 24 << "";
        QTest::newRow("no scheme") << QByteArray("not a link: example.org") << 14 << "";
        QTest::newRow("a scheme alone") << QByteArray("just https:// here") << 8 << "";
    }
    void linksAreFoundWithoutTheSentencesPunctuation()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, col);
        QFETCH(QString, url);
        TerminalScreen s(3, 80);
        s.feed(input);
        const auto link = s.linkAt({0, col});
        QCOMPARE(link ? link->url : QString(), url);
    }

    void aLinkRunsOnOverAWrap()
    {
        TerminalScreen s(3, 10);
        s.feed(QByteArray("see https://example.org/x ok"));
        const auto link = s.linkAt({1, 3});
        QVERIFY(link);
        QCOMPARE(link->url, QStringLiteral("https://example.org/x"));
        QCOMPARE(link->range.start, (TextPos{0, 4}));
        QCOMPARE(link->range.end, (TextPos{2, 5}));
    }

    void aDoubleClickTakesAWordThatWraps()
    {
        TerminalScreen s(3, 10);
        s.feed(QByteArray("see https://example.org/x ok"));
        TerminalSelection word(&s);
        QVERIFY(word.selectWord({1, 3})); // in the middle of the second row
        QCOMPARE(word.text(), QStringLiteral("https://example.org/x"));
        QVERIFY(word.selectWord({0, 5})); // and from its first row
        QCOMPARE(word.text(), QStringLiteral("https://example.org/x"));
        QVERIFY(word.selectWord({2, 0}));
        QCOMPARE(word.text(), QStringLiteral("https://example.org/x"));
        QVERIFY(!word.selectWord({0, 3})); // the space before it
    }
};

QTEST_GUILESS_MAIN(TestTerminalWrap)
#include "tst_terminalwrap.moc"
