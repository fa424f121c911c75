#include "RepeatScanner.h"

#include <cstring>

namespace wb {

namespace {
constexpr char kEsc = 0x1b;

// What may stand between "ESC [" and a CSI's final byte: parameters, intermediates,
// and the C0 controls libvterm carries out without leaving the sequence.
bool isCsiBody(char ch)
{
    const auto c = static_cast<unsigned char>(ch);
    return (c >= 0x20 && c <= 0x3f) || c == 0x7f || (c < 0x20 && c != 0x1b && c != 0x18 && c != 0x1a);
}
} // namespace

std::size_t RepeatScanner::next(const char *data, std::size_t from, std::size_t len)
{
    std::size_t i = from;
    // A sequence the last write left open continues here.
    if (m_carry == Carry::Escape && i < len) {
        m_carry = data[i] == '[' ? Carry::Csi : Carry::None;
        if (m_carry == Carry::Csi)
            ++i;
    }
    if (m_carry == Carry::Csi) {
        while (i < len && isCsiBody(data[i]))
            ++i;
        if (i == len)
            return len;
        m_carry = Carry::None;
        if (data[i] == 'b')
            return i;
    }
    // Only a 'b' can end a REP, and text has few: look back from each for "ESC [" and a body.
    const std::size_t searchFrom = i;
    while (i < len) {
        const void *hit = std::memchr(data + i, 'b', len - i);
        if (!hit)
            break;
        const std::size_t at = std::size_t(static_cast<const char *>(hit) - data);
        std::size_t start = at;
        while (start > searchFrom && isCsiBody(data[start - 1]))
            --start;
        if (start >= searchFrom + 2 && data[start - 1] == '[' && data[start - 2] == kEsc)
            return at;
        i = at + 1;
    }
    // Does this write end inside "ESC [ …" or right after an ESC?
    std::size_t start = len;
    while (start > searchFrom && isCsiBody(data[start - 1]))
        --start;
    if (start == len && len > searchFrom && data[len - 1] == kEsc)
        m_carry = Carry::Escape;
    else if (start >= searchFrom + 2 && data[start - 1] == '[' && data[start - 2] == kEsc)
        m_carry = Carry::Csi;
    return len;
}

} // namespace wb
