#include "widgets/common/LocalShortcuts.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace wb {

LocalShortcuts::LocalShortcuts(QWidget *widget, QList<QAction *> actions) : QObject(widget), m_actions(std::move(actions))
{
    widget->installEventFilter(this);
}

QAction *LocalShortcuts::actionFor(QEvent *event) const
{
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction *action : m_actions) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut == pressed)
                return action;
        }
    }
    return nullptr;
}

bool LocalShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && actionFor(event)) {
        event->accept(); // the key comes to the widget as a key press, not to a window shortcut
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        // Taken even when the action is off (F2 with nothing selected): never the window's by accident.
        if (QAction *action = actionFor(event)) {
            if (action->isEnabled())
                action->trigger();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wb
