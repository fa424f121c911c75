#pragma once

#include <QtGlobal>

namespace wb {

class TerminalScreen;

// Which lines a view of a terminal shows: the bottom, following the output,
// or a stretch of scrollback that stays on the same text while output goes on
// and the capped scrollback drops its oldest lines. Lines are counted over
// scrollback and screen (see TextPos).
class TerminalScrollPosition
{
public:
    explicit TerminalScrollPosition(const TerminalScreen *screen) : m_screen(screen) {}

    bool isFollowing() const { return m_follow; }
    // The first line shown.
    int topLine() const;

    // Back to the bottom; false when it was there already.
    bool follow();
    // Shows from `line` on; at the end of the scrollback that is following.
    void setTopLine(int line);
    // Brings `line` into a view `rows` high, in its middle when it has to
    // move; false when it was in view already.
    bool reveal(int line, int rows);

private:
    const TerminalScreen *m_screen;
    bool m_follow = true;
    qint64 m_topAnchor = 0; // the first line shown, counted from the first line ever shown
};

} // namespace wb
