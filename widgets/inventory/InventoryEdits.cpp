#include "widgets/inventory/InventoryEdits.h"

#include "core/inventory/Inventory.h"
#include "core/directory/DirectoryKeys.h"
#include "core/fleet/FactsStore.h"
#include "core/fleet/WakeStore.h"
#include "core/inventory/InventoryEditor.h"
#include "core/secrets/CredentialStore.h"
#include "widgets/common/ConflictDialog.h"
#include "widgets/inventory/DirectoryDialog.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/inventory/HostConflict.h"
#include "widgets/inventory/HostDialog.h"
#include "widgets/inventory/InventoryCommands.h"
#include "widgets/inventory/InventoryHistory.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <memory>
#include <optional>

namespace wb {

InventoryEdits::InventoryEdits(const Inventory *inventory, InventoryEditor *editor, InventoryHistory *history, QWidget *window)
    : QObject(window)
    , m_inventory(inventory)
    , m_editor(editor)
    , m_history(history)
    , m_window(window)
{
}

void InventoryEdits::addHost(GroupId group, std::function<void(HostId)> added)
{
    Host draft;
    draft.groupId = group;
    HostDialog dialog(m_inventory, draft, m_window);
    dialog.setApply([this, added = std::move(added)](const Host &host, const HostDialog::Reply &reply) {
        auto made = std::make_shared<Host>(host);
        m_editor->edit(this, [made](Inventory &inventory, QString *error) { return inventory.addHost(made.get(), error); },
                       [this, made, added, reply](bool ok, const QString &error) {
                           if (!ok)
                               return reply(error);
                           m_history->push(new AddItemCommand(m_editor, *made));
                           added(made->id);
                           Q_EMIT statusMessage(tr("Added host %1.").arg(m_inventory->displayName(made->id)));
                           reply({});
                       });
    });
    dialog.exec();
}

void InventoryEdits::addGroup(GroupId parent, std::function<void(GroupId)> added)
{
    GroupDialog dialog(tr("Add Group"), m_inventory->groupPath(parent).join(QLatin1Char('/')), QString(), m_window);
    dialog.setRelayChoices(relayChoices());
    dialog.setApply([this, parent, added = std::move(added), shown = QPointer<GroupDialog>(&dialog)](const QString &name,
                                                                                                       const GroupDialog::Reply &reply) {
        auto made = std::make_shared<Group>(Group{0, parent, name});
        const GroupSettings settings = shown ? settingsIn(*shown) : GroupSettings();
        m_editor->edit(this, [made](Inventory &inventory, QString *error) { return inventory.addGroup(made.get(), error); },
                       [this, made, added, reply, settings](bool ok, const QString &error) {
                           if (!ok)
                               return reply(error);
                           m_history->push(new AddItemCommand(m_editor, *made));
                           added(made->id);
                           // The group is there now: a refusal of its settings closes the dialog all the same
                           // (OK again would add a second group), and says what was not kept.
                           saveGroupSettings(made->id, GroupSettings(), settings, [this, reply, name = made->name](const QString &problem) {
                               reply({});
                               if (!problem.isEmpty())
                                   QMessageBox::warning(m_window, tr("Add Group"),
                                                        tr("The group %1 was added, but its settings were not saved: %2\n"
                                                           "Edit the group to set them again.").arg(name, problem));
                           });
                       });
    });
    dialog.exec();
}

void InventoryEdits::editHost(HostId id)
{
    const Host *existing = m_inventory->host(id);
    if (!existing)
        return;
    HostDialog dialog(m_inventory, *existing, m_window);
    auto before = std::make_shared<Host>(*existing);
    dialog.setApply([this, before, shown = QPointer<HostDialog>(&dialog)](const Host &after, const HostDialog::Reply &reply) {
        if (after == *before)
            return reply({});
        m_editor->edit(this, [after](Inventory &inventory, QString *error) { return inventory.updateHost(after, error); },
                       [this, before, after, shown, reply](bool ok, const QString &error) {
                           if (ok) {
                               m_history->push(new EditHostCommand(m_editor, *before, *m_inventory->host(after.id)));
                               return reply({});
                           }
                           const Host *stored = m_inventory->host(after.id);
                           if (!shown || (stored && stored->rowVersion == after.rowVersion))
                               return reply(error);
                           // Changed or deleted elsewhere; the inventory has reloaded. What was typed
                           // stays in the fields, the stored values go beside them, and OK again
                           // saves over the new version, once the person has seen both.
                           shown->showStored(stored);
                           const Host opened = *before;
                           if (stored)
                               *before = *stored;
                           reply(error);
                           if (stored)
                               resolveConflict(shown, opened, after, *stored);
                       });
    });
    dialog.exec();
}

void InventoryEdits::resolveConflict(HostDialog *dialog, const Host &opened, const Host &mine, const Host &theirs)
{
    ConflictDialog conflict(tr("“%1”").arg(m_inventory->displayName(theirs.id)),
                            HostConflict::fields(*m_inventory, opened, mine, theirs), dialog);
    switch (conflict.ask()) {
    case ConflictDialog::Resolution::KeepEditing:
        return;
    case ConflictDialog::Resolution::TakeTheirs:
        dialog->reject();  // the inventory shows theirs already
        Q_EMIT statusMessage(tr("Kept the version of %1 saved elsewhere.").arg(m_inventory->displayName(theirs.id)));
        return;
    case ConflictDialog::Resolution::KeepMine:
    case ConflictDialog::Resolution::Merge:
        dialog->setFields(HostConflict::merged(mine, theirs, conflict.keysFromMine()));
        dialog->accept();
        return;
    }
}

InventoryEdits::GroupSettings InventoryEdits::settingsIn(const GroupDialog &dialog)
{
    return {dialog.backupCheck(), dialog.wakeRoute()};
}

QList<std::pair<HostId, QString>> InventoryEdits::relayChoices() const
{
    QList<std::pair<HostId, QString>> hosts;
    for (HostId id : m_inventory->hostsBelow(0))
        hosts.append({id, m_inventory->displayName(id)});
    return hosts;
}

void InventoryEdits::loadGroupSettings(GroupDialog *dialog, GroupId id, std::shared_ptr<std::optional<GroupSettings>> stored)
{
    // Read on the workspace thread while the dialog is up, the fields usable once they have come.
    dialog->setSettingsLoading(true);
    auto read = std::make_shared<GroupSettings>();
    m_editor->inspect(
        dialog,
        [id, read](const Inventory &inventory, QString *error) {
            QHash<GroupId, BackupCheck> checks;
            QHash<GroupId, WakeRoute> routes;
            if (!FactsStore::backupChecks(inventory.database(), &checks, error) || !WakeStore::groupRoutes(inventory.database(), &routes, error))
                return false;
            read->backupCheck = checks.value(id).stored();
            if (routes.contains(id))
                read->wake = routes.value(id);
            return true;
        },
        [shown = QPointer<GroupDialog>(dialog), stored, read](bool ok, const QString &error) {
            if (!shown)
                return;
            if (!ok)
                return shown->setSettingsUnavailable(error);
            *stored = *read;
            shown->setBackupCheck(read->backupCheck);
            shown->setWakeRoute(read->wake);
            shown->setSettingsLoading(false);
        });
}

void InventoryEdits::saveGroupSettings(GroupId id, const GroupSettings &before, const GroupSettings &after,
                                       std::function<void(const QString &problem)> reply)
{
    if (after == before)
        return reply({});
    const bool backupChanged = after.backupCheck != before.backupCheck;
    const bool wakeChanged = after.wake != before.wake;
    BackupCheck check;
    BackupCheck::parse(after.backupCheck, &check); // the dialog refused anything else
    m_editor->edit(
        this,
        [id, check, backupChanged, wakeChanged, wake = after.wake](Inventory &inventory, QString *error) {
            return (!backupChanged || FactsStore::setBackupCheck(inventory.database(), id, check, error))
                && (!wakeChanged || WakeStore::setGroupRoute(inventory.database(), id, wake, error));
        },
        [reply = std::move(reply)](bool ok, const QString &error) { reply(ok ? QString() : error); });
}

void InventoryEdits::renameGroup(GroupId id)
{
    const Group *existing = m_inventory->group(id);
    if (!existing)
        return;
    auto before = std::make_shared<QString>(existing->name);
    GroupDialog dialog(tr("Edit Group"), m_inventory->groupPath(existing->parentId).join(QLatin1Char('/')), *before, m_window);
    dialog.setRelayChoices(relayChoices());
    auto stored = std::make_shared<std::optional<GroupSettings>>();
    loadGroupSettings(&dialog, id, stored);
    dialog.setApply([this, id, before, stored, shown = QPointer<GroupDialog>(&dialog)](const QString &after, const GroupDialog::Reply &reply) {
        // Settings that could not be read were not shown, so they are not written.
        const GroupSettings settings = shown && stored->has_value() ? settingsIn(*shown) : stored->value_or(GroupSettings());
        if (stored->has_value() && settings != stored->value()) {
            // The settings first; the name (undoable) after them, as one press of OK.
            return saveGroupSettings(id, stored->value(), settings, [this, id, after, before, reply, shown, stored, settings](const QString &problem) {
                if (!problem.isEmpty())
                    return reply(problem);
                *stored = settings;
                if (after == *before)
                    return reply({});
                renameStoredGroup(id, after, before, shown, reply);
            });
        }
        if (after == *before)
            return reply({});
        renameStoredGroup(id, after, before, shown, reply);
    });
    dialog.exec();
}

void InventoryEdits::renameStoredGroup(GroupId id, const QString &after, std::shared_ptr<QString> before, QPointer<GroupDialog> shown,
                                       const std::function<void(const QString &)> &reply)
{
    m_editor->edit(this, [id, after](Inventory &inventory, QString *error) { return inventory.renameGroup(id, after, error); },
                       [this, id, before, after, shown, reply](bool ok, const QString &error) {
                           if (ok) {
                               m_history->push(new RenameGroupCommand(m_editor, id, *before, after));
                               return reply({});
                           }
                           reply(error);
                           // Renamed elsewhere meanwhile (the inventory has reloaded): both names side by side.
                           const Group *stored = m_inventory->group(id);
                           if (!shown || !stored || stored->name == *before)
                               return;
                           const QString opened = std::exchange(*before, stored->name);
                           ConflictDialog conflict(tr("Group “%1”").arg(opened), {{0, tr("Name"), opened, after, stored->name}}, shown);
                           const auto resolution = conflict.ask();
                           if (resolution == ConflictDialog::Resolution::TakeTheirs
                               || (resolution == ConflictDialog::Resolution::Merge && conflict.keysFromMine().isEmpty())) {
                               shown->reject(); // what is stored is what stays
                           } else if (resolution != ConflictDialog::Resolution::KeepEditing) {
                               shown->setName(after);
                               shown->accept();
                           }
                       });
}

void InventoryEdits::storeBindPassword(const Directory &directory, const QString &password)
{
    if (password.isEmpty() || !m_credentials)
        return;
    const QString name = directory.name;
    m_credentials->write(bindPasswordKey(directory), password, [this, window = QPointer<QWidget>(m_window), name](bool ok, QString error) {
        if (!ok && window)
            QMessageBox::warning(window, tr("Keychain"),
                                 tr("The bind password of %1 could not be stored in the keychain: %2\n"
                                    "Werkbank will ask for it when it logs in.").arg(name, error));
    });
}

void InventoryEdits::addDirectory(GroupId group, std::function<void(DirectoryId)> added)
{
    Directory draft;
    draft.groupId = group;
    DirectoryDialog dialog(m_inventory, draft, m_credentials, m_window);
    dialog.setApply([this, added = std::move(added)](const Directory &directory, const QString &password,
                                                     const DirectoryDialog::Reply &reply) {
        auto made = std::make_shared<Directory>(directory);
        m_editor->edit(this, [made](Inventory &inventory, QString *error) { return inventory.addDirectory(made.get(), error); },
                       [this, made, password, added, reply](bool ok, const QString &error) {
                           if (!ok)
                               return reply(error);
                           m_history->push(new AddItemCommand(m_editor, *made));
                           storeBindPassword(*made, password);
                           added(made->id);
                           Q_EMIT statusMessage(tr("Added directory %1.").arg(made->name));
                           reply({});
                       });
    });
    dialog.exec();
}

void InventoryEdits::editDirectory(DirectoryId id)
{
    const Directory *existing = m_inventory->directory(id);
    if (!existing)
        return;
    const Directory before = *existing;
    DirectoryDialog dialog(m_inventory, before, m_credentials, m_window);
    dialog.setApply([this, before](const Directory &after, const QString &password, const DirectoryDialog::Reply &reply) {
        if (after == before) {
            storeBindPassword(after, password);
            return reply({});
        }
        m_editor->edit(this, [after](Inventory &inventory, QString *error) { return inventory.updateDirectory(after, error); },
                       [this, before, after, password, reply](bool ok, const QString &error) {
                           if (!ok)
                               return reply(error);
                           const Directory *stored = m_inventory->directory(after.id);
                           m_history->push(new EditDirectoryCommand(m_editor, before, stored ? *stored : after));
                           storeBindPassword(after, password);
                           reply({});
                       });
    });
    dialog.exec();
}

QString InventoryEdits::removalQuestion(const QList<GroupId> &groups, const QList<HostId> &hosts,
                                        const QList<DirectoryId> &directories) const
{
    if (groups.isEmpty() && directories.isEmpty() && hosts.size() == 1)
        return tr("Delete host “%1”?").arg(m_inventory->displayName(hosts.first()));
    if (groups.isEmpty() && hosts.isEmpty() && directories.size() == 1)
        return tr("Delete directory “%1”? Its accounts stay in the directory; Werkbank only forgets how to reach it.")
            .arg(m_inventory->directory(directories.first())->name);
    int inside = 0;
    for (GroupId g : groups)
        inside += int(m_inventory->hostsBelow(g).size());
    if (hosts.isEmpty() && directories.isEmpty() && groups.size() == 1)
        return tr("Delete group “%1” and the %Ln host(s) in it?", nullptr, inside).arg(m_inventory->group(groups.first())->name);
    return tr("Delete %Ln selected item(s)?", nullptr, int(groups.size() + hosts.size() + directories.size()))
           + (inside > 0 ? QLatin1Char(' ') + tr("The selected groups hold %Ln host(s).", nullptr, inside) : QString());
}

void InventoryEdits::remove(const QList<GroupId> &groups, const QList<HostId> &hosts, const QList<DirectoryId> &directories)
{
    if (groups.isEmpty() && hosts.isEmpty() && directories.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete"), removalQuestion(groups, hosts, directories),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("You can undo this with Ctrl+Z."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    auto removed = std::make_shared<RemovedItems>();
    m_editor->edit(this, [groups, hosts, directories, removed](Inventory &inventory, QString *error) {
        return inventory.remove(groups, hosts, directories, removed.get(), error);
    }, [this, removed](bool ok, const QString &error) {
        if (!ok) {
            QMessageBox::warning(m_window, tr("Cannot delete"), error);
            return;
        }
        m_history->push(new RemoveItemsCommand(m_editor, *removed));
        const QString what = removed->directories.isEmpty()
                                 ? tr("Deleted %Ln host(s).", nullptr, int(removed->hosts.size()))
                                 : tr("Deleted %Ln host(s) and %1.", nullptr, int(removed->hosts.size()))
                                       .arg(tr("%Ln directory(s)", nullptr, int(removed->directories.size())));
        Q_EMIT statusMessage(what + QLatin1Char(' ') + tr("Press Ctrl+Z to undo."));
    });
}

void InventoryEdits::move(const QList<GroupId> &groups, const QList<HostId> &hosts, GroupId target)
{
    QList<MoveItemsCommand::Origin> origins;
    const auto [topGroups, topHosts] = m_inventory->topmost(groups, hosts);
    for (GroupId g : topGroups)
        if (const Group *group = m_inventory->group(g); group && group->parentId != target)
            origins.append({true, g, group->parentId});
    for (HostId h : topHosts)
        if (const Host *host = m_inventory->host(h); host && host->groupId != target)
            origins.append({false, h, host->groupId});
    if (origins.isEmpty())
        return;
    m_editor->edit(this, [groups, hosts, target](Inventory &inventory, QString *error) {
        return inventory.move(groups, hosts, target, error);
    }, [this, origins, target](bool ok, const QString &error) {
        if (ok)
            m_history->push(new MoveItemsCommand(m_editor, origins, target));
        else
            QMessageBox::warning(m_window, tr("Cannot move"), error);
    });
}

} // namespace wb
