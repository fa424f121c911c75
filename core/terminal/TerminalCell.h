#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace wb {

// A colour as the remote asked for it. Indexed colours stay indices so the
// view can apply its own palette (and a theme can change it later); only
// true-colour requests carry RGB.
struct TerminalColor
{
    enum Kind : std::uint8_t { Default, Indexed, Rgb };
    Kind kind = Default;
    std::uint8_t r = 0; // the palette index when kind == Indexed
    std::uint8_t g = 0;
    std::uint8_t b = 0;

    static constexpr TerminalColor indexed(std::uint8_t index) { return {Indexed, index, 0, 0}; }
    static constexpr TerminalColor rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b) { return {Rgb, r, g, b}; }
    constexpr std::uint8_t index() const { return r; }
    friend constexpr bool operator==(TerminalColor, TerminalColor) = default;
};

namespace CellAttr {
enum : std::uint8_t {
    Bold = 1 << 0,
    Italic = 1 << 1,
    Underline = 1 << 2,
    DoubleUnderline = 1 << 3,
    Blink = 1 << 4,
    Reverse = 1 << 5,
    Strike = 1 << 6,
    Combining = 1 << 7, // the line's marks hold combining characters for this cell
};
}

// One screen cell, 16 bytes. A double-width character is a cell of width 2
// followed by a continuation cell of width 0; an empty cell has ch == 0.
struct Cell
{
    char32_t ch = 0;
    TerminalColor fg;
    TerminalColor bg;
    std::uint8_t attrs = 0;
    std::uint8_t width = 1;
    std::uint16_t link = 0; // an OSC 8 hyperlink: TerminalScreen::hyperlink(link); 0: none

    bool sameStyle(const Cell &o) const
    {
        // Both colours as one 8-byte word: one compare instead of eight (this runs
        // for every cell a line that scrolls off takes into the scrollback).
        std::uint64_t mine;
        std::uint64_t theirs;
        std::memcpy(&mine, &fg, sizeof mine);
        std::memcpy(&theirs, &o.fg, sizeof theirs);
        return mine == theirs && ((attrs ^ o.attrs) & ~CellAttr::Combining) == 0 && link == o.link;
    }
    friend bool operator==(const Cell &, const Cell &) = default;
};
static_assert(sizeof(Cell) == 16, "cells are copied by the screenful; keep them small");
static_assert(sizeof(TerminalColor) == 4 && offsetof(Cell, bg) == offsetof(Cell, fg) + 4, "sameStyle reads fg and bg as one word");

// Combining characters after a cell's base character (rare, so kept aside).
struct CombiningMark
{
    int col = 0;
    std::u32string chars;
};

// One line of cells: a visible row, or a scrollback line unpacked for reading.
// Cells from `used` to the end all equal the blank the row was last cleared
// with, so clearing and scanning can stop at `used`: scrolling a wide, mostly
// empty screen then costs what the text costs, not the width.
struct TerminalLine
{
    std::vector<Cell> cells;
    std::vector<CombiningMark> marks;
    int used = 0;
    Cell fill;
    // Output ran past the last column into the next row (a soft wrap): copying
    // and searching join the two, and a resize reflows them.
    bool wrapped = false;

    std::u32string combiningAt(int col) const
    {
        for (const CombiningMark &m : marks)
            if (m.col == col)
                return m.chars;
        return {};
    }
};

// A position over scrollback and screen: line 0 is the oldest scrollback
// line, line scrollbackSize() + r is screen row r.
struct TextPos
{
    int line = 0;
    int col = 0;
    friend constexpr auto operator<=>(const TextPos &, const TextPos &) = default;
};

struct TextMatch
{
    TextPos start;
    TextPos end; // exclusive column on end.line
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

} // namespace wb
