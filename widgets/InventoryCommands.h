#pragma once

#include "inventory/Inventory.h"

#include <QCoreApplication>
#include <QUndoCommand>

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

protected:
    Inventory *m_inventory;
    QString m_error;
    bool m_firstRedoDone = true;  // the change was made before the push
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
    Host m_before;
    Host m_after;
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
