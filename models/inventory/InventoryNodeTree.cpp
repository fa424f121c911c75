#include "models/inventory/InventoryNodeTree.h"

#include "core/inventory/Inventory.h"

namespace wb {

InventoryNodeTree::InventoryNodeTree() : m_root(std::make_unique<InventoryNode>()) {}

void InventoryNodeTree::rebuild(const Inventory &inventory)
{
    m_groups.clear();
    m_hosts.clear();
    m_directories.clear();
    m_root = std::make_unique<InventoryNode>();
    m_groups.reserve(inventory.groupCount());
    m_hosts.reserve(inventory.hostCount());
    fill(m_root.get(), inventory);
}

void InventoryNodeTree::fill(InventoryNode *parent, const Inventory &inventory)
{
    const GroupId parentId = groupIdOf(parent);
    const auto &groups = inventory.childGroups(parentId);
    const auto &hosts = inventory.hostsIn(parentId);
    const auto &directories = inventory.directoriesIn(parentId);
    parent->children.reserve(parent->children.size() + groups.size() + directories.size() + hosts.size());
    for (GroupId g : groups) {
        InventoryNode *node = add(parent, parent->groupChildren, g, true);
        fill(node, inventory);
    }
    for (DirectoryId d : directories)
        addDirectory(parent, parent->groupChildren + parent->directoryChildren, d);
    for (HostId h : hosts)
        add(parent, int(parent->children.size()), h, false);
}

InventoryNode *InventoryNodeTree::add(InventoryNode *parent, int row, qint64 id, bool isGroup)
{
    auto node = std::make_unique<InventoryNode>();
    node->id = id;
    node->isGroup = isGroup;
    InventoryNode *raw = node.get();
    if (isGroup)
        m_groups.insert(id, raw);
    else
        m_hosts.insert(id, raw);
    insert(parent, row, std::move(node));
    return raw;
}

InventoryNode *InventoryNodeTree::addDirectory(InventoryNode *parent, int row, DirectoryId id)
{
    auto node = std::make_unique<InventoryNode>();
    node->id = id;
    node->isGroup = false;
    node->isDirectory = true;
    InventoryNode *raw = node.get();
    m_directories.insert(id, raw);
    insert(parent, row, std::move(node));
    return raw;
}

void InventoryNodeTree::remove(InventoryNode *node)
{
    forget(node);
    take(node->parent, node->row);
}

void InventoryNodeTree::move(InventoryNode *node, InventoryNode *to, int row)
{
    insert(to, row, take(node->parent, node->row));
}

void InventoryNodeTree::insert(InventoryNode *parent, int row, std::unique_ptr<InventoryNode> child)
{
    child->parent = parent;
    if (child->isGroup)
        ++parent->groupChildren;
    else if (child->isDirectory)
        ++parent->directoryChildren;
    parent->children.insert(parent->children.begin() + row, std::move(child));
    for (size_t i = size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

std::unique_ptr<InventoryNode> InventoryNodeTree::take(InventoryNode *parent, int row)
{
    std::unique_ptr<InventoryNode> child = std::move(parent->children[size_t(row)]);
    parent->children.erase(parent->children.begin() + row);
    if (child->isGroup)
        --parent->groupChildren;
    else if (child->isDirectory)
        --parent->directoryChildren;
    for (size_t i = size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    return child;
}

void InventoryNodeTree::forget(InventoryNode *node)
{
    if (node->isGroup) {
        m_groups.remove(node->id);
        for (auto &child : node->children)
            forget(child.get());
    } else if (node->isDirectory) {
        m_directories.remove(node->id);
    } else {
        m_hosts.remove(node->id);
    }
}

} // namespace wb
