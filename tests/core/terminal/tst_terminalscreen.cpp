#include "core/terminal/TerminalScreen.h"

#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {

QString screenRow(const TerminalScreen &s, int row)
{
    return s.lineText(s.scrollbackSize() + row);
}

QString colorName(TerminalColor c)
{
    switch (c.kind) {
    case TerminalColor::Default: return QStringLiteral("default");
    case TerminalColor::Indexed: return QStringLiteral("idx:%1").arg(c.index());
    case TerminalColor::Rgb: return QStringLiteral("rgb:%1,%2,%3").arg(c.r).arg(c.g).arg(c.b);
    }
    return {};
}

QString attrNames(std::uint8_t attrs)
{
    static const std::pair<std::uint8_t, const char *> names[] = {
        {CellAttr::Bold, "bold"},     {CellAttr::Italic, "italic"}, {CellAttr::Underline, "underline"},
        {CellAttr::DoubleUnderline, "double"}, {CellAttr::Blink, "blink"}, {CellAttr::Reverse, "reverse"},
        {CellAttr::Strike, "strike"}, {CellAttr::Combining, "combining"},
    };
    QStringList out;
    for (const auto &[bit, name] : names)
        if (attrs & bit)
            out << QLatin1String(name);
    return out.join(QLatin1Char(','));
}

// Everything the screen sends to the remote while `action` runs.
template<typename F>
QByteArray outputOf(TerminalScreen &s, F action)
{
    QByteArray out;
    auto c = QObject::connect(&s, &TerminalScreen::outputReady, [&](const QByteArray &b) { out += b; });
    action();
    QObject::disconnect(c);
    return out;
}

} // namespace

class TestTerminalScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("hello") << 0 << "hello";
        QTest::newRow("crlf") << QByteArray("one\r\ntwo") << 1 << "two";
        QTest::newRow("lf keeps column") << QByteArray("ab\ncd") << 1 << "  cd";
        QTest::newRow("backspace overwrites") << QByteArray("abc\bX") << 0 << "abX";
        QTest::newRow("tab stops") << QByteArray("a\tb") << 0 << "a       b";
        QTest::newRow("utf8 accented") << QByteArray("caf\xc3\xa9 \xc3\xbc") << 0 << QString::fromUtf8("café ü");
        QTest::newRow("combining acute") << QByteArray("e\xcc\x81x") << 0 << QString::fromUtf8("e\xcc\x81x");
        QTest::newRow("combining in a later write") << QByteArray("e") + QByteArray("\xcc\x81") << 0
                                                    << QString::fromUtf8("e\xcc\x81");
        QTest::newRow("wide takes two cells") << QByteArray("\xe4\xb8\xad|") << 0 << QString::fromUtf8("中|");
        QTest::newRow("narrow over wide half") << QByteArray("\xe4\xb8\xad|\x1b[1Gx") << 0 << "x |";
        QTest::newRow("wraps at the margin") << QByteArray("0123456789AB") << 1 << "AB";
        QTest::newRow("cup") << QByteArray("\x1b[3;5Hx") << 2 << "    x";
        QTest::newRow("erase to end of line") << QByteArray("abcdef\x1b[1;3H\x1b[K") << 0 << "ab";
        QTest::newRow("erase to start of line") << QByteArray("abcdef\x1b[1;3H\x1b[1K") << 0 << "   def";
        QTest::newRow("erase whole line") << QByteArray("abcdef\x1b[2K") << 0 << "";
        QTest::newRow("erase display below") << QByteArray("a\r\nb\r\nc\x1b[2;1H\x1b[J") << 2 << "";
        QTest::newRow("erase display keeps above") << QByteArray("a\r\nb\r\nc\x1b[2;1H\x1b[J") << 0 << "a";
        QTest::newRow("erase whole display") << QByteArray("a\r\nb\x1b[2J") << 0 << "";
        QTest::newRow("insert line pushes down") << QByteArray("a\r\nb\r\nc\x1b[2;1H\x1b[L") << 2 << "b";
        QTest::newRow("insert line leaves blank") << QByteArray("a\r\nb\r\nc\x1b[2;1H\x1b[L") << 1 << "";
        QTest::newRow("delete line pulls up") << QByteArray("a\r\nb\r\nc\x1b[1;1H\x1b[M") << 0 << "b";
        QTest::newRow("insert chars") << QByteArray("abc\x1b[1;2H\x1b[2@") << 0 << "a  bc";
        // (10 columns: the wide character pushed to the last one loses its right half, so it goes.)
        QTest::newRow("insert pushes a wide character to the edge")
            << (QByteArray(8, '.') + "\xe4\xb8\xad\x1b[1;1H\x1b[@") << 0 << (" " + QString(8, QLatin1Char('.')));
        QTest::newRow("delete pulls a wide character's right half to the start")
            << QByteArray("\xe4\xb8\xad" "ab\x1b[1;1H\x1b[P") << 0 << " ab";
        QTest::newRow("delete chars") << QByteArray("abcdef\x1b[1;2H\x1b[2P") << 0 << "adef";
        QTest::newRow("erase chars") << QByteArray("abcdef\x1b[1;2H\x1b[2X") << 0 << "a  def";
        QTest::newRow("region scroll keeps row above") << QByteArray("top\r\nr1\r\nr2\r\nr3\r\nbottom\x1b[2;4r\x1b[4;1H\n")
                                                       << 0 << "top";
        QTest::newRow("region scroll keeps row below") << QByteArray("top\r\nr1\r\nr2\r\nr3\r\nbottom\x1b[2;4r\x1b[4;1H\n")
                                                       << 4 << "bottom";
        QTest::newRow("region scroll moves inside") << QByteArray("top\r\nr1\r\nr2\r\nr3\r\nbottom\x1b[2;4r\x1b[4;1H\n")
                                                    << 1 << "r2";
        QTest::newRow("region scroll blanks last") << QByteArray("top\r\nr1\r\nr2\r\nr3\r\nbottom\x1b[2;4r\x1b[4;1H\n")
                                                   << 3 << "";
        QTest::newRow("reverse index scrolls down") << QByteArray("a\r\nb\x1b[1;1H\x1bMz") << 1 << "a";
        QTest::newRow("full scroll moves up") << QByteArray("1\r\n2\r\n3\r\n4\r\n5\r\n6") << 0 << "2";
        QTest::newRow("full scroll last row") << QByteArray("1\r\n2\r\n3\r\n4\r\n5\r\n6") << 4 << "6";
        QTest::newRow("alt screen starts blank") << QByteArray("primary\x1b[?1049h") << 0 << "";
        QTest::newRow("alt screen writes") << QByteArray("primary\x1b[?1049h\x1b[Hvim") << 0 << "vim";
        QTest::newRow("alt screen exit restores") << QByteArray("primary\x1b[?1049hvim\x1b[2J\x1b[?1049l") << 0
                                                  << "primary";
    }
    void rowText()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, row);
        QFETCH(QString, expected);
        TerminalScreen s(5, 10);
        s.feed(input);
        QCOMPARE(screenRow(s, row), expected);
    }

    void cellStyle_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("col");
        QTest::addColumn<QString>("fg");
        QTest::addColumn<QString>("bg");
        QTest::addColumn<QString>("attrs");
        QTest::addColumn<int>("width");
        QTest::newRow("default") << QByteArray("x") << 0 << "default" << "default" << "" << 1;
        QTest::newRow("sgr 31") << QByteArray("\x1b[31mx") << 0 << "idx:1" << "default" << "" << 1;
        QTest::newRow("sgr 44") << QByteArray("\x1b[44mx") << 0 << "default" << "idx:4" << "" << 1;
        QTest::newRow("bright 91") << QByteArray("\x1b[91mx") << 0 << "idx:9" << "default" << "" << 1;
        QTest::newRow("bright bg 103") << QByteArray("\x1b[103mx") << 0 << "default" << "idx:11" << "" << 1;
        QTest::newRow("256 fg") << QByteArray("\x1b[38;5;196mx") << 0 << "idx:196" << "default" << "" << 1;
        QTest::newRow("256 bg") << QByteArray("\x1b[48;5;21mx") << 0 << "default" << "idx:21" << "" << 1;
        QTest::newRow("truecolour fg") << QByteArray("\x1b[38;2;1;2;3mx") << 0 << "rgb:1,2,3" << "default" << "" << 1;
        QTest::newRow("truecolour bg") << QByteArray("\x1b[48;2;250;128;0mx") << 0 << "default" << "rgb:250,128,0" << ""
                                       << 1;
        QTest::newRow("sgr 39 back to default") << QByteArray("\x1b[31;39mx") << 0 << "default" << "default" << "" << 1;
        QTest::newRow("bold") << QByteArray("\x1b[1mx") << 0 << "default" << "default" << "bold" << 1;
        QTest::newRow("italic") << QByteArray("\x1b[3mx") << 0 << "default" << "default" << "italic" << 1;
        QTest::newRow("underline") << QByteArray("\x1b[4mx") << 0 << "default" << "default" << "underline" << 1;
        QTest::newRow("double underline") << QByteArray("\x1b[21mx") << 0 << "default" << "default" << "double" << 1;
        QTest::newRow("blink") << QByteArray("\x1b[5mx") << 0 << "default" << "default" << "blink" << 1;
        QTest::newRow("reverse") << QByteArray("\x1b[7mx") << 0 << "default" << "default" << "reverse" << 1;
        QTest::newRow("strike") << QByteArray("\x1b[9mx") << 0 << "default" << "default" << "strike" << 1;
        QTest::newRow("combined") << QByteArray("\x1b[1;3;4;32;45mx") << 0 << "idx:2" << "idx:5"
                                  << "bold,italic,underline" << 1;
        QTest::newRow("sgr 0 resets") << QByteArray("\x1b[1;31mx\x1b[0my") << 1 << "default" << "default" << "" << 1;
        QTest::newRow("sgr 22 ends bold only") << QByteArray("\x1b[1;4mx\x1b[22my") << 1 << "default" << "default"
                                               << "underline" << 1;
        QTest::newRow("style before stays") << QByteArray("\x1b[1;31mx\x1b[0my") << 0 << "idx:1" << "default" << "bold"
                                            << 1;
        QTest::newRow("wide lead") << QByteArray("\x1b[32m\xe4\xb8\xad") << 0 << "idx:2" << "default" << "" << 2;
        QTest::newRow("wide continuation") << QByteArray("\x1b[32m\xe4\xb8\xad") << 1 << "idx:2" << "default" << "" << 0;
        QTest::newRow("after wide") << QByteArray("\xe4\xb8\xadz") << 2 << "default" << "default" << "" << 1;
        QTest::newRow("combining flag") << QByteArray("e\xcc\x81") << 0 << "default" << "default" << "combining" << 1;
        QTest::newRow("erase takes pen background") << QByteArray("\x1b[41m\x1b[K") << 5 << "default" << "idx:1" << ""
                                                    << 1;
    }
    void cellStyle()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, col);
        TerminalScreen s(5, 10);
        s.feed(input);
        const Cell &c = s.cell(0, col);
        QTEST(colorName(c.fg), "fg");
        QTEST(colorName(c.bg), "bg");
        QTEST(attrNames(c.attrs), "attrs");
        QTEST(int(c.width), "width");
    }

    void cursor_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        QTest::addColumn<bool>("visible");
        QTest::newRow("start") << QByteArray() << 0 << 0 << true;
        QTest::newRow("after text") << QByteArray("abc") << 0 << 3 << true;
        QTest::newRow("after wide") << QByteArray("\xe4\xb8\xad") << 0 << 2 << true;
        QTest::newRow("cup") << QByteArray("\x1b[4;7H") << 3 << 6 << true;
        QTest::newRow("cup clamps") << QByteArray("\x1b[99;99H") << 4 << 9 << true;
        QTest::newRow("cursor up") << QByteArray("\x1b[4;7H\x1b[2A") << 1 << 6 << true;
        QTest::newRow("hidden") << QByteArray("\x1b[?25l") << 0 << 0 << false;
        QTest::newRow("shown again") << QByteArray("\x1b[?25l\x1b[?25h") << 0 << 0 << true;
        QTest::newRow("save and restore") << QByteArray("\x1b[2;3H\x1b" "7\x1b[5;5H\x1b" "8") << 1 << 2 << true;
    }
    void cursor()
    {
        QFETCH(QByteArray, input);
        TerminalScreen s(5, 10);
        s.feed(input);
        QTEST(s.cursor().line, "row");
        QTEST(s.cursor().col, "col");
        QTEST(s.cursorVisible(), "visible");
    }

    void keys_data()
    {
        QTest::addColumn<QByteArray>("before"); // fed first, to set modes
        QTest::addColumn<int>("key");           // a TerminalScreen::Key, or -1 for `ch`
        QTest::addColumn<uint>("ch");
        QTest::addColumn<int>("mods");
        QTest::addColumn<QByteArray>("expected");
        using K = TerminalScreen::Key;
        const int C = TerminalScreen::Ctrl, A = TerminalScreen::Alt, S = TerminalScreen::Shift;
        QTest::newRow("up") << QByteArray() << int(K::Up) << 0u << 0 << QByteArray("\x1b[A");
        QTest::newRow("up in application cursor mode") << QByteArray("\x1b[?1h") << int(K::Up) << 0u << 0
                                                       << QByteArray("\x1bOA");
        QTest::newRow("left") << QByteArray() << int(K::Left) << 0u << 0 << QByteArray("\x1b[D");
        QTest::newRow("shift up") << QByteArray() << int(K::Up) << 0u << S << QByteArray("\x1b[1;2A");
        QTest::newRow("ctrl right") << QByteArray() << int(K::Right) << 0u << C << QByteArray("\x1b[1;5C");
        QTest::newRow("home") << QByteArray() << int(K::Home) << 0u << 0 << QByteArray("\x1b[H");
        QTest::newRow("end") << QByteArray() << int(K::End) << 0u << 0 << QByteArray("\x1b[F");
        QTest::newRow("insert") << QByteArray() << int(K::Insert) << 0u << 0 << QByteArray("\x1b[2~");
        QTest::newRow("delete") << QByteArray() << int(K::Delete) << 0u << 0 << QByteArray("\x1b[3~");
        QTest::newRow("page up") << QByteArray() << int(K::PageUp) << 0u << 0 << QByteArray("\x1b[5~");
        QTest::newRow("page down") << QByteArray() << int(K::PageDown) << 0u << 0 << QByteArray("\x1b[6~");
        QTest::newRow("f1") << QByteArray() << int(K::F1) << 0u << 0 << QByteArray("\x1bOP");
        QTest::newRow("f4") << QByteArray() << int(K::F4) << 0u << 0 << QByteArray("\x1bOS");
        QTest::newRow("f5") << QByteArray() << int(K::F5) << 0u << 0 << QByteArray("\x1b[15~");
        QTest::newRow("f12") << QByteArray() << int(K::F12) << 0u << 0 << QByteArray("\x1b[24~");
        QTest::newRow("tab") << QByteArray() << int(K::Tab) << 0u << 0 << QByteArray("\t");
        QTest::newRow("backtab") << QByteArray() << int(K::Tab) << 0u << S << QByteArray("\x1b[Z");
        QTest::newRow("backspace is del") << QByteArray() << int(K::Backspace) << 0u << 0 << QByteArray("\x7f");
        QTest::newRow("enter") << QByteArray() << int(K::Enter) << 0u << 0 << QByteArray("\r");
        QTest::newRow("escape") << QByteArray() << int(K::Escape) << 0u << 0 << QByteArray("\x1b");
        QTest::newRow("ctrl c") << QByteArray() << -1 << uint('c') << C << QByteArray("\x03");
        QTest::newRow("ctrl i is tab") << QByteArray() << -1 << uint('i') << C << QByteArray("\t");
        QTest::newRow("ctrl [ is escape") << QByteArray() << -1 << uint('[') << C << QByteArray("\x1b");
        QTest::newRow("ctrl space is nul") << QByteArray() << -1 << uint(' ') << C << QByteArray("\0", 1);
        QTest::newRow("alt x") << QByteArray() << -1 << uint('x') << A << QByteArray("\x1bx");
        QTest::newRow("ctrl alt c") << QByteArray() << -1 << uint('c') << (C | A) << QByteArray("\x1b\x03");
        QTest::newRow("plain utf8") << QByteArray() << -1 << uint(0xe9) << 0 << QByteArray("\xc3\xa9");
    }
    void keys()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, key);
        QFETCH(uint, ch);
        QFETCH(int, mods);
        TerminalScreen s(5, 10);
        s.feed(before);
        const auto m = TerminalScreen::Modifiers(mods);
        const QByteArray out = outputOf(s, [&] {
            if (key >= 0)
                s.sendKey(TerminalScreen::Key(key), m);
            else
                s.sendChar(char32_t(ch), m);
        });
        QTEST(out, "expected");
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("primary device attributes") << QByteArray("\x1b[c") << QByteArray("\x1b[?1;2c");
        QTest::newRow("cursor position report") << QByteArray("\x1b[3;4H\x1b[6n") << QByteArray("\x1b[3;4R");
        QTest::newRow("status report") << QByteArray("\x1b[5n") << QByteArray("\x1b[0n");
        QTest::newRow("osc 52 clipboard read is not answered") << QByteArray("\x1b]52;c;?\x07") << QByteArray();
    }
    void answers()
    {
        QFETCH(QByteArray, input);
        TerminalScreen s(5, 10);
        QSignalSpy spy(&s, &TerminalScreen::outputReady);
        s.feed(input);
        QByteArray out;
        for (const QList<QVariant> &args : spy)
            out += args.at(0).toByteArray();
        QTEST(out, "expected");
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second"); // a later network read
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("row0");
        QTest::newRow("osc 0 bel") << QByteArray("\x1b]0;web01: ~\x07$ ") << QByteArray() << "web01: ~" << "$";
        QTest::newRow("osc 2 st") << QByteArray("\x1b]2;root@db\x1b\\") << QByteArray() << "root@db" << "";
        QTest::newRow("utf8") << QByteArray("\x1b]2;caf\xc3\xa9\x07") << QByteArray() << QString::fromUtf8("café") << "";
        QTest::newRow("split in the text") << QByteArray("ab\x1b]2;spl") << QByteArray("it\x07" "cd") << "split" << "abcd";
        QTest::newRow("split after esc") << QByteArray("ab\x1b") << QByteArray("]2;t\x07" "cd") << "t" << "abcd";
        QTest::newRow("split inside st") << QByteArray("\x1b]2;t\x1b") << QByteArray("\\x") << "t" << "x";
        QTest::newRow("after a finished one") << QByteArray("\x1b]2;a\x07\x1b]2;b") << QByteArray("c\x07") << "bc" << "";
        QTest::newRow("after a CSI") << QByteArray("\x1b[1mab\x1b]2;ti") << QByteArray("tle\x07") << "title" << "ab";
        QTest::newRow("split after esc, after an ST") << QByteArray("\x1b]2;a\x1b\\xy\x1b") << QByteArray("]2;t\x07") << "t" << "xy";
    }
    void title()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(QString, expected);
        TerminalScreen s(5, 10);
        QSignalSpy spy(&s, &TerminalScreen::titleChanged);
        s.feed(first);
        s.feed(second);
        QVERIFY(spy.count() >= 1);
        QCOMPARE(spy.last().at(0).toString(), expected);
        QCOMPARE(s.title(), expected);
        QTEST(screenRow(s, 0), "row0");
    }

    void bracketedPaste_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("off") << QByteArray() << false << "ls -l\n" << QByteArray("ls -l\r");
        QTest::newRow("on") << QByteArray("\x1b[?2004h") << true << "ls -l\n" << QByteArray("\x1b[200~ls -l\r\x1b[201~");
        QTest::newRow("on then off") << QByteArray("\x1b[?2004h\x1b[?2004l") << false << "a" << QByteArray("a");
        QTest::newRow("crlf becomes cr") << QByteArray() << false << "a\r\nb" << QByteArray("a\rb");
        // ESC is left out, as every control but tab and line breaks (xterm's allowPasteControls):
        // no end marker can survive to end the paste early.
        QTest::newRow("end marker in text loses its ESC") << QByteArray("\x1b[?2004h") << true << "x\x1b[201~rm -rf ~"
                                                          << QByteArray("\x1b[200~x[201~rm -rf ~\x1b[201~");
        QTest::newRow("nested end markers lose theirs")
            << QByteArray("\x1b[?2004h") << true << "x\x1b[20\x1b[201~1~rm -rf ~" << QByteArray("\x1b[200~x[20[201~1~rm -rf ~\x1b[201~");
        QTest::newRow("C1 CSI is left out") << QByteArray("\x1b[?2004h") << true << QString::fromUtf8("a\xc2\x9b" "201~b")
                                            << QByteArray("\x1b[200~a201~b\x1b[201~");
        QTest::newRow("BEL, NUL, DEL, Ctrl+C are left out") << QByteArray() << false << QString::fromLatin1("a\x07" "b\x00" "c\x7f" "d\x03", 8)
                                                           << QByteArray("abcd");
        QTest::newRow("tab stays") << QByteArray() << false << "a\tb" << QByteArray("a\tb");
    }
    void bracketedPaste()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, text);
        TerminalScreen s(5, 10);
        s.feed(mode);
        QTEST(s.bracketedPaste(), "on");
        QSignalSpy spy(&s, &TerminalScreen::outputReady);
        s.paste(text);
        QCOMPARE(spy.count(), 1); // one write to the channel, not three
        QTEST(spy.at(0).at(0).toByteArray(), "expected");
    }

    void bellIsSignalledOncePerBel()
    {
        TerminalScreen s(5, 10);
        QSignalSpy spy(&s, &TerminalScreen::bell);
        s.feed(QByteArray("a\x07" "b\x07"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(screenRow(s, 0), QStringLiteral("ab"));
    }

    void resizeKeepsTheCursorWhereItWas()
    {
        TerminalScreen s(24, 80);
        s.feed(QByteArray("\x1b[2;5r\x1b[7;9H"));
        s.resize(20, 40);
        QCOMPARE(s.cursor().line, 6);
        QCOMPARE(s.cursor().col, 8);
        s.feed(QByteArray("x"));
        QCOMPARE(screenRow(s, 6), QStringLiteral("        x"));
    }

    void damagedOncePerFeedAndDirtyRowsTracked()
    {
        TerminalScreen s(5, 10);
        s.clearDamage();
        QSignalSpy spy(&s, &TerminalScreen::damaged);
        s.feed(QByteArray("\x1b[3;1Habc\x1b[3;1Hdef"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(s.isRowDirty(2));
        QVERIFY(!s.isRowDirty(4));
        s.clearDamage();
        s.feed(QByteArray("\x1b[5;1H\n"));
        QVERIFY(s.isAllDirty()); // a scroll moves every row
        s.clearDamage();
        s.feed(QByteArray("\x1b[5n"));
        QCOMPARE(spy.count(), 2);
    }

    void scrollbackReceivesLinesInOrder()
    {
        TerminalScreen s(3, 10);
        s.feed(QByteArray("\x1b[31mred\x1b[0m\r\nl2\r\nl3\r\nl4\r\nl5"));
        QCOMPARE(s.scrollbackSize(), 2);
        QCOMPARE(s.lineText(0), QStringLiteral("red"));
        QCOMPARE(s.lineText(1), QStringLiteral("l2"));
        QCOMPARE(screenRow(s, 0), QStringLiteral("l3"));
        TerminalLine l;
        s.line(0, l);
        QCOMPARE(colorName(l.cells[0].fg), QStringLiteral("idx:1"));
        QCOMPARE(colorName(l.cells[3].fg), QStringLiteral("default"));
    }

    void scrollbackIsCapped()
    {
        TerminalScreen s(3, 10);
        s.setScrollbackCapacity(5);
        for (int i = 0; i < 20; ++i)
            s.feed(QByteArray::number(i) + "\r\n");
        QCOMPARE(s.scrollbackSize(), 5);
        QCOMPARE(s.droppedLines(), 13); // 20 lines + 1 blank line, 3 on screen
        QCOMPARE(s.lineText(0), QStringLiteral("13"));
        QCOMPARE(s.lineText(4), QStringLiteral("17"));
        QCOMPARE(screenRow(s, 0), QStringLiteral("18"));
    }

    void scrollbackKeepsWideAndCombining()
    {
        TerminalScreen s(2, 10);
        s.feed(QByteArray("\xe4\xb8\xad" "e\xcc\x81\r\n\r\n"));
        QCOMPARE(s.scrollbackSize(), 1);
        QCOMPARE(s.lineText(0), QString::fromUtf8("中e\xcc\x81"));
        TerminalLine l;
        s.line(0, l);
        QCOMPARE(int(l.cells[0].width), 2);
        QCOMPARE(int(l.cells[1].width), 0);
    }

    void textAfterAnOscEndedByAnotherEscapeIsShownAtOnce()
    {
        // An escape after an OSC ends it (as libvterm reads it): nothing after is held back.
        TerminalScreen s(2, 20);
        s.feed(QByteArray("\x1b]2;t\x1b[1mab"));
        QCOMPARE(screenRow(s, 0), QStringLiteral("ab"));
    }

    void aUtf8CharacterCutByTheNetworkArrivesWhole()
    {
        // libvterm 0.1.4 shows a character split over two writes as U+FFFD; a read
        // from the network can end anywhere, inside one too.
        const QByteArray text("a\xc3\xa9\xe4\xb8\xad" "e\xcc\x81\xf0\x9f\x98\x80" "b\xe2\x94");
        const QString expected = QString::fromUtf8(text.chopped(2)); // aé中é😀b, the second é combining
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            TerminalScreen s(2, 20);
            s.feed(text.left(cut));
            s.feed(text.mid(cut));
            QVERIFY2(screenRow(s, 0) == expected, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(screenRow(s, 0))));
            // The unfinished box-drawing character at the end waits for the rest.
            s.feed(QByteArray("\x80"));
            QCOMPARE(screenRow(s, 0), expected + QString::fromUtf8("─"));
        }
    }

    void regionFromTheTopFeedsScrollbackAndKeepsTheStatusLine()
    {
        // apt: output scrolls above a progress bar on the last row.
        TerminalScreen s(5, 20);
        s.feed(QByteArray("\x1b[5;1HProgress: 40%\x1b[1;4r\x1b[1;1H"));
        s.feed(QByteArray("a\r\nb\r\nc\r\nd\r\ne\r\nf"));
        QCOMPARE(s.scrollbackSize(), 2);
        QCOMPARE(s.lineText(0), QStringLiteral("a"));
        QCOMPARE(s.lineText(1), QStringLiteral("b"));
        QCOMPARE(screenRow(s, 0), QStringLiteral("c"));
        QCOMPARE(screenRow(s, 3), QStringLiteral("f"));
        QCOMPARE(screenRow(s, 4), QStringLiteral("Progress: 40%"));
    }

    void regionAndAltScreenScrollsAddNoScrollback()
    {
        TerminalScreen s(5, 10);
        s.feed(QByteArray("\x1b[2;4r\x1b[4;1H\n\n\n"));
        QCOMPARE(s.scrollbackSize(), 0);
        s.feed(QByteArray("\x1b[r\x1b[?1049h\x1b[5;1H\n\n\n"));
        QVERIFY(s.isAltScreen());
        QCOMPARE(s.scrollbackSize(), 0);
    }

    void altScreenSignalsAndRestoresCursor()
    {
        TerminalScreen s(5, 10);
        QSignalSpy spy(&s, &TerminalScreen::altScreenChanged);
        s.feed(QByteArray("ab\x1b[?1049h\x1b[4;4Hx"));
        QVERIFY(s.isAltScreen());
        s.feed(QByteArray("\x1b[?1049l"));
        QVERIFY(!s.isAltScreen());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(s.cursor().line, 0);
        QCOMPARE(s.cursor().col, 2);
    }

    void resizeKeepsContent()
    {
        TerminalScreen s(5, 10);
        s.feed(QByteArray("one\r\ntwo\r\nthree\r\nfour\r\nfive"));
        s.resize(3, 20);
        QCOMPARE(s.rows(), 3);
        QCOMPARE(s.cols(), 20);
        QCOMPARE(screenRow(s, 2), QStringLiteral("five")); // the cursor row stays visible
        QCOMPARE(s.scrollbackSize(), 2);
        QCOMPARE(s.cursor().line, 2);
        s.resize(5, 20);
        QCOMPARE(screenRow(s, 0), QStringLiteral("one")); // taken back from the scrollback
        QCOMPARE(screenRow(s, 2), QStringLiteral("three"));
        QCOMPARE(s.cursor().line, 4);
        s.resize(5, 3); // narrower: lines wrap again (tst_terminalreflow has the details)
        QCOMPARE(screenRow(s, 3), QStringLiteral("fiv"));
        QCOMPARE(screenRow(s, 4), QStringLiteral("e"));
        QCOMPARE(s.cursor().line, 4);
        QCOMPARE(s.cursor().col, 1);
        s.feed(QByteArray("\r\nsix"));
        QCOMPARE(screenRow(s, 4), QStringLiteral("six"));
    }

    void resizeShrinkingDropsBlankRowsBelowTheCursorFirst()
    {
        TerminalScreen s(5, 10);
        s.feed(QByteArray("prompt$ "));
        s.resize(2, 10);
        QCOMPARE(screenRow(s, 0), QStringLiteral("prompt$"));
        QCOMPARE(s.scrollbackSize(), 0);
    }

    void textAcrossScrollbackAndScreen()
    {
        TerminalScreen s(3, 10);
        s.feed(QByteArray("alpha\r\nbravo\r\ncharlie\r\ndelta"));
        QCOMPARE(s.scrollbackSize(), 1);
        QCOMPARE(s.text({0, 2}, {2, 4}), QStringLiteral("pha\nbravo\nchar"));
        QCOMPARE(s.text({2, 4}, {0, 2}), QStringLiteral("pha\nbravo\nchar"));
    }

    void searchFindsForwardBackwardAndWraps()
    {
        TerminalScreen s(3, 20);
        s.feed(QByteArray("error one\r\nok\r\n\xe4\xb8\xad ERROR two\r\nok\r\nlast"));
        QCOMPARE(s.scrollbackSize(), 2);
        auto m = s.search(QStringLiteral("error"), {0, 0});
        QVERIFY(m);
        QCOMPARE(m->start, (TextPos{0, 0}));
        QCOMPARE(m->end, (TextPos{0, 5}));
        m = s.search(QStringLiteral("error"), {0, 1});
        QVERIFY(m);
        QCOMPARE(m->start, (TextPos{2, 3})); // after a wide character: column 3
        QCOMPARE(m->end, (TextPos{2, 8}));
        m = s.search(QStringLiteral("error"), {0, 1}, false, Qt::CaseSensitive);
        QVERIFY(m);
        QCOMPARE(m->start, (TextPos{0, 0})); // wrapped around past the end
        m = s.search(QStringLiteral("error"), {4, 0}, true);
        QVERIFY(m);
        QCOMPARE(m->start, (TextPos{2, 3}));
        m = s.search(QStringLiteral("error"), {2, 2}, true);
        QCOMPARE(m->start, (TextPos{0, 0}));
        m = s.search(QStringLiteral("last"), {0, 0});
        QCOMPARE(m->start, (TextPos{4, 0}));
        QVERIFY(!s.search(QStringLiteral("absent"), {0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
