#pragma once

#include "core/terminal/TerminalCell.h"
#include "widgets/terminal/TerminalSettings.h"

#include <QColor>
#include <QFont>

#include <array>
#include <functional>

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
};

// Turns terminal cells into pixels: the cell grid from the font's metrics,
// the xterm palette (16 colours, the 6x6x6 cube, 24 greys) and true colour.
// Text goes out in runs of one style, one drawText per run, never per cell.
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

    void paintLine(QPainter &p, int y, const TerminalLine &line, int cols, const LineDecorations &deco,
                   bool reverseVideo) const;
    // The rows `region` touches, the first showing `topLine` (over scrollback
    // and screen), and the background where the grid ends. `scratch` holds a
    // scrollback line while it is painted.
    void paintScreen(QPainter &p, const QRegion &region, const TerminalScreen &screen, int topLine,
                     const std::function<LineDecorations(int line)> &decorationsFor, TerminalLine &scratch) const;

private:
    struct Style
    {
        QRgb fg;
        QRgb bg;
        std::uint8_t fontIndex;
        bool operator==(const Style &) const = default;
    };
    Style styleOf(const Cell &cell, bool inverted, bool matched, bool reverseVideo) const;

    std::array<QFont, 16> m_fonts; // by bold | italic << 1 | underline << 2 | strike << 3
    std::array<QRgb, 256> m_palette;
    QColor m_foreground;
    QColor m_background;
    TerminalCursorShape m_cursorShape = TerminalCursorShape::Block;
    qreal m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
};

} // namespace wb
