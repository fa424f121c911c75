// TerminalView: keyboard and mouse.
#include "widgets/terminal/TerminalView.h"

#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalFindBar.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QScrollBar>

#include <cmath>
#include <cstring>

namespace wb {

namespace {

TerminalScreen::Modifiers modifiersOf(Qt::KeyboardModifiers mods)
{
    TerminalScreen::Modifiers m;
    if (mods & Qt::ShiftModifier)
        m |= TerminalScreen::Shift;
    if (mods & Qt::AltModifier)
        m |= TerminalScreen::Alt;
    if (mods & Qt::ControlModifier)
        m |= TerminalScreen::Ctrl;
    return m;
}

enum class Shortcut { None, Copy, Paste, Find, SelectAll, ZoomIn, ZoomOut, ZoomReset, PageUp, PageDown, Top, Bottom };

Shortcut shortcutOf(const QKeyEvent *e)
{
    const auto mods = e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = e->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_C: return Shortcut::Copy;
        case Qt::Key_V: return Shortcut::Paste;
        case Qt::Key_F: return Shortcut::Find;
        case Qt::Key_A: return Shortcut::SelectAll;
        default: break;
        }
    }
    // Ctrl and the key that has '+' over '=' or the keypad: with or without Shift.
    if ((mods & ~Qt::ShiftModifier) == Qt::ControlModifier) {
        switch (key) {
        case Qt::Key_Equal: case Qt::Key_Plus: return Shortcut::ZoomIn;
        case Qt::Key_Minus: return Shortcut::ZoomOut;
        case Qt::Key_0: return Shortcut::ZoomReset;
        default: break;
        }
    }
    if (mods == Qt::ShiftModifier) {
        switch (key) {
        case Qt::Key_Insert: return Shortcut::Paste;
        case Qt::Key_PageUp: return Shortcut::PageUp;
        case Qt::Key_PageDown: return Shortcut::PageDown;
        case Qt::Key_Home: return Shortcut::Top;
        case Qt::Key_End: return Shortcut::Bottom;
        default: break;
        }
    }
    return Shortcut::None;
}

bool isWordChar(char32_t c)
{
    if (c == 0 || c == U' ')
        return false;
    if (c > 0x7f)
        return true;
    return std::isalnum(int(c)) || std::strchr("-_.~/:@%+#=", int(c));
}

} // namespace

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys belong to the remote program (Ctrl+N, Ctrl+E, Alt+F are shell
        // keys), so they win over the application's shortcuts; only Ctrl+Shift
        // combinations the terminal does not use are left to the application.
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers();
        const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
        if (shortcutOf(key) != Shortcut::None || !ctrlShift) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::focusNextPrevChild(bool next)
{
    // Tab is a key for the shell (completion), not a way out of the terminal;
    // only inside the find bar does it move focus.
    if (m_findBar->isVisible() && m_findBar->isAncestorOf(QApplication::focusWidget()))
        return QAbstractScrollArea::focusNextPrevChild(next);
    return false;
}

bool TerminalView::handleShortcut(QKeyEvent *event)
{
    const int rows = m_screen->rows();
    QScrollBar *bar = verticalScrollBar();
    const Shortcut shortcut = shortcutOf(event);
    if (shortcut >= Shortcut::PageUp)
        updateScrollBar(); // output since the last frame may have grown the range
    switch (shortcut) {
    case Shortcut::None: return false;
    case Shortcut::Copy: copy(); break;
    case Shortcut::Paste: paste(); break;
    case Shortcut::Find: showFindBar(); break;
    case Shortcut::SelectAll: selectAll(); break;
    case Shortcut::ZoomIn: zoomIn(); break;
    case Shortcut::ZoomOut: zoomOut(); break;
    case Shortcut::ZoomReset: resetZoom(); break;
    case Shortcut::PageUp: bar->setValue(bar->value() - std::max(1, rows - 1)); break;
    case Shortcut::PageDown: bar->setValue(bar->value() + std::max(1, rows - 1)); break;
    case Shortcut::Top: bar->setValue(0); break;
    case Shortcut::Bottom: scrollToBottom(); break;
    }
    return true;
}

bool TerminalView::forwardKey(QKeyEvent *event)
{
    using K = TerminalScreen::Key;
    const TerminalScreen::Modifiers mods = modifiersOf(event->modifiers());
    const int key = event->key();
    std::optional<K> special;
    switch (key) {
    case Qt::Key_Return: case Qt::Key_Enter: special = K::Enter; break;
    case Qt::Key_Tab: special = K::Tab; break;
    case Qt::Key_Backtab: m_screen->sendKey(K::Tab, mods | TerminalScreen::Shift); return true;
    case Qt::Key_Backspace: special = K::Backspace; break;
    case Qt::Key_Escape: special = K::Escape; break;
    case Qt::Key_Up: special = K::Up; break;
    case Qt::Key_Down: special = K::Down; break;
    case Qt::Key_Left: special = K::Left; break;
    case Qt::Key_Right: special = K::Right; break;
    case Qt::Key_Insert: special = K::Insert; break;
    case Qt::Key_Delete: special = K::Delete; break;
    case Qt::Key_Home: special = K::Home; break;
    case Qt::Key_End: special = K::End; break;
    case Qt::Key_PageUp: special = K::PageUp; break;
    case Qt::Key_PageDown: special = K::PageDown; break;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
            special = K(int(K::F1) + key - Qt::Key_F1);
        break;
    }
    if (special) {
        m_screen->sendKey(*special, mods);
        return true;
    }
    if (mods & TerminalScreen::Ctrl) {
        // The key, not the text: platforms disagree on the text of Ctrl+key.
        char32_t ch = 0;
        if (key >= Qt::Key_A && key <= Qt::Key_Z)
            ch = char32_t(U'a' + (key - Qt::Key_A));
        else if (key >= 0x20 && key < 0x7f)
            ch = char32_t(key);
        if (ch) {
            m_screen->sendChar(ch, mods & ~TerminalScreen::Shift);
            return true;
        }
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).unicode() >= 0x20 && text.at(0).unicode() != 0x7f) {
        if (mods & TerminalScreen::Alt) {
            for (const char32_t c : text.toUcs4())
                m_screen->sendChar(c, TerminalScreen::Alt);
        } else {
            m_screen->sendText(text);
        }
        return true;
    }
    if ((mods & TerminalScreen::Alt) && key >= 0x20 && key < 0x7f) {
        char32_t ch = char32_t(key);
        if (key >= Qt::Key_A && key <= Qt::Key_Z && !(mods & TerminalScreen::Shift))
            ch = char32_t(U'a' + (key - Qt::Key_A));
        m_screen->sendChar(ch, TerminalScreen::Alt);
        return true;
    }
    return false;
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    if (!m_screen) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (handleShortcut(event))
        return;
    if (forwardKey(event)) {
        scrollToBottom(); // typing shows where the answer comes, like xterm
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

TerminalView::Anchor TerminalView::anchorAt(const QPoint &pos, bool roundToNearest) const
{
    const qreal x = pos.x() / m_renderer.cellWidth();
    const int col = std::clamp(int(roundToNearest ? x + 0.5 : x), 0, m_screen->cols());
    const int row = int(std::floor(qreal(pos.y()) / m_renderer.cellHeight()));
    const int line = std::clamp(topLine() + row, 0, m_screen->lineCount() - 1);
    return toAnchor({line, col});
}

bool TerminalView::forwardMouse(QMouseEvent *event, bool pressed, bool move)
{
    // With mouse reporting on, clicks belong to the program (htop, mc);
    // Shift keeps them for selecting, as in xterm.
    if (m_screen->mouseMode() == TerminalScreen::MouseMode::None || (event->modifiers() & Qt::ShiftModifier))
        return false;
    const TerminalScreen::Modifiers mods = modifiersOf(event->modifiers());
    const QPoint pos = event->position().toPoint();
    const int row = std::clamp(pos.y() / m_renderer.cellHeight(), 0, m_screen->rows() - 1);
    const int col = std::clamp(int(pos.x() / m_renderer.cellWidth()), 0, m_screen->cols() - 1);
    m_screen->sendMouseMove(row, col, mods);
    if (!move) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        m_screen->sendMouseButton(button, pressed, mods);
    }
    return true;
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (!m_screen || forwardMouse(event, true, false))
        return;
    if (event->button() == Qt::LeftButton) {
        m_pressAnchor = anchorAt(event->position().toPoint(), true);
        if (m_selection) {
            m_selection.reset();
            viewport()->update();
        }
    } else if (event->button() == Qt::MiddleButton && QApplication::clipboard()->supportsSelection()) {
        const QString text = QApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty()) {
            m_screen->paste(text);
            scrollToBottom();
        }
    }
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_screen || !m_pressAnchor) {
        if (m_screen && m_screen->mouseMode() == TerminalScreen::MouseMode::Move)
            forwardMouse(event, false, true);
        return;
    }
    const QPoint pos = event->position().toPoint();
    // Dragging past the top or bottom edge scrolls, a line per move.
    if (pos.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (pos.y() >= viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    const Anchor here = anchorAt(pos, true);
    if (here != *m_pressAnchor)
        m_selection = Range{std::min(here, *m_pressAnchor), std::max(here, *m_pressAnchor)};
    else
        m_selection.reset();
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_screen && !m_pressAnchor && forwardMouse(event, false, false))
        return;
    m_pressAnchor.reset();
    updateSelectionClipboard();
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_screen || event->button() != Qt::LeftButton || forwardMouse(event, true, false))
        return;
    const TextPos at = toPos(anchorAt(event->position().toPoint(), false));
    TerminalLine line;
    m_screen->line(at.line, line);
    const int cols = int(line.cells.size());
    int from = std::min(at.col, cols - 1);
    if (from > 0 && line.cells[from].width == 0)
        --from;
    if (!isWordChar(line.cells[from].ch))
        return;
    int to = from + 1;
    while (from > 0 && (line.cells[from - 1].width == 0 || isWordChar(line.cells[from - 1].ch)))
        --from;
    while (to < cols && (line.cells[to].width == 0 || isWordChar(line.cells[to].ch)))
        ++to;
    m_pressAnchor.reset();
    m_selection = Range{toAnchor({at.line, from}), toAnchor({at.line, to})};
    updateSelectionClipboard();
    viewport()->update();
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    if (!m_screen)
        return;
    const int steps = event->angleDelta().y() / 40; // three lines a notch
    if (steps == 0) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const bool up = steps > 0;
    if (m_screen->mouseMode() != TerminalScreen::MouseMode::None && !(event->modifiers() & Qt::ShiftModifier)) {
        m_screen->sendMouseButton(up ? 4 : 5, true, modifiersOf(event->modifiers()));
        return;
    }
    if (m_screen->isAltScreen()) {
        // Full-screen programs (less, man) have no scrollback of ours; they
        // scroll when given arrow keys.
        for (int i = 0; i < std::abs(steps); ++i)
            m_screen->sendKey(up ? TerminalScreen::Key::Up : TerminalScreen::Key::Down);
        return;
    }
    updateScrollBar();
    QAbstractScrollArea::wheelEvent(event);
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    // Dead keys and compose sequences (é on a US-international layout)
    // arrive as committed text from the input method.
    if (m_screen && !event->commitString().isEmpty()) {
        m_screen->sendText(event->commitString());
        scrollToBottom();
    }
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle && m_screen) {
        const int row = m_screen->scrollbackSize() + m_screen->cursor().line - topLine();
        return QRect(int(m_screen->cursor().col * m_renderer.cellWidth()), row * m_renderer.cellHeight(),
                     int(m_renderer.cellWidth()), m_renderer.cellHeight());
    }
    if (query == Qt::ImEnabled)
        return true;
    return QAbstractScrollArea::inputMethodQuery(query);
}

} // namespace wb
