#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QHash>

#include <memory>
#include <vector>

namespace wb {

class Inventory;

// One group, directory or host in the tree an InventoryModel shows. Its index
// carries a pointer to it, so it knows its own row and parent.
struct InventoryNode {
    InventoryNode *parent = nullptr;
    qint64 id = 0;
    bool isGroup = true;
    bool isDirectory = false;
    int row = 0;
    // children[0, groupChildren) are groups, the next directoryChildren
    // directories, the rest hosts.
    int groupChildren = 0;
    int directoryChildren = 0;
    std::vector<std::unique_ptr<InventoryNode>> children;
};

// The nodes of that tree and where each group and host is, by id. It knows
// nothing of Qt's model notifications: the model announces a change, then
// makes it here.
class InventoryNodeTree
{
public:
    InventoryNodeTree();

    InventoryNode *root() const { return m_root.get(); }
    bool isRoot(const InventoryNode *node) const { return node == m_root.get(); }
    // The id a node stands for as a parent: 0 for the root.
    GroupId groupIdOf(const InventoryNode *node) const { return isRoot(node) ? 0 : node->id; }
    InventoryNode *group(GroupId id) const { return m_groups.value(id); }
    InventoryNode *host(HostId id) const { return m_hosts.value(id); }
    InventoryNode *directory(DirectoryId id) const { return m_directories.value(id); }
    // The root for 0, else the group's node (null when unknown).
    InventoryNode *parentFor(GroupId id) const { return id == 0 ? root() : group(id); }

    // Everything again, as the inventory holds it now.
    void rebuild(const Inventory &inventory);
    // The children a group has in the inventory (a restored group may come after its hosts).
    void fill(InventoryNode *parent, const Inventory &inventory);
    // A new leaf for a host or an empty group, placed at `row` under `parent`.
    InventoryNode *add(InventoryNode *parent, int row, qint64 id, bool isGroup);
    InventoryNode *addDirectory(InventoryNode *parent, int row, DirectoryId id);
    // A node and all below it, no longer found by id.
    void remove(InventoryNode *node);
    void move(InventoryNode *node, InventoryNode *to, int row);

private:
    void insert(InventoryNode *parent, int row, std::unique_ptr<InventoryNode> child);
    std::unique_ptr<InventoryNode> take(InventoryNode *parent, int row);
    void forget(InventoryNode *node);

    std::unique_ptr<InventoryNode> m_root;
    QHash<GroupId, InventoryNode *> m_groups;
    QHash<HostId, InventoryNode *> m_hosts;
    QHash<DirectoryId, InventoryNode *> m_directories;
};

} // namespace wb
