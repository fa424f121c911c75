// TerminalScreen: the DEC private modes CsiGuard hands over, one at a time, and
// focus reports.
#include "core/terminal/TerminalScreen.h"

#include <vterm.h>

#include <algorithm>

namespace wb {

void TerminalScreen::writeToVterm(const QByteArray &bytes)
{
    vterm_input_write(m_vt, bytes.constData(), std::size_t(bytes.size()));
}

void TerminalScreen::setDecModes(std::span<const int> modes, bool set)
{
    // libvterm has had the sequence up to its final byte; CAN aborts it there.
    writeToVterm(QByteArrayLiteral("\x18"));
    for (const int mode : modes) {
        switch (mode) {
        case 3:
            setColumnMode(set);
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
        }
    }
    // ?1048l and ?1049l restore a saved cursor, which must land in the screen.
    if (!set)
        keepCursorInScreen();
}

void TerminalScreen::setColumnMode(bool set)
{
    // As xterm does for DECCOLM, without resizing the window (nor asking the
    // window to): the screen is cleared, the cursor homed and the margins reset.
    m_columnMode = set;
    QByteArray reset = QByteArrayLiteral("\x1b[r");
    if (m_leftRightMargins)
        reset += "\x1b[s"; // DECSLRM with no margins: the whole width
    reset += "\x1b[2J\x1b[H";
    writeToVterm(reset);
}

void TerminalScreen::answerDecRequest(int mode)
{
    writeToVterm(QByteArrayLiteral("\x18"));
    const bool on = mode == 3 ? m_columnMode : m_synchronized;
    const QByteArray reply = "\x1b[?" + QByteArray::number(mode) + ';' + (on ? '1' : '2') + "$y";
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
