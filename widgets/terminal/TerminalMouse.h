#pragma once

#include "core/terminal/TerminalScreen.h"

#include <QSizeF>

class QMouseEvent;
class QWheelEvent;

namespace wb::TerminalMouse {

// With mouse reporting on, the pointer belongs to the remote program (htop,
// mc); Shift keeps it for selecting, as in xterm.
bool isReported(const TerminalScreen *screen, Qt::KeyboardModifiers mods);

// Reports a press or release (or, with `move`, only the position) at the cell
// under the pointer; false when the pointer is not the program's.
bool report(TerminalScreen *screen, const QMouseEvent *event, QSizeF cell, bool pressed, bool move);

// Wheel notches for the program: as buttons 4 and 5 when it takes the mouse,
// as arrow keys on the alternate screen (less, man have no scrollback of
// ours). False when they should scroll our scrollback instead.
bool reportWheel(TerminalScreen *screen, const QWheelEvent *event, int steps);

} // namespace wb::TerminalMouse
