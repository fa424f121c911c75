#include "models/inventory/InventoryModel.h"

#include "core/inventory/Inventory.h"
#include "models/inventory/InventoryItemText.h"

#include <QMimeData>
#include <QCoreApplication>

namespace wb {

struct InventoryModel::Node {
    Node *parent = nullptr;
    qint64 id = 0;
    bool isGroup = true;
    int row = 0;
    int groupChildren = 0;  // children[0, groupChildren) are groups, the rest hosts
    std::vector<std::unique_ptr<Node>> children;
};

InventoryModel::InventoryModel(Inventory *inventory, QObject *parent)
    : QAbstractItemModel(parent), m_inventory(inventory), m_root(std::make_unique<Node>())
{
    connect(m_inventory, &Inventory::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_inventory, &Inventory::resetDone, this, [this] {
        rebuild();
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
    rebuild();
}

InventoryModel::~InventoryModel() = default;

void InventoryModel::rebuild()
{
    m_groupNodes.clear();
    m_hostNodes.clear();
    m_root = std::make_unique<Node>();
    m_groupNodes.reserve(m_inventory->groupCount());
    m_hostNodes.reserve(m_inventory->hostCount());
    buildChildren(m_root.get());
}

void InventoryModel::buildChildren(Node *parent)
{
    const GroupId parentId = parent == m_root.get() ? 0 : parent->id;
    const auto &groups = m_inventory->childGroups(parentId);
    const auto &hosts = m_inventory->hostsIn(parentId);
    parent->children.reserve(groups.size() + hosts.size());
    parent->groupChildren = int(groups.size());
    for (GroupId g : groups) {
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->id = g;
        node->row = int(parent->children.size());
        m_groupNodes.insert(g, node.get());
        buildChildren(node.get());
        parent->children.push_back(std::move(node));
    }
    for (HostId h : hosts) {
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->id = h;
        node->isGroup = false;
        node->row = int(parent->children.size());
        m_hostNodes.insert(h, node.get());
        parent->children.push_back(std::move(node));
    }
}

InventoryModel::Node *InventoryModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex InventoryModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    Node *p = nodeFor(parent);
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
    Node *p = nodeFor(parent);
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
    const Node *node = nodeFor(index);
    if (role == ItemTypeRole)
        return node->isGroup ? GroupItem : HostItem;
    if (role == ItemIdRole)
        return node->id;

    if (node->isGroup) {
        const Group *g = m_inventory->group(node->id);
        if (!g || index.column() != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return g->name;
        case Qt::DecorationRole:
            return InventoryItemText::groupIcon();
        case Qt::ToolTipRole:
            return InventoryItemText::groupToolTip(*g, int(m_inventory->hostsBelow(g->id).size()));
        default:
            return {};
        }
    }

    const Host *h = m_inventory->host(node->id);
    if (!h)
        return {};
    if (role == HostKindRole)
        return int(h->kind);
    if (role == OpenTicketsRole)
        return m_openTickets.value(h->id);
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
        return h->os;
    case TagsColumn:
        return h->tags.join(QStringLiteral(", "));
    default:
        return {};
    }
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
    const Node *node = nodeFor(index);
    QString error;
    bool ok = false;
    if (node->isGroup) {
        ok = m_inventory->renameGroup(node->id, value.toString(), &error);
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
    default:
        return {};
    }
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
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
    QSet<const Node *> seen;
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeFor(index);
        if (!index.isValid() || seen.contains(node))
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
    const Node *target = nodeFor(parent);
    const GroupId targetId = target == m_root.get() ? 0 : target->id;
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
    return indexFor(m_groupNodes.value(id), column);
}

QModelIndex InventoryModel::indexForHost(HostId id, int column) const
{
    return indexFor(m_hostNodes.value(id), column);
}

InventoryModel::Item InventoryModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {true, 0};
    const Node *node = nodeFor(index);
    return {node->isGroup, node->id};
}

bool InventoryModel::isGroup(const QModelIndex &index)
{
    return index.data(ItemTypeRole).toInt() == GroupItem;
}

bool InventoryModel::isHost(const QModelIndex &index)
{
    return index.data(ItemTypeRole).toInt() == HostItem;
}

qint64 InventoryModel::itemId(const QModelIndex &index)
{
    return index.data(ItemIdRole).toLongLong();
}

void InventoryModel::insertChild(Node *parent, int row, std::unique_ptr<Node> child)
{
    child->parent = parent;
    if (child->isGroup)
        ++parent->groupChildren;
    parent->children.insert(parent->children.begin() + row, std::move(child));
    for (size_t i = size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

std::unique_ptr<InventoryModel::Node> InventoryModel::takeChild(Node *parent, int row)
{
    std::unique_ptr<Node> child = std::move(parent->children[size_t(row)]);
    parent->children.erase(parent->children.begin() + row);
    if (child->isGroup)
        --parent->groupChildren;
    for (size_t i = size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    return child;
}

void InventoryModel::forget(Node *node)
{
    if (node->isGroup) {
        m_groupNodes.remove(node->id);
        for (auto &child : node->children)
            forget(child.get());
    } else {
        m_hostNodes.remove(node->id);
    }
}

int InventoryModel::groupRowFor(GroupId parent, GroupId id) const
{
    return int(m_inventory->childGroups(parent).indexOf(id));
}

int InventoryModel::hostRowFor(Node *parentNode, GroupId parent, HostId id) const
{
    return parentNode->groupChildren + int(m_inventory->hostsIn(parent).indexOf(id));
}

void InventoryModel::onGroupAdded(GroupId id)
{
    const Group *g = m_inventory->group(id);
    if (!g || m_groupNodes.contains(id))
        return;
    Node *parent = g->parentId == 0 ? m_root.get() : m_groupNodes.value(g->parentId);
    if (!parent)
        return;
    const int row = groupRowFor(g->parentId, id);
    beginInsertRows(indexFor(parent), row, row);
    auto node = std::make_unique<Node>();
    node->id = id;
    m_groupNodes.insert(id, node.get());
    Node *raw = node.get();
    insertChild(parent, row, std::move(node));
    // A restored group may arrive after its hosts are known to the inventory.
    buildChildren(raw);
    endInsertRows();
}

void InventoryModel::reposition(Node *node, int wanted)
{
    if (wanted < 0 || wanted == node->row)
        return;
    Node *parent = node->parent;
    const QModelIndex parentIndex = indexFor(parent);
    // Within one parent, beginMoveRows counts the destination before the move.
    const int destination = wanted > node->row ? wanted + 1 : wanted;
    if (!beginMoveRows(parentIndex, node->row, node->row, parentIndex, destination))
        return;
    std::unique_ptr<Node> taken = takeChild(parent, node->row);
    insertChild(parent, wanted, std::move(taken));
    endMoveRows();
}

void InventoryModel::onGroupChanged(GroupId id)
{
    Node *node = m_groupNodes.value(id);
    const Group *g = m_inventory->group(id);
    if (!node || !g)
        return;
    // A rename can change the place in the sorted list.
    reposition(node, groupRowFor(g->parentId, id));
    const QModelIndex index = indexFor(node);
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void InventoryModel::beginRemoval(Node *node)
{
    if (!node)
        return;
    beginRemoveRows(indexFor(node->parent), node->row, node->row);
    m_pendingRemoval = node;
}

void InventoryModel::finishRemoval(qint64 id, bool isGroup)
{
    Node *node = std::exchange(m_pendingRemoval, nullptr);
    if (!node || node->id != id || node->isGroup != isGroup)
        return;
    forget(node);
    takeChild(node->parent, node->row);
    endRemoveRows();
}

void InventoryModel::moveNode(Node *node, GroupId to, int newRow)
{
    Node *target = to == 0 ? m_root.get() : m_groupNodes.value(to);
    if (!node || !target)
        return;
    Node *source = node->parent;
    if (!beginMoveRows(indexFor(source), node->row, node->row, indexFor(target), newRow))
        return;
    std::unique_ptr<Node> taken = takeChild(source, node->row);
    insertChild(target, newRow, std::move(taken));
    endMoveRows();
}

void InventoryModel::onGroupAboutToBeRemoved(GroupId id)
{
    beginRemoval(m_groupNodes.value(id));
}

void InventoryModel::onGroupRemoved(GroupId id)
{
    finishRemoval(id, true);
}

void InventoryModel::onGroupMoved(GroupId id, GroupId, GroupId to)
{
    moveNode(m_groupNodes.value(id), to, groupRowFor(to, id));
}

void InventoryModel::onHostAdded(HostId id)
{
    const Host *h = m_inventory->host(id);
    if (!h || m_hostNodes.contains(id))
        return;
    Node *parent = h->groupId == 0 ? m_root.get() : m_groupNodes.value(h->groupId);
    if (!parent)
        return;
    const int row = hostRowFor(parent, h->groupId, id);
    beginInsertRows(indexFor(parent), row, row);
    auto node = std::make_unique<Node>();
    node->id = id;
    node->isGroup = false;
    m_hostNodes.insert(id, node.get());
    insertChild(parent, row, std::move(node));
    endInsertRows();
}

void InventoryModel::onHostChanged(HostId id)
{
    Node *node = m_hostNodes.value(id);
    const Host *h = m_inventory->host(id);
    if (!node || !h)
        return;
    reposition(node, hostRowFor(node->parent, h->groupId, id));
    const QModelIndex index = indexFor(node);
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void InventoryModel::onHostAboutToBeRemoved(HostId id)
{
    beginRemoval(m_hostNodes.value(id));
}

void InventoryModel::onHostRemoved(HostId id)
{
    finishRemoval(id, false);
}

void InventoryModel::onHostMoved(HostId id, GroupId, GroupId to)
{
    Node *target = to == 0 ? m_root.get() : m_groupNodes.value(to);
    if (!target)
        return;
    // Row in the target before the move, as beginMoveRows expects.
    moveNode(m_hostNodes.value(id), to, hostRowFor(target, to, id));
}

} // namespace wb
