// A terminal's output as a plain-text session log: colours, cursor moves,
// titles (OSC with BEL or ST), charset switches and the rest of the escapes
// gone, "\r\n" made "\n", UTF-8 kept, a sequence cut between two reads still
// recognised; and the log file's name made safe from a host's name.
#include "core/ssh/SessionLogFile.h"
#include "core/text/TerminalTextFilter.h"

#include <QTest>

using namespace wb;

class TestTerminalTextFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesEscapes()
    {
        TerminalTextFilter filter;
        QCOMPARE(filter.filter("\x1b[1;31mred\x1b[0m plain\r\n"), QByteArray("red plain\n"));
        QCOMPARE(filter.filter("\x1b]0;user@host: ~\x07$ ls\r\n"), QByteArray("$ ls\n"));
        QCOMPARE(filter.filter("\x1b]2;title\x1b\\after"), QByteArray("after"));
        QCOMPARE(filter.filter("\x1b(B\x1b)0\x1b=\x1b>\x1b" "7x\x1b" "8"), QByteArray("x"));
        QCOMPARE(filter.filter("\x1b[?1049h\x1b[H\x1b[2Jscreen"), QByteArray("screen"));
        const char controls[] = "Ünïcødé\ttab\x07\x08\x00.";
        QCOMPARE(filter.filter(QByteArray(controls, sizeof(controls) - 1)), QByteArray("Ünïcødé\ttab."));
        QCOMPARE(filter.filter("\x1bP1$r0m\x1b\\dcs gone"), QByteArray("dcs gone"));
        // C1 controls as UTF-8: CSI, OSC ended by ST, a lone C1; U+00A0 and up stay.
        QCOMPARE(filter.filter("a\xc2\x9b" "2Jb\xc2\x9d" "0;title\xc2\x9c" "c\xc2\x85" "d\xc2\xa0" "e\xc2\xa9"), QByteArray("abcd\xc2\xa0" "e\xc2\xa9"));
        QCOMPARE(filter.filter("x\xc2"), QByteArray("x"));
        QCOMPARE(filter.filter("\x9b" "31mred"), QByteArray("red")); // cut between its two bytes
        // CAN aborts a sequence; an OSC that never ends gives up after 4 KiB instead of hiding the rest.
        QCOMPARE(filter.filter("\x1b[31\x18shown"), QByteArray("shown"));
        const QByteArray unended = filter.filter("\x1b]0;" + QByteArray(5000, 'x') + "after");
        QVERIFY(unended.endsWith("after"));
        QVERIFY(unended.size() < 1000); // the first 4 KiB went as the title they claimed to be
        // Cut in the middle of a sequence: the rest is still taken for one.
        QCOMPARE(filter.filter("before\x1b[38;5"), QByteArray("before"));
        QCOMPARE(filter.filter(";196mafter"), QByteArray("after"));
        QCOMPARE(filter.filter("\x1b"), QByteArray());
        QCOMPARE(filter.filter("]0;t"), QByteArray());
        QCOMPARE(filter.filter("itle\x07" "done"), QByteArray("done"));
    }

    void namesFilesSafely()
    {
        QCOMPARE(SessionLogFile::fileNameFor(QStringLiteral("web01.example.com")), QStringLiteral("web01.example.com"));
        QCOMPARE(SessionLogFile::fileNameFor(QStringLiteral("../../etc/passwd")), QStringLiteral("_._.._etc_passwd"));
        QCOMPARE(SessionLogFile::fileNameFor(QStringLiteral("a;rm -rf /")), QStringLiteral("a_rm_-rf__"));
        QCOMPARE(SessionLogFile::fileNameFor(QStringLiteral("$(id)\nx")), QStringLiteral("__id__x"));
        QCOMPARE(SessionLogFile::fileNameFor(QString()), QStringLiteral("session"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalTextFilter)
#include "tst_terminaltextfilter.moc"
