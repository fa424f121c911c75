#include "core/terminal/TerminalSelection.h"

#include "core/terminal/TerminalReflow.h"
#include "core/terminal/TerminalScreen.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>

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
    // A long URL or path runs on over the edge: the word may go on in the rows
    // of its wrapped line, which are read only as far as it reaches.
    const auto [first, last] = m_screen->logicalLine(at.line);
    std::map<int, TerminalLine> rows;
    const auto rowAt = [&](int line) -> const TerminalLine & {
        auto it = rows.find(line);
        if (it == rows.end()) {
            it = rows.emplace(line, TerminalLine{}).first;
            m_screen->line(line, it->second);
        }
        return it->second;
    };
    const auto lengthOf = [&](int line) {
        const TerminalLine &l = rowAt(line);
        return l.wrapped ? reflow::contentLength(l) : int(l.cells.size());
    };
    const auto cellAt = [&](TextPos p) -> const Cell & { return rowAt(p.line).cells[std::size_t(p.col)]; };
    const auto inWord = [&](TextPos p) { return cellAt(p).width == 0 || isWordChar(cellAt(p).ch); };
    constexpr int kMaxRows = 200; // each way: no word is longer; a minified file's line is not a word
    const auto before = [&](TextPos p) -> std::optional<TextPos> {
        if (p.col > 0)
            return TextPos{p.line, p.col - 1};
        if (p.line > first && at.line - p.line < kMaxRows && lengthOf(p.line - 1) > 0)
            return TextPos{p.line - 1, lengthOf(p.line - 1) - 1};
        return std::nullopt;
    };
    const auto after = [&](TextPos p) -> std::optional<TextPos> {
        if (p.col + 1 < lengthOf(p.line))
            return TextPos{p.line, p.col + 1};
        if (p.line < last && p.line - at.line < kMaxRows && lengthOf(p.line + 1) > 0)
            return TextPos{p.line + 1, 0};
        return std::nullopt;
    };

    TextPos here{at.line, std::min(at.col, lengthOf(at.line) - 1)};
    if (here.col < 0)
        return false;
    if (here.col > 0 && cellAt(here).width == 0)
        --here.col;
    if (!isWordChar(cellAt(here).ch))
        return false;
    TextPos from = here;
    TextPos to = here;
    for (auto p = before(from); p && inWord(*p); p = before(from))
        from = *p;
    for (auto p = after(to); p && inWord(*p); p = after(to))
        to = *p;
    m_press.reset();
    set(from, {to.line, to.col + 1});
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
