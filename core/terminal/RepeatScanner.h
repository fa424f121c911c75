#pragma once

#include <cstddef>

namespace wb {

// Finds REP (CSI Pn b, "repeat the preceding character") in the bytes a remote
// sends, across writes. libvterm 0.1.4 (Debian 12) repeats by advancing the
// cursor by the width of the last glyph: with no glyph yet, or a zero-width one,
// the cursor never moves and vterm_input_write() never returns, freezing the
// session for one escape sequence. TerminalScreen stops at each REP's final
// byte and lets it through only when a glyph of positive width precedes it.
// The scan costs a memchr for 'b' and a look back from each: text that is not a
// REP is not walked byte by byte.
class RepeatScanner
{
public:
    // Offset of the next REP final byte in data[from, len), or len if there is none;
    // the scan resumes where it stopped, also in the next write.
    std::size_t next(const char *data, std::size_t from, std::size_t len);

private:
    // How the previous write ended: right after an ESC, or inside "ESC [ …".
    enum class Carry { None, Escape, Csi };
    Carry m_carry = Carry::None;
};

} // namespace wb
