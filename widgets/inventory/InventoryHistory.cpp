#include "widgets/inventory/InventoryHistory.h"

#include "core/inventory/InventoryEditor.h"
#include "widgets/inventory/InventoryCommands.h"

#include <QAction>
#include <QUndoStack>

namespace wb {

InventoryHistory::InventoryHistory(InventoryEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_stack(new QUndoStack(this)), m_undo(new QAction(this)), m_redo(new QAction(this))
{
    m_stack->setUndoLimit(200);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, &InventoryHistory::undo);
    connect(m_redo, &QAction::triggered, this, &InventoryHistory::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &InventoryHistory::updateActions);
    connect(m_editor, &InventoryEditor::busyChanged, this, &InventoryHistory::updateActions);
    updateActions();
}

void InventoryHistory::push(InventoryCommand *command)
{
    m_stack->push(command);  // redo() does nothing: the change was made before
}

void InventoryHistory::step(bool undoing)
{
    if (m_stepping || m_editor->isBusy())
        return;
    const int index = undoing ? m_stack->index() - 1 : m_stack->index();
    if (index < 0 || index >= m_stack->count())
        return;
    // The stack hands out const commands; this one is ours, pushed by push().
    auto *command = static_cast<InventoryCommand *>(const_cast<QUndoCommand *>(m_stack->command(index)));
    m_stepping = true;
    updateActions();
    command->start(undoing, this, [this, command, undoing](bool ok, const QString &error) {
        m_stepping = false;
        const QString refusal = ok ? QString() : command->refusal(undoing, error).trimmed();
        if (!ok)
            command->setObsolete(true);  // the stack drops (deletes) it as it moves past
        if (undoing)
            m_stack->undo();
        else
            m_stack->redo();
        if (!ok)
            Q_EMIT refused(refusal);
        updateActions();
    });
}

void InventoryHistory::updateActions()
{
    const bool idle = !m_stepping && !m_editor->isBusy();
    m_undo->setEnabled(idle && m_stack->canUndo());
    m_redo->setEnabled(idle && m_stack->canRedo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace wb
