#include "core/terminal/TerminalScreen.h"

#include <vterm.h>

#include <algorithm>
#include <cstring>
#include <optional>

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

// libvterm's state layer calls these; they are static members of a friend so
// the one callback table below can live for the whole program.
struct TerminalCallbacks
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    // The hot path: once per printed character.
    static int putglyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        TerminalScreen *s = self(user);
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

        // Overwriting half of a double-width character blanks its other half.
        if (cells[col].width == 0 && col > 0)
            cells[col - 1] = s->blank();
        if (cells[col].width == 2 && width == 1)
            cells[col + 1] = s->blank(), end = std::max(end, col + 2);
        if (width == 2 && cells[col + 1].width == 2 && col + 2 < cols)
            cells[col + 2] = s->blank(), end = col + 3;

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
        if (rect.start_row == 0 && rect.end_row == b.rows())
            s->markAllDirty();
        else
            for (int r = rect.start_row; r < rect.end_row; ++r)
                s->markDirty(r);
        return 1;
    }

    static int erase(VTermRect rect, int /*selective*/, void *user)
    {
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
        case VTERM_PROP_ALTSCREEN: {
            ScreenBuffer *next = val->boolean ? &s->m_alt : &s->m_primary;
            if (next != s->m_buffer) {
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

    static int resize(int rows, int cols, VTermPos *delta, void *user)
    {
        TerminalScreen *s = self(user);
        const bool alt = s->isAltScreen();
        s->resizeBuffer(s->m_primary, rows, cols, true, alt ? nullptr : &delta->row);
        s->resizeBuffer(s->m_alt, rows, cols, false, alt ? &delta->row : nullptr);
        s->m_dirty.assign(rows, 0);
        s->markAllDirty();
        return 1;
    }

    static int setlineinfo(int, const VTermLineInfo *, const VTermLineInfo *, void *) { return 1; }

    // Unknown OSCs are swallowed; above all OSC 52 (clipboard), whose read
    // request would hand the local clipboard to the remote: never answered.
    static int osc(const char *, std::size_t, void *) { return 1; }

    static void output(const char *bytes, std::size_t len, void *user) { self(user)->emitOutput(bytes, len); }
};

namespace {

// libvterm keeps pointers to these tables, so they live as long as the program.
const VTermStateCallbacks kStateCallbacks = {
    TerminalCallbacks::putglyph,   TerminalCallbacks::movecursor, TerminalCallbacks::scrollrect,
    nullptr /* moverect: scrollrect handles every move */,
    TerminalCallbacks::erase,      TerminalCallbacks::initpen,    TerminalCallbacks::setpenattr,
    TerminalCallbacks::settermprop, TerminalCallbacks::bell,      TerminalCallbacks::resize,
    TerminalCallbacks::setlineinfo,
};

const VTermParserCallbacks kFallbacks = {
    nullptr, nullptr, nullptr, nullptr, TerminalCallbacks::osc, nullptr, nullptr,
};

} // namespace

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    m_primary.reset(rows, cols, Cell{});
    m_alt.reset(rows, cols, Cell{});
    m_dirty.assign(rows, 0);

    m_vt = vterm_new(rows, cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &TerminalCallbacks::output, this);
    m_state = vterm_obtain_state(m_vt);
    vterm_state_set_callbacks(m_state, &kStateCallbacks, this);
    vterm_state_set_unrecognised_fallbacks(m_state, &kFallbacks, this);
    // Before the first byte, as the cells start blank and the pen at default.
    vterm_state_reset(m_state, 1);
    m_damage = false;
    m_titlePending = m_altPending = false;
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vt);
}

Cell TerminalScreen::blank() const
{
    // Erased cells take the background of the pen (xterm's BCE), nothing else.
    Cell c;
    c.bg = m_pen.bg;
    return c;
}

namespace {

// How many bytes at the end of `data` belong to an OSC string (title) that is
// not finished yet. libvterm 0.1.4 loses the start of an OSC split over two
// writes, and a network read can end anywhere, so feed() holds these back.
std::size_t unfinishedOscTail(const char *data, std::size_t len)
{
    bool terminatedLater = false;
    std::size_t n = len;
    while (n > 0) {
        const void *hit = memrchr(data, 0x1b, n);
        if (!hit)
            break;
        const std::size_t at = std::size_t(static_cast<const char *>(hit) - data);
        if (at + 1 == len)
            terminatedLater = false; // a lone ESC at the end may start anything
        else if (data[at + 1] == '\\')
            terminatedLater = true;
        else if (data[at + 1] == ']') {
            if (terminatedLater || std::memchr(data + at + 2, 0x07, len - at - 2))
                return 0;
            return len - at;
        }
        n = at;
    }
    return (len > 0 && data[len - 1] == 0x1b) ? 1 : 0;
}

constexpr std::size_t kMaxHeldOsc = 64 * 1024;

// CUP to `pos`, clamped into a rows × cols screen.
QByteArray cursorTo(VTermPos pos, int rows, int cols)
{
    return "\x1b[" + QByteArray::number(std::clamp(pos.row, 0, rows - 1) + 1) + ';'
        + QByteArray::number(std::clamp(pos.col, 0, cols - 1) + 1) + 'H';
}

} // namespace

void TerminalScreen::feed(const char *data, std::size_t len)
{
    QByteArray joined;
    if (!m_heldOsc.isEmpty()) {
        joined = std::exchange(m_heldOsc, {});
        joined.append(data, qsizetype(len));
        data = joined.constData();
        len = std::size_t(joined.size());
    }
    if (const std::size_t tail = unfinishedOscTail(data, len); tail > 0 && tail < kMaxHeldOsc) {
        m_heldOsc = QByteArray(data + len - tail, qsizetype(tail));
        len -= tail;
    }
    if (len == 0)
        return;
    m_inFeed = true;
    // Piece by piece up to each cut CsiGuard finds. A REP goes through only after a glyph
    // with a width, as xterm ignores one with nothing to repeat; otherwise, like a
    // sequence with too many parameters, it ends in CAN, which libvterm takes as "abort".
    for (std::size_t start = 0;;) {
        const CsiGuard::Cut cut = m_guard.next(data, start, len);
        vterm_input_write(m_vt, data + start, cut.at - start);
        if (cut.kind == CsiGuard::Cut::End)
            break;
        if (cut.kind == CsiGuard::Cut::Restore) {
            keepCursorInScreen();
        } else if (cut.kind != CsiGuard::Cut::Drop) {
            const char replacement = cut.kind == CsiGuard::Cut::Repeat && m_lastGlyphWidth > 0 ? 'b' : '\x18';
            vterm_input_write(m_vt, &replacement, 1);
        }
        start = cut.resume;
    }
    m_inFeed = false;

    if (!m_pendingOutput.isEmpty())
        Q_EMIT outputReady(std::exchange(m_pendingOutput, {}));
    if (std::exchange(m_altPending, false))
        Q_EMIT altScreenChanged(isAltScreen());
    if (std::exchange(m_titlePending, false))
        Q_EMIT titleChanged(m_title);
    for (int bells = std::exchange(m_bellsPending, 0); bells > 0; --bells)
        Q_EMIT bell();
    if (std::exchange(m_damage, false))
        Q_EMIT damaged();
}

void TerminalScreen::keepCursorInScreen()
{
    // libvterm 0.1.4 restores a cursor saved before the screen shrank as it was, below
    // the last row, and erasing from there writes past its line array (found by
    // tests/fuzz). xterm clamps it; so does this.
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    if (pos.row >= 0 && pos.row < rows() && pos.col >= 0 && pos.col < cols())
        return;
    const QByteArray move = cursorTo(pos, rows(), cols());
    vterm_input_write(m_vt, move.constData(), std::size_t(move.size()));
}

void TerminalScreen::resize(int rows, int cols)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    if (rows == this->rows() && cols == this->cols())
        return;
    const bool rowsChanged = rows != this->rows();
    vterm_set_size(m_vt, rows, cols);
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    if (rowsChanged) {
        // libvterm 0.1.4 keeps the scrolling region (DECSTBM) through a resize without
        // clamping it, and the next scroll in a region below a shrunken screen moves a
        // negative number of bytes (found by tests/fuzz). xterm resets the region on a
        // resize; so does this, putting the cursor back where libvterm left it.
        const QByteArray reset = "\x1b[r" + cursorTo(pos, rows, cols);
        vterm_input_write(m_vt, reset.constData(), std::size_t(reset.size()));
        m_guard = CsiGuard(); // the ESC above ended any sequence a write left open
        vterm_state_get_cursorpos(m_state, &pos);
    }
    m_cursorRow = std::clamp(pos.row, 0, rows - 1);
    m_cursorCol = std::clamp(pos.col, 0, cols - 1);
    markAllDirty();
    m_damage = false;
    Q_EMIT damaged();
}

void TerminalScreen::resizeBuffer(ScreenBuffer &buffer, int rows, int cols, bool primary, int *rowDelta)
{
    std::vector<TerminalLine> lines = buffer.takeLines();
    for (TerminalLine &l : lines)
        ScreenBuffer::setWidth(l, cols, Cell{});
    const auto isEmpty = [](const TerminalLine &l) { return l.used == 0 && l.fill == Cell{}; };

    int oldRows = int(lines.size());
    if (rows < oldRows) {
        // Blank rows under the cursor go first; only then do lines leave at
        // the top (into the scrollback on the primary screen).
        int excess = oldRows - rows;
        const int keep = rowDelta ? m_cursorRow : 0;
        while (excess > 0 && int(lines.size()) - 1 > keep && isEmpty(lines.back()))
            lines.pop_back(), --excess;
        for (int i = 0; i < excess; ++i)
            if (primary)
                m_history.push(lines[i]);
        lines.erase(lines.begin(), lines.begin() + excess);
        if (rowDelta)
            *rowDelta -= excess;
    } else if (rows > oldRows) {
        // A taller primary screen takes its newest scrollback lines back.
        int extra = rows - oldRows;
        std::vector<TerminalLine> pulled;
        while (primary && rowDelta && extra > 0) {
            TerminalLine l;
            if (!m_history.popNewest(l, cols))
                break;
            ScreenBuffer::setWidth(l, cols, Cell{});
            pulled.push_back(std::move(l));
            --extra;
        }
        if (rowDelta)
            *rowDelta += int(pulled.size());
        lines.insert(lines.begin(), std::make_move_iterator(pulled.rbegin()), std::make_move_iterator(pulled.rend()));
        for (; extra > 0; --extra) {
            TerminalLine l;
            l.cells.assign(cols, Cell{});
            lines.push_back(std::move(l));
        }
    }
    buffer.setLines(std::move(lines), cols);
}

void TerminalScreen::clearDamage()
{
    std::fill(m_dirty.begin(), m_dirty.end(), 0);
    m_allDirty = false;
}

void TerminalScreen::emitOutput(const char *bytes, std::size_t len)
{
    if (m_collect)
        m_collect->append(bytes, qsizetype(len));
    else if (m_inFeed)
        m_pendingOutput.append(bytes, qsizetype(len));
    else
        Q_EMIT outputReady(QByteArray(bytes, qsizetype(len)));
}

bool TerminalScreen::bracketedPaste() const
{
    // libvterm 0.1.4 tracks DECSET 2004 but has no getter; starting a paste
    // writes ESC[200~ exactly when it is on, so ask that into a scratch buffer.
    QByteArray probe;
    QByteArray *previous = std::exchange(m_collect, &probe);
    vterm_keyboard_start_paste(m_vt);
    m_collect = previous;
    return !probe.isEmpty();
}

template<typename F>
void TerminalScreen::collected(F &&produce)
{
    QByteArray bytes;
    QByteArray *previous = std::exchange(m_collect, &bytes);
    produce();
    m_collect = previous;
    if (!bytes.isEmpty())
        emitOutput(bytes.constData(), std::size_t(bytes.size()));
}

void TerminalScreen::sendKey(Key key, Modifiers mods)
{
    VTermKey k = VTERM_KEY_NONE;
    switch (key) {
    case Key::Enter: k = VTERM_KEY_ENTER; break;
    case Key::Tab: k = VTERM_KEY_TAB; break;
    case Key::Backspace: k = VTERM_KEY_BACKSPACE; break;
    case Key::Escape: k = VTERM_KEY_ESCAPE; break;
    case Key::Up: k = VTERM_KEY_UP; break;
    case Key::Down: k = VTERM_KEY_DOWN; break;
    case Key::Left: k = VTERM_KEY_LEFT; break;
    case Key::Right: k = VTERM_KEY_RIGHT; break;
    case Key::Insert: k = VTERM_KEY_INS; break;
    case Key::Delete: k = VTERM_KEY_DEL; break;
    case Key::Home: k = VTERM_KEY_HOME; break;
    case Key::End: k = VTERM_KEY_END; break;
    case Key::PageUp: k = VTERM_KEY_PAGEUP; break;
    case Key::PageDown: k = VTERM_KEY_PAGEDOWN; break;
    default: k = VTermKey(VTERM_KEY_FUNCTION(1 + int(key) - int(Key::F1))); break;
    }
    // xterm sends plain control bytes here; libvterm would send CSI u forms
    // that shells without the kitty protocol do not read.
    if ((key == Key::Backspace || key == Key::Enter || key == Key::Escape) && (mods & (Ctrl | Shift))) {
        const char byte = key == Key::Backspace ? ((mods & Ctrl) ? '\x08' : '\x7f') : key == Key::Enter ? '\r' : '\x1b';
        QByteArray bytes = (mods & Alt) ? QByteArray("\x1b") : QByteArray();
        bytes.append(byte);
        emitOutput(bytes.constData(), std::size_t(bytes.size()));
        return;
    }
    collected([&] { vterm_keyboard_key(m_vt, k, VTermModifier(int(mods))); });
}

namespace {
// The byte xterm sends for Ctrl plus this character, if it has one.
std::optional<char> controlByte(char32_t ch)
{
    if (ch >= 'a' && ch <= 'z')
        return char(ch - 'a' + 1);
    if (ch >= 'A' && ch <= 'Z')
        return char(ch - 'A' + 1);
    switch (ch) {
    case '@': case ' ': case '2': return '\0';
    case '[': case '3': return '\x1b';
    case '\\': case '4': return '\x1c';
    case ']': case '5': return '\x1d';
    case '^': case '~': case '6': return '\x1e';
    case '_': case '/': case '7': return '\x1f';
    case '?': case '8': return '\x7f';
    default: return std::nullopt;
    }
}
} // namespace

void TerminalScreen::sendChar(char32_t ch, Modifiers mods)
{
    if (mods & Ctrl) {
        if (const std::optional<char> byte = controlByte(ch)) {
            QByteArray bytes = (mods & Alt) ? QByteArray("\x1b") : QByteArray();
            bytes.append(*byte);
            emitOutput(bytes.constData(), std::size_t(bytes.size()));
            return;
        }
    }
    collected([&] { vterm_keyboard_unichar(m_vt, std::uint32_t(ch), VTermModifier(int(mods))); });
}

void TerminalScreen::sendText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (!bytes.isEmpty())
        emitOutput(bytes.constData(), std::size_t(bytes.size()));
}

void TerminalScreen::paste(const QString &text)
{
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\r"));
    body.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QByteArray bytes = body.toUtf8();
    // An end marker inside the text would end the paste early and run the
    // rest as typed commands.
    bytes.replace("\x1b[201~", "");
    collected([&] {
        vterm_keyboard_start_paste(m_vt);
        emitOutput(bytes.constData(), std::size_t(bytes.size()));
        vterm_keyboard_end_paste(m_vt);
    });
}

void TerminalScreen::sendMouseMove(int row, int col, Modifiers mods)
{
    collected([&] { vterm_mouse_move(m_vt, row, col, VTermModifier(int(mods))); });
}

void TerminalScreen::sendMouseButton(int button, bool pressed, Modifiers mods)
{
    collected([&] { vterm_mouse_button(m_vt, button, pressed, VTermModifier(int(mods))); });
}

} // namespace wb
