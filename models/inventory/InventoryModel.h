#pragma once

#include "core/inventory/InventoryTypes.h"
#include "models/inventory/InventoryNodeTree.h"
#include "models/inventory/InventoryFacts.h"
#include "models/inventory/InventoryReachability.h"

#include <QAbstractItemModel>
#include <QHash>
#include <functional>

namespace wb {

class Inventory;

// Tree of groups, directories and hosts for views. It mirrors an Inventory: the inventory
// decides and stores; this model only turns the inventory's signals into
// begin/end row notifications and answers data() from it. Under each parent
// come its groups, then its directories, then its hosts, each part sorted by name.
class InventoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, AddressColumn, KindColumn, OsColumn, TagsColumn, LastSeenColumn,
        // The newest facts (InventoryFacts, in its order).
        UpdatesColumn, SecurityColumn, RebootColumn, FailedUnitsColumn, DiskColumn, BackupColumn,
        ColumnCount
    };
    enum Role {
        ItemTypeRole = Qt::UserRole + 1,  // ItemType
        ItemIdRole,                       // qint64 group, host or directory id
        HostKindRole,                     // int(HostKind), hosts only
        OpenTicketsRole,                  // int, hosts only: open tickets linked to the host
        ReachabilityRole,                 // int(ProbeResult::State), hosts only; Pending when never checked
        DownBelowRole,                    // int, groups only: hosts below that are down
    };
    enum ItemType { GroupItem = 1, HostItem = 2, DirectoryItem = 3 };

    explicit InventoryModel(Inventory *inventory, QObject *parent = nullptr);
    ~InventoryModel() override;

    Inventory *inventory() const { return m_inventory; }
    // Open tickets per host (from the ticket store, read elsewhere); hosts not listed have none.
    void setOpenTickets(const QHash<HostId, int> &perHost);
    // What sweeps saw (FleetMonitor, elsewhere); a host's newer status replaces its older one.
    void updateHostStatuses(const QList<HostStatus> &statuses);
    const InventoryReachability &reachability() const { return m_reachability; }
    // The newest facts of these hosts (FactsCollector, elsewhere), and why their last gather failed.
    void updateHostFacts(const QList<HostId> &hosts, const std::function<const HostFacts *(HostId)> &factsOf,
                         const std::function<QString(HostId)> &errorOf);
    // Each host's filesystem that fills first (FactsCollector's forecast); the Disk column and full:<14d follow it.
    void updateHostCapacity(const QHash<HostId, CapacityForecast> &soonestFull);
    const InventoryFacts &facts() const { return m_facts; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    QModelIndex indexForGroup(GroupId id, int column = 0) const;
    QModelIndex indexForHost(HostId id, int column = 0) const;
    QModelIndex indexForDirectory(DirectoryId id, int column = 0) const;
    // What an index of this model points at, without going through data():
    // the filter asks this for every row it considers.
    struct Item {
        bool isGroup = false;
        qint64 id = 0;
        bool isDirectory = false;
    };
    Item itemAt(const QModelIndex &index) const;

    static bool isGroup(const QModelIndex &index);
    static bool isHost(const QModelIndex &index);
    static bool isDirectory(const QModelIndex &index);
    static qint64 itemId(const QModelIndex &index);

    // Drops are handed to this function (the widgets layer makes them, on the
    // workspace thread, and undoable; the inventory's signals show the result);
    // without one the model asks a writable inventory to move directly.
    using MoveHandler = std::function<void(const QList<GroupId> &, const QList<HostId> &, GroupId)>;
    void setMoveHandler(MoveHandler handler) { m_moveHandler = std::move(handler); }

Q_SIGNALS:
    // A drop or an inline rename the inventory refused, with its reason.
    void editRefused(const QString &message);
    // Hosts' reachability changed (the filter's down: term follows it).
    void hostStatusesChanged();

private:
    InventoryNode *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(InventoryNode *node, int column = 0) const;
    void beginRemoval(InventoryNode *node);
    void finishRemoval(qint64 id, ItemType type);
    static ItemType typeOf(const InventoryNode *node);
    QVariant groupData(const QModelIndex &index, const Group &group, int role) const;
    QVariant hostStatusData(HostId host, int role) const;
    QVariant directoryData(const QModelIndex &index, const Directory &directory, int role) const;
    void moveNode(InventoryNode *node, GroupId to, int newRow);
    void reposition(InventoryNode *node, int wanted);
    // Names this model in its drags (InventoryDragPayload): only its own drops are taken.
    QString origin() const;
    int groupRowFor(GroupId parent, GroupId id) const;
    int hostRowFor(InventoryNode *parentNode, GroupId parent, HostId id) const;
    int directoryRowFor(InventoryNode *parentNode, GroupId parent, DirectoryId id) const;

    void onGroupAdded(GroupId id);
    void onGroupChanged(GroupId id);
    void onGroupAboutToBeRemoved(GroupId id);
    void onGroupRemoved(GroupId id);
    void onGroupMoved(GroupId id, GroupId from, GroupId to);
    void onHostAdded(HostId id);
    void onHostChanged(HostId id);
    void onHostAboutToBeRemoved(HostId id);
    void onHostRemoved(HostId id);
    void onHostMoved(HostId id, GroupId from, GroupId to);
    void onDirectoryAdded(DirectoryId id);
    void onDirectoryChanged(DirectoryId id);
    void onDirectoryMoved(DirectoryId id, GroupId from, GroupId to);

    Inventory *m_inventory;
    QHash<HostId, int> m_openTickets;
    InventoryReachability m_reachability;
    InventoryFacts m_facts;
    InventoryNodeTree m_nodes;
    InventoryNode *m_pendingRemoval = nullptr;
    MoveHandler m_moveHandler;
};

} // namespace wb
