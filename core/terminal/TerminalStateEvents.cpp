#include "core/terminal/TerminalStateEvents.h"

#include "core/terminal/TerminalScreen.h"

#include <vterm.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace wb {

namespace {

TerminalColor toColor(const VTermColor &c)
{
    if (VTERM_COLOR_IS_DEFAULT_FG(&c) || VTERM_COLOR_IS_DEFAULT_BG(&c))
        return {};
    if (VTERM_COLOR_IS_INDEXED(&c))
        return TerminalColor::indexed(c.indexed.idx);
    return TerminalColor::rgb(c.rgb.red, c.rgb.green, c.rgb.blue);
}

void setAttr(Cell &pen, std::uint8_t bit, bool on)
{
    pen.attrs = on ? (pen.attrs | bit) : (pen.attrs & ~bit);
}

} // namespace

// Static members of a friend, so the one callback table below can live for
// the whole program.
struct TerminalStateEvents::Handlers
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    // The hot path: once per printed character.
    static int putglyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        TerminalScreen *s = self(user);
        // Most glyphs are the next character (of one or two columns, without combining
        // marks) on the row the last one went to: written straight into the cells kept
        // from that one (see GlyphRun), when they hold no half of a wide character.
        const int width = info->width;
        if (pos.row == s->m_run.row && pos.col == s->m_run.next && (width == 1 || width == 2) && pos.col + width <= s->m_run.cols
            && !info->chars[1]) [[likely]] {
            Cell *c = s->m_run.cells + pos.col;
            if (c[0].width == 1 && (width == 1 || c[1].width == 1)) [[likely]] {
                c[0] = s->m_pen;
                c[0].ch = info->chars[0];
                c[0].width = std::uint8_t(width);
                if (width == 2) {
                    c[1] = s->m_pen;
                    c[1].ch = 0;
                    c[1].width = 0;
                }
                const int end = pos.col + width;
                if (end > *s->m_run.used)
                    *s->m_run.used = end;
                s->m_run.next = end;
                s->m_glyphRow = pos.row;
                s->m_glyphEnd = end;
                s->m_glyphCursorCol = end >= s->m_run.cols ? pos.col : end;
                s->m_lastGlyphWidth = width;
                return 1;
            }
        }
        return putglyphAnywhere(info, pos, s);
    }

    // Out of line, so the fast path above saves no registers and sets up no frame.
    [[gnu::noinline]] static int putglyphAnywhere(VTermGlyphInfo *info, VTermPos pos, TerminalScreen *s)
    {
        s->dropGlyphRun();
        s->m_lastGlyphWidth = info->width;
        ScreenBuffer &b = *s->m_buffer;
        const int cols = b.cols();
        if (pos.row < 0 || pos.row >= b.rows() || pos.col < 0 || pos.col >= cols)
            return 1;
        TerminalLine &l = b.line(pos.row);
        Cell *cells = l.cells.data();
        const int col = pos.col;
        const int width = (info->width == 2 && col + 1 < cols) ? 2 : 1;
        int end = col + width;
        // libvterm wraps before a glyph that does not fit, with no cursor move in between.
        if (col == 0 && s->m_glyphRow >= 0 && pos.row == s->m_glyphRow + 1 && s->m_glyphEnd + info->width > cols)
            b.line(s->m_glyphRow).wrapped = true;
        s->m_glyphRow = pos.row;
        s->m_glyphEnd = col + width;
        s->m_glyphCursorCol = col + info->width >= cols ? col : col + info->width;

        // Overwriting half of a double-width character blanks its other half.
        if (cells[col].width != 1 || width != 1) [[unlikely]] {
            if (cells[col].width == 0 && col > 0)
                cells[col - 1] = s->blank();
            // (An insert at the edge can leave a left half in the last column: tests/fuzz.)
            if (cells[col].width == 2 && width == 1 && col + 1 < cols)
                cells[col + 1] = s->blank(), end = std::max(end, col + 2);
            if (width == 2 && cells[col + 1].width == 2 && col + 2 < cols)
                cells[col + 2] = s->blank(), end = col + 3;
        }

        Cell &c = cells[col];
        c = s->m_pen;
        c.ch = info->chars[0];
        c.width = std::uint8_t(width);
        if (width == 2) {
            cells[col + 1] = s->m_pen;
            cells[col + 1].ch = 0;
            cells[col + 1].width = 0;
        }
        if (end > l.used)
            l.used = end;
        if (!l.marks.empty())
            std::erase_if(l.marks, [&](const CombiningMark &m) { return m.col >= col && m.col < col + width; });
        if (info->chars[0] && info->chars[1]) {
            std::u32string extra;
            for (int i = 1; info->chars[i]; ++i)
                extra.push_back(info->chars[i]);
            l.marks.push_back({col, std::move(extra)});
            c.attrs |= CellAttr::Combining;
        }
        s->markDirty(pos.row);
        if (l.marks.empty())
            s->m_run = {cells, &l.used, pos.row, cols, col + width};
        return 1;
    }

    static void clip(VTermRect *rect, int rows, int cols)
    {
        rect->start_row = std::clamp(rect->start_row, 0, rows);
        rect->end_row = std::clamp(rect->end_row, 0, rows);
        rect->start_col = std::clamp(rect->start_col, 0, cols);
        rect->end_col = std::clamp(rect->end_col, 0, cols);
    }

    static int movecursor(VTermPos pos, VTermPos oldpos, int visible, void *user)
    {
        TerminalScreen *s = self(user);
        if (oldpos.row >= 0 && oldpos.row < s->rows())
            s->markDirty(oldpos.row);
        s->m_cursorRow = std::clamp(pos.row, 0, s->rows() - 1);
        s->m_cursorCol = std::clamp(pos.col, 0, s->cols() - 1);
        s->m_cursorVisible = visible;
        if (pos.row != s->m_glyphRow || pos.col != s->m_glyphCursorCol) {
            s->m_glyphRow = -1; // moved away: what comes next is not a wrap
            // Along the same row (a carriage return) the run goes on from there.
            if (pos.row == s->m_run.row)
                s->m_run.next = pos.col;
            else
                s->dropGlyphRun();
        }
        s->markDirty(s->m_cursorRow);
        return 1;
    }

    static int scrollrect(VTermRect rect, int downward, int rightward, void *user)
    {
        TerminalScreen *s = self(user);
        ScreenBuffer &b = *s->m_buffer;
        // libvterm 0.1.4 can hand over a rectangle reaching past the screen (a cursor saved
        // before a resize and restored after, in insert mode: found by tests/fuzz); only the
        // part on the screen is there to move.
        clip(&rect, b.rows(), b.cols());
        if (rect.start_row >= rect.end_row || rect.start_col >= rect.end_col)
            return 1;
        const Cell blank = s->blank();
        const bool fullWidth = rect.start_col == 0 && rect.end_col == b.cols();
        if (s->m_glyphRow >= rect.start_row && s->m_glyphRow < rect.end_row) {
            // The row of the last glyph moves up when a wrap at the bottom scrolls.
            s->m_glyphRow = fullWidth && rightward == 0 ? s->m_glyphRow - downward : -1;
            if (s->m_glyphRow < rect.start_row || s->m_glyphRow >= rect.end_row)
                s->m_glyphRow = -1;
        }
        if (rightward == 0 && fullWidth) {
            if (downward > 0) {
                // Like xterm, lines leaving a region that starts at the top are
                // kept, so apt's output above its progress bar is scrollback too.
                Scrollback *history = (!s->isAltScreen() && rect.start_row == 0) ? &s->m_history : nullptr;
                b.scrollUp(rect.start_row, rect.end_row, downward, blank, history);
            } else {
                b.scrollDown(rect.start_row, rect.end_row, -downward, blank);
            }
        } else {
            b.scrollRect(rect.start_row, rect.end_row, rect.start_col, rect.end_col, downward, rightward, blank);
        }
        if (s->m_run.row >= rect.start_row && s->m_run.row < rect.end_row) {
            // Its row holds another line now (a line feed at the bottom): the run goes on there.
            TerminalLine &l = b.line(s->m_run.row);
            if (l.marks.empty())
                s->m_run.cells = l.cells.data(), s->m_run.used = &l.used;
            else
                s->dropGlyphRun();
        }
        if (rect.start_row == 0 && rect.end_row == b.rows())
            s->markAllDirty();
        else
            for (int r = rect.start_row; r < rect.end_row; ++r)
                s->markDirty(r);
        return 1;
    }

    static int erase(VTermRect rect, int /*selective*/, void *user)
    {
        // (Erasing keeps each row's line and cells where they are: the glyph run stays.)
        TerminalScreen *s = self(user);
        const Cell blank = s->blank();
        clip(&rect, s->rows(), s->cols());
        for (int r = rect.start_row; r < rect.end_row && rect.start_col < rect.end_col; ++r) {
            s->m_buffer->erase(r, rect.start_col, rect.end_col, blank);
            s->markDirty(r);
        }
        return 1;
    }

    static int initpen(void *user)
    {
        self(user)->m_pen = Cell{};
        return 1;
    }

    static int setpenattr(VTermAttr attr, VTermValue *val, void *user)
    {
        Cell &pen = self(user)->m_pen;
        switch (attr) {
        case VTERM_ATTR_BOLD: setAttr(pen, CellAttr::Bold, val->boolean); break;
        case VTERM_ATTR_ITALIC: setAttr(pen, CellAttr::Italic, val->boolean); break;
        case VTERM_ATTR_BLINK: setAttr(pen, CellAttr::Blink, val->boolean); break;
        case VTERM_ATTR_REVERSE: setAttr(pen, CellAttr::Reverse, val->boolean); break;
        case VTERM_ATTR_STRIKE: setAttr(pen, CellAttr::Strike, val->boolean); break;
        case VTERM_ATTR_UNDERLINE:
            setAttr(pen, CellAttr::Underline, val->number == VTERM_UNDERLINE_SINGLE || val->number == VTERM_UNDERLINE_CURLY);
            setAttr(pen, CellAttr::DoubleUnderline, val->number == VTERM_UNDERLINE_DOUBLE);
            break;
        case VTERM_ATTR_FOREGROUND: pen.fg = toColor(val->color); break;
        case VTERM_ATTR_BACKGROUND: pen.bg = toColor(val->color); break;
        default: break;
        }
        return 1;
    }

    static int settermprop(VTermProp prop, VTermValue *val, void *user)
    {
        TerminalScreen *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            s->m_cursorVisible = val->boolean;
            s->markDirty(s->m_cursorRow);
            break;
        case VTERM_PROP_CURSORBLINK: s->m_cursorBlink = val->boolean; break;
        case VTERM_PROP_CURSORSHAPE:
            // DECSCUSR reports the blink first, then the shape. Its 0 ("the user's
            // cursor") and 1 both come as a blinking block, and so does a reset.
            switch (val->number) {
            case VTERM_PROP_CURSORSHAPE_UNDERLINE: s->m_cursorShape = TerminalScreen::CursorShape::Underline; break;
            case VTERM_PROP_CURSORSHAPE_BAR_LEFT: s->m_cursorShape = TerminalScreen::CursorShape::Bar; break;
            default:
                s->m_cursorShape = s->m_cursorBlink ? TerminalScreen::CursorShape::Default : TerminalScreen::CursorShape::Block;
            }
            s->markDirty(s->m_cursorRow);
            break;
        case VTERM_PROP_ALTSCREEN: {
            ScreenBuffer *next = val->boolean ? &s->m_alt : &s->m_primary;
            if (next != s->m_buffer) {
                if (val->boolean) {
                    // The cursor DECSET 1049 saves next, which leaving restores.
                    s->m_primaryCursorRow = s->m_cursorRow;
                    s->m_primaryCursorCol = s->m_cursorCol;
                    s->m_primaryCursorMoved = false;
                } else {
                    s->m_restorePrimaryCursor = std::exchange(s->m_primaryCursorMoved, false);
                }
                s->m_glyphRow = -1;
                s->dropGlyphRun();
                s->m_buffer = next;
                s->m_altPending = true;
                s->markAllDirty();
            }
            break;
        }
        case VTERM_PROP_TITLE:
            s->m_title = QString::fromUtf8(val->string ? val->string : "");
            s->m_titlePending = true;
            break;
        case VTERM_PROP_REVERSE:
            s->m_reverseVideo = val->boolean;
            s->markAllDirty();
            break;
        case VTERM_PROP_MOUSE:
            s->m_mouseMode = TerminalScreen::MouseMode(std::clamp(val->number, 0, 3));
            break;
        default: break;
        }
        return 1; // accepted: libvterm only records a property the screen took
    }

    static int bell(void *user)
    {
        ++self(user)->m_bellsPending;
        return 1;
    }

    // TerminalScreen::resize has resized (and reflowed) the cells before telling
    // libvterm, and puts the cursor where its character went afterwards.
    static int resize(int, int, VTermPos *, void *user)
    {
        self(user)->dropGlyphRun();
        return 1;
    }

    static int setlineinfo(int, const VTermLineInfo *, const VTermLineInfo *, void *) { return 1; }

    // OSC 8 (hyperlinks) is kept on the cells printed next. Other unknown OSCs
    // are swallowed; above all OSC 52 (clipboard), whose read request would
    // hand the local clipboard to the remote: never answered.
    static int osc(const char *command, std::size_t length, void *user)
    {
        const std::string_view osc(command, length);
        if (osc.starts_with("8;")) {
            self(user)->dropGlyphRun(); // a reclaim renumbers the cells' links
            self(user)->setHyperlink(osc.substr(2));
        }
        return 1;
    }
};

namespace {

// libvterm keeps pointers to these tables, so they live as long as the program.
const VTermStateCallbacks kStateCallbacks = {
    TerminalStateEvents::Handlers::putglyph,   TerminalStateEvents::Handlers::movecursor, TerminalStateEvents::Handlers::scrollrect,
    nullptr /* moverect: scrollrect handles every move */,
    TerminalStateEvents::Handlers::erase,      TerminalStateEvents::Handlers::initpen,    TerminalStateEvents::Handlers::setpenattr,
    TerminalStateEvents::Handlers::settermprop, TerminalStateEvents::Handlers::bell,      TerminalStateEvents::Handlers::resize,
    TerminalStateEvents::Handlers::setlineinfo,
};

const VTermParserCallbacks kFallbacks = {
    nullptr, nullptr, nullptr, nullptr, TerminalStateEvents::Handlers::osc, nullptr, nullptr,
};

} // namespace

void TerminalStateEvents::install(VTermState *state, TerminalScreen *screen)
{
    vterm_state_set_callbacks(state, &kStateCallbacks, screen);
    vterm_state_set_unrecognised_fallbacks(state, &kFallbacks, screen);
}

} // namespace wb
