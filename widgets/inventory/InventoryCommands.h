#pragma once

#include "core/inventory/InventoryEditor.h"
#include "core/inventory/io/ImportApplier.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace wb {

// Undoable inventory changes. The change itself runs on the workspace thread
// (InventoryEditor), so a step is made by start() and only then does the
// stack move (InventoryHistory); undo() and redo() only record that it did.
// A command is pushed once its first change already held, so a refused change
// never lands on the stack. A step the inventory refuses later (someone changed
// things in between) is dropped from the history with the reason.
class InventoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryCommand)
public:
    explicit InventoryCommand(InventoryEditor *editor) : m_editor(editor) {}

    // Undoes the step, or makes it again; `done` runs on `asker`'s thread
    // once the window's inventory shows the outcome.
    void start(bool undoing, const QObject *asker, std::function<void(bool ok, const QString &error)> done);
    // The sentence that says a step was refused and dropped.
    QString refusal(bool undoing, const QString &error) const;

    void undo() override {}
    void redo() override {}

protected:
    // The change to run on the writing inventory; it must not touch this
    // command (which may be gone by then), only copies and shared state.
    virtual InventoryEditor::Edit change(bool undoing) const = 0;
    // On the GUI thread, after the change held: picks up what it produced.
    virtual void changed(bool /*undoing*/) {}
    const Inventory &inventory() const { return m_editor->inventory(); }

    InventoryEditor *m_editor;
};

// Runs `change` as one batch: committed whole, or rolled back.
bool inOneBatch(Inventory &inventory, QString *error, const std::function<bool()> &change);

// Adding one host or one group. Undo removes it, with whatever it gained
// since (a group's new hosts); redo puts all of that back under the same ids.
class AddItemCommand : public InventoryCommand
{
public:
    AddItemCommand(InventoryEditor *editor, const Host &added);
    AddItemCommand(InventoryEditor *editor, const Group &added);
    AddItemCommand(InventoryEditor *editor, const Directory &added);

protected:
    InventoryEditor::Edit change(bool undoing) const override;

private:
    std::shared_ptr<RemovedItems> m_items = std::make_shared<RemovedItems>();
    QList<GroupId> m_group; // the one added, or none
    QList<HostId> m_host;
    QList<DirectoryId> m_directory;
};

class EditHostCommand : public InventoryCommand
{
public:
    EditHostCommand(InventoryEditor *editor, const Host &before, const Host &after);

protected:
    InventoryEditor::Edit change(bool undoing) const override;
    void changed(bool undoing) override;

private:
    Host m_before;
    Host m_after;
    int m_version;  // the row's version after this command's last write
};

class EditDirectoryCommand : public InventoryCommand
{
public:
    EditDirectoryCommand(InventoryEditor *editor, const Directory &before, const Directory &after);

protected:
    InventoryEditor::Edit change(bool undoing) const override;
    void changed(bool undoing) override;

private:
    Directory m_before;
    Directory m_after;
    int m_version;  // the row's version after this command's last write
};

// One import: undo takes away the hosts and groups it added and puts back
// the fields it changed; redo does the import's work again. Either happens
// whole or not at all.
class ImportCommand : public InventoryCommand
{
public:
    ImportCommand(InventoryEditor *editor, const ImportChanges &changes, const QString &fileName);

protected:
    InventoryEditor::Edit change(bool undoing) const override;

private:
    std::shared_ptr<const ImportChanges> m_changes;
    std::shared_ptr<RemovedItems> m_removed = std::make_shared<RemovedItems>();
};

class RenameGroupCommand : public InventoryCommand
{
public:
    RenameGroupCommand(InventoryEditor *editor, GroupId id, const QString &before, const QString &after);

protected:
    InventoryEditor::Edit change(bool undoing) const override;

private:
    GroupId m_id;
    QString m_before;
    QString m_after;
};

class RemoveItemsCommand : public InventoryCommand
{
public:
    RemoveItemsCommand(InventoryEditor *editor, const RemovedItems &removed);

protected:
    InventoryEditor::Edit change(bool undoing) const override;

private:
    std::shared_ptr<RemovedItems> m_items;
};

class MoveItemsCommand : public InventoryCommand
{
public:
    struct Origin {
        bool isGroup;
        qint64 id;
        GroupId from;
    };
    MoveItemsCommand(InventoryEditor *editor, const QList<Origin> &origins, GroupId target);

protected:
    InventoryEditor::Edit change(bool undoing) const override;

private:
    QList<Origin> m_origins;
    GroupId m_target;
};

} // namespace wb
