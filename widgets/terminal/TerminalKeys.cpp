#include "widgets/terminal/TerminalKeys.h"

#include <QCoreApplication>
#include <QKeyEvent>

#include <optional>

namespace wb::TerminalKeys {

TerminalScreen::Modifiers modifiers(Qt::KeyboardModifiers mods)
{
    TerminalScreen::Modifiers m;
    if (mods & Qt::ShiftModifier)
        m |= TerminalScreen::Shift;
    if (mods & Qt::AltModifier)
        m |= TerminalScreen::Alt;
    if (mods & Qt::ControlModifier)
        m |= TerminalScreen::Ctrl;
    return m;
}

Shortcut shortcutOf(const QKeyEvent *e)
{
    const auto mods = e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = e->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_C: return Shortcut::Copy;
        case Qt::Key_V: return Shortcut::Paste;
        case Qt::Key_F: return Shortcut::Find;
        case Qt::Key_A: return Shortcut::SelectAll;
        case Qt::Key_PageUp: return Shortcut::PageUp;
        case Qt::Key_PageDown: return Shortcut::PageDown;
        case Qt::Key_Home: return Shortcut::Top;
        case Qt::Key_End: return Shortcut::Bottom;
        default: break;
        }
    }
    // Ctrl and the key that has '+' over '=' or the keypad: with or without Shift.
    if ((mods & ~Qt::ShiftModifier) == Qt::ControlModifier) {
        switch (key) {
        case Qt::Key_Equal: case Qt::Key_Plus: return Shortcut::ZoomIn;
        case Qt::Key_Minus: return Shortcut::ZoomOut;
        case Qt::Key_0: return Shortcut::ZoomReset;
        default: break;
        }
    }
    if (mods == Qt::ShiftModifier) {
        switch (key) {
        case Qt::Key_Insert: return Shortcut::PasteSelection;
        case Qt::Key_PageUp: return Shortcut::PageUp;
        case Qt::Key_PageDown: return Shortcut::PageDown;
        case Qt::Key_Home: return Shortcut::Top;
        case Qt::Key_End: return Shortcut::Bottom;
        default: break;
        }
    }
    return Shortcut::None;
}

bool claims(const QKeyEvent *event)
{
    const auto mods = event->modifiers();
    const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
    return !ctrlShift || shortcutOf(event) != Shortcut::None;
}

bool claims(QKeyCombination key)
{
    const QKeyEvent event(QEvent::KeyPress, key.key(), key.keyboardModifiers());
    return claims(&event);
}

QList<ShortcutText> shortcutTexts()
{
    const auto text = [](const char *action) { return QCoreApplication::translate("wb::TerminalKeys", action); };
    return {
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Copy")), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Paste")), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Paste the Selection")), {QKeySequence(Qt::SHIFT | Qt::Key_Insert)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Select All")), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Find in the Output")), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Zoom In")), {QKeySequence(Qt::CTRL | Qt::Key_Equal)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Zoom Out")), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Reset Zoom")), {QKeySequence(Qt::CTRL | Qt::Key_0)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Scroll Up a Page")), {QKeySequence(Qt::SHIFT | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Scroll Down a Page")),
         {QKeySequence(Qt::SHIFT | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Scroll to the Top")), {QKeySequence(Qt::SHIFT | Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Home)}},
        {text(QT_TRANSLATE_NOOP("wb::TerminalKeys", "Scroll to the Bottom")), {QKeySequence(Qt::SHIFT | Qt::Key_End), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_End)}},
    };
}

bool send(TerminalScreen *screen, const QKeyEvent *event, bool altSendsEscape)
{
    using K = TerminalScreen::Key;
    Qt::KeyboardModifiers qtMods = event->modifiers();
    if (!altSendsEscape)
        qtMods &= ~Qt::AltModifier;
    const TerminalScreen::Modifiers mods = modifiers(qtMods);
    const int key = event->key();
    std::optional<K> special;
    switch (key) {
    case Qt::Key_Return: case Qt::Key_Enter: special = K::Enter; break;
    case Qt::Key_Tab: special = K::Tab; break;
    case Qt::Key_Backtab: screen->sendKey(K::Tab, mods | TerminalScreen::Shift); return true;
    case Qt::Key_Backspace: special = K::Backspace; break;
    case Qt::Key_Escape: special = K::Escape; break;
    case Qt::Key_Up: special = K::Up; break;
    case Qt::Key_Down: special = K::Down; break;
    case Qt::Key_Left: special = K::Left; break;
    case Qt::Key_Right: special = K::Right; break;
    case Qt::Key_Insert: special = K::Insert; break;
    case Qt::Key_Delete: special = K::Delete; break;
    case Qt::Key_Home: special = K::Home; break;
    case Qt::Key_End: special = K::End; break;
    case Qt::Key_PageUp: special = K::PageUp; break;
    case Qt::Key_PageDown: special = K::PageDown; break;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
            special = K(int(K::F1) + key - Qt::Key_F1);
        break;
    }
    if (special) {
        screen->sendKey(*special, mods);
        return true;
    }
    if (mods & TerminalScreen::Ctrl) {
        // The key, not the text: platforms disagree on the text of Ctrl+key.
        char32_t ch = 0;
        if (key >= Qt::Key_A && key <= Qt::Key_Z)
            ch = char32_t(U'a' + (key - Qt::Key_A));
        else if (key >= 0x20 && key < 0x7f)
            ch = char32_t(key);
        if (ch) {
            screen->sendChar(ch, mods & ~TerminalScreen::Shift);
            return true;
        }
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).unicode() >= 0x20 && text.at(0).unicode() != 0x7f) {
        if (mods & TerminalScreen::Alt) {
            for (const char32_t c : text.toUcs4())
                screen->sendChar(c, TerminalScreen::Alt);
        } else {
            screen->sendText(text);
        }
        return true;
    }
    if ((mods & TerminalScreen::Alt) && key >= 0x20 && key < 0x7f) {
        char32_t ch = char32_t(key);
        if (key >= Qt::Key_A && key <= Qt::Key_Z && !(mods & TerminalScreen::Shift))
            ch = char32_t(U'a' + (key - Qt::Key_A));
        screen->sendChar(ch, TerminalScreen::Alt);
        return true;
    }
    return false;
}

} // namespace wb::TerminalKeys
