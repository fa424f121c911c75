// TerminalScreen: a new size, with the primary screen and its scrollback
// reflowed as Konsole, VTE and xterm.js do.
#include "core/terminal/TerminalScreen.h"

#include "core/terminal/TerminalReflow.h"

#include <vterm.h>

#include <algorithm>
#include <iterator>

namespace wb {

namespace {

// CUP to (row, col), clamped into a rows × cols screen.
QByteArray cursorTo(int row, int col, int rows, int cols)
{
    return "\x1b[" + QByteArray::number(std::clamp(row, 0, rows - 1) + 1) + ';'
        + QByteArray::number(std::clamp(col, 0, cols - 1) + 1) + 'H';
}

bool isBlank(const TerminalLine &l)
{
    return l.used == 0 && l.fill == Cell{} && !l.wrapped;
}

} // namespace

// Where a line is, counted from the line holding the cursor, which a reflow
// keeps on its character: how many wrapped lines start between them, and how
// many cells into its own wrapped line the line starts.
struct TerminalScreen::LinePlace
{
    int linesBefore = 0; // negative below the cursor's line
    int offset = 0;
};

void TerminalScreen::resize(int rows, int cols, int *keepLine)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    if (rows == this->rows() && cols == this->cols())
        return;
    const bool alt = isAltScreen();
    std::optional<LinePlace> keep;
    if (keepLine && !alt)
        keep = placeOf(*keepLine);

    resizePrimary(rows, cols, cols != this->cols());
    resizeAlt(rows, cols);
    m_dirty.assign(std::size_t(rows), 0);
    m_glyphRow = -1;
    dropGlyphRun();
    const int cursorRow = m_cursorRow;
    const int cursorCol = m_cursorCol;

    vterm_set_size(m_vt, rows, cols);
    // libvterm 0.1.4 keeps the scrolling region (DECSTBM) through a resize without
    // clamping it, and the next scroll in a region below a shrunken screen moves a
    // negative number of bytes (found by tests/fuzz). xterm resets the region on a
    // resize; so does this. Then the cursor goes where the reflow took its character.
    const QByteArray reset = "\x1b[r" + cursorTo(cursorRow, cursorCol, rows, cols);
    writeToVterm(reset);
    m_guard = CsiGuard(); // the ESC above ended any sequence a write left open
    m_cursorRow = std::clamp(cursorRow, 0, rows - 1);
    m_cursorCol = std::clamp(cursorCol, 0, cols - 1);
    if (keep)
        *keepLine = lineAt(*keep);
    markAllDirty();
    m_damage = false;
    Q_EMIT damaged();
}

bool TerminalScreen::atPendingWrap() const
{
    return m_glyphRow == m_cursorRow && m_glyphCursorCol == m_cursorCol && m_glyphEnd >= cols();
}

void TerminalScreen::resizePrimary(int rows, int cols, bool colsChanged)
{
    const bool active = !isAltScreen();
    // A cursor waiting to wrap after a glyph at the edge stands after it, where
    // the next character goes, when the width changes; with the same width it
    // stays on that glyph (libvterm forgets the pending wrap, as xterm does).
    reflow::Mark cursor = active ? reflow::Mark{m_cursorRow, colsChanged && atPendingWrap() ? m_glyphEnd : m_cursorCol}
                                 : reflow::Mark{m_primaryCursorRow, m_primaryCursorCol};
    std::vector<TerminalLine> lines = m_primary.takeLines();
    if (colsChanged) {
        // A line that wrapped from the scrollback onto the screen is reflowed whole.
        std::vector<TerminalLine> pulled;
        TerminalLine l;
        while (m_history.size() > 0 && m_history.isWrapped(m_history.size() - 1) && m_history.popNewest(l, 0))
            pulled.push_back(std::move(l));
        cursor.row += int(pulled.size());
        lines.insert(lines.begin(), std::make_move_iterator(pulled.rbegin()), std::make_move_iterator(pulled.rend()));
        m_history.reflow(cols);
        reflow::Mark marks[] = {cursor};
        lines = reflow::rewrap(std::move(lines), cols, marks);
        cursor = marks[0];
    }
    fitRows(lines, rows, cols, cursor.row, true);
    m_primary.setLines(std::move(lines), cols);
    if (active) {
        m_cursorRow = cursor.row;
        m_cursorCol = cursor.col;
    } else {
        m_primaryCursorRow = cursor.row;
        m_primaryCursorCol = cursor.col;
        m_primaryCursorMoved = true;
    }
}

void TerminalScreen::resizeAlt(int rows, int cols)
{
    const bool active = isAltScreen();
    std::vector<TerminalLine> lines = m_alt.takeLines();
    for (TerminalLine &l : lines) {
        if (int(l.cells.size()) != cols)
            l.wrapped = false; // cut, not reflowed: the program redraws it
        ScreenBuffer::setWidth(l, cols, Cell{});
    }
    int cursorRow = active ? m_cursorRow : 0;
    fitRows(lines, rows, cols, cursorRow, false);
    m_alt.setLines(std::move(lines), cols);
    if (active) {
        m_cursorRow = cursorRow;
        m_cursorCol = std::min(m_cursorCol, cols - 1);
    }
}

void TerminalScreen::fitRows(std::vector<TerminalLine> &lines, int rows, int cols, int &cursorRow, bool primary)
{
    if (int(lines.size()) > rows) {
        // Blank rows under the cursor go first; only then do lines leave at
        // the top (into the scrollback on the primary screen).
        int excess = int(lines.size()) - rows;
        while (excess > 0 && int(lines.size()) - 1 > cursorRow && isBlank(lines.back()))
            lines.pop_back(), --excess;
        if (primary)
            for (int i = 0; i < excess; ++i)
                m_history.push(lines[std::size_t(i)]);
        lines.erase(lines.begin(), lines.begin() + excess);
        cursorRow -= excess;
    } else if (int(lines.size()) < rows) {
        // A taller primary screen takes its newest scrollback lines back.
        std::vector<TerminalLine> pulled;
        TerminalLine l;
        while (primary && int(lines.size() + pulled.size()) < rows && m_history.popNewest(l, cols)) {
            ScreenBuffer::setWidth(l, cols, Cell{});
            pulled.push_back(std::move(l));
        }
        cursorRow += int(pulled.size());
        lines.insert(lines.begin(), std::make_move_iterator(pulled.rbegin()), std::make_move_iterator(pulled.rend()));
        while (int(lines.size()) < rows) {
            TerminalLine blank;
            blank.cells.assign(std::size_t(cols), Cell{});
            lines.push_back(std::move(blank));
        }
    }
    cursorRow = std::clamp(cursorRow, 0, rows - 1);
}

void TerminalScreen::keepCursorInScreen()
{
    VTermPos pos;
    if (std::exchange(m_restorePrimaryCursor, false) && !isAltScreen()) {
        // Leaving the alternate screen restores the cursor saved on entering it; a
        // reflow since then moved its character.
        pos = {m_primaryCursorRow, m_primaryCursorCol};
    } else {
        // libvterm 0.1.4 restores a cursor saved before the screen shrank as it was, below
        // the last row, and erasing from there writes past its line array (found by
        // tests/fuzz). xterm clamps it; so does this.
        vterm_state_get_cursorpos(m_state, &pos);
        if (pos.row >= 0 && pos.row < rows() && pos.col >= 0 && pos.col < cols())
            return;
    }
    const QByteArray move = cursorTo(pos.row, pos.col, rows(), cols());
    writeToVterm(move);
}

int TerminalScreen::rowLength(int line) const
{
    const int history = scrollbackSize();
    return line < history ? m_history.length(line) : reflow::contentLength(m_buffer->line(line - history));
}

TerminalScreen::LinePlace TerminalScreen::placeOf(int line) const
{
    line = std::clamp(line, 0, lineCount() - 1);
    const int cursorStart = logicalLine(scrollbackSize() + m_cursorRow).first;
    const int start = logicalLine(line).first;
    LinePlace place;
    for (int i = start; i < line; ++i)
        place.offset += rowLength(i);
    for (int i = start; i < cursorStart; i = logicalLine(i).second + 1)
        ++place.linesBefore;
    for (int i = cursorStart; i < start; i = logicalLine(i).second + 1)
        --place.linesBefore;
    return place;
}

int TerminalScreen::lineAt(const LinePlace &place) const
{
    int line = logicalLine(scrollbackSize() + m_cursorRow).first;
    for (int n = place.linesBefore; n > 0 && line > 0; --n)
        line = logicalLine(line - 1).first;
    for (int n = place.linesBefore; n < 0 && logicalLine(line).second + 1 < lineCount(); ++n)
        line = logicalLine(line).second + 1;
    for (int offset = place.offset; isWrapped(line) && line + 1 < lineCount() && offset >= rowLength(line);) {
        offset -= rowLength(line);
        ++line;
    }
    return line;
}

} // namespace wb
