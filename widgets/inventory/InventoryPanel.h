#pragma once

#include "core/fleet/CapacityForecast.h"
#include "core/fleet/HostFacts.h"
#include "core/fleet/HostStatusStore.h"

#include "core/inventory/InventoryTypes.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace wb {

class CredentialStore;
class Inventory;
class InventoryEdits;
class InventoryEditor;
class InventoryHistory;
class InventoryFilterProxy;
class InventoryModel;

// The inventory dock's contents: a filter field, the tree of groups,
// directories and hosts, and the actions on them (add, edit, rename, delete, move by drag and drop),
// all undoable. Changes are made through the editor (on the workspace
// thread); `inventory` is its replica, which shows them once made.
class InventoryPanel : public QWidget
{
    Q_OBJECT
public:
    InventoryPanel(Inventory *inventory, InventoryEditor *editor, InventoryHistory *history, QWidget *parent = nullptr);
    ~InventoryPanel() override;

    QAction *addHostAction() const { return m_addHost; }
    QAction *addGroupAction() const { return m_addGroup; }
    QAction *addDirectoryAction() const { return m_addDirectory; }
    // Where a directory's bind password typed in its dialog is kept.
    void setCredentials(CredentialStore *credentials);
    QAction *editAction() const { return m_edit; }
    QAction *openSessionAction() const { return m_openSession; }
    QList<HostId> selectedHostIds() const;
    // The selected hosts plus every host below the selected groups, once each.
    QList<HostId> selectedHostIdsWithGroups() const;
    // Actions other parts of the window add to the context menu (e.g. Run Command).
    void addContextAction(QAction *action) { m_extraActions << action; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *filterAction() const { return m_focusFilter; }
    // Shows the panel (its dock) with this filter, the first match current.
    void showFiltered(const QString &filter);

    QTreeView *view() const { return m_view; }

    // A role that may not change the inventory (a helpdesk login in a team
    // workspace): adding, editing, renaming, deleting and moving are off, and
    // their tooltips give `reason`. An empty reason makes it editable again.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // The group new items go into: the selected group, or the group of the selected host.
    GroupId currentGroup() const;
    QList<HostId> selectedHosts() const;
    QList<GroupId> selectedGroups() const;
    QList<DirectoryId> selectedDirectories() const;
    void selectHost(HostId id);
    void selectDirectory(DirectoryId id);

public Q_SLOTS:
    // Open tickets per host, for the badge beside each host's name.
    void setOpenTickets(const QHash<wb::HostId, int> &perHost);
    // What reachability sweeps saw: the status dots, last-seen times and down counts.
    void updateHostStatuses(const QList<wb::HostStatus> &statuses);
    // The newest facts of these hosts: the OS and fact columns.
    void updateHostFacts(const QList<wb::HostId> &hosts, const std::function<const wb::HostFacts *(wb::HostId)> &factsOf,
                         const std::function<QString(wb::HostId)> &errorOf);
    // Each host's filesystem that fills first: the Disk column's colour and tooltip, the filter's full:.
    void updateHostCapacity(const QHash<wb::HostId, wb::CapacityForecast> &soonestFull);
    void addHost();
    void addGroup();
    void addDirectory();
    void editSelected();
    void openSelectedSessions();
    void deleteSelected();

Q_SIGNALS:
    void hostActivated(wb::HostId id);
    // Enter or a double-click on a directory.
    void directoryActivated(wb::DirectoryId id);
    void statusMessage(const QString &message);

private:
    void createActions();
    QString m_readOnlyReason;
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void updateSummary();
    void applyFilter();
    void select(const QModelIndex &sourceIndex);
    QList<GroupId> expandedGroups() const;
    void expandGroups(const QList<GroupId> &ids);
    void restoreExpansion();

    Inventory *m_inventory;
    InventoryEdits *m_edits;
    InventoryModel *m_model;
    InventoryFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QToolButton *m_kindButton;
    QMenu *m_kindMenu;
    QTreeView *m_view;
    QLabel *m_summary;
    QAction *m_addHost = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_addDirectory = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_openSession = nullptr;
    QList<QAction *> m_extraActions;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_expandAll = nullptr;
    QAction *m_collapseAll = nullptr;
    static constexpr int kExpandAllLimit = 1000;
    QList<GroupId> m_expandedBeforeFilter;
    std::optional<QList<GroupId>> m_restoredExpansion;
    HostId m_restoredCurrentHost = 0;
};

} // namespace wb
