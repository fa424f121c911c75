#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace wb {

// Box-drawing (U+2500-U+257F), block elements (U+2580-U+259F) and the four
// Powerline separators (U+E0B0-U+E0B3) are drawn from the cell's own grid
// rather than the font: a font's line rarely reaches the edges of a cell
// whose height includes the line spacing, so mc's and htop's frames showed
// gaps, and a fallback font's lines sit at another height.
namespace box {

inline bool drawsItself(char32_t ch)
{
    return (ch >= 0x2500 && ch <= 0x259f) || (ch >= 0xe0b0 && ch <= 0xe0b3);
}

// Draws `ch` filling `cell` (whole pixels, so that neighbours meet) in
// `color`, with lines `thickness` pixels thick (heavy ones twice that).
void draw(QPainter &p, char32_t ch, const QRect &cell, const QColor &color, int thickness);

} // namespace box
} // namespace wb
