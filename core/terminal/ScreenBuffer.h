#pragma once

#include "core/terminal/TerminalCell.h"

#include <vector>

namespace wb {

class Scrollback;

// The rows of one screen (primary or alternate) kept in a ring: row r lives
// at m_lines[(m_top + r) % rows]. A full-screen scroll turns the ring and
// clears one row, so a line feed costs the width of the text, not the area
// of the window (VTermScreen moves every row, which made `seq` at 400x200
// crawl). Scrolls inside a region swap whole rows (three pointers each).
class ScreenBuffer
{
public:
    void reset(int rows, int cols, const Cell &blank);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }

    TerminalLine &line(int row)
    {
        int i = m_top + row;
        return m_lines[i >= m_rows ? i - m_rows : i];
    }
    const TerminalLine &line(int row) const { return const_cast<ScreenBuffer *>(this)->line(row); }

    // Moves rows [top, bottom) up by n and blanks the n rows that appear at
    // the bottom; the rows that leave at the top go to `history` first when
    // it is given.
    void scrollUp(int top, int bottom, int n, const Cell &blank, Scrollback *history);
    void scrollDown(int top, int bottom, int n, const Cell &blank);

    // Any other rectangle scroll (left/right margins, insert/delete chars),
    // with vterm's sign convention: positive moves the content up/left.
    void scrollRect(int top, int bottom, int left, int right, int down, int rightward, const Cell &blank);

    void erase(int row, int from, int to, const Cell &blank);

    // The rows in screen order with the ring straightened; for resizing.
    std::vector<TerminalLine> takeLines();
    void setLines(std::vector<TerminalLine> lines, int cols);

    static void clearLine(TerminalLine &line, const Cell &blank);
    static void setWidth(TerminalLine &line, int cols, const Cell &blank);

private:
    void moveSpan(int destRow, int srcRow, int destCol, int srcCol, int count);
    // Blanks the cell at `col` when it is half of a double-width character whose other half is gone.
    static void blankHalfAt(TerminalLine &l, int col, const Cell &blank);

    std::vector<TerminalLine> m_lines;
    int m_rows = 0;
    int m_cols = 0;
    int m_top = 0;
};

} // namespace wb
