#pragma once

#include "core/terminal/TerminalCell.h"

#include <span>
#include <vector>

namespace wb::reflow {

// A position in rows being rewrapped (the cursor); col may be one past a
// row's last cell, for a cursor waiting to wrap after a glyph at the edge.
struct Mark
{
    int row = 0;
    int col = 0;
};

// How many cells of `row` hold its text. A wrapped row loses the blank it
// left before a double-width character that did not fit (not text, as
// xterm.js decides too); typed spaces are characters and stay.
int contentLength(const TerminalLine &row);

// Rewraps `rows` (any width each, in order) to `cols` columns: the rows of
// each soft-wrapped line are joined and split again, a double-width character
// that would straddle the edge moving down whole. Each mark moves with its
// character; a mark past the end of a full row lands at the start of a new
// one, the row before marked wrapped. Rows that end a line come out as
// lines' last rows; a trailing wrapped row stays wrapped.
std::vector<TerminalLine> rewrap(std::vector<TerminalLine> &&rows, int cols, std::span<Mark> marks = {});

} // namespace wb::reflow
