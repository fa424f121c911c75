#pragma once

#include "core/terminal/CsiGuard.h"
#include "core/terminal/ScreenBuffer.h"
#include "core/terminal/Scrollback.h"
#include "core/terminal/TerminalCell.h"
#include "core/terminal/TerminalInput.h"
#include "core/terminal/TerminalStateEvents.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

struct VTerm;
struct VTermState;

namespace wb {

// The emulated terminal of one session (TERM=xterm-256color): bytes from the
// remote go in through feed(), the screen and scrollback come out as cells,
// and keys, pastes and the terminal's own answers (DA, DSR) come out as
// outputReady() bytes for the channel.
//
// libvterm parses and keeps the cursor, modes and pen (its VTermState); the
// cells are ours (ScreenBuffer), because VTermScreen moves the whole screen
// on every line feed. Signals from parsing are sent after feed() returns, so
// a slot may call feed() again.
class TerminalScreen : public QObject
{
    Q_OBJECT
public:
    using Key = terminal::Key;
    using Modifier = terminal::Modifier;
    using Modifiers = terminal::Modifiers;
    static constexpr Modifier NoModifier = terminal::NoModifier;
    static constexpr Modifier Shift = terminal::Shift;
    static constexpr Modifier Alt = terminal::Alt;
    static constexpr Modifier Ctrl = terminal::Ctrl;

    enum class MouseMode { None, Click, Drag, Move };

    explicit TerminalScreen(int rows, int cols, QObject *parent = nullptr);
    ~TerminalScreen() override;

    void feed(const char *data, std::size_t len);
    void feed(const QByteArray &data) { feed(data.constData(), std::size_t(data.size())); }
    // A new size. A change of width reflows the primary screen and the
    // scrollback (lines that wrapped are joined and wrapped again) with the
    // cursor kept on its character; the alternate screen is cut or padded, as
    // the program there redraws it. `keepLine`, a line over scrollback and
    // screen (a view's first line), is moved to where its text went.
    void resize(int rows, int cols, int *keepLine = nullptr);

    int rows() const { return m_buffer->rows(); }
    int cols() const { return m_buffer->cols(); }
    // Row 0..rows()-1 of the visible screen.
    const Cell &cell(int row, int col) const { return m_buffer->line(row).cells[col]; }
    const TerminalLine &screenLine(int row) const { return m_buffer->line(row); }

    // Scrollback, capped (default 10,000 lines); the alternate screen adds none.
    int scrollbackSize() const { return m_history.size(); }
    int scrollbackCapacity() const { return m_history.capacity(); }
    void setScrollbackCapacity(int lines) { m_history.setCapacity(lines); }
    // Lines dropped from the front of the scrollback so far: a line index plus
    // this stays the same line while output scrolls.
    qint64 droppedLines() const { return m_history.dropped(); }
    // Lines that went into the scrollback so far (dropped from it since or not).
    qint64 scrolledOffLines() const { return scrollbackSize() + droppedLines(); }

    // Lines over scrollback and screen (see TextPos): lineCount() of them.
    int lineCount() const { return scrollbackSize() + rows(); }
    // Copies line `index` with at least cols() cells into `out`.
    void line(int index, TerminalLine &out) const;
    QString lineText(int index) const;
    // Whether line `index` runs on into the next (a soft wrap, not a line break).
    bool isWrapped(int index) const;
    // The first and last lines of the wrapped line that holds line `index`.
    std::pair<int, int> logicalLine(int index) const;
    // The text from `from` to `to` (exclusive), lines joined by '\n'
    // without trailing blanks, and wrapped lines joined as they were
    // written: what a selection copies.
    QString text(TextPos from, TextPos to) const;
    // A web or mail address in the output: where it is (it may run on over a
    // soft wrap) and what it says, without the punctuation that ends a sentence.
    // Or a hyperlink the program made (OSC 8): then `url` is the target it
    // named, which the text shown need not resemble. Or a file path.
    struct Link
    {
        enum class Kind { Address, Hyperlink, Path };
        TextMatch range;
        QString url; // the path, for a Path
        Kind kind = Kind::Address;
        friend bool operator==(const Link &, const Link &) = default;
    };
    // The target of an OSC 8 hyperlink (Cell::link); empty for 0 or an id not known.
    QString hyperlink(std::uint16_t id) const;
    // Longer targets or ids make no link (VTE's limits).
    static constexpr int maxHyperlinkLength = 2083;
    static constexpr int maxHyperlinkIdLength = 250;
    // The link that covers `at`, if one does; with `paths`, an absolute or
    // home-relative file path ("/etc/hosts", "~/notes.txt") is one too.
    std::optional<Link> linkAt(TextPos at, bool paths = false) const;
    // The next match at or after `from` (before it when backward), wrapping
    // around the ends once; a match may run on over a soft wrap.
    std::optional<TextMatch> search(const QString &needle, TextPos from, bool backward = false,
                                    Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    TextPos cursor() const { return {m_cursorRow, m_cursorCol}; } // line = screen row
    bool cursorVisible() const { return m_cursorVisible; }
    bool cursorBlink() const { return m_cursorBlink; }
    QString title() const { return m_title; }
    bool isAltScreen() const { return m_buffer == &m_alt; }
    bool reverseVideo() const { return m_reverseVideo; }
    MouseMode mouseMode() const { return m_mouseMode; }
    // Whether the remote turned on bracketed paste (DECSET 2004).
    bool bracketedPaste() const;
    // The cursor the program asked for (DECSCUSR); Default after a reset, and
    // for a blinking block, the shape of "CSI 0 SP q" too (libvterm reports
    // both alike): the view draws the user's shape then.
    enum class CursorShape { Default, Block, Underline, Bar };
    CursorShape cursorShape() const { return m_cursorShape; }
    // Synchronized output (DECSET 2026): how long a view should still hold its
    // frame, in milliseconds; 0 when the program is not drawing one, or when it
    // took longer than synchronizedTimeoutMs to finish it.
    int synchronizedWaitMs() const;
    static constexpr int synchronizedTimeoutMs = 150;

    // Rows changed since clearDamage(); all of them after a scroll.
    bool isRowDirty(int row) const { return m_allDirty || m_dirty[row]; }
    bool isAllDirty() const { return m_allDirty; }
    void clearDamage();

    void sendKey(Key key, Modifiers mods = NoModifier);
    void sendChar(char32_t ch, Modifiers mods = NoModifier);
    void sendText(const QString &text);
    // Pasted text with line breaks as Enter, wrapped in ESC[200~ … ESC[201~
    // when bracketed paste is on.
    void paste(const QString &text);
    void sendMouseMove(int row, int col, Modifiers mods);
    void sendMouseButton(int button, bool pressed, Modifiers mods);
    // Whether the view has the keyboard focus: reported to a program that asked (DECSET 1004).
    void setFocused(bool focused);

Q_SIGNALS:
    void outputReady(const QByteArray &bytes);
    void titleChanged(const QString &title);
    void bell();
    // At most once per feed(); the view repaints on a timer.
    void damaged();
    void altScreenChanged(bool alt);

private:
    friend struct TerminalStateEvents::Handlers;

    void markDirty(int row) { m_dirty[row] = 1; m_damage = true; }
    void markAllDirty() { m_allDirty = true; m_damage = true; }
    void dropGlyphRun() { m_run.row = -1; } // see GlyphRun
    Cell blank() const;
    void emitOutput(const char *bytes, std::size_t len);
    void send(const QByteArray &bytes);
    struct LinePlace;
    LinePlace placeOf(int line) const;
    int lineAt(const LinePlace &place) const;
    int rowLength(int line) const;
    void resizePrimary(int rows, int cols, bool colsChanged);
    void resizeAlt(int rows, int cols);
    void fitRows(std::vector<TerminalLine> &lines, int rows, int cols, int &cursorRow, bool primary);
    void keepCursorInScreen();
    bool atPendingWrap() const;
    // Bytes of our own to libvterm, outside feed()'s pieces (every such write goes here).
    void writeToVterm(const QByteArray &bytes);
    void setDecModes(std::span<const int> modes, bool set);
    void answerDecRequest(int mode);
    void resetForColumnMode();
    // OSC 8: "params;target" starts a hyperlink for what is printed next, an empty target ends it.
    void setHyperlink(std::string_view paramsAndTarget);
    // When every id is taken: keeps only the links some cell still shows, renumbered.
    void reclaimHyperlinks();
    // The OSC 8 link at `at` in the rows of its wrapped line (`lines`, the first being line `first`).
    std::optional<Link> hyperlinkAt(const std::vector<TerminalLine> &lines, int first, TextPos at) const;

    VTerm *m_vt = nullptr;
    VTermState *m_state = nullptr;
    std::unique_ptr<TerminalInput> m_input;
    ScreenBuffer m_primary;
    ScreenBuffer m_alt;
    ScreenBuffer *m_buffer = &m_primary;
    Scrollback m_history;
    Cell m_pen;

    std::vector<std::uint8_t> m_dirty;
    bool m_allDirty = true;
    bool m_damage = false;

    int m_cursorRow = 0;
    int m_cursorCol = 0;
    bool m_cursorVisible = true;
    bool m_cursorBlink = true;
    bool m_reverseVideo = false;
    MouseMode m_mouseMode = MouseMode::None;
    QString m_title;

    bool m_inFeed = false;
    bool m_titlePending = false;
    bool m_altPending = false;
    int m_bellsPending = 0;
    QByteArray m_pendingOutput;
    QByteArray m_held; // the start of an OSC string or UTF-8 character, for the next feed()
    CsiGuard m_guard;
    int m_lastGlyphWidth = 0;   // what libvterm's REP would advance by; 0 before any glyph
    // The last glyph written, to tell a soft wrap (the next glyph starts the
    // next row) from a line break: libvterm 0.1.4 does not say which it was.
    int m_glyphRow = -1;        // -1 once the cursor moved elsewhere
    int m_glyphEnd = 0;         // the column after it
    int m_glyphCursorCol = 0;   // where libvterm left the cursor after it
    // The cells of the row the last glyph went to, and the column the next is
    // expected at (after it, or where a carriage return put the cursor): a glyph
    // there is written without looking the row up again (putglyph's fast path;
    // libvterm calls it for every character). A scroll looks the row's line up
    // again; anything else that moves lines or the cursor off the row drops it
    // (row -1). Valid only within one feed().
    struct GlyphRun
    {
        Cell *cells = nullptr;
        int *used = nullptr;
        int row = -1;
        int cols = 0;
        int next = 0;
    } m_run;
    // The primary screen's cursor while the alternate one is shown (what
    // leaving it restores), moved along when a resize reflows the primary.
    int m_primaryCursorRow = 0;
    int m_primaryCursorCol = 0;
    bool m_primaryCursorMoved = false;
    bool m_restorePrimaryCursor = false;

    // DEC modes libvterm 0.1.4 does not keep (see CsiGuard).
    bool m_leftRightMargins = false; // DECLRMM ?69, for DECCOLM's margin reset
    bool m_synchronized = false;     // ?2026
    QElapsedTimer m_synchronizedSince;
    CursorShape m_cursorShape = CursorShape::Default;
    // OSC 8 targets by Cell::link - 1, and the ids of those seen (by id parameter and target).
    std::vector<QString> m_hyperlinks;
    QHash<QString, std::uint16_t> m_hyperlinkIds;
    std::size_t m_hyperlinkBytes = 0; // what the two hold, about
    static constexpr std::size_t kMaxHyperlinkBytes = 16 * 1024 * 1024;
    int m_linksBeforeReclaim = 0; // new links turned away before the next reclaim
};

} // namespace wb
