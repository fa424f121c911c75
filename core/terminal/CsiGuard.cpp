#include "core/terminal/CsiGuard.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace wb {

namespace {
constexpr unsigned char kEsc = 0x1b, kCan = 0x18, kSub = 0x1a;

bool isFinal(unsigned char c)
{
    return c >= 0x40 && c <= 0x7e;
}
} // namespace

CsiGuard::Cut CsiGuard::next(const char *data, std::size_t from, std::size_t len)
{
    std::size_t i = from;
    while (i < len) {
        const auto c = static_cast<unsigned char>(data[i]);
        switch (m_state) {
        case State::Ground: {
            // Text is most of a stream: jump to the next ESC.
            const void *hit = std::memchr(data + i, kEsc, len - i);
            if (!hit)
                return {len, Cut::End, len};
            i = std::size_t(static_cast<const char *>(hit) - data) + 1;
            m_state = State::Escape;
            m_intermediates = false;
            continue;
        }
        case State::Escape:
            // libvterm carries out C0 controls, skips bytes from DEL up and ignores
            // intermediates (0x20-0x2f: "ESC * [" is a CSI to it) between ESC and what
            // follows (found by tests/fuzz): all of those keep the escape open here too.
            if (c == kEsc)
                m_intermediates = false;
            else if (c >= 0x20 && c < 0x30)
                m_intermediates = true;
            m_separators = 0;
            ++i;
            if (c == '[') {
                m_state = State::Csi;
                m_csiStart = true;
            } else if (c == ']' || c == 'P') {
                m_state = State::String; // OSC or DCS, intermediates or not (as libvterm reads them)
            } else if (c == '8' && !m_intermediates) {
                m_state = State::Ground;
                return {i, Cut::Restore, i};
            } else if (c != kEsc && ((c >= 0x30 && c < 0x7f) || c == kCan || c == kSub)) {
                m_state = State::Ground;
            }
            continue;
        case State::Csi: {
            if (m_csiStart && c != kEsc && c != kCan && c != kSub && (c < 0x20 || c == 0x7f)) {
                // libvterm carries out C0 controls (and skips NUL and DEL) still waiting for
                // the first byte, so "CSI CR ? 1049 l" is a private sequence to it as well.
                ++i;
                continue;
            }
            if (std::exchange(m_csiStart, false) && c == '?') {
                // Rare, so byte by byte.
                m_state = State::DecPrivate;
                m_params.fill(0);
                m_paramCount = 1;
                m_request = m_otherIntermediate = m_sawParameter = false;
                ++i;
                continue;
            }
            // Parameters, intermediates and C0 controls keep the sequence open; one table
            // look-up per byte, as SGR sequences are most of what a coloured listing holds.
            static constexpr auto kinds = [] {
                std::array<unsigned char, 256> k{}; // 0: body
                for (int b = 0x40; b <= 0x7e; ++b)
                    k[b] = 1; // final
                k[';'] = k[':'] = 2;
                k[kEsc] = k[kCan] = k[kSub] = 3;
                for (int b = 0x80; b <= 0xff; ++b)
                    k[b] = 3; // libvterm ends the sequence as invalid there
                return k;
            }();
            unsigned char kind = 0;
            while (i < len && (kind = kinds[static_cast<unsigned char>(data[i])]) == 0)
                ++i;
            if (i == len)
                continue;
            const auto b = static_cast<unsigned char>(data[i]);
            if (kind == 2) {
                if (++m_separators > MaxSeparators) {
                    m_state = State::Swallow;
                    return {i, Cut::Cancel, i + 1};
                }
            } else if (kind == 1) {
                m_state = State::Ground;
                if (b == 'b')
                    return {i, Cut::Repeat, i + 1};
                if (b == 'l') // a reset mode; kept as a backstop for a cursor restore this missed
                    return {i + 1, Cut::Restore, i + 1};
            } else {
                m_state = b == kEsc ? State::Escape : State::Ground;
                m_intermediates = false;
            }
            ++i;
            continue;
        }
        case State::String:
            // Up to what ends it (BEL, ST) or cancels it; everything else is its text.
            for (; i < len; ++i) {
                const auto b = static_cast<unsigned char>(data[i]);
                if (b == kEsc || b == 0x07 || b == kCan || b == kSub)
                    break;
            }
            if (i == len)
                continue;
            m_state = data[i] == kEsc ? State::EscapeInString : State::Ground;
            ++i;
            continue;
        case State::EscapeInString:
            if (c == '\\') {
                m_state = State::Ground;
                if (i == from) // its ESC was in an earlier write: libvterm would read before this one
                    return {i, Cut::Cancel, i + 1};
                ++i;
            } else if (c == kEsc) {
                m_state = State::Escape;
                m_intermediates = false;
                ++i;
            } else if (c == kCan || c == kSub) {
                m_state = State::Ground;
                ++i;
            } else if (c < 0x20 || c == 0x7f) {
                m_state = State::Ground;
                return {i, Cut::Cancel, i}; // CAN ends the string; the control itself is carried out after
            } else {
                m_state = State::Escape; // libvterm reads it as the byte after an ESC
            }
            continue;
        case State::DecPrivate: {
            const Cut cut = decPrivate(data, i, len);
            if (cut.kind != Cut::End)
                return cut;
            continue;
        }
        case State::Swallow: {
            // The rest of a cancelled sequence, up to and with its final byte.
            std::size_t end = i;
            while (end < len) {
                const auto b = static_cast<unsigned char>(data[end]);
                if (isFinal(b) || b == kCan || b == kSub) {
                    m_state = State::Ground;
                    ++end;
                    break;
                }
                if (b == kEsc) {
                    m_state = State::Ground; // the ESC is fed: it starts the next sequence
                    break;
                }
                ++end;
            }
            return {i, Cut::Drop, end};
        }
        }
    }
    return {len, Cut::End, len};
}

CsiGuard::Cut CsiGuard::decPrivate(const char *data, std::size_t &i, std::size_t len)
{
    for (; i < len && m_state == State::DecPrivate; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        int &param = m_params[std::size_t(m_paramCount - 1)];
        const bool afterIntermediate = m_request || m_otherIntermediate;
        if (((c >= '0' && c <= '9') || c == ';' || c == ':') && afterIntermediate) {
            m_state = State::Ground; // libvterm drops a sequence with parameters after an intermediate
        } else if (c >= '0' && c <= '9') {
            param = std::min(param * 10 + (c - '0'), 99999);
            m_sawParameter = true;
        } else if (c == ';' || c == ':') {
            m_sawParameter = true;
            if (++m_separators > MaxSeparators) {
                m_state = State::Swallow;
                const std::size_t at = i++;
                return {at, Cut::Cancel, i};
            }
            ++m_paramCount;
        } else if (c == '$') {
            m_request = true;
        } else if (c >= 0x20 && c < 0x30) {
            m_otherIntermediate = true;
        } else if (c == kEsc || c == kCan || c == kSub) {
            m_state = c == kEsc ? State::Escape : State::Ground;
            m_intermediates = false;
        } else if (isFinal(c)) {
            m_state = State::Ground;
            const std::size_t at = i++;
            if (!m_request && !m_otherIntermediate && (c == 'h' || c == 'l')) {
                m_set = c == 'h';
                return {at, Cut::DecModes, i};
            }
            if (m_request && !m_otherIntermediate && c == 'p' && m_paramCount == 1 && answersRequest(m_params[0]))
                return {at, Cut::DecRequest, i};
            return {i, Cut::End, i};
        } else if (c >= 0x3c && c <= 0x3f && !m_sawParameter) {
            // More leader bytes ("CSI ? ?"): libvterm still collects the sequence, and
            // counts its separators into a fixed array, so this stays on watch.
        } else if (c >= 0x20 && c != 0x7f) {
            m_state = State::Ground; // '<'…'?' after the parameters, or a byte from 0x80: libvterm drops the sequence
        }
        // C0 controls (libvterm carries them out) and DEL leave the sequence open.
    }
    // End here means "no cut yet": next() goes on scanning from i in the new state.
    return {i, Cut::End, i};
}

} // namespace wb
