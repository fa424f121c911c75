#pragma once

#include "core/inventory/Inventory.h"
#include "core/inventory/io/ImportApplier.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace wb {

// Undoable inventory changes. Each command is pushed only after its first
// redo already succeeded (see pushDone), so a refused change never lands on
// the undo stack. If the inventory refuses an undo or redo later (someone
// changed things in between), the command records the error and goes inert.

class InventoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryCommand)
public:
    explicit InventoryCommand(Inventory *inventory) : m_inventory(inventory) {}
    QString lastError() const { return m_error; }
    // Told, in a sentence, when an undo or redo was refused and the step dropped.
    void setRefusalHandler(std::function<void(const QString &)> handler) { m_onRefused = std::move(handler); }

protected:
    // The inventory refused the write (m_error says why): the step leaves the
    // history, and whoever pushed it hears about it.
    void refuse(bool undoing);
    // Runs `change` as one batch: committed whole, or rolled back and refused.
    void inOneBatch(bool undoing, const std::function<bool()> &change);

    Inventory *m_inventory;
    QString m_error;
    bool m_firstRedoDone = true;  // the change was made before the push

private:
    std::function<void(const QString &)> m_onRefused;
};

class AddHostCommand : public InventoryCommand
{
public:
    AddHostCommand(Inventory *inventory, const Host &added);
    void undo() override;
    void redo() override;

private:
    RemovedItems m_items;
};

class AddGroupCommand : public InventoryCommand
{
public:
    AddGroupCommand(Inventory *inventory, const Group &added);
    void undo() override;
    void redo() override;

private:
    RemovedItems m_items;
};

class EditHostCommand : public InventoryCommand
{
public:
    EditHostCommand(Inventory *inventory, const Host &before, const Host &after);
    void undo() override;
    void redo() override;

private:
    bool write(const Host &fields);

    Host m_before;
    Host m_after;
    int m_version;  // the row's version after this command's last write
};

// One import: undo takes away the hosts and groups it added and puts back
// the fields it changed; redo does the import's work again. Either happens
// whole or not at all.
class ImportCommand : public InventoryCommand
{
public:
    ImportCommand(Inventory *inventory, const ImportChanges &changes, const QString &fileName);
    void undo() override;
    void redo() override;

private:
    bool setFields(const QList<Host> &wanted);

    ImportChanges m_changes;
    RemovedItems m_removed;
};

class RenameGroupCommand : public InventoryCommand
{
public:
    RenameGroupCommand(Inventory *inventory, GroupId id, const QString &before, const QString &after);
    void undo() override;
    void redo() override;

private:
    GroupId m_id;
    QString m_before;
    QString m_after;
};

class RemoveItemsCommand : public InventoryCommand
{
public:
    RemoveItemsCommand(Inventory *inventory, const RemovedItems &removed);
    void undo() override;
    void redo() override;

private:
    RemovedItems m_items;
};

class MoveItemsCommand : public InventoryCommand
{
public:
    struct Origin {
        bool isGroup;
        qint64 id;
        GroupId from;
    };
    MoveItemsCommand(Inventory *inventory, const QList<Origin> &origins, GroupId target);
    void undo() override;
    void redo() override;

private:
    QList<Origin> m_origins;
    GroupId m_target;
};

} // namespace wb
