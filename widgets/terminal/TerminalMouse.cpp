#include "widgets/terminal/TerminalMouse.h"

#include "widgets/terminal/TerminalKeys.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>

namespace wb::TerminalMouse {

bool isReported(const TerminalScreen *screen, Qt::KeyboardModifiers mods)
{
    return screen->mouseMode() != TerminalScreen::MouseMode::None && !(mods & Qt::ShiftModifier);
}

bool report(TerminalScreen *screen, const QMouseEvent *event, QSizeF cell, bool pressed, bool move)
{
    if (!isReported(screen, event->modifiers()))
        return false;
    const TerminalScreen::Modifiers mods = TerminalKeys::modifiers(event->modifiers());
    const QPoint pos = event->position().toPoint(); // as a selection reads it (TerminalView::posAt)
    const int row = std::clamp(int(pos.y() / cell.height()), 0, screen->rows() - 1);
    const int col = std::clamp(int(pos.x() / cell.width()), 0, screen->cols() - 1);
    screen->sendMouseMove(row, col, mods);
    if (!move) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        screen->sendMouseButton(button, pressed, mods);
    }
    return true;
}

bool reportWheel(TerminalScreen *screen, const QWheelEvent *event, int steps)
{
    const bool up = steps > 0;
    if (isReported(screen, event->modifiers())) {
        screen->sendMouseButton(up ? 4 : 5, true, TerminalKeys::modifiers(event->modifiers()));
        return true;
    }
    if (!screen->isAltScreen())
        return false;
    for (int i = 0; i < std::abs(steps); ++i)
        screen->sendKey(up ? TerminalScreen::Key::Up : TerminalScreen::Key::Down);
    return true;
}

} // namespace wb::TerminalMouse
