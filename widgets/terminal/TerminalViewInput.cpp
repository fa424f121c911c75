// TerminalView: keyboard and mouse.
#include "widgets/terminal/TerminalView.h"

#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalFindBar.h"
#include "widgets/terminal/TerminalKeys.h"
#include "widgets/terminal/TerminalMouse.h"

#include <QApplication>
#include <QDesktopServices>
#include <QUrl>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolTip>
#include <QScrollBar>
#include <QTextDocument>

#include <cmath>

namespace wb {

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys belong to the remote program (Ctrl+N, Ctrl+E, Alt+F are shell
        // keys), so they win over the application's shortcuts; only Ctrl+Shift
        // combinations the terminal does not use are left to the application.
        if (TerminalKeys::claims(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate) {
        if (event->type() == QEvent::WindowActivate)
            m_sinceKey.start();
        updateBlinking(); // blinking only in the window being worked in
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave) {
        m_mousePos.reset();
        hoverLink(std::nullopt, Qt::NoModifier);
    }
    return QAbstractScrollArea::viewportEvent(event);
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
    const TerminalKeys::Shortcut shortcut = TerminalKeys::shortcutOf(event);
    if (shortcut >= TerminalKeys::Shortcut::PageUp)
        updateScrollBar(); // output since the last frame may have grown the range
    switch (shortcut) {
    case TerminalKeys::Shortcut::None: return false;
    case TerminalKeys::Shortcut::Copy: copy(); break;
    case TerminalKeys::Shortcut::Paste: paste(); break;
    case TerminalKeys::Shortcut::PasteSelection: pasteSelection(); break;
    case TerminalKeys::Shortcut::Find: showFindBar(); break;
    case TerminalKeys::Shortcut::SelectAll: selectAll(); break;
    case TerminalKeys::Shortcut::ZoomIn: zoomIn(); break;
    case TerminalKeys::Shortcut::ZoomOut: zoomOut(); break;
    case TerminalKeys::Shortcut::ZoomReset: resetZoom(); break;
    case TerminalKeys::Shortcut::PageUp: bar->setValue(bar->value() - std::max(1, rows - 1)); break;
    case TerminalKeys::Shortcut::PageDown: bar->setValue(bar->value() + std::max(1, rows - 1)); break;
    case TerminalKeys::Shortcut::Top: bar->setValue(0); break;
    case TerminalKeys::Shortcut::Bottom: scrollToBottom(); break;
    }
    return true;
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    if (!m_screen) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (handleShortcut(event))
        return;
    noteInput();
    if (TerminalKeys::send(m_screen, event, m_settings.altSendsEscape)) {
        scrollToBottom(); // typing shows where the answer comes, like xterm
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

TextPos TerminalView::posAt(const QPoint &pos, bool roundToNearest) const
{
    const qreal x = pos.x() / m_renderer.cellWidth();
    const int col = std::clamp(int(roundToNearest ? x + 0.5 : x), 0, m_screen->cols());
    const int row = int(std::floor(qreal(pos.y()) / m_renderer.cellHeight()));
    const int line = std::clamp(topLine() + row, 0, m_screen->lineCount() - 1);
    return {line, col};
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (!m_screen || TerminalMouse::report(m_screen, event, cellSize(), true, false))
        return;
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::ControlModifier) {
        // Ctrl+click opens a link: see linkUse.
        if (const auto link = m_screen->linkAt(posAt(event->position().toPoint(), false), m_opensPaths)) {
            openLink(*link);
            return;
        }
    }
    if (event->button() == Qt::LeftButton) {
        const bool hadSelection = hasSelection();
        m_selection.press(posAt(event->position().toPoint(), true));
        if (hadSelection)
            viewport()->update();
    } else if (event->button() == Qt::MiddleButton && QApplication::clipboard()->supportsSelection()) {
        const QString text = QApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty()) {
            noteInput();
            m_screen->paste(text);
            scrollToBottom();
        }
    }
}

TerminalView::LinkUse TerminalView::linkUse(const TerminalScreen::Link &link) const
{
    using Kind = TerminalScreen::Link::Kind;
    if (link.kind == Kind::Path)
        return LinkUse::Files;
    const QUrl url(link.url); // tolerant: "…?expr=up{job=x}" and "…/100%" are addresses too
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("file"))
        // ls --hyperlink: a file on the session's host, opened over SFTP (the host part,
        // the name the host calls itself, is not checked).
        return link.kind == Kind::Hyperlink && m_opensPaths && url.path().startsWith(QLatin1Char('/')) ? LinkUse::Files
                                                                                                         : LinkUse::Refused;
    static const QStringList web = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"), QStringLiteral("mailto")};
    if (!url.isValid() || !web.contains(scheme))
        return LinkUse::Refused;
    // Some mail programs attach the file a mailto: names ("?attach=~/.ssh/id_rsa").
    if (scheme == QLatin1String("mailto") && url.query(QUrl::FullyDecoded).contains(QLatin1String("attach"), Qt::CaseInsensitive))
        return LinkUse::Refused;
    return LinkUse::Browser;
}

QString TerminalView::filesPath(const TerminalScreen::Link &link)
{
    return link.kind == TerminalScreen::Link::Kind::Path ? link.url : QUrl(link.url).path();
}

void TerminalView::openLink(const TerminalScreen::Link &link)
{
    switch (linkUse(link)) {
    case LinkUse::Refused:
        QToolTip::showText(QCursor::pos(),
                           Qt::convertFromPlainText(tr("Only web and mail addresses open from a terminal, not %1").arg(link.url)),
                           viewport());
        return;
    case LinkUse::Files:
        Q_EMIT openPathRequested(filesPath(link));
        return;
    case LinkUse::Browser: break;
    }
    if (link.kind == TerminalScreen::Link::Kind::Hyperlink) {
        // A program's link may say one thing and go elsewhere: where it goes is shown first,
        // as plain text (the text is the program's, and could be made to look like HTML).
        const QString shown = m_screen->text(link.range.start, link.range.end).simplified();
        if (shown != link.url) {
            QPointer<QMessageBox> question = new QMessageBox(QMessageBox::Question, tr("Open Link"),
                                                             tr("Open this link in the browser?"), QMessageBox::NoButton, this);
            question->setObjectName(QStringLiteral("openLinkQuestion"));
            question->setInformativeText(Qt::convertFromPlainText(tr("It reads “%1” and goes to:\n%2").arg(shown.left(200), link.url)));
            QPushButton *open = question->addButton(tr("&Open"), QMessageBox::AcceptRole);
            question->addButton(QMessageBox::Cancel);
            question->setDefaultButton(open);
            question->exec();
            const bool confirmed = question && question->clickedButton() == open;
            delete question; // (gone already if the view went while it was open)
            if (!confirmed)
                return;
        }
    }
    QDesktopServices::openUrl(QUrl(link.url));
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_screen || !m_selection.isDragging()) {
        if (m_screen && m_screen->mouseMode() == TerminalScreen::MouseMode::Move)
            TerminalMouse::report(m_screen, event, cellSize(), false, true);
        m_mousePos = event->position().toPoint();
        if (event->buttons() == Qt::NoButton)
            hoverLink(m_mousePos, event->modifiers());
        return;
    }
    const QPoint pos = event->position().toPoint();
    // Dragging past the top or bottom edge scrolls, a line per move.
    if (pos.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (pos.y() >= viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    m_selection.dragTo(posAt(pos, true));
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_screen && !m_selection.isDragging() && TerminalMouse::report(m_screen, event, cellSize(), false, false))
        return;
    m_selection.release();
    updateSelectionClipboard();
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_screen || event->button() != Qt::LeftButton || TerminalMouse::report(m_screen, event, cellSize(), true, false))
        return;
    if (!m_selection.selectWord(posAt(event->position().toPoint(), false)))
        return;
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
    if (TerminalMouse::reportWheel(m_screen, event, steps))
        return;
    updateScrollBar();
    QAbstractScrollArea::wheelEvent(event);
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    // Dead keys and compose sequences (é on a US-international layout)
    // arrive as committed text from the input method.
    if (m_screen && !event->commitString().isEmpty()) {
        noteInput();
        m_screen->sendText(event->commitString());
        scrollToBottom();
    }
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle && m_screen) {
        const int row = cursorViewRow();
        return QRect(int(m_screen->cursor().col * m_renderer.cellWidth()), row * m_renderer.cellHeight(),
                     int(m_renderer.cellWidth()), m_renderer.cellHeight());
    }
    if (query == Qt::ImEnabled)
        return true;
    return QAbstractScrollArea::inputMethodQuery(query);
}

} // namespace wb
