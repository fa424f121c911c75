#include "core/terminal/TerminalReflow.h"

#include "core/terminal/ScreenBuffer.h"

#include <algorithm>
#include <utility>

namespace wb::reflow {

namespace {

// A blank never written (erased, or skipped by a wrap) is not text; a typed
// space is.
bool isText(const Cell &c)
{
    return c.ch != 0 || c.width == 0;
}

struct Joined
{
    std::vector<Cell> cells;
    std::vector<CombiningMark> marks;
    Cell fill;
};

// Splits one joined line into rows of `cols`, appending them to `out`; the
// start of each row in the joined cells goes to `starts`.
void split(Joined &joined, int cols, std::vector<TerminalLine> &out, std::vector<int> &starts)
{
    const int length = int(joined.cells.size());
    int pos = 0;
    do {
        int end = std::min(length, pos + cols);
        // A double-width character whose right half would start the next row moves down.
        if (end < length && end - pos >= 2 && joined.cells[end - 1].width == 2)
            --end;
        TerminalLine row;
        row.fill = joined.fill;
        row.cells.assign(cols, joined.fill);
        if (end - pos == 1 && joined.cells[pos].width == 2) {
            // One column cannot show half of it: a blank, as a shrinking screen does.
            end = std::min(length, pos + 2);
        } else {
            std::copy(joined.cells.begin() + pos, joined.cells.begin() + end, row.cells.begin());
        }
        row.used = std::min(end - pos, cols);
        for (CombiningMark &m : joined.marks) {
            const int col = m.col - pos;
            if (col >= 0 && col < row.used && (row.cells[col].attrs & CellAttr::Combining))
                row.marks.push_back({col, std::move(m.chars)});
        }
        starts.push_back(pos);
        out.push_back(std::move(row));
        pos = end;
    } while (pos < length);
}

} // namespace

int contentLength(const TerminalLine &row)
{
    int n = std::min(int(row.cells.size()), row.used);
    while (n > 0 && !isText(row.cells[n - 1]))
        --n;
    return n;
}

std::vector<TerminalLine> rewrap(std::vector<TerminalLine> &&rows, int cols, std::span<Mark> marks)
{
    cols = std::max(cols, 1);
    const int count = int(rows.size());
    std::vector<TerminalLine> out;
    out.reserve(rows.size());
    std::vector<int> offsets(marks.size(), -1);
    std::vector<Mark> moved(marks.begin(), marks.end()); // marks are read as given until the end
    std::vector<int> starts;
    Joined joined;

    for (int first = 0; first < count;) {
        int last = first;
        while (last + 1 < count && rows[last].wrapped)
            ++last;

        // Most lines are one row that fits: only the width changes.
        if (first == last && contentLength(rows[first]) <= cols
            && std::none_of(marks.begin(), marks.end(), [&](const Mark &m) { return m.row == first && m.col >= cols; })) {
            for (std::size_t i = 0; i < marks.size(); ++i)
                if (marks[i].row == first)
                    moved[i] = {int(out.size()), marks[i].col};
            ScreenBuffer::setWidth(rows[first], cols, Cell{});
            out.push_back(std::move(rows[first]));
            first = last + 1;
            continue;
        }

        joined.cells.clear();
        joined.marks.clear();
        joined.fill = rows[last].fill;
        int base = 0;
        for (int r = first; r <= last; ++r) {
            TerminalLine &row = rows[r];
            int n = contentLength(row);
            const int width = int(row.cells.size());
            for (std::size_t i = 0; i < marks.size(); ++i) {
                if (marks[i].row != r)
                    continue;
                // The cursor keeps its place past the text (after "$ "), on the last row.
                const int col = std::clamp(marks[i].col, 0, r < last ? n : width);
                if (r == last)
                    n = std::max(n, std::min(col, width));
                offsets[i] = base + col;
            }
            joined.cells.insert(joined.cells.end(), row.cells.begin(), row.cells.begin() + n);
            for (CombiningMark &m : row.marks)
                if (m.col < n)
                    joined.marks.push_back({m.col + base, std::move(m.chars)});
            base += n;
        }

        const int firstOut = int(out.size());
        starts.clear();
        split(joined, cols, out, starts);
        for (int r = firstOut; r + 1 < int(out.size()); ++r)
            out[r].wrapped = true;
        out.back().wrapped = rows[last].wrapped;

        bool extraRow = false;
        for (std::size_t i = 0; i < marks.size(); ++i) {
            if (offsets[i] < 0)
                continue;
            const int k = int(std::upper_bound(starts.begin(), starts.end(), offsets[i]) - starts.begin()) - 1;
            int row = firstOut + k;
            int col = offsets[i] - starts[k];
            if (col >= cols) {
                // Just past a full last row: the next character starts a row of its own.
                if (!extraRow) {
                    TerminalLine extra;
                    extra.fill = joined.fill;
                    extra.cells.assign(cols, joined.fill);
                    extra.wrapped = std::exchange(out.back().wrapped, true);
                    out.push_back(std::move(extra));
                    extraRow = true;
                }
                row = int(out.size()) - 1;
                col = std::min(col - cols, cols - 1);
            }
            moved[i] = {row, col};
            offsets[i] = -1;
        }
        first = last + 1;
    }
    std::copy(moved.begin(), moved.end(), marks.begin());
    return out;
}

} // namespace wb::reflow
