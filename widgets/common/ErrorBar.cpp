#include "widgets/common/ErrorBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace wb {

ErrorBar::ErrorBar(const QString &name, QWidget *parent) : QWidget(parent)
{
    setObjectName(name + QStringLiteral("Bar"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x8c, 0x1d, 0x18));
    setPalette(pal);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/error.svg")).pixmap(16, 16));
    m_text = new QLabel(this);
    m_text->setObjectName(name);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(QStringLiteral("dismissError"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &ErrorBar::clear);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    row->addWidget(dismiss);
    hide();
}

void ErrorBar::showError(const QString &message)
{
    m_text->setText(message);
    m_text->setToolTip(message);
    show();
    Q_EMIT changed();
}

void ErrorBar::clear()
{
    hide();
    m_text->clear();
    Q_EMIT changed();
}

QString ErrorBar::message() const
{
    return m_text->text();
}

} // namespace wb
