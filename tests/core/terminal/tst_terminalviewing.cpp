// What a terminal view keeps besides the screen, on a real TerminalScreen:
// the scroll position that stays on its text while output goes on and the
// capped scrollback drops lines; find, stepping through hits and keeping the
// hit in view while the text grows; and the frame pacing (a key's echo is
// painted at once, a flood in frames, spaced by how long a paint takes).
#include "core/terminal/FramePacer.h"
#include "core/terminal/TerminalScreen.h"
#include "core/terminal/TerminalScrollPosition.h"
#include "core/terminal/TerminalSearch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace wb;

namespace {
void feedLines(TerminalScreen &screen, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        screen.feed(QByteArray("\r\nline") + QByteArray::number(i));
}
// A paint the pacer times, taking about `ms`.
void paintTaking(FramePacer &pacer, int ms)
{
    pacer.paintStarted();
    if (ms > 0)
        QThread::msleep(ms);
    pacer.paintFinished();
}

// A pacer in a flood whose paints take 20 ms: its frames 250 ms apart, the first already out.
void startFlood(FramePacer &pacer, QSignalSpy &due)
{
    pacer.setFlooding(true);
    paintTaking(pacer, 20);
    QCOMPARE(pacer.delayMs(), 250);
    pacer.changed();
    QTRY_COMPARE_WITH_TIMEOUT(due.count(), 1, 1000);
}

} // namespace

class TestTerminalViewing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScrolledBackViewStaysOnItsTextWhileOutputGoesOn()
    {
        TerminalScreen screen(3, 20);
        screen.setScrollbackCapacity(10);
        screen.feed("line0");
        feedLines(screen, 1, 9);
        TerminalScrollPosition scroll(&screen);
        QVERIFY(scroll.isFollowing());
        QCOMPARE(scroll.topLine(), screen.scrollbackSize());

        scroll.setTopLine(2);
        QVERIFY(!scroll.isFollowing());
        QCOMPARE(screen.lineText(scroll.topLine()), QStringLiteral("line2"));
        feedLines(screen, 10, 5); // the scrollback is full: its oldest lines go
        QVERIFY(screen.droppedLines() > 0);
        QCOMPARE(screen.lineText(scroll.topLine()), QStringLiteral("line2"));

        QVERIFY(scroll.follow());
        QVERIFY(!scroll.follow()); // already at the bottom
        QCOMPARE(scroll.topLine(), screen.scrollbackSize());
        scroll.setTopLine(screen.scrollbackSize() + 5); // past the end is the bottom
        QVERIFY(scroll.isFollowing());
    }

    void revealMovesOnlyWhenTheLineIsOutOfView()
    {
        TerminalScreen screen(4, 20);
        screen.feed("line0");
        feedLines(screen, 1, 39);
        TerminalScrollPosition scroll(&screen);
        const int bottom = scroll.topLine();
        QVERIFY(!scroll.reveal(bottom + 1, screen.rows())); // on screen already
        QVERIFY(scroll.isFollowing());
        QVERIFY(scroll.reveal(10, screen.rows()));
        QCOMPARE(scroll.topLine(), 10 - screen.rows() / 2); // in the middle
        QVERIFY(!scroll.reveal(9, screen.rows()));
        QVERIFY(scroll.reveal(0, screen.rows()));
        QCOMPARE(scroll.topLine(), 0); // not above the first line
    }

    void findStepsThroughHitsAndWrapsAround()
    {
        TerminalScreen screen(3, 30);
        screen.feed("error one\r\nfine\r\nerror two\r\nfine\r\nerror three");
        TerminalSearch search(&screen);
        QVERIFY(!search.match());
        auto hit = search.find(QStringLiteral("error"), true, false); // up from the bottom
        QVERIFY(hit);
        QCOMPARE(screen.lineText(hit->start.line), QStringLiteral("error three"));
        QCOMPARE(search.match()->first, hit->start);
        hit = search.find(QStringLiteral("error"), true, false);
        QCOMPARE(screen.lineText(hit->start.line), QStringLiteral("error two"));
        hit = search.find(QStringLiteral("error"), true, false);
        QCOMPARE(screen.lineText(hit->start.line), QStringLiteral("error one"));
        hit = search.find(QStringLiteral("error"), true, false); // wraps to the bottom
        QCOMPARE(screen.lineText(hit->start.line), QStringLiteral("error three"));
        hit = search.find(QStringLiteral("error"), false, false); // and down again
        QCOMPARE(screen.lineText(hit->start.line), QStringLiteral("error one"));
    }

    void typingMoreKeepsTheHitInViewAndAMissClearsIt()
    {
        TerminalScreen screen(3, 30);
        screen.feed("error one\r\nerror two");
        TerminalSearch search(&screen);
        const auto first = search.find(QStringLiteral("err"), true, false);
        QCOMPARE(screen.lineText(first->start.line), QStringLiteral("error two"));
        const auto grown = search.find(QStringLiteral("error"), true, true); // from the match itself
        QCOMPARE(grown->start, first->start);
        QVERIFY(!search.find(QStringLiteral("warning"), true, false));
        QVERIFY(!search.match());
        QVERIFY(search.find(QStringLiteral("one"), true, false));
        QVERIFY(!search.find(QString(), true, false)); // an emptied field clears the match
        QVERIFY(!search.match());
    }

    void aMatchKeepsNamingItsTextWhileOutputScrolls()
    {
        TerminalScreen screen(3, 20);
        screen.setScrollbackCapacity(5);
        screen.feed("needle");
        TerminalSearch search(&screen);
        QVERIFY(search.find(QStringLiteral("needle"), true, false));
        feedLines(screen, 0, 4);
        const auto where = search.match();
        QVERIFY(where);
        QCOMPARE(screen.lineText(where->first.line), QStringLiteral("needle"));
    }

    void anEchoAfterAQuietSpellIsPaintedAtOnceAFloodInFrames()
    {
        FramePacer pacer;
        QSignalSpy due(&pacer, &FramePacer::frameDue);
        pacer.changed();
        QCoreApplication::processEvents(); // a zero timer: the next turn of the loop
        QCOMPARE(due.count(), 1);

        pacer.changed(); // right after a frame: this one waits for the batch
        pacer.changed();
        QCoreApplication::processEvents();
        QCOMPARE(due.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(due.count(), 2, 1000); // one frame for both

        QThread::msleep(pacer.delayMs() + 5); // quiet again
        pacer.changed();
        QCoreApplication::processEvents();
        QCOMPARE(due.count(), 3);
    }

    void aSlowPaintSpacesFramesFurtherApart()
    {
        FramePacer pacer;
        QCOMPARE(pacer.delayMs(), 16);
        paintTaking(pacer, 2);
        QVERIFY2(pacer.delayMs() >= 20 && pacer.delayMs() < 50, qPrintable(QString::number(pacer.delayMs()))); // ten times the paint
        paintTaking(pacer, 30);
        QCOMPARE(pacer.delayMs(), 50); // at most 50 ms
        paintTaking(pacer, 0);
        QCOMPARE(pacer.delayMs(), 16); // a quick paint: back to 16 ms, 60 frames a second
    }

    void aFloodSpacesFramesFurtherStill()
    {
        FramePacer pacer;
        pacer.setFlooding(true);
        paintTaking(pacer, 3);
        QVERIFY2(pacer.delayMs() >= 90, qPrintable(QString::number(pacer.delayMs()))); // thirty paints
        paintTaking(pacer, 20);
        QCOMPARE(pacer.delayMs(), 250); // at least 4 frames a second
        pacer.setFlooding(false); // vim scrolling: no flood
        paintTaking(pacer, 3);
        QVERIFY2(pacer.delayMs() >= 30 && pacer.delayMs() <= 50, qPrintable(QString::number(pacer.delayMs())));
        // A key in a flood: the next frame is due at the shortest delay again.
        pacer.setFlooding(true);
        paintTaking(pacer, 20);
        QCOMPARE(pacer.delayMs(), 250);
        pacer.inputSent();
        QCOMPARE(pacer.delayMs(), 16);
    }

    void theFrameAfterAFloodComesOnceTheOutputStops()
    {
        FramePacer pacer;
        QSignalSpy due(&pacer, &FramePacer::frameDue);
        startFlood(pacer, due);
        if (QTest::currentTestFailed())
            return;

        // The last of the flood, right after that frame: it would wait 250 ms, but
        // nothing follows it, so it is shown about 16 ms later.
        QElapsedTimer clock;
        clock.start();
        pacer.changed();
        QCoreApplication::processEvents();
        QCOMPARE(due.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(due.count(), 2, 1000);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));

        // Output that goes on keeps the frame to its delay.
        clock.start();
        pacer.changed();
        while (clock.elapsed() < 120) {
            pacer.changed();
            QTest::qWait(2);
        }
        // (Were the quiet wait not restarted by each change, a frame would go out every 16 ms.)
        QVERIFY2(due.count() <= 3, qPrintable(QString::number(due.count()))); // one, should the loop stall 16 ms
        QTRY_VERIFY_WITH_TIMEOUT(due.count() >= 3, 1000); // and once it stops, the frame
    }

    void outputInBurstsOverASlowLinkIsNotQuietBetweenThem()
    {
        FramePacer pacer;
        QSignalSpy due(&pacer, &FramePacer::frameDue);
        startFlood(pacer, due);
        if (QTest::currentTestFailed())
            return;
        // A read every 25 ms for 200 ms: the frame keeps to its 250 ms, not one a read.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 200) {
            pacer.changed();
            QTest::qWait(25);
        }
        QVERIFY2(due.count() <= 2, qPrintable(QString::number(due.count()))); // (one a read would be 8)
        // And when the reads stop, the frame comes after three of their gaps, before its delay.
        const int before = due.count();
        clock.start();
        pacer.changed();
        QTRY_VERIFY_WITH_TIMEOUT(due.count() > before, 1000);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTerminalViewing)
#include "tst_terminalviewing.moc"
