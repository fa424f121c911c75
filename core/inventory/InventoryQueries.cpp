// The read-only side of Inventory: lookups, paths and tree walks that change
// nothing (the writing side is Inventory.cpp).
#include "core/inventory/Inventory.h"

#include <QSet>

#include <algorithm>

namespace wb {

namespace {
const QList<qint64> kNoIds;
} // namespace

InventorySnapshot Inventory::snapshot() const
{
    InventorySnapshot result;
    // Parents before children, so the snapshot can be inserted in order.
    QList<GroupId> pending = {0};
    while (!pending.isEmpty()) {
        const GroupId parent = pending.takeFirst();
        for (GroupId child : childGroups(parent)) {
            result.groups.append(m_groups.value(child));
            pending.append(child);
        }
        for (HostId h : hostsIn(parent))
            result.hosts.append(m_hosts.value(h));
    }
    return result;
}

const Group *Inventory::group(GroupId id) const
{
    const auto it = m_groups.constFind(id);
    return it == m_groups.constEnd() ? nullptr : &it.value();
}

const Host *Inventory::host(HostId id) const
{
    const auto it = m_hosts.constFind(id);
    return it == m_hosts.constEnd() ? nullptr : &it.value();
}

const QList<GroupId> &Inventory::childGroups(GroupId parent) const
{
    const auto it = m_childGroups.constFind(parent);
    return it == m_childGroups.constEnd() ? kNoIds : it->ids();
}

const QList<HostId> &Inventory::hostsIn(GroupId group) const
{
    const auto it = m_groupHosts.constFind(group);
    return it == m_groupHosts.constEnd() ? kNoIds : it->ids();
}

QStringList Inventory::groupPath(GroupId id) const
{
    QStringList path;
    for (const Group *g = group(id); g; g = group(g->parentId))
        path.prepend(g->name);
    return path;
}

GroupId Inventory::findGroup(GroupId parent, const QString &name) const
{
    const auto it = m_childGroups.constFind(parent);
    return it == m_childGroups.constEnd() ? 0 : it->find(name);
}

GroupId Inventory::findGroupByPath(const QString &path) const
{
    GroupId current = 0;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        current = findGroup(current, part.trimmed());
        if (current == 0)
            return 0;
    }
    return current;
}

HostId Inventory::findHost(GroupId group, const QString &name) const
{
    const auto it = m_groupHosts.constFind(group);
    return it == m_groupHosts.constEnd() ? 0 : it->find(name);
}

HostId Inventory::findHostAnywhere(const QString &name) const
{
    for (const Host &h : m_hosts)
        if (h.name == name)
            return h.id;
    return 0;
}

HostId Inventory::findHostByPath(const QString &path) const
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return findHost(0, path.trimmed());
    const QString groupPart = path.left(slash);
    const GroupId groupId = findGroupByPath(groupPart);
    if (groupId == 0 && !groupPart.trimmed().isEmpty())
        return 0;
    return findHost(groupId, path.mid(slash + 1).trimmed());
}

// Names are unique within a group, so one lookup per group finds every
// namesake; no index of all names has to be kept (or built when a workspace opens).
QList<HostId> Inventory::hostsNamed(const QString &name) const
{
    QList<HostId> result;
    for (const SortedNameList &hosts : m_groupHosts)
        if (const HostId id = hosts.find(name))
            result.append(id);
    std::sort(result.begin(), result.end(), [this](HostId a, HostId b) { return hostPath(a) < hostPath(b); });
    return result;
}

HostId Inventory::resolveHost(const QString &nameOrPath, QStringList *candidates) const
{
    // A bare name first: host names may themselves contain "/".
    const QList<HostId> named = hostsNamed(nameOrPath);
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1) {
        if (candidates) {
            candidates->clear();
            for (HostId id : named)
                candidates->append(hostPath(id));
        }
        return 0;
    }
    return nameOrPath.contains(QLatin1Char('/')) ? findHostByPath(nameOrPath) : 0;
}

QString Inventory::hostPath(HostId id) const
{
    const Host *h = host(id);
    if (!h)
        return {};
    QStringList path = groupPath(h->groupId);
    path.append(h->name);
    return path.join(QLatin1Char('/'));
}

bool Inventory::isNameShared(const QString &name) const
{
    int found = 0;
    for (const SortedNameList &hosts : m_groupHosts)
        if (hosts.find(name) && ++found > 1)
            return true;
    return false;
}

QString Inventory::displayName(HostId id) const
{
    const Host *h = host(id);
    if (!h)
        return {};
    return isNameShared(h->name) ? hostPath(id) : h->name;
}

bool Inventory::isSameOrDescendant(GroupId candidate, GroupId ancestor) const
{
    for (const Group *g = group(candidate); g; g = group(g->parentId))
        if (g->id == ancestor)
            return true;
    return false;
}

std::pair<QList<GroupId>, QList<HostId>> Inventory::topmost(const QList<GroupId> &groups, const QList<HostId> &hosts) const
{
    QList<GroupId> topGroups;
    for (GroupId id : groups) {
        if (!group(id) || topGroups.contains(id))
            continue;
        const bool covered = std::any_of(groups.begin(), groups.end(), [&](GroupId other) {
            return other != id && group(other) && isSameOrDescendant(id, other);
        });
        if (!covered)
            topGroups.append(id);
    }
    QList<HostId> topHosts;
    for (HostId id : hosts) {
        const Host *h = host(id);
        if (!h || topHosts.contains(id))
            continue;
        const bool covered = std::any_of(topGroups.begin(), topGroups.end(),
                                         [&](GroupId g) { return isSameOrDescendant(h->groupId, g); });
        if (!covered)
            topHosts.append(id);
    }
    return {topGroups, topHosts};
}

QList<HostId> Inventory::hostsBelow(GroupId top) const
{
    QList<HostId> result;
    QList<GroupId> stack = {top};
    while (!stack.isEmpty()) {
        const GroupId g = stack.takeLast();
        result.append(hostsIn(g));
        const auto &children = childGroups(g);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

} // namespace wb
