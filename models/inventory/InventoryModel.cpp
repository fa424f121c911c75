#include "models/inventory/InventoryModel.h"

#include "core/inventory/Inventory.h"
#include "models/inventory/InventoryItemText.h"

#include <QMimeData>
#include <QCoreApplication>

namespace wb {

InventoryModel::InventoryModel(Inventory *inventory, QObject *parent)
    : QAbstractItemModel(parent), m_inventory(inventory)
{
    connect(m_inventory, &Inventory::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_inventory, &Inventory::resetDone, this, [this] {
        m_nodes.rebuild(*m_inventory);
        endResetModel();
    });
    connect(m_inventory, &Inventory::groupAdded, this, &InventoryModel::onGroupAdded);
    connect(m_inventory, &Inventory::groupChanged, this, &InventoryModel::onGroupChanged);
    connect(m_inventory, &Inventory::groupAboutToBeRemoved, this, &InventoryModel::onGroupAboutToBeRemoved);
    connect(m_inventory, &Inventory::groupRemoved, this, &InventoryModel::onGroupRemoved);
    connect(m_inventory, &Inventory::groupMoved, this, &InventoryModel::onGroupMoved);
    connect(m_inventory, &Inventory::hostAdded, this, &InventoryModel::onHostAdded);
    connect(m_inventory, &Inventory::hostChanged, this, &InventoryModel::onHostChanged);
    connect(m_inventory, &Inventory::hostAboutToBeRemoved, this, &InventoryModel::onHostAboutToBeRemoved);
    connect(m_inventory, &Inventory::hostRemoved, this, &InventoryModel::onHostRemoved);
    connect(m_inventory, &Inventory::hostMoved, this, &InventoryModel::onHostMoved);
    connect(m_inventory, &Inventory::directoryAdded, this, &InventoryModel::onDirectoryAdded);
    connect(m_inventory, &Inventory::directoryChanged, this, &InventoryModel::onDirectoryChanged);
    connect(m_inventory, &Inventory::directoryMoved, this, &InventoryModel::onDirectoryMoved);
    connect(m_inventory, &Inventory::directoryAboutToBeRemoved, this,
            [this](DirectoryId id) { beginRemoval(m_nodes.directory(id)); });
    connect(m_inventory, &Inventory::directoryRemoved, this, [this](DirectoryId id) { finishRemoval(id, DirectoryItem); });
    // Down hosts are counted per group again once hosts or groups move or go.
    const auto recount = [this] { m_reachability.invalidateCounts(); };
    connect(m_inventory, &Inventory::hostMoved, this, recount);
    connect(m_inventory, &Inventory::hostRemoved, this, recount);
    connect(m_inventory, &Inventory::groupMoved, this, recount);
    connect(m_inventory, &Inventory::groupRemoved, this, recount);
    connect(m_inventory, &Inventory::resetDone, this, recount);
    m_nodes.rebuild(*m_inventory);
}

InventoryModel::~InventoryModel() = default;

InventoryNode *InventoryModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<InventoryNode *>(index.internalPointer()) : m_nodes.root();
}

QModelIndex InventoryModel::indexFor(InventoryNode *node, int column) const
{
    if (!node || m_nodes.isRoot(node))
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    InventoryNode *p = nodeFor(parent);
    if (!p->isGroup || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    InventoryNode *p = nodeFor(parent);
    return p->isGroup ? int(p->children.size()) : 0;
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const InventoryNode *node = nodeFor(index);
    if (role == ItemTypeRole)
        return typeOf(node);
    if (role == ItemIdRole)
        return node->id;
    if (node->isDirectory) {
        const Directory *d = m_inventory->directory(node->id);
        return d ? directoryData(index, *d, role) : QVariant();
    }

    if (node->isGroup) {
        const Group *g = m_inventory->group(node->id);
        return g ? groupData(index, *g, role) : QVariant();
    }

    const Host *h = m_inventory->host(node->id);
    if (!h)
        return {};
    if (role == HostKindRole)
        return int(h->kind);
    if (role == OpenTicketsRole)
        return m_openTickets.value(h->id);
    if (role == ReachabilityRole || index.column() == LastSeenColumn)
        return hostStatusData(h->id, role);
    if (index.column() >= UpdatesColumn)
        return m_facts.data(h->id, InventoryFacts::Column(index.column() - UpdatesColumn), role);
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return InventoryItemText::hostIcon(h->kind);
    if (role == Qt::ToolTipRole)
        return InventoryItemText::hostToolTip(*h, m_openTickets.value(h->id));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return h->name;
    case AddressColumn:
        return InventoryItemText::hostAddress(*h);
    case KindColumn:
        return hostKindDisplayName(h->kind);
    case OsColumn:
        return m_facts.osText(*h);
    case TagsColumn:
        return h->tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant InventoryModel::groupData(const QModelIndex &index, const Group &g, int role) const
{
    if (role == DownBelowRole)
        return m_reachability.downBelow(*m_inventory, g.id);
    if (index.column() == LastSeenColumn) {
        const int down = m_reachability.downBelow(*m_inventory, g.id);
        if (down == 0)
            return {};
        if (role == Qt::DisplayRole)
            return InventoryReachability::groupText(down);
        if (role == Qt::DecorationRole)
            return InventoryReachability::dot(ProbeResult::State::Down);
        return {};
    }
    if (index.column() != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return g.name;
    case Qt::DecorationRole:
        return InventoryItemText::groupIcon();
    case Qt::ToolTipRole:
        return InventoryItemText::groupToolTip(g, int(m_inventory->hostsBelow(g.id).size()));
    default:
        return {};
    }
}

QVariant InventoryModel::directoryData(const QModelIndex &index, const Directory &d, int role) const
{
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return InventoryItemText::directoryIcon();
    if (role == Qt::ToolTipRole)
        return InventoryItemText::directoryToolTip(d);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return d.name;
    case AddressColumn:
        return d.url;
    case KindColumn:
        return InventoryItemText::directoryKind(d);
    default:
        return {};
    }
}

InventoryModel::ItemType InventoryModel::typeOf(const InventoryNode *node)
{
    return node->isGroup ? GroupItem : node->isDirectory ? DirectoryItem : HostItem;
}

void InventoryModel::setOpenTickets(const QHash<HostId, int> &perHost)
{
    const QHash<HostId, int> before = std::exchange(m_openTickets, perHost);
    QSet<HostId> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (perHost.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = perHost.cbegin(); it != perHost.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (HostId id : std::as_const(changed)) {
        const QModelIndex index = indexForHost(id);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {OpenTicketsRole, Qt::ToolTipRole});
    }
}

bool InventoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const InventoryNode *node = nodeFor(index);
    QString error;
    bool ok = false;
    if (node->isGroup) {
        ok = m_inventory->renameGroup(node->id, value.toString(), &error);
    } else if (node->isDirectory) {
        if (const Directory *d = m_inventory->directory(node->id)) {
            Directory renamed = *d;
            renamed.name = value.toString();
            ok = m_inventory->updateDirectory(renamed, &error);
        }
    } else if (const Host *h = m_inventory->host(node->id)) {
        Host renamed = *h;
        renamed.name = value.toString();
        ok = m_inventory->updateHost(renamed, &error);
    }
    if (!ok && !error.isEmpty())
        Q_EMIT editRefused(error);
    return ok;
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case KindColumn:
        return tr("Kind");
    case OsColumn:
        return tr("OS");
    case TagsColumn:
        return tr("Tags");
    case LastSeenColumn:
        return tr("Last seen");
    case UpdatesColumn:
    case SecurityColumn:
    case RebootColumn:
    case FailedUnitsColumn:
    case DiskColumn:
    case BackupColumn:
        return InventoryFacts::header(InventoryFacts::Column(section - UpdatesColumn));
    default:
        return {};
    }
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Drags move groups and hosts; a directory changes group in its dialog.
    if (!nodeFor(index)->isDirectory)
        f |= Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn && !m_inventory->isReplica())  // a replica changes only through its editor
        f |= Qt::ItemIsEditable;
    if (nodeFor(index)->isGroup)
        f |= Qt::ItemIsDropEnabled;
    else
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QStringList InventoryModel::mimeTypes() const
{
    return {QString::fromLatin1(InventoryDragPayload::MimeType)};
}

QMimeData *InventoryModel::mimeData(const QModelIndexList &indexes) const
{
    InventoryDragPayload payload;
    QSet<const InventoryNode *> seen;
    for (const QModelIndex &index : indexes) {
        const InventoryNode *node = nodeFor(index);
        if (!index.isValid() || seen.contains(node) || node->isDirectory)
            continue;
        seen.insert(node);
        (node->isGroup ? payload.groups : payload.hosts).append(node->id);
    }
    return payload.toMimeData(origin());
}

QString InventoryModel::origin() const
{
    return QStringLiteral("%1:%2").arg(QCoreApplication::applicationPid()).arg(quintptr(this));
}

bool InventoryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    return action == Qt::MoveAction && nodeFor(parent)->isGroup && InventoryDragPayload::from(data, origin());
}

bool InventoryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    const std::optional<InventoryDragPayload> items = InventoryDragPayload::from(data, origin());
    if (action != Qt::MoveAction || !items || !nodeFor(parent)->isGroup)
        return false;
    const InventoryNode *target = nodeFor(parent);
    const GroupId targetId = m_nodes.groupIdOf(target);
    // The inventory moves the items itself; returning false keeps the view
    // from also "removing" the dragged rows as it would after a plain MoveAction.
    if (m_moveHandler) {
        m_moveHandler(items->groups, items->hosts, targetId);
        return false;
    }
    QString error;
    if (!m_inventory->move(items->groups, items->hosts, targetId, &error))
        Q_EMIT editRefused(error);
    return false;
}

Qt::DropActions InventoryModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions InventoryModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QModelIndex InventoryModel::indexForGroup(GroupId id, int column) const
{
    return indexFor(m_nodes.group(id), column);
}

QModelIndex InventoryModel::indexForHost(HostId id, int column) const
{
    return indexFor(m_nodes.host(id), column);
}

QModelIndex InventoryModel::indexForDirectory(DirectoryId id, int column) const
{
    return indexFor(m_nodes.directory(id), column);
}

InventoryModel::Item InventoryModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {true, 0};
    const InventoryNode *node = nodeFor(index);
    return {node->isGroup, node->id, node->isDirectory};
}

bool InventoryModel::isGroup(const QModelIndex &index)
{
    return index.data(ItemTypeRole).toInt() == GroupItem;
}

bool InventoryModel::isHost(const QModelIndex &index)
{
    return index.data(ItemTypeRole).toInt() == HostItem;
}

bool InventoryModel::isDirectory(const QModelIndex &index)
{
    return index.data(ItemTypeRole).toInt() == DirectoryItem;
}

qint64 InventoryModel::itemId(const QModelIndex &index)
{
    return index.data(ItemIdRole).toLongLong();
}

int InventoryModel::groupRowFor(GroupId parent, GroupId id) const
{
    return int(m_inventory->childGroups(parent).indexOf(id));
}

int InventoryModel::hostRowFor(InventoryNode *parentNode, GroupId parent, HostId id) const
{
    return parentNode->groupChildren + parentNode->directoryChildren + int(m_inventory->hostsIn(parent).indexOf(id));
}

int InventoryModel::directoryRowFor(InventoryNode *parentNode, GroupId parent, DirectoryId id) const
{
    return parentNode->groupChildren + int(m_inventory->directoriesIn(parent).indexOf(id));
}

void InventoryModel::onGroupAdded(GroupId id)
{
    const Group *g = m_inventory->group(id);
    if (!g || m_nodes.group(id))
        return;
    InventoryNode *parent = m_nodes.parentFor(g->parentId);
    if (!parent)
        return;
    const int row = groupRowFor(g->parentId, id);
    beginInsertRows(indexFor(parent), row, row);
    InventoryNode *node = m_nodes.add(parent, row, id, true);
    // A restored group may arrive after its hosts are known to the inventory.
    m_nodes.fill(node, *m_inventory);
    endInsertRows();
}

void InventoryModel::reposition(InventoryNode *node, int wanted)
{
    if (wanted < 0 || wanted == node->row)
        return;
    InventoryNode *parent = node->parent;
    const QModelIndex parentIndex = indexFor(parent);
    // Within one parent, beginMoveRows counts the destination before the move.
    const int destination = wanted > node->row ? wanted + 1 : wanted;
    if (!beginMoveRows(parentIndex, node->row, node->row, parentIndex, destination))
        return;
    m_nodes.move(node, parent, wanted);
    endMoveRows();
}

void InventoryModel::onGroupChanged(GroupId id)
{
    InventoryNode *node = m_nodes.group(id);
    const Group *g = m_inventory->group(id);
    if (!node || !g)
        return;
    // A rename can change the place in the sorted list.
    reposition(node, groupRowFor(g->parentId, id));
    const QModelIndex index = indexFor(node);
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void InventoryModel::beginRemoval(InventoryNode *node)
{
    if (!node)
        return;
    beginRemoveRows(indexFor(node->parent), node->row, node->row);
    m_pendingRemoval = node;
}

void InventoryModel::finishRemoval(qint64 id, ItemType type)
{
    InventoryNode *node = std::exchange(m_pendingRemoval, nullptr);
    if (!node || node->id != id || typeOf(node) != type)
        return;
    m_nodes.remove(node);
    endRemoveRows();
}

void InventoryModel::moveNode(InventoryNode *node, GroupId to, int newRow)
{
    InventoryNode *target = m_nodes.parentFor(to);
    if (!node || !target)
        return;
    if (!beginMoveRows(indexFor(node->parent), node->row, node->row, indexFor(target), newRow))
        return;
    m_nodes.move(node, target, newRow);
    endMoveRows();
}

void InventoryModel::onGroupAboutToBeRemoved(GroupId id)
{
    beginRemoval(m_nodes.group(id));
}

void InventoryModel::onGroupRemoved(GroupId id)
{
    finishRemoval(id, GroupItem);
}

void InventoryModel::onGroupMoved(GroupId id, GroupId, GroupId to)
{
    moveNode(m_nodes.group(id), to, groupRowFor(to, id));
}

void InventoryModel::onHostAdded(HostId id)
{
    const Host *h = m_inventory->host(id);
    if (!h || m_nodes.host(id))
        return;
    InventoryNode *parent = m_nodes.parentFor(h->groupId);
    if (!parent)
        return;
    const int row = hostRowFor(parent, h->groupId, id);
    beginInsertRows(indexFor(parent), row, row);
    m_nodes.add(parent, row, id, false);
    endInsertRows();
}

void InventoryModel::onHostChanged(HostId id)
{
    InventoryNode *node = m_nodes.host(id);
    const Host *h = m_inventory->host(id);
    if (!node || !h)
        return;
    reposition(node, hostRowFor(node->parent, h->groupId, id));
    const QModelIndex index = indexFor(node);
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void InventoryModel::onHostAboutToBeRemoved(HostId id)
{
    beginRemoval(m_nodes.host(id));
}

void InventoryModel::onHostRemoved(HostId id)
{
    finishRemoval(id, HostItem);
}

void InventoryModel::onHostMoved(HostId id, GroupId, GroupId to)
{
    InventoryNode *target = m_nodes.parentFor(to);
    if (!target)
        return;
    // Row in the target before the move, as beginMoveRows expects.
    moveNode(m_nodes.host(id), to, hostRowFor(target, to, id));
}

void InventoryModel::onDirectoryAdded(DirectoryId id)
{
    const Directory *d = m_inventory->directory(id);
    if (!d || m_nodes.directory(id))
        return;
    InventoryNode *parent = m_nodes.parentFor(d->groupId);
    if (!parent)
        return;
    const int row = directoryRowFor(parent, d->groupId, id);
    beginInsertRows(indexFor(parent), row, row);
    m_nodes.addDirectory(parent, row, id);
    endInsertRows();
}

void InventoryModel::onDirectoryChanged(DirectoryId id)
{
    InventoryNode *node = m_nodes.directory(id);
    const Directory *d = m_inventory->directory(id);
    if (!node || !d)
        return;
    reposition(node, directoryRowFor(node->parent, d->groupId, id));
    const QModelIndex index = indexFor(node);
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void InventoryModel::onDirectoryMoved(DirectoryId id, GroupId, GroupId to)
{
    InventoryNode *target = m_nodes.parentFor(to);
    if (!target)
        return;
    moveNode(m_nodes.directory(id), to, directoryRowFor(target, to, id));
}

} // namespace wb
