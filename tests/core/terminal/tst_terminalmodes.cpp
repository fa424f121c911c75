// DEC private modes that libvterm 0.1.4 gets wrong or does not know, set by
// TerminalScreen itself (see CsiGuard): several modes in one sequence, DECCOLM,
// synchronized output, mode requests; and cursor shapes and focus reports.
// Each input is fed whole and byte by byte, as a network read may cut anywhere.
#include "core/terminal/TerminalScreen.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace wb;

namespace {

// Runs `check` on a screen fed `input` whole, then on one fed it byte by byte.
void bothWays(const QByteArray &input, const std::function<void(TerminalScreen &, const QByteArray &replies)> &check,
              int rows = 5, int cols = 10)
{
    for (const bool bytewise : {false, true}) {
        TerminalScreen s(rows, cols);
        QByteArray replies;
        QObject::connect(&s, &TerminalScreen::outputReady, [&](const QByteArray &b) { replies += b; });
        if (bytewise) {
            for (char c : input)
                s.feed(&c, 1);
        } else {
            s.feed(input);
        }
        check(s, replies);
    }
}

} // namespace

class TestTerminalModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyModeOfASequenceIsSet_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("mouse");
        QTest::addColumn<bool>("alt");
        QTest::addColumn<bool>("cursorVisible");
        // ncurses' xterm-256color "XM": the encoding first, then the tracking.
        QTest::newRow("mouse as ncurses turns it on") << QByteArray("\x1b[?1006;1000h") << int(TerminalScreen::MouseMode::Click) << false << true;
        QTest::newRow("tracking first") << QByteArray("\x1b[?1000;1006h") << int(TerminalScreen::MouseMode::Click) << false << true;
        QTest::newRow("drag and any-event") << QByteArray("\x1b[?1002;1006h") << int(TerminalScreen::MouseMode::Drag) << false << true;
        QTest::newRow("and off again") << QByteArray("\x1b[?1006;1000h\x1b[?1000;1006l") << int(TerminalScreen::MouseMode::None) << false << true;
        QTest::newRow("alternate screen with others") << QByteArray("\x1b[?25l\x1b[?1006;1049;25h") << 0 << true << true;
        QTest::newRow("leaving it with others") << QByteArray("\x1b[?1049h\x1b[?1049;25l") << 0 << false << false;
        QTest::newRow("a split parameter") << QByteArray("\x1b[?10" "49h") << 0 << true << true;
    }
    void everyModeOfASequenceIsSet()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, mouse);
        QFETCH(bool, alt);
        QFETCH(bool, cursorVisible);
        bothWays(input, [&](TerminalScreen &s, const QByteArray &) {
            QCOMPARE(int(s.mouseMode()), mouse);
            QCOMPARE(s.isAltScreen(), alt);
            QCOMPARE(s.cursorVisible(), cursorVisible);
        });
    }

    void columnModeClearsHomesAndResetsTheMargins_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::newRow("132 columns") << QByteArray("\x1b[?3h");
        QTest::newRow("80 columns") << QByteArray("\x1b[?3l");
        QTest::newRow("with another mode") << QByteArray("\x1b[?7;3h");
    }
    void columnModeClearsHomesAndResetsTheMargins()
    {
        QFETCH(QByteArray, mode);
        // A scrolling region on rows 2-3, text, then DECCOLM.
        bothWays("abc\r\ndef\x1b[2;3r\x1b[3;2H" + mode, [&](TerminalScreen &s, const QByteArray &) {
            QCOMPARE(s.rows(), 5); // the window keeps its size
            QCOMPARE(s.cols(), 10);
            QCOMPARE(s.lineText(0), QString());
            QCOMPARE(s.lineText(1), QString());
            QCOMPARE(s.cursor(), (TextPos{0, 0}));
            // No region any more: a line feed on the last row scrolls the whole screen.
            s.feed(QByteArray("\x1b[5;1Hx\n"));
            QCOMPARE(s.lineText(s.scrollbackSize() + 3), QStringLiteral("x"));
        });
    }

    void modeRequestsAreAnswered_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("synchronized output, off") << QByteArray("\x1b[?2026$p") << QByteArray("\x1b[?2026;2$y");
        QTest::newRow("synchronized output, on") << QByteArray("\x1b[?2026h\x1b[?2026$p") << QByteArray("\x1b[?2026;1$y");
        // The window keeps its width: "permanently reset", even after ?3h.
        QTest::newRow("column mode") << QByteArray("\x1b[?3$p") << QByteArray("\x1b[?3;4$y");
        QTest::newRow("column mode after ?3h") << QByteArray("\x1b[?3h\x1b[?3$p") << QByteArray("\x1b[?3;4$y");
        QTest::newRow("a mode libvterm knows is its own") << QByteArray("\x1b[?2004h\x1b[?2004$p") << QByteArray("\x1b[?2004;1$y");
    }
    void modeRequestsAreAnswered()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, reply);
        bothWays(input, [&](TerminalScreen &s, const QByteArray &replies) {
            QCOMPARE(replies, reply);
            QCOMPARE(s.lineText(0), QString()); // nothing of the request is printed
        });
    }

    void brokenPrivateSequencesAreNotApplied_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("shown");
        // libvterm drops these at the odd byte; the rest is text, and no mode changes.
        QTest::newRow("cut short by an ellipsis") << QByteArray("\x1b[?25\xe2\x80\xa6loaded") << QStringLiteral("loaded");
        QTest::newRow("a parameter after an intermediate") << QByteArray("\x1b[?25$1loaded") << QStringLiteral("loaded");
        QTest::newRow("a leader after the parameters") << QByteArray("\x1b[?25>loaded") << QStringLiteral("loaded");
    }
    void brokenPrivateSequencesAreNotApplied()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, shown);
        bothWays(input, [&](TerminalScreen &s, const QByteArray &) {
            QVERIFY(s.cursorVisible());
            QVERIFY2(s.lineText(0).endsWith(shown), qPrintable(s.lineText(0)));
        });
    }

    void synchronizedOutputHoldsFramesUntilEndedOrTimedOut()
    {
        TerminalScreen s(5, 10);
        QSignalSpy damaged(&s, &TerminalScreen::damaged);
        QCOMPARE(s.synchronizedWaitMs(), 0);
        s.feed(QByteArray("\x1b[?2026h"));
        QVERIFY(s.synchronizedWaitMs() > 0);
        QVERIFY(s.synchronizedWaitMs() <= TerminalScreen::synchronizedTimeoutMs);
        s.feed(QByteArray("frame"));
        damaged.clear();
        s.feed(QByteArray("\x1b[?2026l"));
        QCOMPARE(s.synchronizedWaitMs(), 0);
        QCOMPARE(damaged.count(), 1); // the finished frame is shown at once
        QCOMPARE(s.lineText(0), QStringLiteral("frame"));
        // A program that never ends its frame holds the view for the timeout only.
        s.feed(QByteArray("\x1b[?2026h"));
        QTRY_COMPARE_WITH_TIMEOUT(s.synchronizedWaitMs(), 0, 1000);
    }

    void cursorShapesFollowDecscusr_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("shape");
        using Shape = TerminalScreen::CursorShape;
        QTest::newRow("none asked") << QByteArray() << int(Shape::Default);
        QTest::newRow("steady block") << QByteArray("\x1b[2 q") << int(Shape::Block);
        QTest::newRow("blinking underline") << QByteArray("\x1b[3 q") << int(Shape::Underline);
        QTest::newRow("steady underline") << QByteArray("\x1b[4 q") << int(Shape::Underline);
        QTest::newRow("blinking bar") << QByteArray("\x1b[5 q") << int(Shape::Bar);
        QTest::newRow("steady bar") << QByteArray("\x1b[6 q") << int(Shape::Bar);
        QTest::newRow("back to the user's") << QByteArray("\x1b[6 q\x1b[0 q") << int(Shape::Default);
        QTest::newRow("back, no parameter") << QByteArray("\x1b[6 q\x1b[ q") << int(Shape::Default);
        QTest::newRow("a reset") << QByteArray("\x1b[6 q\x1b" "c") << int(Shape::Default);
    }
    void cursorShapesFollowDecscusr()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, shape);
        bothWays(input, [&](TerminalScreen &s, const QByteArray &) { QCOMPARE(int(s.cursorShape()), shape); });
    }

    void focusIsReportedOnlyWhenAsked()
    {
        TerminalScreen s(5, 10);
        QSignalSpy out(&s, &TerminalScreen::outputReady);
        s.setFocused(false);
        s.setFocused(true);
        QCOMPARE(out.count(), 0);
        s.feed(QByteArray("\x1b[?1004h"));
        s.setFocused(false);
        s.setFocused(true);
        QCOMPARE(out.count(), 2);
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\x1b[O"));
        QCOMPARE(out.at(1).at(0).toByteArray(), QByteArray("\x1b[I"));
        s.feed(QByteArray("\x1b[?1004l"));
        s.setFocused(false);
        QCOMPARE(out.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTerminalModes)
#include "tst_terminalmodes.moc"
