#pragma once

struct VTermState;

namespace wb {

class TerminalScreen;

// What libvterm's state layer reports as it parses (a glyph put, the cursor
// moved, a region scrolled or erased, the pen or a mode changed, the size)
// applied to a TerminalScreen's cells, scrollback, cursor and modes. The
// screen is the user data of both tables.
struct TerminalStateEvents
{
    // Sends what `state` reports to `screen`, including the escape sequences
    // libvterm does not know itself (swallowed: OSC 52 and the like).
    static void install(VTermState *state, TerminalScreen *screen);

    struct Handlers; // a friend of TerminalScreen
};

} // namespace wb
