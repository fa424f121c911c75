#include "widgets/terminal/TerminalView.h"

#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/PasteConfirmDialog.h"
#include "widgets/terminal/TerminalFindBar.h"
#include "widgets/terminal/TerminalMouse.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>

#include <climits>
#include <cmath>
#include <utility>

namespace wb {

namespace {
constexpr int kMargin = 4; // pixels left of and above the grid
}

TerminalView::TerminalView(TerminalScreen *screen, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(screen)
    , m_scroll(screen)
    , m_selection(screen)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setFrameShape(QFrame::NoFrame);
    // A little air between the window edge and the first column, in the
    // terminal's own background rather than the window's grey.
    setViewportMargins(kMargin, kMargin, 0, 0);
    setAutoFillBackground(true);
    QPalette margins = palette();
    margins.setColor(QPalette::Window, m_renderer.background());
    setPalette(margins);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always on: a bar that came and went with the first scrollback line
    // would change the column count under a running program.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setMouseTracking(true); // links under the mouse; ?1003 move reports
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);

    const QFont font = m_settings.font();
    m_defaultPointSize = font.pointSizeF();
    m_renderer.setFont(font);

    connect(&m_pacer, &FramePacer::frameDue, this, &TerminalView::flushFrame);
    m_synchronizedHold = new QTimer(this);
    m_synchronizedHold->setSingleShot(true);
    connect(m_synchronizedHold, &QTimer::timeout, this, &TerminalView::flushFrame);
    connect(screen, &TerminalScreen::damaged, &m_pacer, &FramePacer::changed);

    m_findBar = new TerminalFindBar(screen, viewport());
    connect(m_findBar, &TerminalFindBar::found, this, &TerminalView::scrollToLine);
    connect(m_findBar, &TerminalFindBar::matchChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_findBar, &TerminalFindBar::closed, this, [this] { setFocus(Qt::OtherFocusReason); });
    connect(&m_blink, &TerminalBlink::toggled, this, &TerminalView::repaintBlinking);
    m_scrolledOffAtFrame = screen->scrolledOffLines();
    updateScrollBar();
}

TerminalView::~TerminalView() = default;

void TerminalView::applySettings(const TerminalSettings &settings)
{
    const QFont font = settings.font();
    const bool fontChanged = font != m_settings.font();
    m_settings = settings;
    m_renderer.setColorScheme(TerminalColorScheme::byId(settings.colorScheme));
    m_renderer.setCursorShape(settings.cursorShape);
    QPalette margins = palette();
    margins.setColor(QPalette::Window, m_renderer.background());
    setPalette(margins);
    if (m_screen) {
        m_screen->setScrollbackCapacity(settings.scrollbackLines); // the newest lines stay
        updateScrollBar();
    }
    if (fontChanged) {
        m_defaultPointSize = font.pointSizeF();
        setTerminalFont(font);
    }
    updateBlinking();
    viewport()->update();
}

void TerminalView::setTerminalFont(const QFont &font)
{
    m_renderer.setFont(font);
    updateGrid();
    updateGeometry();
    viewport()->update();
}

QSize TerminalView::sizeForGrid(int rows, int cols) const
{
    const int frame = 2 * frameWidth();
    return {int(std::ceil(cols * m_renderer.cellWidth())) + verticalScrollBar()->sizeHint().width() + frame + kMargin,
            rows * m_renderer.cellHeight() + frame + kMargin};
}

void TerminalView::updateGrid()
{
    if (!m_screen)
        return;
    const int rows = std::max(1, viewport()->height() / m_renderer.cellHeight());
    const int cols = std::max(1, int(viewport()->width() / m_renderer.cellWidth()));
    if (rows != m_screen->rows() || cols != m_screen->cols()) {
        const bool reflows = cols != m_screen->cols();
        // Scrolled back, the first line shown stays on its text through a reflow.
        const bool following = m_scroll.isFollowing();
        int top = topLine();
        m_screen->resize(rows, cols, following ? nullptr : &top);
        if (!following)
            m_scroll.setTopLine(top);
        if (reflows) {
            // Their lines and columns name other text now.
            m_selection.clear();
            m_findBar->forgetMatch();
        }
        updateScrollBar();
        viewport()->update();
        // A reflow or a taller screen moves lines in or out of the scrollback: that is no flood.
        m_scrolledOffAtFrame = m_screen->scrolledOffLines();
        Q_EMIT sizeChanged(rows, cols);
    }
}

int TerminalView::topLine() const
{
    return m_screen ? m_scroll.topLine() : 0;
}

void TerminalView::updateScrollBar()
{
    if (!m_screen)
        return;
    m_settingScrollBar = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, m_screen->scrollbackSize());
    bar->setPageStep(m_screen->rows());
    bar->setSingleStep(1);
    bar->setValue(topLine());
    m_settingScrollBar = false;
}

void TerminalView::scrollContentsBy(int, int)
{
    if (m_settingScrollBar || !m_screen)
        return;
    m_scroll.setTopLine(verticalScrollBar()->value());
    viewport()->update();
}

void TerminalView::scrollToBottom()
{
    if (!m_scroll.follow())
        return;
    updateScrollBar();
    viewport()->update();
}

void TerminalView::scrollToLine(int line)
{
    if (!m_scroll.reveal(line, m_screen->rows()))
        return;
    updateScrollBar();
    viewport()->update();
}

void TerminalView::flushFrame()
{
    if (!m_screen)
        return;
    // A program drawing a frame (synchronized output) is shown when it is done,
    // never half drawn; one that never says so, after a short wait.
    if (const int wait = m_screen->synchronizedWaitMs(); wait > 0) {
        m_synchronizedHold->start(wait);
        return;
    }
    m_synchronizedHold->stop(); // the frame ended in time
    m_framePending = true;
    const qint64 scrolledOff = m_screen->scrolledOffLines();
    m_pacer.setFlooding(scrolledOff - m_scrolledOffAtFrame >= m_screen->rows());
    m_scrolledOffAtFrame = scrolledOff;
    updateScrollBar();
    if (m_link)
        hoverLink(m_mousePos, QApplication::keyboardModifiers()); // the output under the mouse changed
    if (m_scroll.isFollowing() && !m_screen->isAllDirty()) {
        QRegion dirty;
        const int ch = m_renderer.cellHeight();
        for (int r = 0; r < m_screen->rows(); ++r)
            if (m_screen->isRowDirty(r))
                dirty += QRect(0, r * ch, viewport()->width(), ch);
        viewport()->update(dirty);
    } else {
        viewport()->update();
    }
    m_screen->clearDamage();
}

LineDecorations TerminalView::decorationsFor(int line) const
{
    LineDecorations d;
    if (const auto selected = m_selection.range()) {
        const auto [a, b] = *selected;
        if (line >= a.line && line <= b.line) {
            d.selectionFrom = line == a.line ? a.col : 0;
            d.selectionTo = line == b.line ? b.col : INT_MAX;
        }
    }
    if (const auto match = m_findBar->match()) {
        const auto [a, b] = *match;
        if (line >= a.line && line <= b.line) { // a match may run on over a wrap
            d.matchFrom = line == a.line ? a.col : 0;
            d.matchTo = line == b.line ? b.col : INT_MAX;
        }
    }
    if (m_link && line >= m_link->range.start.line && line <= m_link->range.end.line) {
        d.linkFrom = line == m_link->range.start.line ? m_link->range.start.col : 0;
        d.linkTo = line == m_link->range.end.line ? m_link->range.end.col : INT_MAX;
    }
    const int history = m_screen->scrollbackSize();
    if (m_screen->cursorVisible() && line == history + m_screen->cursor().line) {
        d.cursorFocused = hasFocus();
        if (!d.cursorFocused || m_blink.isOn() || !cursorBlinksNow())
            d.cursorCol = m_screen->cursor().col;
    }
    d.blinkHidden = !m_blink.isOn();
    return d;
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    const bool frame = std::exchange(m_framePending, false);
    if (frame)
        m_pacer.paintStarted(); // a blink or a selection is not output: it leaves the pacing alone
    QPainter p(viewport());
    if (!m_screen) {
        p.fillRect(event->rect(), m_renderer.background());
        return;
    }
    m_renderer.setCursorShape(cursorShape());
    m_renderer.paintScreen(p, event->region(), *m_screen, topLine(), [this](int line) { return decorationsFor(line); },
                           m_scratch, m_blinkingRows);
    if (frame)
        m_pacer.paintFinished();
    updateBlinking(); // blinking text may have come or gone
    Q_EMIT framePainted();
}

void TerminalView::noteInput()
{
    m_sinceKey.start();
    m_pacer.inputSent();
    updateBlinking();
    m_blink.restartPhase(); // the cursor stays shown while typing
}

void TerminalView::showBlinkingParts()
{
    m_blink.restartPhase();
    viewport()->repaint();
}

int TerminalView::cursorViewRow() const
{
    return m_screen->scrollbackSize() + m_screen->cursor().line - topLine();
}

bool TerminalView::cursorBlinks() const
{
    return m_settings.blink && m_screen && m_screen->cursorBlink();
}

bool TerminalView::cursorBlinksNow() const
{
    // The cursor blinks while it is in view and for a while after the last key (as GTK's
    // cursor-blink-timeout): an idle terminal paints nothing.
    if (!cursorBlinks() || !m_screen->cursorVisible() || !hasFocus())
        return false;
    const int cursorRow = cursorViewRow();
    return cursorRow >= 0 && cursorRow < m_screen->rows() && m_sinceKey.isValid() && m_sinceKey.elapsed() < kCursorBlinkMs;
}

void TerminalView::updateBlinking()
{
    const bool cursor = cursorBlinksNow();
    const bool text = m_settings.blink && std::find(m_blinkingRows.begin(), m_blinkingRows.end(), 1) != m_blinkingRows.end();
    m_blink.setRunning((cursor || text) && isVisible() && isActiveWindow());
}

void TerminalView::repaintBlinking()
{
    if (!m_screen)
        return;
    if (m_screen->synchronizedWaitMs() > 0) {
        updateBlinking();
        return; // the program is drawing a frame: nothing of it is shown before it ends
    }
    QRegion rows;
    const int ch = m_renderer.cellHeight();
    for (std::size_t r = 0; r < m_blinkingRows.size(); ++r)
        if (m_blinkingRows[r])
            rows += QRect(0, int(r) * ch, viewport()->width(), ch);
    const int cursorRow = cursorViewRow();
    if (cursorRow >= 0 && cursorRow < m_screen->rows())
        rows += QRect(0, cursorRow * ch, viewport()->width(), ch);
    viewport()->update(rows);
    updateBlinking(); // hidden, or the window went inactive without telling this view
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGrid();
    m_findBar->place();
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_screen)
        return;
    if (TerminalMouse::isReported(m_screen, event->modifiers()))
        return;
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("Copy"), this, &TerminalView::copy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(hasSelection());
    QAction *pasteAction = menu.addAction(tr("Paste"), this, &TerminalView::paste);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(!QApplication::clipboard()->text().isEmpty());
    menu.addAction(tr("Select All"), this, &TerminalView::selectAll)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menu.addSeparator();
    menu.addAction(tr("Find…"), this, &TerminalView::showFindBar)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    menu.addSeparator();
    menu.addAction(tr("Zoom In"), this, &TerminalView::zoomIn)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    menu.addAction(tr("Zoom Out"), this, &TerminalView::zoomOut)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    menu.addAction(tr("Reset Zoom"), this, &TerminalView::resetZoom)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    menu.exec(event->globalPos());
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_screen)
        m_screen->setFocused(true);
    m_sinceKey.start();
    updateBlinking();
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    if (m_screen)
        m_screen->setFocused(false);
    updateBlinking();
    viewport()->update();
}

TerminalCursorShape TerminalView::cursorShape() const
{
    switch (m_screen ? m_screen->cursorShape() : TerminalScreen::CursorShape::Default) {
    case TerminalScreen::CursorShape::Block: return TerminalCursorShape::Block;
    case TerminalScreen::CursorShape::Underline: return TerminalCursorShape::Underline;
    case TerminalScreen::CursorShape::Bar: return TerminalCursorShape::Bar;
    case TerminalScreen::CursorShape::Default: break;
    }
    return m_settings.cursorShape;
}

QString TerminalView::selectedText() const
{
    return m_screen ? m_selection.text() : QString();
}

void TerminalView::updateSelectionClipboard()
{
    QClipboard *clipboard = QApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::copy()
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void TerminalView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void TerminalView::pasteSelection()
{
    QClipboard *clipboard = QApplication::clipboard();
    const QString selection = clipboard->supportsSelection() ? clipboard->text(QClipboard::Selection) : QString();
    pasteText(selection.isEmpty() ? clipboard->text() : selection);
}

void TerminalView::pasteText(const QString &text)
{
    if (!m_screen || text.isEmpty())
        return;
    if (m_settings.confirmPaste && !m_screen->bracketedPaste() && TerminalInput::pasteHasLineBreakOrControl(text)
        && !PasteConfirmDialog::confirm(text, this))
        return;
    if (!m_screen)
        return; // the session went while the question was open
    noteInput();
    m_screen->paste(text);
    scrollToBottom();
}

void TerminalView::hoverLink(std::optional<QPoint> pos, Qt::KeyboardModifiers mods)
{
    std::optional<TerminalScreen::Link> link;
    if (pos && m_screen && !TerminalMouse::isReported(m_screen, mods))
        link = m_screen->linkAt(posAt(*pos, false), m_opensPaths);
    if (link == m_link)
        return;
    m_link = link;
    viewport()->setCursor(m_link ? Qt::PointingHandCursor : Qt::IBeamCursor);
    QString tip;
    if (m_link) {
        const LinkUse use = linkUse(*m_link);
        const QString where = use == LinkUse::Files ? filesPath(*m_link) : m_link->url; // a hyperlink's target, whatever its text says
        switch (use) {
        case LinkUse::Browser: tip = tr("%1\nCtrl+click to open").arg(where); break;
        case LinkUse::Files: tip = tr("%1\nCtrl+click to show it in a Files tab").arg(where); break;
        case LinkUse::Refused: tip = tr("%1\nNot opened from a terminal: only web and mail addresses are").arg(where); break;
        }
    }
    // As plain text: a target or the text of a link is the program's, and may look like HTML.
    viewport()->setToolTip(tip.isEmpty() ? tip : Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
    viewport()->update();
}

void TerminalView::selectAll()
{
    if (!m_screen)
        return;
    m_selection.selectAll();
    updateSelectionClipboard();
    viewport()->update();
}

void TerminalView::clearSelection()
{
    m_selection.clear();
    viewport()->update();
}

void TerminalView::showFindBar()
{
    m_findBar->activate();
}

bool TerminalView::find(const QString &text, bool backward)
{
    return m_findBar->find(text, backward); // the bar checks the screen
}

void TerminalView::setFontSize(qreal points)
{
    QFont font = m_renderer.font();
    font.setPointSizeF(std::clamp(points, 4.0, 72.0));
    setTerminalFont(font);
}

void TerminalView::zoomIn()
{
    setFontSize(m_renderer.font().pointSizeF() + 1);
}

void TerminalView::zoomOut()
{
    setFontSize(m_renderer.font().pointSizeF() - 1);
}

void TerminalView::resetZoom()
{
    setFontSize(m_defaultPointSize);
}

} // namespace wb
