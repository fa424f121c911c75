#include "core/terminal/TerminalScreen.h"

#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {

QString screenRow(const TerminalScreen &s, int row)
{
    return s.lineText(s.scrollbackSize() + row);
}

} // namespace

// Input that made libvterm 0.1.4 hang, or write or read past its memory (each found by
// tests/fuzz): TerminalScreen and its CsiGuard keep it from reaching libvterm as such.
class TestLibvtermGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatWithNothingToRepeatIsIgnored_data()
    {
        // libvterm 0.1.4 looped for ever on these (found by tests/fuzz, terminal target).
        QTest::addColumn<QByteArrayList>("writes");
        QTest::addColumn<QString>("row");
        QTest::newRow("REP before any character") << QByteArrayList{"\x1b[b", "ok"} << "ok";
        QTest::newRow("REP split over two writes") << QByteArrayList{"\x1b", "[5b", "ok"} << "ok";
        QTest::newRow("REP after a zero-width character") << QByteArrayList{"\xe2\x80\x8b\x1b[3b", "ok"} << "ok";
        QTest::newRow("REP after a character repeats it") << QByteArrayList{"x\x1b[3b", "\x1b", "[b"} << "xxxxx";
        QTest::newRow("REP after a wide character") << QByteArrayList{"\xe4\xb8\xad\x1b[1b"} << "\u4e2d\u4e2d";
        QTest::newRow("REP split after the bracket") << QByteArrayList{"\x1b[", "2", "b", "ok"} << "ok";
        QTest::newRow("REP with a control inside") << QByteArrayList{"\x1b[\x07b", "ok"} << "ok";
        QTest::newRow("b in text is text") << QByteArrayList{"\x1b[1mb", "\x1b[0mab"} << "bab";
        QTest::newRow("other sequences ending in b pass") << QByteArrayList{"a\x1b[?1b", "\x1b[2 b", "c"} << "ac";
    }

    void repeatWithNothingToRepeatIsIgnored()
    {
        QFETCH(QByteArrayList, writes);
        QFETCH(QString, row);
        TerminalScreen s(5, 20);
        for (const QByteArray &bytes : writes)
            s.feed(bytes);
        QCOMPARE(screenRow(s, 0), row);
    }

    void controlSequenceWithTooManyParametersIsDropped_data()
    {
        // libvterm 0.1.4 wrote a 17th parameter past its array (found by tests/fuzz).
        QTest::addColumn<QByteArrayList>("writes");
        QTest::addColumn<QString>("row");
        QTest::newRow("17 parameters") << QByteArrayList{"a\x1b[" + QByteArray(16, ';') + "5nb"} << "ab";
        QTest::newRow("sub-parameters") << QByteArrayList{"a\x1b[" + QByteArray(40, ':') + "mb"} << "ab";
        QTest::newRow("split over writes") << QByteArrayList{"a\x1b[1;2;3;4;5;6;7;8;9", ";1;2;3;4;5;6;7;8", "mb"} << "ab";
        QTest::newRow("16 parameters still work") << QByteArrayList{"\x1b[" + QByteArray(15, ';') + "31mr"} << "r";
        QTest::newRow("bytes between ESC and bracket") << QByteArrayList{"a\x1b\xff\x07[" + QByteArray(20, ':') + "mb"} << "ab";
        QTest::newRow("intermediates between ESC and bracket") << QByteArrayList{QByteArray("a\x1b*\x00(", 5), "[" + QByteArray(20, ';') + "5nb"} << "ab";
        QTest::newRow("an ESC inside starts over") << QByteArrayList{"\x1b[" + QByteArray(20, ';') + "\x1b[1mx"} << "x";
        // DEC private sequences are watched byte by byte; libvterm takes more leader bytes first.
        QTest::newRow("private, 17 parameters") << QByteArrayList{"a\x1b[?" + QByteArray(16, ';') + "25lb"} << "ab";
        QTest::newRow("private, two leaders") << QByteArrayList{"a\x1b[??" + QByteArray(20, ';') + "hb"} << "ab";
        QTest::newRow("private, a control before the leader") << QByteArrayList{"a\x1b[\x07?" + QByteArray(20, ';') + "hb"} << "ab";
    }

    void controlSequenceWithTooManyParametersIsDropped()
    {
        QFETCH(QByteArrayList, writes);
        QFETCH(QString, row);
        TerminalScreen s(5, 20);
        for (const QByteArray &bytes : writes)
            s.feed(bytes);
        QCOMPARE(screenRow(s, 0), row);
        s.resize(4, 10);
        s.feed(QByteArray("ok"));
    }

    void scrollingAfterAResizeBelowTheScrollingRegionStaysInTheScreen()
    {
        // libvterm kept the region rows 10-24 on a 3-row screen and scrolled with a
        // negative length (found by tests/fuzz, terminal target).
        TerminalScreen s(24, 20);
        s.feed(QByteArray("\x1b[10r"));
        s.resize(3, 10);
        s.feed(QByteArray("a\r\nb\r\nc\r\nd"));
        QCOMPARE(screenRow(s, 0), QStringLiteral("b"));
        QCOMPARE(screenRow(s, 2), QStringLiteral("d"));
    }

    void insertingAtACursorRestoredBelowAShrunkenScreenStaysInTheScreen()
    {
        // The cursor saved on row 5 came back on a 2-row screen; libvterm then scrolled a
        // rectangle below the screen and our buffer read freed memory (found by tests/fuzz).
        TerminalScreen s(24, 80);
        s.feed(QByteArray("\x1b[4h\x1b[5H\x1b" "7"));
        s.resize(2, 105);
        s.feed(QByteArray("ab\x1b" "8cd\x1b" "8ef"));
        QCOMPARE(s.rows(), 2);
        s.feed(QByteArray("\x1b[H\x1b[4lok"));
        QVERIFY2(screenRow(s, 0).startsWith(QLatin1String("ok")), qPrintable(screenRow(s, 0)));
    }

    void aStringIsNeverReadPastItsWrite_data()
    {
        // libvterm 0.1.4 handed on these strings with length -1 and read up to 64 bytes
        // past the write (found by tests/fuzz with ASan): a title would show them.
        QTest::addColumn<QByteArrayList>("writes");
        QTest::addColumn<QString>("title");
        QTest::newRow("a control after the ESC of an ST") << QByteArrayList{"\x1b]0;T\x1b\n\\tail-that-is-not-a-title"} << "";
        QTest::newRow("BEL after the ESC") << QByteArrayList{"\x1b]2;T\x1b\x07\\tail-that-is-not-a-title"} << "";
        QTest::newRow("NUL after the ESC") << QByteArrayList{QByteArray("\x1b]2;T\x1b\0\\tail-that-is-not-a-title", 31)} << "";
        QTest::newRow("a whole title still works") << QByteArrayList{"\x1b]2;fine\x1b\\tail"} << "fine";
        QTest::newRow("and with BEL") << QByteArrayList{"\x1b]2;fine\x07tail"} << "fine";
        QTest::newRow("a DCS split after its ESC") << QByteArrayList{"\x1bPq\x1b", "\\tail-that-is-not-a-title"} << "";
    }
    void aStringIsNeverReadPastItsWrite()
    {
        QFETCH(QByteArrayList, writes);
        TerminalScreen s(5, 40);
        for (const QByteArray &w : writes)
            s.feed(w);
        QTEST(s.title(), "title");
        QVERIFY(!s.title().contains(QLatin1String("tail")));
    }

    void aCursorRestoredBelowAShrunkenScreenIsPutBackInIt_data()
    {
        // libvterm restored it on row 5 of a 2-row screen, and erasing above it wrote past
        // libvterm's line array (found by tests/fuzz).
        QTest::addColumn<QByteArray>("save");
        QTest::addColumn<QByteArray>("restore");
        QTest::addColumn<int>("col"); // where the cursor comes back, from 1
        QTest::newRow("DECSC, DECRC") << QByteArray("\x1b" "7") << QByteArray("\x1b" "8") << 20;
        QTest::newRow("DECRC after a C0 control") << QByteArray("\x1b" "7") << QByteArray("\x1b\x07" "8") << 20;
        QTest::newRow("mode 1048") << QByteArray("\x1b[?1048h") << QByteArray("\x1b[?1048l") << 20;
        QTest::newRow("mode 1048, a control before the ?") << QByteArray("\x1b[?1048h") << QByteArray("\x1b[\r?1048l") << 20;
        // Leaving the alternate screen restores the cursor where the reflow took it: column 30
        // of an 80-column row is column 10 of the second 20-column row.
        QTest::newRow("alternate screen 1049") << QByteArray("\x1b[?1049h") << QByteArray("\x1b[?1049l") << 10;
    }
    void aCursorRestoredBelowAShrunkenScreenIsPutBackInIt()
    {
        QFETCH(QByteArray, save);
        QFETCH(QByteArray, restore);
        QFETCH(int, col);
        TerminalScreen s(24, 80);
        s.feed("\x1b[6;30H" + save);
        s.resize(2, 20);
        // Where libvterm itself has the cursor: its answer to a cursor position report.
        QSignalSpy replies(&s, &TerminalScreen::outputReady);
        s.feed(restore + "\x1b[6n");
        QCOMPARE(replies.count(), 1);
        QCOMPARE(replies.first().first().toByteArray(), "\x1b[2;" + QByteArray::number(col) + 'R');
        s.feed(QByteArray("\x1b[1Jx"));
        QCOMPARE(screenRow(s, 1), QString(col - 1, QLatin1Char(' ')) + QLatin1Char('x'));
        s.feed(QByteArray("\x1b#8"));  // DECALN (ESC # 8) is not a restore: it fills the screen
        QCOMPARE(screenRow(s, 0), QStringLiteral("EEEEEEEEEEEEEEEEEEEE"));
    }
};

QTEST_GUILESS_MAIN(TestLibvtermGuards)
#include "tst_libvtermguards.moc"
