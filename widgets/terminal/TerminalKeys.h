#pragma once

#include "core/terminal/TerminalScreen.h"

class QKeyEvent;

namespace wb::TerminalKeys {

// The terminal's own shortcuts (Ctrl+Shift+C/V/F/A, zoom, Shift+Insert pasting the selection,
// Shift+ or Ctrl+Shift+PgUp/PgDn/Home/End scrolling).
enum class Shortcut { None, Copy, Paste, PasteSelection, Find, SelectAll, ZoomIn, ZoomOut, ZoomReset, PageUp, PageDown, Top, Bottom };
Shortcut shortcutOf(const QKeyEvent *event);

TerminalScreen::Modifiers modifiers(Qt::KeyboardModifiers mods);

// Sends a key to the remote program as xterm would (special keys, Ctrl+key
// by the key rather than its text, Alt as ESC prefix unless `altSendsEscape` is off —
// then Alt+key is the key alone —, text as typed); false when the key means nothing to a terminal.
bool send(TerminalScreen *screen, const QKeyEvent *event, bool altSendsEscape = true);

} // namespace wb::TerminalKeys
