#include "core/terminal/TerminalSelection.h"

#include "core/terminal/TerminalReflow.h"
#include "core/terminal/TerminalScreen.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace wb {

namespace {

bool isWordChar(char32_t c)
{
    if (c == 0 || c == U' ')
        return false;
    if (c > 0x7f)
        return true;
    return std::isalnum(int(c)) || std::strchr("-_.~/:@%+#=", int(c));
}

} // namespace

TerminalSelection::Anchor TerminalSelection::toAnchor(TextPos pos) const
{
    return {pos.line + m_screen->droppedLines(), pos.col};
}

TextPos TerminalSelection::toPos(Anchor anchor) const
{
    return {int(std::max<qint64>(0, anchor.line - m_screen->droppedLines())), anchor.col};
}

void TerminalSelection::clear()
{
    m_range.reset();
}

void TerminalSelection::set(TextPos from, TextPos to)
{
    m_range = std::pair{toAnchor(from), toAnchor(to)};
}

void TerminalSelection::selectAll()
{
    set({0, 0}, {m_screen->lineCount() - 1, m_screen->cols()});
}

bool TerminalSelection::selectWord(TextPos at)
{
    // The cells of the whole wrapped line: a long URL or path runs on over the edge.
    const auto [first, last] = m_screen->logicalLine(at.line);
    std::vector<TerminalLine> rows(std::size_t(last - first + 1));
    struct Spot
    {
        int line;
        int col;
        const Cell *cell;
    };
    std::vector<Spot> spots;
    int here = -1;
    for (int i = first; i <= last; ++i) {
        TerminalLine &l = rows[std::size_t(i - first)];
        m_screen->line(i, l);
        const int n = l.wrapped ? reflow::contentLength(l) : int(l.cells.size());
        const int col = std::min(at.col, n - 1);
        for (int c = 0; c < n; ++c) {
            if (i == at.line && c == col)
                here = int(spots.size());
            spots.push_back({i, c, &l.cells[std::size_t(c)]});
        }
    }
    if (here < 0)
        return false;
    if (here > 0 && spots[here].cell->width == 0)
        --here;
    if (!isWordChar(spots[here].cell->ch))
        return false;
    const auto inWord = [&](int k) { return spots[k].cell->width == 0 || isWordChar(spots[k].cell->ch); };
    int from = here;
    int to = here + 1;
    while (from > 0 && inWord(from - 1))
        --from;
    while (to < int(spots.size()) && inWord(to))
        ++to;
    m_press.reset();
    set({spots[from].line, spots[from].col}, {spots[to - 1].line, spots[to - 1].col + 1});
    return true;
}

void TerminalSelection::press(TextPos at)
{
    m_press = toAnchor(at);
    m_range.reset();
}

void TerminalSelection::dragTo(TextPos at)
{
    if (!m_press)
        return;
    const Anchor here = toAnchor(at);
    if (here != *m_press)
        m_range = std::pair{std::min(here, *m_press), std::max(here, *m_press)};
    else
        m_range.reset();
}

std::optional<std::pair<TextPos, TextPos>> TerminalSelection::range() const
{
    if (!m_range)
        return std::nullopt;
    return std::pair{toPos(m_range->first), toPos(m_range->second)};
}

QString TerminalSelection::text() const
{
    const auto where = range();
    return where ? m_screen->text(where->first, where->second) : QString();
}

} // namespace wb
