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

    // Lines one under the other, each `cols` wide.
    QImage paintLines(const QList<std::u32string> &lines, int cols, TerminalColor fg = {})
    {
        QImage image(int(std::ceil(cols * renderer.cellWidth())), renderer.cellHeight() * int(lines.size()), QImage::Format_RGB32);
        image.fill(Qt::magenta);
        QPainter p(&image);
        for (int i = 0; i < lines.size(); ++i) {
            TerminalLine line = lineOf(lines[i]);
            for (Cell &c : line.cells)
                c.fg = fg;
            renderer.paintLine(p, i * renderer.cellHeight(), line, cols, LineDecorations{}, false);
        }
        return image;
    }
    // The cell's pixels: [left, right) x [top, bottom).
    QRect cellRect(int row, int col) const
    {
        const int left = int(std::lround(col * renderer.cellWidth()));
        const int right = int(std::lround((col + 1) * renderer.cellWidth()));
        return QRect(left, row * renderer.cellHeight(), right - left, renderer.cellHeight());
    }
    static int inkIn(const QImage &image, const QRect &r, QRgb ink)
    {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += image.pixel(x, y) == ink;
        return n;
    }
    // The rows of pixels in which every column of [x0, x1) is `ink`: a line drawn without a gap.
    static QList<int> unbrokenRows(const QImage &image, int x0, int x1, QRgb ink)
    {
        QList<int> rows;
        for (int y = 0; y < image.height(); ++y) {
            bool all = true;
            for (int x = x0; x < x1 && all; ++x)
                all = image.pixel(x, y) == ink;
            if (all)
                rows << y;
        }
        return rows;
    }
    static QList<int> unbrokenColumns(const QImage &image, int x0, int x1, QRgb ink)
    {
        QList<int> cols;
        for (int x = x0; x < x1; ++x) {
            bool all = true;
            for (int y = 0; y < image.height() && all; ++y)
                all = image.pixel(x, y) == ink;
            if (all)
                cols << x;
        }
        return cols;
    }

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

    void boxLinesJoinAcrossCells();
    void anEmojiStaysInItsTwoCells();
    void doubleCornersCloseAndBlocksFillTheirCell();
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

void TestTerminalRenderer::boxLinesJoinAcrossCells()
{
    const QRgb fg = renderer.foreground().rgb();
    // A horizontal line across ten cells has no gap at any cell's edge, nor a vertical one
    // between rows (the font's own glyphs leave the line spacing empty).
    const QImage across = paintLines({U"──────────"}, 10);
    const int thickness = int(unbrokenRows(across, 0, cellRect(0, 9).right() + 1, fg).size());
    QVERIFY(thickness >= 1);
    const QImage down = paintLines({U"│", U"│", U"│"}, 1);
    const QList<int> columns = unbrokenColumns(down, 0, cellRect(0, 0).width(), fg);
    QCOMPARE(columns.size(), thickness);
    // Heavy is twice as thick; a double line is two lines with a gap between them.
    QCOMPARE(unbrokenRows(paintLines({U"━━━"}, 3), 0, int(3 * renderer.cellWidth()), fg).size(), 2 * thickness);
    const QList<int> doubled = unbrokenRows(paintLines({U"═══"}, 3), 0, int(3 * renderer.cellWidth()), fg);
    QCOMPARE(doubled.size(), 2 * thickness);
    QVERIFY(doubled[thickness] - doubled[thickness - 1] > 1);

    // A frame, as mc and htop draw them: the corners meet the lines beside and below them.
    const QImage frame = paintLines({U"┌─┐", U"│ │", U"└─┘"}, 3);
    const int lineRow = unbrokenRows(paintLines({U"─"}, 1), 0, cellRect(0, 0).width(), fg).value(0, -1);
    QVERIFY(lineRow >= 0);
    const QRect corner = cellRect(0, 0);
    QCOMPARE(frame.pixel(corner.right(), lineRow), fg);           // ┌ reaches its right edge at the line's height
    QCOMPARE(frame.pixel(columns[0], corner.bottom()), fg);       // and its bottom edge at the line's column
    QCOMPARE(inkIn(frame, QRect(corner.topLeft(), QSize(columns[0], lineRow)), fg), 0); // nothing above or left of it
    QCOMPARE(frame.pixel(columns[0], cellRect(2, 0).top()), fg);  // └ reaches up to the │ above it
    const QRect topRight = cellRect(0, 2);
    QCOMPARE(frame.pixel(topRight.left(), lineRow), fg);          // ┐ reaches left to the ─ beside it
    QCOMPARE(inkIn(frame, cellRect(1, 1), fg), 0);                // the inside stays empty
}

void TestTerminalRenderer::doubleCornersCloseAndBlocksFillTheirCell()
{
    const QRgb fg = renderer.foreground().rgb();
    // ╔ is two nested corners: ink at the outer corner, none outside it.
    const QImage corner = paintLines({U"╔"}, 1);
    const QRect cell = cellRect(0, 0);
    const int thickness = int(unbrokenRows(paintLines({U"─"}, 1), 0, cell.width(), fg).size());
    const QList<int> rows = unbrokenRows(paintLines({U"═"}, 1), 0, cell.width(), fg);
    QCOMPARE(rows.size(), 2 * thickness);
    const int outer = rows[0];
    const int inner = rows[thickness];
    QCOMPARE(inkIn(corner, QRect(0, 0, cell.width(), outer), fg), 0);
    QVERIFY(inkIn(corner, QRect(0, outer, cell.width(), 1), fg) > 0);
    QCOMPARE(corner.pixel(cell.right(), outer), fg);
    QCOMPARE(corner.pixel(cell.right(), inner), fg);
    const QList<int> columns = unbrokenColumns(paintLines({U"║"}, 1), 0, cell.width(), fg);
    QCOMPARE(columns.size(), 2 * thickness);
    const int innerColumn = columns[thickness];
    QCOMPARE(corner.pixel(columns[0], cell.bottom()), fg);
    QCOMPARE(corner.pixel(innerColumn, cell.bottom()), fg);
    QCOMPARE(inkIn(corner, QRect(0, 0, columns[0], cell.height()), fg), 0);
    // The outer corner is closed; the inner one does not reach past its vertical stroke.
    QCOMPARE(corner.pixel(columns[0], outer), fg);
    QCOMPARE(corner.pixel(innerColumn - 1, inner), renderer.background().rgb());

    // █ fills its cell to the edges, so a bar of them is one solid bar; ▀ the top half.
    const QImage blocks = paintLines({U"███▀"}, 4);
    QCOMPARE(inkIn(blocks, cellRect(0, 0).united(cellRect(0, 2)), fg), cellRect(0, 0).united(cellRect(0, 2)).width() * cell.height());
    const QRect half = cellRect(0, 3);
    QCOMPARE(inkIn(blocks, half, fg), half.width() * (cell.height() / 2));

    // In the cell's colour.
    const QRgb red = renderer.color(TerminalColor::indexed(1), true).rgb();
    QVERIFY(inkIn(paintLines({U"─"}, 1, TerminalColor::indexed(1)), cell, red) > 0);
}

void TestTerminalRenderer::anEmojiStaysInItsTwoCells()
{
    // A colour emoji font's glyphs are about 1.06 em wide: wider than two cells of a narrow
    // font (here DejaVu condensed, -12), where they are scaled to fit.
    for (const qreal points : {7.0, 9.0, 10.0, 12.0, 16.0, -12.0}) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(std::abs(points));
        if (points < 0)
            font.setStretch(QFont::Condensed);
        TerminalRenderer sized;
        sized.setFont(font);
        TerminalLine line = lineOf(U"ab   ");
        line.cells[0] = Cell{U'\U0001F680', {}, {}, 0, 2}; // a rocket, from the colour emoji font
        line.cells[1] = Cell{0, {}, {}, 0, 0};
        line.cells[2] = Cell{};
        const int cols = 5;
        QImage image(int(std::ceil(cols * sized.cellWidth())), sized.cellHeight(), QImage::Format_RGB32);
        image.fill(sized.background());
        QPainter p(&image);
        sized.paintLine(p, 0, line, cols, LineDecorations{}, false);
        p.end();
        const QRgb bg = sized.background().rgb();
        const int twoCells = int(std::ceil(2 * sized.cellWidth()));
        QVERIFY2(!inkColumns(image, 0, twoCells, bg).isEmpty(), qPrintable(QString::number(points)));
        const QList<int> beyond = inkColumns(image, twoCells, image.width(), bg);
        QVERIFY2(beyond.isEmpty(), qPrintable(QStringLiteral("%1 pt: ink at x %2, its cells end at %3")
                                                  .arg(points).arg(beyond.value(0)).arg(2 * sized.cellWidth())));
    }
}

QTEST_MAIN(TestTerminalRenderer)
#include "tst_terminalrenderer.moc"
