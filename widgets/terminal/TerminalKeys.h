#pragma once

#include "core/terminal/TerminalScreen.h"

#include <QKeySequence>
#include <QList>

class QKeyEvent;

namespace wb::TerminalKeys {

// The terminal's own shortcuts (Ctrl+Shift+C/V/F/A, zoom, Shift+Insert pasting the selection,
// Shift+ or Ctrl+Shift+PgUp/PgDn/Home/End scrolling).
enum class Shortcut { None, Copy, Paste, PasteSelection, Find, SelectAll, ZoomIn, ZoomOut, ZoomReset, PageUp, PageDown, Top, Bottom };
Shortcut shortcutOf(const QKeyEvent *event);

// Whether a terminal with the focus takes this key (for the program, or as one
// of its own shortcuts) before the window's shortcuts see it: every key but the
// Ctrl+Shift combinations it does not use, so no window shortcut swallows a key
// vim, mc or htop needs.
bool claims(const QKeyEvent *event);
bool claims(QKeyCombination key);

// The terminal's own shortcuts, for Help → Keyboard Shortcuts: what each does, and its keys.
struct ShortcutText
{
    QString action;
    QList<QKeySequence> keys;
};
QList<ShortcutText> shortcutTexts();

TerminalScreen::Modifiers modifiers(Qt::KeyboardModifiers mods);

// Sends a key to the remote program as xterm would (special keys, Ctrl+key
// by the key rather than its text, Alt as ESC prefix unless `altSendsEscape` is off —
// then Alt+key is the key alone —, text as typed); false when the key means nothing to a terminal.
bool send(TerminalScreen *screen, const QKeyEvent *event, bool altSendsEscape = true);

} // namespace wb::TerminalKeys
