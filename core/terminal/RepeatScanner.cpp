#include "RepeatScanner.h"

#include <cstring>

namespace wb {

std::size_t RepeatScanner::next(const char *data, std::size_t from, std::size_t len)
{
    constexpr unsigned char esc = 0x1b, can = 0x18, sub = 0x1a;
    for (std::size_t i = from; i < len; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        switch (m_state) {
        case State::Ground: {
            // Text is most of a stream: jump to the next ESC.
            const void *hit = std::memchr(data + i, esc, len - i);
            if (!hit)
                return len;
            i = std::size_t(static_cast<const char *>(hit) - data);
            m_state = State::Escape;
            break;
        }
        case State::Escape:
            m_state = c == '[' ? State::Csi : c == esc ? State::Escape : State::Ground;
            break;
        case State::Csi:
            if (c == esc)
                m_state = State::Escape;
            else if (c == can || c == sub)
                m_state = State::Ground;
            else if (c >= 0x40 && c <= 0x7e) {
                m_state = State::Ground;
                if (c == 'b')
                    return i;
            }
            // Parameters, intermediates and C0 controls inside the sequence keep it open.
            break;
        }
    }
    return len;
}

} // namespace wb
