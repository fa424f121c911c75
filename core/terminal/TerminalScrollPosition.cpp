#include "core/terminal/TerminalScrollPosition.h"

#include "core/terminal/TerminalScreen.h"

#include <algorithm>

namespace wb {

int TerminalScrollPosition::topLine() const
{
    const int history = m_screen->scrollbackSize();
    if (m_follow)
        return history;
    return int(std::clamp<qint64>(m_topAnchor - m_screen->droppedLines(), 0, history));
}

bool TerminalScrollPosition::follow()
{
    if (m_follow)
        return false;
    m_follow = true;
    return true;
}

void TerminalScrollPosition::setTopLine(int line)
{
    const int history = m_screen->scrollbackSize();
    const int top = std::clamp(line, 0, history);
    m_follow = top == history;
    m_topAnchor = top + m_screen->droppedLines();
}

bool TerminalScrollPosition::reveal(int line, int rows)
{
    const int top = topLine();
    if (line >= top && line < top + rows)
        return false;
    setTopLine(line - rows / 2);
    return true;
}

} // namespace wb
