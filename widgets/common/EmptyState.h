#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace wb {

// A centred icon, title and explanation with optional buttons: what a pane
// shows when there is nothing in it yet, and what the user can do about it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &icon, const QString &title, const QString &text, QWidget *parent = nullptr);
    void setText(const QString &text);
    void addAction(QAction *action);
    // A second set of buttons under `heading`, replacing the one before; none: no heading either.
    // Each button is named after its action ("<action>Button"), for tests.
    void setOffers(const QString &heading, const QList<QAction *> &actions);

private:
    QToolButton *makeButton(QAction *action);

    QLabel *m_text;
    QVBoxLayout *m_buttons;
    QLabel *m_offersHeading;
    QVBoxLayout *m_offers;
};

} // namespace wb
