#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace wb {

// Keys that belong to one widget while it has the focus, before any shortcut
// of the window: F2 renames a file in the file list, not the inventory's host;
// Delete deletes the file. Qt finds two shortcuts for one key ambiguous and
// runs neither; taking the key as the focus widget's own (ShortcutOverride)
// settles it the way users expect. The actions keep their shortcuts for menus.
class LocalShortcuts : public QObject
{
    Q_OBJECT
public:
    LocalShortcuts(QWidget *widget, QList<QAction *> actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *actionFor(QEvent *event) const;

    QList<QAction *> m_actions;
};

} // namespace wb
