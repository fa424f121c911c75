#pragma once

#include <QFlags>

namespace wb::terminal {

// The keys a terminal sends beyond text.
enum class Key {
    Enter, Tab, Backspace, Escape,
    Up, Down, Left, Right,
    Insert, Delete, Home, End, PageUp, PageDown,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
};
// Same bits as xterm's modifier parameter minus one.
enum Modifier { NoModifier = 0, Shift = 1, Alt = 2, Ctrl = 4 };
Q_DECLARE_FLAGS(Modifiers, Modifier)

} // namespace wb::terminal

Q_DECLARE_OPERATORS_FOR_FLAGS(wb::terminal::Modifiers)
