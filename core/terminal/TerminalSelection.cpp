#include "core/terminal/TerminalSelection.h"

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
    TerminalLine line;
    m_screen->line(at.line, line);
    const int cols = int(line.cells.size());
    int from = std::min(at.col, cols - 1);
    if (from > 0 && line.cells[from].width == 0)
        --from;
    if (!isWordChar(line.cells[from].ch))
        return false;
    int to = from + 1;
    while (from > 0 && (line.cells[from - 1].width == 0 || isWordChar(line.cells[from - 1].ch)))
        --from;
    while (to < cols && (line.cells[to].width == 0 || isWordChar(line.cells[to].ch)))
        ++to;
    m_press.reset();
    set({at.line, from}, {at.line, to});
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
