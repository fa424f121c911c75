#pragma once

#include <cstddef>

namespace wb {

// Stands between the bytes a remote sends and libvterm 0.1.4 (Debian 12), which
// two kinds of control sequence break (both found by tests/fuzz):
// - REP (CSI Pn b, "repeat the preceding character") advances the cursor by the
//   width of the last glyph; with no glyph yet, or a zero-width one, it never
//   moves and vterm_input_write() never returns.
// - A CSI with more than 16 parameters writes past libvterm's argument array.
// - A cursor saved before the screen shrank comes back below it (DECRC, or leaving
//   the alternate screen), and the next erase writes past libvterm's line array.
// TerminalScreen feeds a write piece by piece up to each cut this finds, across
// writes: text goes by with one memchr, only escape sequences are looked at.
class CsiGuard
{
public:
    // libvterm's CSI_ARGS_MAX is 16: the 16th separator would start a 17th argument.
    static constexpr int MaxSeparators = 15;

    struct Cut {
        enum Kind {
            End,     // feed up to `at` (== len), nothing more in this write
            Repeat,  // feed up to `at`; data[at] is a REP's final byte
            Cancel,  // feed up to `at`, then CAN instead of data[at]: the sequence is too long
            Drop,    // feed up to `at`, leave out data[at, resume): the rest of a cancelled sequence
            Restore, // feed up to `at` (just past the sequence), then put the cursor back in the screen
        };
        std::size_t at = 0;
        Kind kind = End;
        std::size_t resume = 0;  // where the next call starts
    };
    Cut next(const char *data, std::size_t from, std::size_t len);

private:
    enum class State { Ground, Escape, Csi, Swallow };
    State m_state = State::Ground;
    int m_separators = 0;
    bool m_intermediates = false;  // an escape with them (ESC # 8) is not DECRC
};

} // namespace wb
