#include "core/terminal/Scrollback.h"

#include "core/terminal/TerminalReflow.h"

#include <algorithm>

namespace wb {

Scrollback::Scrollback(int capacity)
    : m_capacity(std::max(0, capacity))
{
}

void Scrollback::setCapacity(int lines)
{
    lines = std::max(0, lines);
    const int keep = std::min(m_size, lines);
    std::vector<Stored> ring;
    ring.reserve(keep);
    for (int i = m_size - keep; i < m_size; ++i)
        ring.push_back(std::move(m_ring[(m_start + i) % m_ring.size()]));
    m_dropped += m_size - keep;
    m_ring = std::move(ring);
    m_start = 0;
    m_size = keep;
    m_capacity = lines;
}

void Scrollback::clear()
{
    m_dropped += m_size;
    m_ring.clear();
    m_start = 0;
    m_size = 0;
}

void Scrollback::push(const TerminalLine &line)
{
    if (m_capacity == 0) {
        ++m_dropped;
        return;
    }
    Stored *target;
    if (m_size < int(m_ring.size())) {
        target = &m_ring[(m_start + m_size) % m_ring.size()];
        ++m_size;
    } else if (int(m_ring.size()) < m_capacity) {
        target = &m_ring.emplace_back();
        ++m_size;
    } else {
        target = &m_ring[m_start];
        m_start = m_start + 1 == int(m_ring.size()) ? 0 : m_start + 1;
        ++m_dropped;
    }
    pack(line, *target);
}

void Scrollback::pack(const TerminalLine &line, Stored &out)
{
    const Cell *cells = line.cells.data();
    int len = int(line.cells.size());
    if (line.fill == Cell{}) {
        len = std::min(len, line.used);
        while (len > 0 && cells[len - 1] == Cell{})
            --len;
    }
    out.chars.resize(len);
    out.runs.clear();
    // One pass over the cells (this runs for every line that scrolls off).
    char32_t *chars = out.chars.data();
    const Cell *runStyle = nullptr;
    for (int c = 0; c < len; ++c) {
        const Cell &cell = cells[c];
        chars[c] = cell.width == 0 ? kContinuation : cell.ch;
        if (!runStyle || !cell.sameStyle(*runStyle)) {
            out.runs.push_back({std::uint16_t(c), cell.fg, cell.bg, std::uint8_t(cell.attrs & ~CellAttr::Combining), cell.link});
            runStyle = &cell;
        }
    }
    out.marks.clear();
    for (const CombiningMark &m : line.marks)
        if (m.col < len)
            out.marks.push_back(m);
    out.wrapped = line.wrapped;
}

void Scrollback::unpack(int index, TerminalLine &out, int cols) const
{
    const Stored &s = at(index);
    const int len = int(s.chars.size());
    out.cells.assign(std::max(cols, len), Cell{});
    out.fill = Cell{};
    out.used = len;
    out.marks = s.marks;
    out.wrapped = s.wrapped;
    Cell *cells = out.cells.data();
    for (std::size_t r = 0; r < s.runs.size(); ++r) {
        const StyleRun &run = s.runs[r];
        const int end = r + 1 < s.runs.size() ? s.runs[r + 1].start : len;
        for (int c = run.start; c < end; ++c) {
            cells[c].fg = run.fg;
            cells[c].bg = run.bg;
            cells[c].attrs = run.attrs;
            cells[c].link = run.link;
        }
    }
    for (int c = 0; c < len; ++c) {
        if (s.chars[c] == kContinuation) {
            cells[c].width = 0;
            if (c > 0)
                cells[c - 1].width = 2;
        } else {
            cells[c].ch = s.chars[c];
        }
    }
    for (const CombiningMark &m : s.marks)
        cells[m.col].attrs |= CellAttr::Combining;
}

bool Scrollback::popNewest(TerminalLine &out, int cols)
{
    if (m_size == 0)
        return false;
    unpack(m_size - 1, out, cols);
    --m_size;
    return true;
}

void Scrollback::reflow(int cols)
{
    std::vector<Stored> ring;
    ring.reserve(std::size_t(m_size));
    std::vector<TerminalLine> group;
    for (int i = 0; i < m_size;) {
        Stored &first = slot(i);
        if (!first.wrapped && int(first.chars.size()) <= cols) {
            ring.push_back(std::move(first));
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < m_size && slot(last).wrapped)
            ++last;
        group.resize(std::size_t(last - i + 1));
        for (int r = i; r <= last; ++r)
            unpack(r, group[std::size_t(r - i)], 0);
        for (const TerminalLine &row : reflow::rewrap(std::move(group), cols))
            pack(row, ring.emplace_back());
        group.clear();
        i = last + 1;
    }
    const int excess = std::max(0, int(ring.size()) - m_capacity);
    ring.erase(ring.begin(), ring.begin() + excess);
    m_dropped += excess;
    m_ring = std::move(ring);
    m_start = 0;
    m_size = int(m_ring.size());
}

void Scrollback::collectLinks(std::vector<bool> &used) const
{
    for (int i = 0; i < m_size; ++i)
        for (const StyleRun &run : at(i).runs)
            used[run.link] = true;
}

void Scrollback::remapLinks(const std::vector<std::uint16_t> &map)
{
    for (int i = 0; i < m_size; ++i)
        for (StyleRun &run : slot(i).runs)
            run.link = map[run.link];
}

} // namespace wb
