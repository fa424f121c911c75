#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace wb {

class InventoryCommand;
class InventoryEditor;

// Undo and redo of inventory changes. A step's change runs on the workspace
// thread first; the stack moves when it is done, or drops the step when the
// inventory refused it. Meanwhile, and while any edit is on its way, Undo
// and Redo wait (greyed out), so they always take the step the user sees.
class InventoryHistory : public QObject
{
    Q_OBJECT
public:
    InventoryHistory(InventoryEditor *editor, QObject *parent = nullptr);

    const QUndoStack *stack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Puts a change already made on the stack.
    void push(InventoryCommand *command);

public Q_SLOTS:
    void undo() { step(true); }
    void redo() { step(false); }

Q_SIGNALS:
    // A step the inventory refused, in a sentence, after it left the history.
    void refused(const QString &message);

private:
    void step(bool undoing);
    void updateActions();

    InventoryEditor *m_editor;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    bool m_stepping = false;
};

} // namespace wb
