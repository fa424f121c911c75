#pragma once

#include "core/terminal/TerminalKeyCodes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

struct VTerm;

namespace wb {

// What keys, pastes and the mouse send to the remote program, as xterm
// encodes them: through libvterm's keyboard and mouse layer (which knows the
// modes the program set), and as plain bytes where xterm and libvterm differ.
// TerminalScreen owns the VTerm and sends what these return.
class TerminalInput
{
public:
    explicit TerminalInput(VTerm *vt) : m_vt(vt) {}

    // libvterm's output callback offers its bytes here first: true when they
    // belong to a call of this class, which returns them.
    bool gather(const char *bytes, std::size_t len);

    QByteArray key(terminal::Key key, terminal::Modifiers mods);
    QByteArray character(char32_t ch, terminal::Modifiers mods);
    // Line breaks as Enter, wrapped in ESC[200~ … ESC[201~ when bracketed paste is on.
    // Other control characters are left out, as xterm does (allowPasteControls):
    // above all ESC, so nothing pasted can end bracketed paste early.
    QByteArray paste(const QString &text);
    // Control characters a paste leaves out: C0 but tab and line breaks, DEL, C1.
    static bool isPasteControl(char16_t c)
    {
        return (c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
    }
    // Whether a paste of `text` would run something or drop something: it has a
    // line break (Enter) or a control character.
    static bool pasteHasLineBreakOrControl(const QString &text);
    QByteArray mouseMove(int row, int col, terminal::Modifiers mods);
    QByteArray mouseButton(int button, bool pressed, terminal::Modifiers mods);
    // Whether the remote turned on bracketed paste (DECSET 2004).
    bool bracketedPaste();

private:
    template<typename F>
    QByteArray collected(F &&produce);

    VTerm *m_vt;
    QByteArray *m_collect = nullptr; // gathers one call's bytes
};

} // namespace wb
