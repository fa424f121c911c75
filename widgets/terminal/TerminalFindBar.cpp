#include "widgets/terminal/TerminalFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace wb {

TerminalFindBar::TerminalFindBar(TerminalScreen *screen, QWidget *viewport)
    : QFrame(viewport)
    , m_screen(screen)
    , m_search(screen)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_edit->setPlaceholderText(tr("Find in terminal"));
    m_edit->setClearButtonEnabled(true);

    auto *older = new QToolButton(this);
    older->setArrowType(Qt::UpArrow);
    older->setToolTip(tr("Find older (Enter)"));
    auto *newer = new QToolButton(this);
    newer->setArrowType(Qt::DownArrow);
    newer->setToolTip(tr("Find newer (Shift+Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(older);
    layout->addWidget(newer);
    layout->addWidget(close);
    setFocusProxy(m_edit);

    // Typing looks again from the match in view, so the match grows in place.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        find(text, true, true);
    });
    connect(older, &QToolButton::clicked, this, [this] { find(text(), true, false); });
    connect(newer, &QToolButton::clicked, this, [this] { find(text(), false, false); });
    connect(close, &QToolButton::clicked, this, &TerminalFindBar::dismiss);
    hide();
}

QString TerminalFindBar::text() const
{
    return m_edit->text();
}

void TerminalFindBar::activate()
{
    place();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void TerminalFindBar::place()
{
    const QWidget *viewport = parentWidget();
    const int width = std::min(viewport->width() - 8, std::max(sizeHint().width(), 320));
    resize(std::max(width, 100), sizeHint().height());
    move(viewport->width() - this->width() - 4, 4);
}

bool TerminalFindBar::find(const QString &text, bool backward, bool fromCurrent)
{
    if (!m_screen)
        return false;
    const std::optional<TextMatch> hit = m_search.find(text, backward, fromCurrent);
    m_status->setText(!hit && !text.isEmpty() ? tr("Not found") : QString());
    if (hit)
        Q_EMIT found(hit->start.line);
    Q_EMIT matchChanged();
    return hit.has_value();
}

void TerminalFindBar::forgetMatch()
{
    m_search.clear();
    Q_EMIT matchChanged();
}

void TerminalFindBar::dismiss()
{
    hide();
    forgetMatch();
    Q_EMIT closed();
}

void TerminalFindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        dismiss();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        find(text(), !(event->modifiers() & Qt::ShiftModifier), false);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace wb
