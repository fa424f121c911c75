#pragma once

#include "core/terminal/TerminalCell.h"

#include <QString>

#include <optional>
#include <utility>

namespace wb {

class TerminalScreen;

// A stretch of a terminal's text (what the mouse selected, where a search
// matched) that keeps naming the same text while output scrolls on: it is
// kept in lines counted from the first line ever shown, and turned into
// positions over scrollback and screen (TextPos) only when asked.
class TerminalSelection
{
public:
    explicit TerminalSelection(const TerminalScreen *screen) : m_screen(screen) {}

    bool isEmpty() const { return !m_range.has_value(); }
    void clear();
    // From `from` to `to` (an exclusive column).
    void set(TextPos from, TextPos to);
    void selectAll();
    // The word under `at` (a double click), as xterm sees words (paths, URLs
    // and user@host included); false, and nothing changed, when there is none.
    bool selectWord(TextPos at);

    // A drag: press() starts it (and clears what was selected), dragTo()
    // selects from there to here, release() ends it.
    void press(TextPos at);
    void dragTo(TextPos at);
    void release() { m_press.reset(); }
    bool isDragging() const { return m_press.has_value(); }

    // Where it is now (from, exclusive to); nothing when empty.
    std::optional<std::pair<TextPos, TextPos>> range() const;
    QString text() const;

private:
    struct Anchor
    {
        qint64 line = 0;
        int col = 0;
        friend auto operator<=>(const Anchor &, const Anchor &) = default;
    };
    Anchor toAnchor(TextPos pos) const;
    TextPos toPos(Anchor anchor) const;

    const TerminalScreen *m_screen;
    std::optional<std::pair<Anchor, Anchor>> m_range;
    std::optional<Anchor> m_press;
};

} // namespace wb
