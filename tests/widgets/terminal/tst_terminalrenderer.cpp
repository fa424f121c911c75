// The renderer draws each glyph on its cell: runs of glyphs placed by column
// (no drift after hundreds of columns, none after a character the font lacks),
// and its own lines for underline and strike-through.
#include "core/terminal/TerminalCell.h"
#include "widgets/terminal/TerminalRenderer.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace wb;

namespace {

TerminalLine lineOf(const std::u32string &text, std::uint8_t attrs = 0)
{
    TerminalLine line;
    for (char32_t ch : text) {
        Cell c;
        c.ch = ch == U' ' ? 0 : ch;
        c.attrs = attrs;
        line.cells.push_back(c);
    }
    line.used = int(line.cells.size());
    return line;
}

// The columns of pixels in [x0, x1) that hold anything but the background.
QList<int> inkColumns(const QImage &image, int x0, int x1, QRgb background)
{
    QList<int> out;
    for (int x = std::max(0, x0); x < std::min(x1, image.width()); ++x)
        for (int y = 0; y < image.height(); ++y)
            if (image.pixel(x, y) != background) {
                out << x;
                break;
            }
    return out;
}

} // namespace

class TestTerminalRenderer : public QObject
{
    Q_OBJECT

    TerminalRenderer renderer;

    QImage paint(const TerminalLine &line, int cols)
    {
        QImage image(int(std::ceil(cols * renderer.cellWidth())), renderer.cellHeight(), QImage::Format_RGB32);
        image.fill(Qt::magenta);
        QPainter p(&image);
        renderer.paintLine(p, 0, line, cols, LineDecorations{}, false);
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        renderer.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }

    void aGlyphFarOutSitsOnItsCell()
    {
        const int cols = 260;
        const std::u32string text = std::u32string(250, U'i') + U"    |";
        const QImage image = paint(lineOf(text), cols);
        const qreal cw = renderer.cellWidth();
        const QRgb bg = renderer.background().rgb();
        // The bar's ink lies inside column 254, nowhere else near it.
        const QList<int> ink = inkColumns(image, int(250 * cw), int(260 * cw), bg);
        QVERIFY(!ink.isEmpty());
        QVERIFY2(ink.first() >= int(254 * cw) && ink.last() < int(std::ceil(255 * cw)),
                 qPrintable(QStringLiteral("ink from %1 to %2, cell %3 to %4").arg(ink.first()).arg(ink.last()).arg(254 * cw).arg(255 * cw)));
    }

    void aCharacterTheFontLacksKeepsTheRestOnTheGrid()
    {
        // Braille and a private-use character: not in a typical monospaced font.
        const std::u32string text = U"ab\u283F\uE0A0cd    |";
        const QImage image = paint(lineOf(text), 20);
        const qreal cw = renderer.cellWidth();
        const QList<int> ink = inkColumns(image, int(8 * cw), int(20 * cw), renderer.background().rgb());
        QVERIFY(!ink.isEmpty());
        QVERIFY2(ink.first() >= int(10 * cw) && ink.last() < int(std::ceil(11 * cw)),
                 qPrintable(QStringLiteral("ink from %1 to %2, cell %3 to %4").arg(ink.first()).arg(ink.last()).arg(10 * cw).arg(11 * cw)));
    }

    void underlineAndStrikeRunUnderSpacesToo()
    {
        const QImage plain = paint(lineOf(U"a b"), 3);
        const QImage underlined = paint(lineOf(U"a b", CellAttr::Underline), 3);
        const QImage struck = paint(lineOf(U"a b", CellAttr::Strike), 3);
        const qreal cw = renderer.cellWidth();
        const QRgb bg = renderer.background().rgb();
        // The space in the middle: blank when plain, a line when underlined or struck.
        QVERIFY(inkColumns(plain, int(cw) + 1, int(2 * cw) - 1, bg).isEmpty());
        QCOMPARE(inkColumns(underlined, int(cw) + 1, int(2 * cw) - 1, bg).size(), int(2 * cw) - 1 - (int(cw) + 1));
        QCOMPARE(inkColumns(struck, int(cw) + 1, int(2 * cw) - 1, bg).size(), int(2 * cw) - 1 - (int(cw) + 1));
        QVERIFY(underlined != struck); // at different heights
    }

    void aDoubleUnderlineHasBothLinesInItsCell()
    {
        const QImage image = paint(lineOf(U" ", CellAttr::DoubleUnderline), 1);
        const QRgb bg = renderer.background().rgb();
        // Down the middle of the blank cell: two stretches of ink, both inside the image (the cell).
        int stretches = 0;
        bool inInk = false;
        for (int y = 0; y < image.height(); ++y) {
            const bool ink = image.pixel(int(renderer.cellWidth() / 2), y) != bg;
            stretches += ink && !inInk ? 1 : 0;
            inInk = ink;
        }
        QCOMPARE(stretches, 2);
    }

    void aMarkOnASpaceIsDrawn()
    {
        TerminalLine line = lineOf(U"x y");
        line.cells[1].ch = U' ';
        line.cells[1].attrs |= CellAttr::Combining;
        line.marks.push_back({1, U"\u0301"}); // an acute accent on the space
        TerminalLine bare = lineOf(U"x y");
        bare.cells[1].ch = U' ';
        QVERIFY(paint(line, 3) != paint(bare, 3)); // the accent is somewhere (the font places it)
    }
};

QTEST_MAIN(TestTerminalRenderer)
#include "tst_terminalrenderer.moc"
