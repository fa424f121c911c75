// A terminal's selection (and search match) on a real TerminalScreen: it keeps
// naming the same text while output scrolls on and the capped scrollback drops
// lines; a drag selects between press and here in either direction; a double
// click takes a word as xterm sees words; select all takes everything.
#include "core/terminal/TerminalScreen.h"
#include "core/terminal/TerminalSelection.h"

#include <QTest>

using namespace wb;

class TestTerminalSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSelectionFollowsItsTextWhileOutputScrolls()
    {
        TerminalScreen screen(3, 20);
        screen.setScrollbackCapacity(5);
        screen.feed("alpha\r\nbravo\r\ncharlie");
        TerminalSelection selection(&screen);
        QVERIFY(selection.isEmpty());
        selection.set({1, 0}, {1, 5});
        QCOMPARE(selection.text(), QStringLiteral("bravo"));
        for (int i = 0; i < 6; ++i)
            screen.feed(QByteArray("\r\nline") + QByteArray::number(i));
        QVERIFY(screen.droppedLines() > 0);  // lines left the capped scrollback
        QCOMPARE(selection.text(), QStringLiteral("bravo"));
        const auto where = selection.range();
        QVERIFY(where);
        QCOMPARE(screen.lineText(where->first.line), QStringLiteral("bravo"));
        selection.clear();
        QVERIFY(selection.isEmpty());
        QCOMPARE(selection.text(), QString());
    }

    void aDragSelectsBetweenPressAndHereEitherWay()
    {
        TerminalScreen screen(3, 20);
        screen.feed("one two three");
        TerminalSelection selection(&screen);
        selection.press({0, 8});
        QVERIFY(selection.isDragging());
        QVERIFY(selection.isEmpty());  // a press alone selects nothing
        selection.dragTo({0, 4});
        QCOMPARE(selection.text(), QStringLiteral("two"));  // trailing blanks are not copied
        selection.dragTo({0, 13});
        QCOMPARE(selection.text(), QStringLiteral("three"));
        selection.dragTo({0, 8});
        QVERIFY(selection.isEmpty());
        selection.dragTo({0, 0});
        selection.release();
        QVERIFY(!selection.isDragging());
        QCOMPARE(selection.text(), QStringLiteral("one two"));
        selection.press({0, 1});  // a new press drops the old selection
        QVERIFY(selection.isEmpty());
    }

    void aDoubleClickTakesAWordAsXtermSeesWords()
    {
        TerminalScreen screen(3, 60);
        screen.feed("ls /var/log/syslog root@web01 ; echo");
        TerminalSelection selection(&screen);
        QVERIFY(selection.selectWord({0, 6}));
        QCOMPARE(selection.text(), QStringLiteral("/var/log/syslog"));
        QVERIFY(selection.selectWord({0, 22}));
        QCOMPARE(selection.text(), QStringLiteral("root@web01"));
        QVERIFY(!selection.selectWord({0, 30}));  // a space and a semicolon are no word
        QCOMPARE(selection.text(), QStringLiteral("root@web01"));
    }

    void selectAllTakesScrollbackAndScreen()
    {
        TerminalScreen screen(2, 10);
        screen.feed("first\r\nsecond\r\nthird");
        TerminalSelection selection(&screen);
        selection.selectAll();
        QCOMPARE(selection.text(), QStringLiteral("first\nsecond\nthird"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalSelection)
#include "tst_terminalselection.moc"
