#include "core/text/TerminalTextFilter.h"

namespace wb {

QByteArray TerminalTextFilter::filter(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        switch (m_state) {
        case State::Text:
            if (byte == 0x1b)
                m_state = State::Escape;
            else if (byte == '\n' || byte == '\t' || byte >= 0x20)
                out += c; // UTF-8 passes as it is; DEL (0x7f) is rare enough to keep
            // Other controls ("\r", BEL, backspace, NUL) are dropped: "\r\n" is "\n".
            break;
        case State::Escape:
            if (byte == '[')
                m_state = State::Csi;
            else if (byte == ']' || byte == 'P' || byte == 'X' || byte == '^' || byte == '_')
                m_state = State::String; // OSC, DCS, SOS, PM, APC: up to BEL or ST
            else if (byte >= 0x20 && byte <= 0x2f)
                m_state = State::EscapeIntermediate; // "ESC ( B" and its kind
            else
                m_state = State::Text; // "ESC =", "ESC 7", …
            break;
        case State::EscapeIntermediate:
            if (byte < 0x20 || byte > 0x2f)
                m_state = State::Text;
            break;
        case State::Csi:
            if (byte >= 0x40 && byte <= 0x7e)
                m_state = State::Text; // the final byte
            else if (byte == 0x1b)
                m_state = State::Escape;
            break;
        case State::String:
            if (byte == 0x07)
                m_state = State::Text;
            else if (byte == 0x1b)
                m_state = State::StringEscape;
            break;
        case State::StringEscape:
            m_state = byte == '\\' ? State::Text : State::String;
            break;
        }
    }
    return out;
}

} // namespace wb
