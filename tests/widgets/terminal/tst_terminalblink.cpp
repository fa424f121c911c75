// Blinking text (SGR 5) and a blinking cursor: a slow, steady blink while the
// window is active, steady otherwise, and not at all when Preferences say so.
#include "tests/widgets/terminal/TerminalHarness.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace wb;
using namespace wbtest;

class TestTerminalBlink : public QObject
{
    Q_OBJECT

    static void setBlink(Harness &h, bool on)
    {
        TerminalSettings settings = h.view->settings();
        settings.blink = on;
        h.view->applySettings(settings);
    }

    // Pixels of the cells [from, to) of `row` that are not the background.
    static int ink(Harness &h, int row, int from, int to)
    {
        const QImage image = h.view->viewport()->grab().toImage();
        const QSizeF cell = h.view->cellSize();
        const QRgb background = h.view->backgroundColor().rgb();
        int n = 0;
        for (int y = int(row * cell.height()); y < int((row + 1) * cell.height()); ++y)
            for (int x = int(from * cell.width()); x < int(to * cell.width()); ++x)
                n += QColor(image.pixel(x, y)).rgb() != background;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setCursorFlashTime(200); // 100 ms a phase: quick tests
    }

    void blinkingTextComesAndGoesTheRestStays()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        setBlink(h, true);
        h.screen.feed("\x1b[?25l\x1b[5mBLINK\x1b[m steady");
        QTRY_VERIFY(h.view->isBlinking());
        QTRY_VERIFY(!h.view->isBlinkPhaseOn());
        QTRY_COMPARE(ink(h, 0, 0, 5), 0);       // off: the blinking word is gone
        QVERIFY(ink(h, 0, 6, 12) > 0);          // the rest stays
        QTRY_VERIFY(h.view->isBlinkPhaseOn());
        QTRY_VERIFY(ink(h, 0, 0, 5) > 0);       // and back
        // The word goes away: nothing blinks, the timer stops.
        h.screen.feed("\r\x1b[2K");
        QTRY_VERIFY(!h.view->isBlinking());
        QVERIFY(h.view->isBlinkPhaseOn());
    }

    void steadyWhenTheWindowIsInactiveOrTheSettingIsOff()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        setBlink(h, true);
        h.screen.feed("\x1b[5mBLINK\x1b[m");
        QTRY_VERIFY(h.view->isBlinking());

        QWidget elsewhere;
        elsewhere.resize(200, 100);
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QTRY_VERIFY(!h.view->isBlinking());
        QVERIFY(h.view->isBlinkPhaseOn()); // stopped shown, not hidden
        QTest::qWait(250);
        QVERIFY(ink(h, 0, 0, 5) > 0);

        h.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTRY_VERIFY(h.view->isBlinking());

        setBlink(h, false);
        QVERIFY(!h.view->isBlinking());
        QVERIFY(h.view->isBlinkPhaseOn());
    }

    void theCursorBlinksUnlessTheProgramAsksForASteadyOne()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        setBlink(h, true);
        h.screen.feed("$ ");
        QTRY_VERIFY(h.view->isBlinking()); // the user's cursor blinks
        // The focused block cursor at column 2 is drawn in the text colour; in its off phase it is gone.
        QTRY_VERIFY(!h.view->isBlinkPhaseOn());
        QTRY_COMPARE(ink(h, 0, 2, 3), 0);
        QTRY_VERIFY(h.view->isBlinkPhaseOn());
        QTRY_VERIFY(ink(h, 0, 2, 3) > 0);

        // Typing shows the cursor at once, for a whole phase.
        QTRY_VERIFY(!h.view->isBlinkPhaseOn());
        QTest::keyClick(h.view, Qt::Key_A);
        QVERIFY(h.view->isBlinkPhaseOn());

        h.screen.feed("\x1b[2 q"); // DECSCUSR 2: a steady block
        QTRY_VERIFY(!h.view->isBlinking());
        QVERIFY(ink(h, 0, 2, 3) > 0);
        h.screen.feed("\x1b[5 q"); // 5: a blinking bar
        QTRY_VERIFY(h.view->isBlinking());
        QCOMPARE(h.view->cursorShape(), TerminalCursorShape::Bar);

        // Unfocused, the hollow cursor does not blink.
        h.other->setFocus();
        QTRY_VERIFY(!h.view->isBlinking());
    }
};

QTEST_MAIN(TestTerminalBlink)
#include "tst_terminalblink.moc"
