#pragma once

#include "core/terminal/FramePacer.h"
#include "core/terminal/TerminalScreen.h"
#include "core/terminal/TerminalScrollPosition.h"
#include "core/terminal/TerminalSelection.h"
#include "widgets/terminal/TerminalBlink.h"
#include "widgets/terminal/TerminalRenderer.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace wb {

class TerminalFindBar;

// Shows a TerminalScreen and types into it: xterm keys, mouse selection with
// copy and paste (Ctrl+Shift+C / Ctrl+Shift+V, bracketed when the remote asks),
// scrollback (scroll bar, wheel, Shift+PgUp/PgDn), a find bar (Ctrl+Shift+F)
// and zoom (Ctrl+= / Ctrl+- / Ctrl+0). The screen is not owned and must
// outlive the view. Output is painted from a timer, one frame per batch of
// feeds, and only the rows that changed when nothing scrolled.
class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalView(TerminalScreen *screen, QWidget *parent = nullptr);
    ~TerminalView() override;

    TerminalScreen *screen() const { return m_screen; }

    // Font, colours, scrollback and cursor from Preferences; a zoomed view keeps its zoom
    // unless the font itself changed.
    void applySettings(const TerminalSettings &settings);
    const TerminalSettings &settings() const { return m_settings; }
    QColor backgroundColor() const { return m_renderer.background(); }
    // The cursor drawn: the program's (DECSCUSR) where it chose one, else the settings'.
    TerminalCursorShape cursorShape() const;
    void setTerminalFont(const QFont &font);
    QFont terminalFont() const { return m_renderer.font(); }
    QSizeF cellSize() const { return {m_renderer.cellWidth(), qreal(m_renderer.cellHeight())}; }
    // The widget size that shows exactly rows x cols cells.
    QSize sizeForGrid(int rows, int cols) const;

    bool hasSelection() const { return !m_selection.isEmpty(); }
    QString selectedText() const;
    // The first visible line, over scrollback and screen (see TextPos).
    int topLine() const;
    bool isFollowingOutput() const { return m_scroll.isFollowing(); }
    // Searches from the current match (or the bottom) and scrolls to the hit.
    bool find(const QString &text, bool backward = true);
    // The link under the mouse, underlined: an address, a hyperlink's target, a path (see linkUse).
    QString hoveredLink() const { return m_link ? m_link->url : QString(); }
    // File paths in the output are links too (Ctrl+click: openPathRequested), and so
    // are file: hyperlinks (ls --hyperlink). Off: paths are text, file: links refused.
    void setOpensPaths(bool on) { m_opensPaths = on; }
    // What Ctrl+click on a link does: web and mail addresses go to the desktop's browser
    // (not a mailto: that attaches a file), paths and file: links to openPathRequested,
    // anything else nowhere.
    enum class LinkUse { Browser, Files, Refused };
    LinkUse linkUse(const TerminalScreen::Link &link) const;
    // The path a Files link names: a path as written, or a file: link's path.
    static QString filesPath(const TerminalScreen::Link &link);
    // Blinking text and cursor: whether they blink now, and whether they are shown at this moment.
    bool isBlinking() const { return m_blink.isRunning(); }
    bool isBlinkPhaseOn() const { return m_blink.isOn(); }

public Q_SLOTS:
    void copy();
    void paste();
    // The mouse selection (X11's primary selection, as xterm's Shift+Insert), or the
    // clipboard where the platform has no selection.
    void pasteSelection();
    void selectAll();
    void clearSelection();
    void showFindBar();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void scrollToBottom();
    // Blinking text and cursor shown now, for a whole phase (a screenshot catches them).
    void showBlinkingParts();

Q_SIGNALS:
    // The grid changed; the session sends the window-change to the pty.
    void sizeChanged(int rows, int cols);
    // A paint of the viewport finished (for timing it).
    void framePainted();
    // A file path was Ctrl+clicked (see setOpensPaths), as written: "/etc/hosts", "~/notes".
    void openPathRequested(const QString &path);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

private:
    void flushFrame();
    void updateGrid();
    void updateScrollBar();
    void setFontSize(qreal points);
    bool handleShortcut(QKeyEvent *event);
    // The line over scrollback and screen, and the column, under `pos`.
    TextPos posAt(const QPoint &pos, bool roundToNearest) const;
    LineDecorations decorationsFor(int line) const;
    void scrollToLine(int line);
    void updateSelectionClipboard();
    void hoverLink(std::optional<QPoint> pos, Qt::KeyboardModifiers mods);
    // Ctrl+click: web and mail addresses to the desktop (a hyperlink whose text is not its
    // target only after showing the target), paths to openPathRequested.
    void openLink(const TerminalScreen::Link &link);
    void pasteText(const QString &text);
    // Runs the blink while the window is active and blinking text is shown or a blinking cursor has focus.
    void updateBlinking();
    void repaintBlinking();
    int cursorViewRow() const;    // the cursor's row in the view (outside 0..rows-1: scrolled out of it)
    bool cursorBlinks() const;    // the setting and the program allow it
    bool cursorBlinksNow() const; // and it is focused, in view, and a key came lately
    // A key, a paste or a character from the input method went to the program.
    void noteInput();

    QPointer<TerminalScreen> m_screen;
    QTimer *m_synchronizedHold = nullptr; // paints a frame the program never finished
    TerminalRenderer m_renderer;
    TerminalFindBar *m_findBar = nullptr;
    FramePacer m_pacer;
    qreal m_defaultPointSize = 10;
    TerminalSettings m_settings;

    TerminalScrollPosition m_scroll;
    bool m_settingScrollBar = false;

    TerminalSelection m_selection;
    std::optional<TerminalScreen::Link> m_link; // under the mouse
    std::optional<QPoint> m_mousePos;           // in the viewport, while the mouse is over it
    bool m_opensPaths = false;
    bool m_framePending = false; // the next paint is a frame of output, timed for the pacer
    qint64 m_scrolledOffAtFrame = 0; // lines into the scrollback by the last frame: a screenful more is a flood
    TerminalLine m_scratch;
    TerminalBlink m_blink;
    QElapsedTimer m_sinceKey; // the cursor blinks for kCursorBlinkMs after a key, or focus coming in
    static constexpr int kCursorBlinkMs = 10000;
    std::vector<std::uint8_t> m_blinkingRows; // by view row, as last painted
};

} // namespace wb
