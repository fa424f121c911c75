#pragma once

#include <QByteArray>

namespace wb {

// A terminal's output as plain text, for a session log: escape sequences
// (CSI, OSC, DCS and the two- and three-byte ones, with ESC or as UTF-8 C1
// controls) and control characters other than tab and newline are dropped, "\r\n" becomes "\n". Stateful:
// a sequence cut between two reads is still recognised.
class TerminalTextFilter
{
public:
    QByteArray filter(const QByteArray &data);

private:
    enum class State { Text, Escape, EscapeIntermediate, Csi, String, StringEscape };
    State m_state = State::Text;
    int m_stringLength = 0;  // bytes of the OSC/DCS string under way
    bool m_afterC2 = false; // the first byte of a two-byte UTF-8 character that may be a C1 control
};

} // namespace wb
