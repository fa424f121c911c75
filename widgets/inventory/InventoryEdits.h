#pragma once

#include "core/fleet/WakeOnLan.h"
#include "core/inventory/InventoryTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace wb {

class CredentialStore;
class GroupDialog;
class HostDialog;
class Inventory;
class InventoryEditor;
class InventoryHistory;

// The inventory's edits as a user makes them: through a dialog (add or edit a
// host or a directory, add or rename a group), after a question (delete) or by a drop (move).
// Each is made on the workspace thread and, once made, becomes one undo step;
// a refusal is shown where the user is (the dialog, or a message box).
class InventoryEdits : public QObject
{
    Q_OBJECT
public:
    // `inventory` is the editor's replica; `window` parents the dialogs and owns this.
    InventoryEdits(const Inventory *inventory, InventoryEditor *editor, InventoryHistory *history, QWidget *window);
    // Where a directory's bind password goes when one is typed; null: nowhere (tests).
    void setCredentials(CredentialStore *credentials) { m_credentials = credentials; }

    // `added` hears the new item's id once it is in the inventory.
    void addHost(GroupId group, std::function<void(HostId)> added);
    void addGroup(GroupId parent, std::function<void(GroupId)> added);
    void editHost(HostId id);
    void renameGroup(GroupId id);
    void addDirectory(GroupId group, std::function<void(DirectoryId)> added);
    void editDirectory(DirectoryId id);
    void remove(const QList<GroupId> &groups, const QList<HostId> &hosts, const QList<DirectoryId> &directories = {});
    void move(const QList<GroupId> &groups, const QList<HostId> &hosts, GroupId target);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    // A save of `mine` was refused: `theirs` was saved since the dialog opened with `opened`.
    void resolveConflict(HostDialog *dialog, const Host &opened, const Host &mine, const Host &theirs);

    QString removalQuestion(const QList<GroupId> &groups, const QList<HostId> &hosts,
                            const QList<DirectoryId> &directories) const;
    // What a group sets beside the inventory (group_settings; not undoable).
    struct GroupSettings
    {
        QString backupCheck;
        std::optional<WakeRoute> wake;
        bool operator==(const GroupSettings &) const = default;
    };
    static GroupSettings settingsIn(const GroupDialog &dialog);
    // Reads them into the dialog while it is up; `stored` holds them once read.
    void loadGroupSettings(GroupDialog *dialog, GroupId id, std::shared_ptr<std::optional<GroupSettings>> stored);
    // Stores what differs from `before`, then replies.
    void saveGroupSettings(GroupId id, const GroupSettings &before, const GroupSettings &after,
                           std::function<void(const QString &problem)> reply);
    QList<std::pair<HostId, QString>> relayChoices() const;
    void renameStoredGroup(GroupId id, const QString &after, std::shared_ptr<QString> before, QPointer<GroupDialog> shown,
                           const std::function<void(const QString &)> &reply);
    void storeBindPassword(const Directory &directory, const QString &password);

    const Inventory *m_inventory;
    InventoryEditor *m_editor;
    InventoryHistory *m_history;
    QWidget *m_window;
    CredentialStore *m_credentials = nullptr;
};

} // namespace wb
