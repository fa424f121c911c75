#pragma once

#include "core/terminal/TerminalSelection.h"

#include <optional>

namespace wb {

// Find in a terminal, as a find bar drives it: each search starts next to the
// match found last (or at the bottom going up, at the top going down), so
// Enter steps through the hits; a search that only extends the text being
// typed starts at the match itself, so the hit in view stays put. The match
// keeps naming its text while output scrolls on.
class TerminalSearch
{
public:
    explicit TerminalSearch(const TerminalScreen *screen) : m_screen(screen), m_match(screen) {}

    // The hit, which becomes the match; nothing (and no match) when there is
    // none or `text` is empty.
    std::optional<TextMatch> find(const QString &text, bool backward, bool fromCurrent);
    void clear() { m_match.clear(); }
    // Where the match is now (from, exclusive to).
    std::optional<std::pair<TextPos, TextPos>> match() const { return m_match.range(); }

private:
    const TerminalScreen *m_screen;
    TerminalSelection m_match;
};

} // namespace wb
