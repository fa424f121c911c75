#include "core/terminal/ScreenBuffer.h"

#include "core/terminal/Scrollback.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace wb {

namespace {

void dropMarks(TerminalLine &line, int from, int to)
{
    if (line.marks.empty())
        return;
    std::erase_if(line.marks, [&](const CombiningMark &m) { return m.col >= from && m.col < to; });
}

// Fills [from, to) with `blank`, keeping the `used` promise of TerminalLine.
void fillSpan(TerminalLine &line, int from, int to, const Cell &blank)
{
    if (from >= to)
        return;
    Cell *cells = line.cells.data();
    if (blank == line.fill) {
        const int end = std::min(to, line.used);
        if (from < end)
            std::fill(cells + from, cells + end, blank);
        if (to >= line.used)
            line.used = std::min(line.used, from);
    } else {
        std::fill(cells + from, cells + to, blank);
        line.used = std::max(line.used, to);
    }
    dropMarks(line, from, to);
}

} // namespace

void ScreenBuffer::reset(int rows, int cols, const Cell &blank)
{
    m_rows = rows;
    m_cols = cols;
    m_top = 0;
    m_lines.assign(rows, TerminalLine{});
    for (TerminalLine &l : m_lines) {
        l.cells.assign(cols, blank);
        l.fill = blank;
        l.used = 0;
    }
}

void ScreenBuffer::clearLine(TerminalLine &line, const Cell &blank)
{
    if (blank == line.fill) {
        std::fill(line.cells.begin(), line.cells.begin() + std::min<int>(line.used, line.cells.size()), blank);
    } else {
        std::fill(line.cells.begin(), line.cells.end(), blank);
        line.fill = blank;
    }
    line.used = 0;
    line.marks.clear();
    line.wrapped = false;
}

void ScreenBuffer::setWidth(TerminalLine &line, int cols, const Cell &blank)
{
    const int old = int(line.cells.size());
    if (cols < old) {
        line.cells.resize(cols);
        line.used = std::min(line.used, cols);
        // Half a double-width character cannot be shown.
        if (cols > 0 && line.cells[cols - 1].width == 2)
            line.cells[cols - 1] = blank, line.used = std::max(line.used, cols);
        dropMarks(line, cols, old);
    } else if (cols > old) {
        line.cells.resize(cols, line.fill);
    }
}

void ScreenBuffer::erase(int row, int from, int to, const Cell &blank)
{
    from = std::max(from, 0);
    to = std::min(to, m_cols);
    if (from >= to)
        return;
    TerminalLine &l = line(row);
    if (from == 0 && to == m_cols) {
        clearLine(l, blank);
        return;
    }
    // Erasing half of a double-width character erases all of it.
    if (from > 0 && l.cells[from].width == 0)
        --from;
    if (to < m_cols && l.cells[to].width == 0)
        ++to;
    fillSpan(l, from, to, blank);
    if (to == m_cols)
        l.wrapped = false; // as xterm: what ran on is gone, so the row ends here

}

void ScreenBuffer::scrollUp(int top, int bottom, int n, const Cell &blank, Scrollback *history)
{
    n = std::min(n, bottom - top);
    if (n <= 0)
        return;
    if (top == 0 && bottom == m_rows) {
        for (int i = 0; i < n; ++i) {
            TerminalLine &l = m_lines[m_top];
            if (history)
                history->push(l);
            clearLine(l, blank);
            m_top = m_top + 1 == m_rows ? 0 : m_top + 1;
        }
        return;
    }
    if (history)
        for (int r = top; r < top + n; ++r)
            history->push(line(r));
    for (int r = top; r < bottom - n; ++r)
        std::swap(line(r), line(r + n));
    for (int r = bottom - n; r < bottom; ++r)
        clearLine(line(r), blank);
}

void ScreenBuffer::scrollDown(int top, int bottom, int n, const Cell &blank)
{
    n = std::min(n, bottom - top);
    if (n <= 0)
        return;
    if (top == 0 && bottom == m_rows) {
        for (int i = 0; i < n; ++i) {
            m_top = m_top == 0 ? m_rows - 1 : m_top - 1;
            clearLine(m_lines[m_top], blank);
        }
        return;
    }
    for (int r = bottom - 1; r >= top + n; --r)
        std::swap(line(r), line(r - n));
    for (int r = top; r < top + n; ++r)
        clearLine(line(r), blank);
}

void ScreenBuffer::moveSpan(int destRow, int srcRow, int destCol, int srcCol, int count)
{
    TerminalLine &dst = line(destRow);
    TerminalLine &src = line(srcRow);
    std::vector<CombiningMark> moved;
    for (const CombiningMark &m : src.marks)
        if (m.col >= srcCol && m.col < srcCol + count)
            moved.push_back({m.col - srcCol + destCol, m.chars});
    // Past `used` the source holds only its fill; when that is also the
    // destination's fill, clearing beats copying and keeps `used` small.
    int live = count;
    if (src.fill == dst.fill)
        live = std::clamp(src.used - srcCol, 0, count);
    if (live > 0) {
        std::memmove(static_cast<void *>(dst.cells.data() + destCol), src.cells.data() + srcCol, sizeof(Cell) * live);
        dst.used = std::max(dst.used, destCol + live);
    }
    if (live < count)
        fillSpan(dst, destCol + live, destCol + count, dst.fill);
    dropMarks(dst, destCol, destCol + count);
    for (CombiningMark &m : moved)
        dst.marks.push_back(std::move(m));
}

void ScreenBuffer::scrollRect(int top, int bottom, int left, int right, int down, int rightward, const Cell &blank)
{
    const int height = bottom - top;
    const int width = right - left;
    if (std::abs(down) >= height || std::abs(rightward) >= width) {
        for (int r = top; r < bottom; ++r)
            erase(r, left, right, blank);
        return;
    }
    const int count = width - std::abs(rightward);
    const int srcCol = rightward >= 0 ? left + rightward : left;
    const int destCol = rightward >= 0 ? left : left - rightward;
    if (down >= 0) {
        for (int r = top; r < bottom - down; ++r)
            moveSpan(r, r + down, destCol, srcCol, count);
    } else {
        for (int r = bottom - 1; r >= top - down; --r)
            moveSpan(r, r + down, destCol, srcCol, count);
    }
    if (down > 0)
        for (int r = bottom - down; r < bottom; ++r)
            erase(r, left, right, blank);
    else if (down < 0)
        for (int r = top; r < top - down; ++r)
            erase(r, left, right, blank);
    if (rightward > 0)
        for (int r = top; r < bottom; ++r)
            erase(r, right - rightward, right, blank);
    else if (rightward < 0)
        for (int r = top; r < bottom; ++r)
            erase(r, left, left - rightward, blank);
    // A sideways move (insert or delete characters) can cut a double-width character at
    // the rectangle's edges: half of one, pushed to the edge or left outside, is blank.
    if (rightward != 0)
        for (int r = top; r < bottom; ++r)
            for (int c : {left - 1, left, right - 1, right})
                blankHalfAt(line(r), c, blank);
}

void ScreenBuffer::blankHalfAt(TerminalLine &l, int col, const Cell &blank)
{
    const int cols = int(l.cells.size());
    if (col < 0 || col >= cols)
        return;
    Cell &cell = l.cells[std::size_t(col)];
    const bool leftAlone = cell.width == 2 && (col + 1 >= cols || l.cells[std::size_t(col) + 1].width != 0);
    const bool rightAlone = cell.width == 0 && (col == 0 || l.cells[std::size_t(col) - 1].width != 2);
    if (leftAlone || rightAlone) {
        cell = blank;
        dropMarks(l, col, col + 1);
        l.used = std::max(l.used, col + 1);
    }
}

std::vector<TerminalLine> ScreenBuffer::takeLines()
{
    std::rotate(m_lines.begin(), m_lines.begin() + m_top, m_lines.end());
    m_top = 0;
    m_rows = 0;
    return std::exchange(m_lines, {});
}

void ScreenBuffer::setLines(std::vector<TerminalLine> lines, int cols)
{
    m_lines = std::move(lines);
    m_rows = int(m_lines.size());
    m_cols = cols;
    m_top = 0;
}

} // namespace wb
