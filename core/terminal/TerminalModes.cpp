// TerminalScreen: the DEC private modes CsiGuard hands over, one at a time, and
// focus reports.
#include "core/terminal/TerminalScreen.h"

#include <vterm.h>

#include <algorithm>

namespace wb {

void TerminalScreen::writeToVterm(const QByteArray &bytes)
{
    dropGlyphRun(); // what it prints does not follow the last glyph (see GlyphRun)
    vterm_input_write(m_vt, bytes.constData(), std::size_t(bytes.size()));
}

void TerminalScreen::setDecModes(std::span<const int> modes, bool set)
{
    // libvterm has had the sequence up to its final byte; CAN aborts it there.
    writeToVterm(QByteArrayLiteral("\x18"));
    for (const int mode : modes) {
        switch (mode) {
        case 3:
            resetForColumnMode();
            break;
        case 2026:
            m_synchronized = set;
            if (set)
                m_synchronizedSince.start();
            else
                m_damage = true; // the frame is complete: show it
            break;
        default:
            if (mode == 69)
                m_leftRightMargins = set;
            writeToVterm("\x1b[?" + QByteArray::number(mode) + (set ? 'h' : 'l'));
            // Only 1049 restores the cursor it saved on entering the alternate screen
            // (47 and 1047 leave it where the program put it): there, where a resize moved it.
            if (mode == 1049 && !set)
                keepCursorInScreen();
            m_restorePrimaryCursor = false;
        }
    }
    // ?1048l and ?1049l restore a saved cursor, which must land in the screen.
    if (!set)
        keepCursorInScreen();
}

void TerminalScreen::resetForColumnMode()
{
    // DECCOLM's side effects as xterm has them, without resizing the window (nor
    // asking the window to): the screen is cleared, the cursor homed and the
    // margins reset. (xterm itself ignores ?3 unless ?40 allows 80/132 switching;
    // the width never changes here, which a mode request says: see below.)
    QByteArray reset = QByteArrayLiteral("\x1b[r");
    if (m_leftRightMargins)
        reset += "\x1b[s"; // DECSLRM with no margins: the whole width
    reset += "\x1b[2J\x1b[H";
    writeToVterm(reset);
}

void TerminalScreen::answerDecRequest(int mode)
{
    writeToVterm(QByteArrayLiteral("\x18"));
    // 3: "permanently reset", as the window keeps its width; 2026: set or reset.
    const char state = mode == 3 ? '4' : (m_synchronized ? '1' : '2');
    const QByteArray reply = "\x1b[?" + QByteArray::number(mode) + ';' + state + "$y";
    emitOutput(reply.constData(), std::size_t(reply.size()));
}

int TerminalScreen::synchronizedWaitMs() const
{
    if (!m_synchronized)
        return 0;
    return int(std::max<qint64>(0, synchronizedTimeoutMs - m_synchronizedSince.elapsed()));
}

void TerminalScreen::setFocused(bool focused)
{
    // libvterm writes CSI I / CSI O only while the program has DECSET 1004 on.
    if (focused)
        vterm_state_focus_in(m_state);
    else
        vterm_state_focus_out(m_state);
}

} // namespace wb
