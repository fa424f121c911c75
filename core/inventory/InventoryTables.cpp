#include "core/inventory/InventoryTables.h"

#include <QSet>

#include <algorithm>

namespace wb {

namespace {
const QList<qint64> kNoIds;
} // namespace

InventoryTables InventoryTables::build(const InventorySnapshot &snapshot)
{
    InventoryTables tables;
    tables.m_groups.reserve(snapshot.groups.size());
    tables.m_hosts.reserve(snapshot.hosts.size());
    // Sorted here, each parent's few children at a time: cheaper than the
    // database sorting every row of the table while it is read.
    for (const Group &g : snapshot.groups) {
        tables.m_groups.insert(g.id, g);
        tables.m_childGroups[g.parentId].append(g.id, g.name);
    }
    for (const Host &h : snapshot.hosts) {
        tables.m_hosts.insert(h.id, h);
        tables.m_groupHosts[h.groupId].append(h.id, h.name);
    }
    for (const Directory &d : snapshot.directories) {
        tables.m_directories.insert(d.id, d);
        tables.m_groupDirectories[d.groupId].append(d.id, d.name);
    }
    for (SortedNameList &list : tables.m_childGroups)
        list.sortLoaded();
    for (SortedNameList &list : tables.m_groupHosts)
        list.sortLoaded();
    for (SortedNameList &list : tables.m_groupDirectories)
        list.sortLoaded();
    return tables;
}

InventoryTables InventoryTables::independentCopy() const
{
    InventoryTables copy = *this;
    // Copied here, on the thread that made the change, so the first edit on
    // the other side does not copy a hundred thousand hosts there.
    copy.m_groups.detach();
    copy.m_hosts.detach();
    copy.m_childGroups.detach();
    copy.m_groupHosts.detach();
    copy.m_directories.detach();
    copy.m_groupDirectories.detach();
    for (SortedNameList &list : copy.m_childGroups)
        list.detach();
    for (SortedNameList &list : copy.m_groupHosts)
        list.detach();
    for (SortedNameList &list : copy.m_groupDirectories)
        list.detach();
    return copy;
}

void InventoryTables::linkGroup(const Group &g)
{
    m_groups.insert(g.id, g);
    m_childGroups[g.parentId].insert(g.id, g.name);
}

void InventoryTables::unlinkGroup(GroupId id)
{
    const Group &g = *m_groups.constFind(id);
    m_childGroups[g.parentId].remove(id);
}

void InventoryTables::linkHost(const Host &h)
{
    m_hosts.insert(h.id, h);
    m_groupHosts[h.groupId].insert(h.id, h.name);
}

void InventoryTables::unlinkHost(HostId id)
{
    const Host &h = *m_hosts.constFind(id);
    m_groupHosts[h.groupId].remove(id);
}

void InventoryTables::forgetGroup(GroupId id)
{
    const SortedNameList children = m_childGroups.take(id);
    for (GroupId child : children.ids())
        forgetGroup(child);
    const SortedNameList hosts = m_groupHosts.take(id);
    for (HostId h : hosts.ids())
        m_hosts.remove(h);
    const SortedNameList directories = m_groupDirectories.take(id);
    for (DirectoryId d : directories.ids())
        m_directories.remove(d);
    m_groups.remove(id);
}

void InventoryTables::linkDirectory(const Directory &d)
{
    m_directories.insert(d.id, d);
    m_groupDirectories[d.groupId].insert(d.id, d.name);
}

void InventoryTables::unlinkDirectory(DirectoryId id)
{
    const Directory &d = *m_directories.constFind(id);
    m_groupDirectories[d.groupId].remove(id);
}

const Directory *InventoryTables::directory(DirectoryId id) const
{
    const auto it = m_directories.constFind(id);
    return it == m_directories.constEnd() ? nullptr : &it.value();
}

const QList<DirectoryId> &InventoryTables::directoriesIn(GroupId group) const
{
    const auto it = m_groupDirectories.constFind(group);
    return it == m_groupDirectories.constEnd() ? kNoIds : it->ids();
}

DirectoryId InventoryTables::findDirectory(const QString &name) const
{
    for (const Directory &d : m_directories)
        if (d.name == name)
            return d.id;
    return 0;
}

InventorySnapshot InventoryTables::snapshot() const
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
        for (DirectoryId d : directoriesIn(parent))
            result.directories.append(m_directories.value(d));
    }
    return result;
}

const Group *InventoryTables::group(GroupId id) const
{
    const auto it = m_groups.constFind(id);
    return it == m_groups.constEnd() ? nullptr : &it.value();
}

const Host *InventoryTables::host(HostId id) const
{
    const auto it = m_hosts.constFind(id);
    return it == m_hosts.constEnd() ? nullptr : &it.value();
}

const QList<GroupId> &InventoryTables::childGroups(GroupId parent) const
{
    const auto it = m_childGroups.constFind(parent);
    return it == m_childGroups.constEnd() ? kNoIds : it->ids();
}

const QList<HostId> &InventoryTables::hostsIn(GroupId group) const
{
    const auto it = m_groupHosts.constFind(group);
    return it == m_groupHosts.constEnd() ? kNoIds : it->ids();
}

QStringList InventoryTables::groupPath(GroupId id) const
{
    QStringList path;
    for (const Group *g = group(id); g; g = group(g->parentId))
        path.prepend(g->name);
    return path;
}

GroupId InventoryTables::findGroup(GroupId parent, const QString &name) const
{
    const auto it = m_childGroups.constFind(parent);
    return it == m_childGroups.constEnd() ? 0 : it->find(name);
}

GroupId InventoryTables::findGroupByPath(const QString &path) const
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

HostId InventoryTables::findHost(GroupId group, const QString &name) const
{
    const auto it = m_groupHosts.constFind(group);
    return it == m_groupHosts.constEnd() ? 0 : it->find(name);
}

HostId InventoryTables::findHostAnywhere(const QString &name) const
{
    for (const Host &h : m_hosts)
        if (h.name == name)
            return h.id;
    return 0;
}

HostId InventoryTables::findHostByPath(const QString &path) const
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
QList<HostId> InventoryTables::hostsNamed(const QString &name) const
{
    QList<HostId> result;
    for (const SortedNameList &hosts : m_groupHosts)
        if (const HostId id = hosts.find(name))
            result.append(id);
    std::sort(result.begin(), result.end(), [this](HostId a, HostId b) { return hostPath(a) < hostPath(b); });
    return result;
}

HostId InventoryTables::resolveHost(const QString &nameOrPath, QStringList *candidates) const
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

QString InventoryTables::hostPath(HostId id) const
{
    const Host *h = host(id);
    if (!h)
        return {};
    QStringList path = groupPath(h->groupId);
    path.append(h->name);
    return path.join(QLatin1Char('/'));
}

bool InventoryTables::isNameShared(const QString &name) const
{
    int found = 0;
    for (const SortedNameList &hosts : m_groupHosts)
        if (hosts.find(name) && ++found > 1)
            return true;
    return false;
}

QString InventoryTables::displayName(HostId id) const
{
    const Host *h = host(id);
    if (!h)
        return {};
    return isNameShared(h->name) ? hostPath(id) : h->name;
}

bool InventoryTables::isSameOrDescendant(GroupId candidate, GroupId ancestor) const
{
    for (const Group *g = group(candidate); g; g = group(g->parentId))
        if (g->id == ancestor)
            return true;
    return false;
}

std::pair<QList<GroupId>, QList<HostId>> InventoryTables::topmost(const QList<GroupId> &groups, const QList<HostId> &hosts) const
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

QList<HostId> InventoryTables::hostsBelow(GroupId top) const
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
