#include "widgets/terminal/TerminalFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace wb {

TerminalFindBar::TerminalFindBar(QWidget *parent)
    : QFrame(parent)
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
        Q_EMIT findRequested(text, true, true);
    });
    connect(older, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), true, false); });
    connect(newer, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), false, false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString TerminalFindBar::text() const
{
    return m_edit->text();
}

void TerminalFindBar::activate()
{
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void TerminalFindBar::setNotFound(bool notFound)
{
    m_status->setText(notFound ? tr("Not found") : QString());
}

void TerminalFindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        hide();
        Q_EMIT closed();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT findRequested(text(), !(event->modifiers() & Qt::ShiftModifier), false);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace wb
