#pragma once

#include "core/terminal/TerminalCell.h"

#include <cstdint>
#include <vector>

namespace wb {

// Lines that scrolled off the top of the primary screen, oldest first, in a
// ring capped at capacity() lines. A line is stored as its characters plus
// runs of style, without trailing blanks: about 4 bytes a character instead
// of a 16-byte cell for every column. Slots are reused once the ring is full,
// so a steady stream of output allocates nothing.
class Scrollback
{
public:
    explicit Scrollback(int capacity = 10000);

    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    void setCapacity(int lines);
    void clear();

    // How many lines fell off the front since the start; index + dropped()
    // names a line for as long as it is kept.
    std::int64_t dropped() const { return m_dropped; }

    void push(const TerminalLine &line);
    // Unpacks line `index` (0 = oldest) into at least `cols` cells.
    void unpack(int index, TerminalLine &out, int cols) const;
    // Takes the newest line back, for a screen that grows taller.
    bool popNewest(TerminalLine &out, int cols);
    // Whether line `index` continues on the next (see TerminalLine::wrapped).
    bool isWrapped(int index) const { return at(index).wrapped; }
    // How many cells of line `index` hold text.
    int length(int index) const { return int(at(index).chars.size()); }
    // Rewraps every line to `cols` columns (see reflow::rewrap). Lines that
    // neither wrapped nor are too long are moved, not unpacked, so even a
    // full scrollback reflows in a few milliseconds. Lines past the capacity
    // fall off the front.
    void reflow(int cols);
    // OSC 8 hyperlinks (Cell::link): which ids the lines use (`used` indexed by id),
    // and renumbering them by `map` (old id -> new, 0: none).
    void collectLinks(std::vector<bool> &used) const;
    void remapLinks(const std::vector<std::uint16_t> &map);

private:
    struct StyleRun
    {
        std::uint16_t start;
        TerminalColor fg;
        TerminalColor bg;
        std::uint8_t attrs;
        std::uint16_t link;
    };
    struct Stored
    {
        std::vector<char32_t> chars; // kContinuation marks the right half of a wide character
        std::vector<StyleRun> runs;
        std::vector<CombiningMark> marks;
        bool wrapped = false;
    };
    static void pack(const TerminalLine &line, Stored &slot);
    Stored &slot(int index) { return m_ring[(m_start + index) % m_ring.size()]; }
    static constexpr char32_t kContinuation = 0x110000;

    const Stored &at(int index) const { return m_ring[(m_start + index) % m_ring.size()]; }

    std::vector<Stored> m_ring;
    int m_start = 0;
    int m_size = 0;
    int m_capacity;
    std::int64_t m_dropped = 0;
};

} // namespace wb
