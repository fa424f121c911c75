#include "core/terminal/TerminalSearch.h"

#include "core/terminal/TerminalScreen.h"

#include <climits>

namespace wb {

std::optional<TextMatch> TerminalSearch::find(const QString &text, bool backward, bool fromCurrent)
{
    if (text.isEmpty()) {
        m_match.clear();
        return std::nullopt;
    }
    TextPos from;
    if (const auto match = m_match.range()) {
        from = match->first;
        if (!fromCurrent)
            from.col += backward ? -1 : 1;
    } else {
        from = backward ? TextPos{m_screen->lineCount() - 1, INT_MAX} : TextPos{0, 0};
    }
    const std::optional<TextMatch> hit = m_screen->search(text, from, backward);
    if (hit)
        m_match.set(hit->start, hit->end);
    else
        m_match.clear();
    return hit;
}

} // namespace wb
