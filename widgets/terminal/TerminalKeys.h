#pragma once

#include "core/terminal/TerminalScreen.h"

class QKeyEvent;

namespace wb::TerminalKeys {

// The terminal's own shortcuts (Ctrl+Shift+C/V/F/A, zoom, Shift+PgUp/PgDn/Home/End/Insert).
enum class Shortcut { None, Copy, Paste, Find, SelectAll, ZoomIn, ZoomOut, ZoomReset, PageUp, PageDown, Top, Bottom };
Shortcut shortcutOf(const QKeyEvent *event);

TerminalScreen::Modifiers modifiers(Qt::KeyboardModifiers mods);

// Sends a key to the remote program as xterm would (special keys, Ctrl+key
// by the key rather than its text, Alt as ESC prefix, text as typed); false
// when the key means nothing to a terminal.
bool send(TerminalScreen *screen, const QKeyEvent *event);

} // namespace wb::TerminalKeys
