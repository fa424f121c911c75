#pragma once

#include "core/terminal/TerminalCell.h"
#include "widgets/terminal/TerminalSettings.h"

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QRawFont>

#include <array>
#include <functional>
#include <unordered_map>
#include <vector>

class QPainter;
class QRegion;

namespace wb {

class TerminalScreen;

// What to draw over a line besides its cells: column ranges [from, to).
struct LineDecorations
{
    int selectionFrom = -1;
    int selectionTo = -1;
    int matchFrom = -1;
    int matchTo = -1;
    int cursorCol = -1;
    bool cursorFocused = true;
    int linkFrom = -1; // the link under the mouse: underlined
    int linkTo = -1;
    bool blinkHidden = false; // the off phase of blinking text (SGR 5): drawn in its background
};

// Turns terminal cells into pixels: the cell grid from the font's metrics,
// the xterm palette (16 colours, the 6x6x6 cube, 24 greys) and true colour.
// Text goes out in runs of one style, each one QGlyphRun of glyphs looked up
// once per character and placed on the grid: no text layout per frame (which
// was most of the time a frame took), and no drift off the grid. A character
// the font lacks comes from the fallback font Qt's text layout picks for it,
// looked up once too; only combined characters are drawn as text per cell.
class TerminalRenderer
{
public:
    TerminalRenderer();

    void setFont(const QFont &font);
    const QFont &font() const { return m_fonts[0]; }
    qreal cellWidth() const { return m_cellWidth; }
    int cellHeight() const { return m_cellHeight; }

    void setColorScheme(const TerminalColorScheme &scheme);
    void setCursorShape(TerminalCursorShape shape) { m_cursorShape = shape; }
    TerminalCursorShape cursorShape() const { return m_cursorShape; }
    QColor background() const { return m_background; }
    QColor foreground() const { return m_foreground; }
    QColor color(TerminalColor c, bool foreground, bool bold = false) const;

    // True when the line holds blinking text (so the view knows which rows to blink).
    bool paintLine(QPainter &p, int y, const TerminalLine &line, int cols, const LineDecorations &deco,
                   bool reverseVideo) const;
    // The rows `region` touches, the first showing `topLine` (over scrollback
    // and screen), and the background where the grid ends. `scratch` holds a
    // scrollback line while it is painted. `blinkingRows` (one entry a row)
    // learns which of the painted rows hold blinking text.
    void paintScreen(QPainter &p, const QRegion &region, const TerminalScreen &screen, int topLine,
                     const std::function<LineDecorations(int line)> &decorationsFor, TerminalLine &scratch,
                     std::vector<std::uint8_t> &blinkingRows) const;

private:
    struct Style
    {
        QRgb fg;
        QRgb bg;
        std::uint8_t fontIndex;  // bold | italic << 1
        std::uint8_t lines;      // CellAttr Underline, DoubleUnderline, Strike
        bool operator==(const Style &) const = default;
    };
    Style styleOf(const Cell &cell, bool inverted, bool matched, bool reverseVideo, bool blinkHidden) const;
    // The glyph of `ch` (below kRunLimit) in font `fontIndex`; 0 when the font has none.
    quint32 glyphFor(int fontIndex, char32_t ch) const;
    // Where a cell's character comes from: a font (0-3: m_rawFonts, from 4: a
    // fallback font Qt chose for it) and the glyph there (0: no font has it, the
    // box); font -1: combined characters, drawn as text.
    struct Glyph
    {
        int font = -1;
        quint32 index = 0;
        float advance = 0; // a fallback font's glyph: its width, to fit it to its cells
    };
    Glyph glyphOf(int fontIndex, const Cell &cell) const;
    Glyph fallbackGlyph(int fontIndex, char32_t ch) const;
    const QRawFont &rawFont(int font) const { return font < 4 ? m_rawFonts[font] : m_fallbackFonts[std::size_t(font - 4)]; }
    void drawLines(QPainter &p, qreal x, int y, qreal width, const Style &style) const;

    std::array<QFont, 4> m_fonts; // by bold | italic << 1
    std::array<QRawFont, 4> m_rawFonts;
    mutable std::array<std::vector<quint32>, 4> m_glyphs; // glyph index + 1 by character; 0: not looked up yet
    mutable std::array<std::unordered_map<char32_t, Glyph>, 4> m_fallbackGlyphs;
    mutable std::vector<QRawFont> m_fallbackFonts;
    // Drawn over the line once its runs are: box-drawing characters, and glyphs
    // wider than their cells (a colour emoji font's), scaled to fit.
    struct OverlayCell
    {
        int col;
        int width;
        char32_t ch;
        QRgb fg;
        Glyph glyph; // font -1: a box-drawing character
    };
    void drawOverlay(QPainter &p, int y, const OverlayCell &cell) const;
    mutable std::vector<OverlayCell> m_overlayCells;
    mutable std::vector<quint32> m_runGlyphs;
    mutable std::vector<QPointF> m_runPositions;
    mutable QGlyphRun m_glyphRun;
    qreal m_underlinePos = 2;
    qreal m_strikePos = 4;
    qreal m_lineThickness = 1;
    std::array<QRgb, 256> m_palette;
    QColor m_foreground;
    QColor m_background;
    TerminalCursorShape m_cursorShape = TerminalCursorShape::Block;
    qreal m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
};

} // namespace wb
