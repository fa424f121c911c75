#pragma once

#include <QWidget>

class QLabel;
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

private:
    QLabel *m_text;
    QVBoxLayout *m_buttons;
};

} // namespace wb
