#include "core/terminal/TerminalScreen.h"

#include "core/terminal/TerminalStateEvents.h"

#include <vterm.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace wb {

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    m_primary.reset(rows, cols, Cell{});
    m_alt.reset(rows, cols, Cell{});
    m_dirty.assign(rows, 0);

    m_vt = vterm_new(rows, cols);
    m_input = std::make_unique<TerminalInput>(m_vt);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(
        m_vt, [](const char *bytes, std::size_t len, void *self) { static_cast<TerminalScreen *>(self)->emitOutput(bytes, len); },
        this);
    m_state = vterm_obtain_state(m_vt);
    TerminalStateEvents::install(m_state, this);
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
    // Only the last ESC counts: an ST (ESC \) or any other escape after an OSC ends
    // it (libvterm reads the byte after the ESC as a new sequence), so one scan
    // back, not one per escape in the write.
    const void *last = memrchr(data, 0x1b, len);
    if (!last)
        return 0;
    const std::size_t at = std::size_t(static_cast<const char *>(last) - data);
    auto openOscAt = [&](std::size_t esc) {
        return data[esc + 1] == ']' && !std::memchr(data + esc + 2, 0x07, len - esc - 2);
    };
    if (at + 1 < len)
        return openOscAt(at) ? len - at : 0;
    // A lone ESC at the end may start anything (an OSC, or the ST of an OSC before it).
    const void *before = at > 0 ? memrchr(data, 0x1b, at) : nullptr;
    const std::size_t oscAt = before ? std::size_t(static_cast<const char *>(before) - data) : len;
    return oscAt < len && openOscAt(oscAt) ? len - oscAt : 1;
}

constexpr std::size_t kMaxHeldOsc = 64 * 1024;

// How many bytes at the end of `data` begin a UTF-8 character whose other bytes
// have not come yet. libvterm 0.1.4 shows such a character cut over two writes
// as two U+FFFD, and a network read can end inside one, so feed() holds them back.
std::size_t unfinishedUtf8Tail(const char *data, std::size_t len)
{
    for (std::size_t back = 1; back <= 3 && back <= len; ++back) {
        const auto byte = static_cast<unsigned char>(data[len - back]);
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: its lead is further back
        const std::size_t length = (byte & 0xe0) == 0xc0 ? 2 : (byte & 0xf0) == 0xe0 ? 3 : (byte & 0xf8) == 0xf0 ? 4 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

// What feed() holds back for the next write: an OSC string or a UTF-8 character not finished yet.
std::size_t unfinishedTail(const char *data, std::size_t len)
{
    const std::size_t osc = unfinishedOscTail(data, len);
    return osc > 0 ? osc : unfinishedUtf8Tail(data, len);
}

// libvterm 0.1.4 decodes the text of a write into an array on the stack, four
// bytes for each byte written: one write of 2 MB overflows an 8 MB stack. A
// network read is 32 KB; a caller's bigger buffer goes in pieces, each ending
// before an OSC string or a UTF-8 character that is not finished yet (as feed()
// holds them back), so neither is cut in two.
constexpr std::size_t kMaxVtermWrite = 256 * 1024;

void writePieces(VTerm *vt, const char *data, std::size_t len)
{
    while (len > kMaxVtermWrite) {
        std::size_t piece = kMaxVtermWrite;
        if (const std::size_t tail = unfinishedTail(data, piece); tail < piece)
            piece -= tail;
        else if (data[piece - 1] == 0x1b)
            --piece; // an OSC longer than the piece: at least its ST stays whole
        vterm_input_write(vt, data, piece);
        data += piece;
        len -= piece;
    }
    vterm_input_write(vt, data, len);
}

} // namespace

void TerminalScreen::feed(const char *data, std::size_t len)
{
    QByteArray joined;
    if (!m_held.isEmpty()) {
        joined = std::exchange(m_held, {});
        joined.append(data, qsizetype(len));
        data = joined.constData();
        len = std::size_t(joined.size());
    }
    if (const std::size_t tail = unfinishedTail(data, len); tail > 0 && tail < kMaxHeldOsc) {
        m_held = QByteArray(data + len - tail, qsizetype(tail));
        len -= tail;
    }
    if (len == 0)
        return;
    m_inFeed = true;
    dropGlyphRun(); // the screen may have changed since the last feed
    // Piece by piece up to each cut CsiGuard finds. A REP goes through only after a glyph
    // with a width, as xterm ignores one with nothing to repeat; otherwise, like a
    // sequence with too many parameters, it ends in CAN, which libvterm takes as "abort".
    for (std::size_t start = 0;;) {
        const CsiGuard::Cut cut = m_guard.next(data, start, len);
        writePieces(m_vt, data + start, cut.at - start);
        if (cut.kind == CsiGuard::Cut::End)
            break;
        if (cut.kind == CsiGuard::Cut::Restore) {
            keepCursorInScreen();
        } else if (cut.kind == CsiGuard::Cut::DecModes) {
            setDecModes(m_guard.decModes(), m_guard.decSet());
        } else if (cut.kind == CsiGuard::Cut::DecRequest) {
            answerDecRequest(m_guard.decModes().front());
        } else if (cut.kind != CsiGuard::Cut::Drop) {
            const char replacement = cut.kind == CsiGuard::Cut::Repeat && m_lastGlyphWidth > 0 ? 'b' : '\x18';
            vterm_input_write(m_vt, &replacement, 1);
        }
        start = cut.resume;
        dropGlyphRun(); // what the cut did may have changed the screen
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

void TerminalScreen::clearDamage()
{
    std::fill(m_dirty.begin(), m_dirty.end(), 0);
    m_allDirty = false;
}

void TerminalScreen::emitOutput(const char *bytes, std::size_t len)
{
    if (m_input->gather(bytes, len))
        return;
    if (m_inFeed)
        m_pendingOutput.append(bytes, qsizetype(len));
    else
        Q_EMIT outputReady(QByteArray(bytes, qsizetype(len)));
}

void TerminalScreen::send(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        emitOutput(bytes.constData(), std::size_t(bytes.size()));
}

bool TerminalScreen::bracketedPaste() const
{
    return m_input->bracketedPaste();
}

void TerminalScreen::sendKey(Key key, Modifiers mods)
{
    send(m_input->key(key, mods));
}

void TerminalScreen::sendChar(char32_t ch, Modifiers mods)
{
    send(m_input->character(ch, mods));
}

void TerminalScreen::sendText(const QString &text)
{
    send(text.toUtf8());
}

void TerminalScreen::paste(const QString &text)
{
    send(m_input->paste(text));
}

QString TerminalScreen::hyperlink(std::uint16_t id) const
{
    return id > 0 && id <= m_hyperlinks.size() ? m_hyperlinks[id - 1u] : QString();
}

void TerminalScreen::setHyperlink(std::string_view paramsAndTarget)
{
    m_pen.link = 0;
    const std::size_t split = paramsAndTarget.find(';');
    if (split == std::string_view::npos)
        return;
    const std::string_view params = paramsAndTarget.substr(0, split);
    const std::string_view target = paramsAndTarget.substr(split + 1);
    // A target is a URI: printable ASCII, percent-encoded beyond that. Anything
    // else (or one too long) is printed as plain text.
    if (target.empty() || target.size() > std::size_t(maxHyperlinkLength)
        || std::any_of(target.begin(), target.end(), [](char c) { return c < 0x21 || c > 0x7e; }))
        return;
    // Cells of one id and target share a number, however often a program redraws them.
    QString id;
    for (std::size_t at = 0; at < params.size();) {
        std::size_t end = params.find(':', at);
        if (end == std::string_view::npos)
            end = params.size();
        const std::string_view param = params.substr(at, end - at);
        if (param.starts_with("id=")) {
            if (param.size() - 3 > std::size_t(maxHyperlinkIdLength))
                return;
            id = QString::fromUtf8(param.data() + 3, qsizetype(param.size() - 3));
        }
        at = end + 1;
    }
    const QString url = QString::fromLatin1(target.data(), qsizetype(target.size()));
    // Without an id the key is the target itself, one string shared with the table.
    const QString key = id.isEmpty() ? url : id + QLatin1Char('\n') + url;
    if (const auto it = m_hyperlinkIds.constFind(key); it != m_hyperlinkIds.cend()) {
        m_pen.link = *it;
        return;
    }
    const auto full = [this] { return m_hyperlinks.size() >= 0xffff || m_hyperlinkBytes > kMaxHyperlinkBytes; };
    // Reclaiming walks every cell: after one that freed little, not again for a while
    // (or a program keeping every link in view would have it walk for each new one).
    if (full() && --m_linksBeforeReclaim <= 0) {
        const std::size_t before = m_hyperlinks.size();
        reclaimHyperlinks();
        m_linksBeforeReclaim = m_hyperlinks.size() > before - before / 8 ? 4096 : 0;
    }
    if (full())
        return; // the links on screen and in the scrollback fill the table: the rest are text
    m_hyperlinkBytes += std::size_t(url.size() + (key.isSharedWith(url) ? 0 : key.size())) * 2;
    m_hyperlinks.push_back(url);
    m_pen.link = std::uint16_t(m_hyperlinks.size());
    m_hyperlinkIds.insert(key, m_pen.link);
}

void TerminalScreen::reclaimHyperlinks()
{
    std::vector<bool> used(m_hyperlinks.size() + 1, false);
    for (const ScreenBuffer *buffer : {&m_primary, &m_alt})
        for (int r = 0; r < buffer->rows(); ++r)
            for (const Cell &c : buffer->line(r).cells)
                used[c.link] = true;
    m_history.collectLinks(used);
    std::vector<std::uint16_t> map(used.size(), 0);
    std::vector<QString> kept;
    for (std::size_t id = 1; id < used.size(); ++id)
        if (used[id]) {
            kept.push_back(m_hyperlinks[id - 1]);
            map[id] = std::uint16_t(kept.size());
        }
    for (ScreenBuffer *buffer : {&m_primary, &m_alt})
        for (int r = 0; r < buffer->rows(); ++r) {
            TerminalLine &line = buffer->line(r);
            for (Cell &c : line.cells)
                c.link = map[c.link];
            line.fill.link = 0;
        }
    m_history.remapLinks(map);
    QHash<QString, std::uint16_t> ids;
    for (auto it = m_hyperlinkIds.cbegin(); it != m_hyperlinkIds.cend(); ++it)
        if (map[it.value()])
            ids.insert(it.key(), map[it.value()]);
    m_hyperlinkIds = std::move(ids);
    m_hyperlinks = std::move(kept);
    m_hyperlinkBytes = 0;
    for (auto it = m_hyperlinkIds.cbegin(); it != m_hyperlinkIds.cend(); ++it)
        m_hyperlinkBytes += std::size_t(it.key().size() + (it.key().isSharedWith(m_hyperlinks[it.value() - 1u]) ? 0 : m_hyperlinks[it.value() - 1u].size())) * 2;
    m_pen.link = 0;
}

void TerminalScreen::sendMouseMove(int row, int col, Modifiers mods)
{
    send(m_input->mouseMove(row, col, mods));
}

void TerminalScreen::sendMouseButton(int button, bool pressed, Modifiers mods)
{
    send(m_input->mouseButton(button, pressed, mods));
}

} // namespace wb
