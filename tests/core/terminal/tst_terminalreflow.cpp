// Reflow: a change of width joins the rows of each wrapped line and wraps
// them again, on the screen and in the scrollback, with the cursor kept on
// its character (as Konsole, VTE and xterm.js do).
#include "core/terminal/TerminalScreen.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {

// Every line, cell by cell, with its style and whether it wraps: a reflow
// there and back must give all of it back.
QStringList dump(const TerminalScreen &s)
{
    QStringList out;
    TerminalLine l;
    for (int i = 0; i < s.lineCount(); ++i) {
        s.line(i, l);
        QString row;
        for (int c = 0; c < s.cols(); ++c) {
            const Cell &cell = l.cells[std::size_t(c)];
            row += QStringLiteral("%1/%2/%3/%4/%5 ")
                       .arg(uint(cell.ch))
                       .arg(int(cell.fg.kind) * 256 + cell.fg.index())
                       .arg(int(cell.bg.kind) * 256 + cell.bg.index())
                       .arg(cell.attrs)
                       .arg(cell.width);
            const std::u32string marks = l.combiningAt(c);
            if (!marks.empty())
                row += QString::fromUcs4(marks.data(), qsizetype(marks.size()));
        }
        out << row + (l.wrapped ? QStringLiteral("wrapped") : QString());
    }
    return out;
}

QStringList texts(const TerminalScreen &s)
{
    QStringList out;
    for (int i = 0; i < s.lineCount(); ++i)
        out << s.lineText(i);
    return out;
}

// The cursor as libvterm has it: its answer to a cursor position report, from 0.
TextPos reportedCursor(TerminalScreen &s)
{
    QSignalSpy replies(&s, &TerminalScreen::outputReady);
    s.feed(QByteArray("\x1b[6n"));
    if (replies.count() != 1)
        return {-1, -1};
    const QByteArray reply = replies.first().first().toByteArray(); // ESC [ row ; col R
    const QList<QByteArray> parts = reply.mid(2, reply.size() - 3).split(';');
    return {parts.value(0).toInt() - 1, parts.value(1).toInt() - 1};
}

// The whole wrapped line that holds screen row `row`.
QString logicalText(const TerminalScreen &s, int row)
{
    const auto [first, last] = s.logicalLine(s.scrollbackSize() + row);
    return s.text({first, 0}, {last, s.cols()});
}

} // namespace

class TestTerminalReflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrowingAndWideningAgainGivesEverythingBack()
    {
        TerminalScreen s(5, 20);
        s.feed(QByteArray("\x1b[1;31mred bold\x1b[0m plain \xe4\xb8\xad\xe6\x96\x87 e\xcc\x81 and the rest of it\r\n"));
        s.feed(QByteArray("\x1b[44mblue background\x1b[0m\r\n"));
        for (int i = 0; i < 6; ++i)
            s.feed(QByteArray("line ") + QByteArray::number(i) + " \x1b[4munder\x1b[0m \xe4\xb8\xad\r\n");
        s.feed(QByteArray("$ "));
        const QStringList before = dump(s);
        const TextPos cursor = s.cursor();
        for (int cols : {7, 3, 13}) {
            s.resize(5, cols);
            QCOMPARE(s.cols(), cols);
        }
        s.resize(5, 20);
        QCOMPARE(dump(s), before);
        QCOMPARE(s.cursor(), cursor);
        QCOMPARE(reportedCursor(s), cursor);
    }

    void longLinesWrapAndJoinAgain()
    {
        TerminalScreen s(6, 30);
        s.feed(QByteArray("abcdefghijklmnopqrstuvwxy\r\nshort\r\n$ "));
        s.resize(6, 10);
        QCOMPARE(texts(s), (QStringList{"abcdefghij", "klmnopqrst", "uvwxy", "short", "$", ""}));
        QCOMPARE(s.isWrapped(0), true);
        QCOMPARE(s.isWrapped(1), true);
        QCOMPARE(s.isWrapped(2), false);
        QCOMPARE(s.text({0, 0}, {3, 10}), QStringLiteral("abcdefghijklmnopqrstuvwxy\nshort"));
        s.resize(6, 40);
        QCOMPARE(texts(s), (QStringList{"abcdefghijklmnopqrstuvwxy", "short", "$", "", "", ""}));
        QCOMPARE(s.isWrapped(0), false);
    }

    void theCursorStaysOnItsCharacter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fromCols");
        QTest::addColumn<int>("toCols");
        QTest::addColumn<TextPos>("cursor"); // screen row and column after the resize
        QTest::addColumn<QString>("typed");  // its line after typing X
        QTest::newRow("after a prompt, narrower") << QByteArray("$ ls -l /etc") << 20 << 5 << TextPos{2, 2}
                                                  << QStringLiteral("$ ls -l /etcX");
        QTest::newRow("mid-line") << QByteArray("$ ls -l /etc\x1b[5D") << 20 << 5 << TextPos{1, 2}
                                  << QStringLiteral("$ ls -lX/etc");
        QTest::newRow("after a prompt, wider") << QByteArray("$ ls -l /etc") << 5 << 20 << TextPos{0, 12}
                                               << QStringLiteral("$ ls -l /etcX");
        QTest::newRow("waiting to wrap, wider") << QByteArray("0123456789") << 10 << 15 << TextPos{0, 10}
                                                << QStringLiteral("0123456789X");
        QTest::newRow("waiting to wrap, narrower: an exact multiple")
            << QByteArray("0123456789") << 10 << 5 << TextPos{2, 0} << QStringLiteral("0123456789X");
        QTest::newRow("after a wide character") << QByteArray("abc\xe4\xb8\xad") << 10 << 4 << TextPos{1, 2}
                                                << QString::fromUtf8("abc中X");
        QTest::newRow("on an empty line below") << QByteArray("0123456789abc\r\n") << 20 << 5 << TextPos{3, 0}
                                                << QStringLiteral("X");
    }
    void theCursorStaysOnItsCharacter()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fromCols);
        QFETCH(int, toCols);
        QFETCH(TextPos, cursor);
        QFETCH(QString, typed);
        TerminalScreen s(6, fromCols);
        s.feed(input);
        s.resize(6, toCols);
        QCOMPARE(s.cursor(), cursor);
        QCOMPARE(reportedCursor(s), cursor);
        s.feed(QByteArray("X"));
        QCOMPARE(logicalText(s, cursor.line), typed);
    }

    void theScrollbackIsReflowedAndKeepsItsCap()
    {
        TerminalScreen s(3, 20);
        s.setScrollbackCapacity(6);
        for (int i = 0; i < 6; ++i)
            s.feed(QByteArray("line-") + QByteArray::number(i) + "-abcdefghi\r\n"); // 16 characters each
        QCOMPARE(s.scrollbackSize(), 4);
        const qint64 dropped = s.droppedLines();
        s.resize(3, 8); // two rows a line now: 12 rows for 6 lines, 3 of them on the screen
        QCOMPARE(s.scrollbackSize(), 6);
        QVERIFY(s.droppedLines() > dropped);
        // The newest lines are whole; the oldest kept may have lost its start.
        QCOMPARE(s.text({2, 0}, {3, 8}), QStringLiteral("line-3-abcdefghi"));
        QCOMPARE(s.text({4, 0}, {5, 8}), QStringLiteral("line-4-abcdefghi"));
        QCOMPARE(s.text({6, 0}, {7, 8}), QStringLiteral("line-5-abcdefghi"));
        QCOMPARE(s.cursor(), (TextPos{2, 0}));
        s.resize(3, 20);
        QCOMPARE(s.lineText(s.scrollbackSize() + 1), QStringLiteral("line-5-abcdefghi"));
    }

    void theAlternateScreenIsCutAndLeavingItRestoresTheMovedCursor()
    {
        TerminalScreen s(4, 10);
        s.feed(QByteArray("prompt$ "));
        s.feed(QByteArray("\x1b[?1049h\x1b[H0123456789AB"));
        QVERIFY(s.isAltScreen());
        s.resize(4, 5);
        QCOMPARE(s.lineText(0), QStringLiteral("01234")); // cut, not reflowed: the program redraws
        QCOMPARE(s.lineText(1), QStringLiteral("AB"));
        QVERIFY(!s.isWrapped(0));
        s.feed(QByteArray("\x1b[?1049l"));
        QVERIFY(!s.isAltScreen());
        QCOMPARE(texts(s).mid(0, 2), (QStringList{"promp", "t$"}));
        QCOMPARE(s.cursor(), (TextPos{1, 3}));
        QCOMPARE(reportedCursor(s), (TextPos{1, 3}));
        // 1047 does not restore a cursor: leaving by it after a resize keeps where the program was.
        s.feed(QByteArray("\x1b[?1049h"));
        s.resize(4, 7);
        s.feed(QByteArray("\x1b[3;3H\x1b[?1047l"));
        QVERIFY(!s.isAltScreen());
        QCOMPARE(reportedCursor(s), (TextPos{2, 2}));
        // Nor does a later mode reset.
        s.feed(QByteArray("\x1b[?25l"));
        QCOMPARE(reportedCursor(s), (TextPos{2, 2}));
    }

    void aViewsFirstLineMovesWithItsText()
    {
        TerminalScreen s(4, 20);
        for (int i = 0; i < 30; ++i)
            s.feed(QByteArray("L") + QByteArray::number(i) + (i % 3 == 0 ? "-long-line-text" : "") + "\r\n");
        int top = 0;
        while (top < s.lineCount() && !s.lineText(top).startsWith(QLatin1String("L12-")))
            ++top;
        QVERIFY(top < s.scrollbackSize());
        s.resize(4, 6, &top);
        QCOMPARE(s.lineText(top), QStringLiteral("L12-lo"));
        s.resize(4, 30, &top);
        QCOMPARE(s.lineText(top), QStringLiteral("L12-long-line-text"));
        // A line in the middle of a wrapped one stays on its row.
        s.resize(4, 6);
        top = 0;
        while (top < s.lineCount()
               && (s.lineText(top) != QLatin1String("ng-lin") || !s.lineText(top - 1).startsWith(QLatin1String("L15"))))
            ++top;
        QVERIFY(top < s.scrollbackSize());
        s.resize(4, 4, &top); // its first character, the n of "long", is on the second row now
        QCOMPARE(s.lineText(top), QStringLiteral("long"));
    }

    void aFullScrollbackReflowsQuickly()
    {
        TerminalScreen s(50, 160);
        s.setScrollbackCapacity(100000);
        QByteArray chunk;
        for (int i = 0; i < 1000; ++i)
            chunk += (i % 10 == 0 ? QByteArray(300, 'w') : QByteArray("an ordinary line of output")) + "\r\n";
        for (int i = 0; i < 100; ++i)
            s.feed(chunk);
        QCOMPARE(s.scrollbackSize(), 100000);
        QElapsedTimer timer;
        timer.start();
        s.resize(50, 100);
        const qint64 narrower = timer.restart();
        s.resize(50, 160);
        const qint64 wider = timer.elapsed();
        qInfo("reflowing 100,000 lines of scrollback: %lld ms narrower, %lld ms wider", narrower, wider);
        // Each step of a window drag reflows: far above the 35 ms measured here, far below a freeze.
        QVERIFY2(narrower < 1500 && wider < 1500, "reflowing a full scrollback took over 1.5 s");
        QCOMPARE(s.lineText(s.lineCount() - 2), QStringLiteral("an ordinary line of output"));
        QCOMPARE(s.text({s.lineCount() - 12, 0}, {s.lineCount() - 11, 160}).size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestTerminalReflow)
#include "tst_terminalreflow.moc"
