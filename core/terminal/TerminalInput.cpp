#include "core/terminal/TerminalInput.h"

#include <algorithm>

#include <vterm.h>

#include <optional>
#include <utility>

namespace wb {

using terminal::Alt;
using terminal::Ctrl;
using terminal::Key;
using terminal::Shift;

namespace {

VTermModifier vtermModifiers(terminal::Modifiers mods)
{
    return VTermModifier(int(mods));
}

// The byte xterm sends for Ctrl plus this character, if it has one.
std::optional<char> controlByte(char32_t ch)
{
    if (ch >= 'a' && ch <= 'z')
        return char(ch - 'a' + 1);
    if (ch >= 'A' && ch <= 'Z')
        return char(ch - 'A' + 1);
    switch (ch) {
    case '@': case ' ': case '2': return '\0';
    case '[': case '3': return '\x1b';
    case '\\': case '4': return '\x1c';
    case ']': case '5': return '\x1d';
    case '^': case '~': case '6': return '\x1e';
    case '_': case '/': case '7': return '\x1f';
    case '?': case '8': return '\x7f';
    default: return std::nullopt;
    }
}

// Alt is an ESC before the byte, as xterm sends it.
QByteArray withAlt(char byte, terminal::Modifiers mods)
{
    QByteArray bytes = (mods & Alt) ? QByteArray("\x1b") : QByteArray();
    bytes.append(byte);
    return bytes;
}

VTermKey vtermKey(Key key)
{
    switch (key) {
    case Key::Enter: return VTERM_KEY_ENTER;
    case Key::Tab: return VTERM_KEY_TAB;
    case Key::Backspace: return VTERM_KEY_BACKSPACE;
    case Key::Escape: return VTERM_KEY_ESCAPE;
    case Key::Up: return VTERM_KEY_UP;
    case Key::Down: return VTERM_KEY_DOWN;
    case Key::Left: return VTERM_KEY_LEFT;
    case Key::Right: return VTERM_KEY_RIGHT;
    case Key::Insert: return VTERM_KEY_INS;
    case Key::Delete: return VTERM_KEY_DEL;
    case Key::Home: return VTERM_KEY_HOME;
    case Key::End: return VTERM_KEY_END;
    case Key::PageUp: return VTERM_KEY_PAGEUP;
    case Key::PageDown: return VTERM_KEY_PAGEDOWN;
    default: return VTermKey(VTERM_KEY_FUNCTION(1 + int(key) - int(Key::F1)));
    }
}

} // namespace

bool TerminalInput::gather(const char *bytes, std::size_t len)
{
    if (!m_collect)
        return false;
    m_collect->append(bytes, qsizetype(len));
    return true;
}

template<typename F>
QByteArray TerminalInput::collected(F &&produce)
{
    QByteArray bytes;
    QByteArray *previous = std::exchange(m_collect, &bytes);
    produce();
    m_collect = previous;
    return bytes;
}

bool TerminalInput::bracketedPaste()
{
    // libvterm 0.1.4 tracks DECSET 2004 but has no getter; starting a paste
    // writes ESC[200~ exactly when it is on, so ask that into a scratch buffer.
    return !collected([this] { vterm_keyboard_start_paste(m_vt); }).isEmpty();
}

QByteArray TerminalInput::key(Key key, terminal::Modifiers mods)
{
    // xterm sends plain control bytes here; libvterm would send CSI u forms
    // that shells without the kitty protocol do not read.
    if ((key == Key::Backspace || key == Key::Enter || key == Key::Escape) && (mods & (Ctrl | Shift))) {
        const char byte = key == Key::Backspace ? ((mods & Ctrl) ? '\x08' : '\x7f') : key == Key::Enter ? '\r' : '\x1b';
        return withAlt(byte, mods);
    }
    return collected([&] { vterm_keyboard_key(m_vt, vtermKey(key), vtermModifiers(mods)); });
}

QByteArray TerminalInput::character(char32_t ch, terminal::Modifiers mods)
{
    if (mods & Ctrl) {
        if (const std::optional<char> byte = controlByte(ch))
            return withAlt(*byte, mods);
    }
    return collected([&] { vterm_keyboard_unichar(m_vt, std::uint32_t(ch), vtermModifiers(mods)); });
}

QByteArray TerminalInput::paste(const QString &text)
{
    QString body;
    body.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // CR LF is one Enter
        if (c == u'\n')
            body += QLatin1Char('\r');
        else if (!isPasteControl(c))
            body += QChar(c);
    }
    const QByteArray bytes = body.toUtf8();
    return collected([&] {
        vterm_keyboard_start_paste(m_vt);
        m_collect->append(bytes);
        vterm_keyboard_end_paste(m_vt);
    });
}

bool TerminalInput::pasteHasLineBreakOrControl(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c == QLatin1Char('\n') || c == QLatin1Char('\r') || isPasteControl(c.unicode());
    });
}

QByteArray TerminalInput::mouseMove(int row, int col, terminal::Modifiers mods)
{
    return collected([&] { vterm_mouse_move(m_vt, row, col, vtermModifiers(mods)); });
}

QByteArray TerminalInput::mouseButton(int button, bool pressed, terminal::Modifiers mods)
{
    return collected([&] { vterm_mouse_button(m_vt, button, pressed, vtermModifiers(mods)); });
}

} // namespace wb
