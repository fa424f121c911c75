#include "core/text/TerminalTextFilter.h"

#include <utility>

namespace wb {

namespace {
constexpr int maxStringLength = 4096;
} // namespace

QByteArray TerminalTextFilter::filter(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        // UTF-8's C1 controls (U+0080 to U+009F, "\xC2\x9B" is CSI): terminals act on
        // them as on ESC sequences, so they are taken as such, never written.
        if (std::exchange(m_afterC2, false)) {
            if (byte >= 0x80 && byte <= 0x9f) {
                if (m_state == State::Text || m_state == State::Escape)
                    m_state = byte == 0x9b                                                             ? State::Csi
                              : (byte == 0x90 || byte == 0x98 || byte == 0x9d || byte == 0x9e || byte == 0x9f) ? State::String
                                                                                                        : State::Text;
                else if ((m_state == State::String || m_state == State::StringEscape) && byte == 0x9c)
                    m_state = State::Text; // ST
                continue;
            }
            if (m_state == State::Text)
                out += '\xc2'; // an ordinary character after all (U+00A0 and up)
        }
        if (byte == 0xc2) {
            m_afterC2 = true;
            continue;
        }
        // CAN and SUB abort any sequence (as in a terminal); a string (a title, DCS)
        // longer than any real one is given up, so an unended one cannot hide the rest.
        if (m_state != State::Text && (byte == 0x18 || byte == 0x1a)) {
            m_state = State::Text;
            continue;
        }
        if (m_state == State::String || m_state == State::StringEscape) {
            if (++m_stringLength > maxStringLength) {
                m_state = State::Text;
                m_stringLength = 0;
            }
        } else {
            m_stringLength = 0;
        }
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
