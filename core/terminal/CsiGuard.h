#pragma once

#include <array>
#include <cstddef>
#include <span>

namespace wb {

// Stands between the bytes a remote sends and libvterm 0.1.4 (Debian 12), which
// these control sequences break (the first three found by tests/fuzz):
// - REP (CSI Pn b, "repeat the preceding character") advances the cursor by the
//   width of the last glyph; with no glyph yet, or a zero-width one, it never
//   moves and vterm_input_write() never returns.
// - A CSI with more than 16 parameters writes past libvterm's argument array.
// - A cursor saved before the screen shrank comes back below it (DECRC, or leaving
//   the alternate screen), and the next erase writes past libvterm's line array.
// - A control character (or NUL, DEL) after an ESC inside an OSC or DCS string,
//   or an ST split after its ESC: libvterm then hands on a string of length -1
//   and reads up to 64 bytes past the write (found by tests/fuzz, ASan); such a
//   string is cancelled.
// - DEC private modes (CSI ? Pm h/l): it applies only the first of several
//   (so "?1006;1000h", how ncurses turns on the mouse, left it off), swallows the
//   ones it does not know (DECCOLM ?3, synchronized output ?2026) and answers a
//   mode request (DECRQM) for those with "not recognised". TerminalScreen sets
//   these modes itself, one at a time.
// TerminalScreen feeds a write piece by piece up to each cut this finds, across
// writes: text goes by with one memchr, only escape sequences are looked at.
class CsiGuard
{
public:
    // libvterm's CSI_ARGS_MAX is 16: the 16th separator would start a 17th argument.
    static constexpr int MaxSeparators = 15;

    struct Cut {
        enum Kind {
            End,     // feed up to `at` (== len), nothing more in this write (from next(); inside, "go on")
            Repeat,  // feed up to `at`; data[at] is a REP's final byte
            Cancel,  // feed up to `at`, then CAN instead of data[at]: the sequence is too long
            Drop,    // feed up to `at`, leave out data[at, resume): the rest of a cancelled sequence
            Restore, // feed up to `at` (just past the sequence), then put the cursor back in the screen
            DecModes,   // feed up to `at`, the final h or l of CSI ? Pm h/l: decModes() says which
            DecRequest, // feed up to `at`, the final p of CSI ? Ps $ p for a mode in answersRequest()
        };
        std::size_t at = 0;
        Kind kind = End;
        std::size_t resume = 0;  // where the next call starts
    };
    Cut next(const char *data, std::size_t from, std::size_t len);

    // After a DecModes or DecRequest cut: the modes (parameters) of the sequence,
    // and whether it set (h) or reset (l) them.
    std::span<const int> decModes() const { return {m_params.data(), std::size_t(m_paramCount)}; }
    bool decSet() const { return m_set; }
    // The modes whose DECRQM the screen answers: those libvterm does not know.
    static bool answersRequest(int mode) { return mode == 3 || mode == 2026; }

private:
    enum class State { Ground, Escape, Csi, DecPrivate, String, EscapeInString, Swallow };
    Cut decPrivate(const char *data, std::size_t &i, std::size_t len);

    State m_state = State::Ground;
    int m_separators = 0;
    bool m_intermediates = false;  // an escape with them (ESC # 8) is not DECRC
    bool m_csiStart = false;       // at the first byte after CSI, where '?' means a DEC private sequence
    std::array<int, MaxSeparators + 1> m_params{};
    int m_paramCount = 0;
    bool m_request = false;        // a '$' came: a request (DECRQM), not a set
    bool m_otherIntermediate = false;
    bool m_sawParameter = false;   // a digit or separator came: leader bytes end the sequence from now on
    bool m_set = false;
};

} // namespace wb
