#include "widgets/common/EmptyState.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

EmptyState::EmptyState(const QString &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(QIcon(icon).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    iconLabel->setEnabled(false);  // greyed, so it reads as a placeholder

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("emptyTitle"));
    titleLabel->setAlignment(Qt::AlignCenter);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    titleLabel->setFont(font);

    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_text->setPalette(pal);

    m_buttons = new QVBoxLayout;
    m_buttons->setAlignment(Qt::AlignHCenter);
    m_offersHeading = new QLabel(this);
    m_offersHeading->setObjectName(QStringLiteral("offersHeading"));
    m_offersHeading->setAlignment(Qt::AlignCenter);
    m_offersHeading->hide();
    m_offers = new QVBoxLayout;
    m_offers->setAlignment(Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addWidget(titleLabel);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(m_buttons);
    layout->addSpacing(12);
    layout->addWidget(m_offersHeading);
    layout->addLayout(m_offers);
    layout->addStretch(3);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::addAction(QAction *action)
{
    m_buttons->addWidget(makeButton(action), 0, Qt::AlignHCenter);
}

void EmptyState::setOffers(const QString &heading, const QList<QAction *> &actions)
{
    // Later: a button may be the one whose click got here.
    while (QLayoutItem *item = m_offers->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    m_offersHeading->setText(heading);
    m_offersHeading->setVisible(!actions.isEmpty());
    for (QAction *action : actions) {
        QToolButton *button = makeButton(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        m_offers->addWidget(button, 0, Qt::AlignHCenter);
    }
}

QToolButton *EmptyState::makeButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setMinimumWidth(220);
    return button;
}

} // namespace wb
