#pragma once

#include "core/inventory/InventoryTypes.h"
#include "core/inventory/SortedNameList.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>

namespace wb {

// The groups, hosts and directories of one inventory in memory, indexed for what
// everything asks of them (children in name order, lookup by name and path),
// and those questions; no signals, no database. Inventory is one, and keeps
// it in step with the workspace; a thread hands another its tables without
// copying them.
class InventoryTables
{
public:
    // A snapshot in any order (the database hands rows over as stored); each
    // parent's children are sorted here.
    static InventoryTables build(const InventorySnapshot &snapshot);
    // A copy that shares nothing at the top level with these, so either side
    // can change its own without first copying the whole of it.
    InventoryTables independentCopy() const;
    InventorySnapshot snapshot() const;

    const Group *group(GroupId id) const;
    const Host *host(HostId id) const;
    const QList<GroupId> &childGroups(GroupId parent) const;
    const QList<HostId> &hostsIn(GroupId group) const;
    int groupCount() const { return int(m_groups.size()); }
    // All hosts in no particular order: the fastest way to look at every host.
    const QHash<HostId, Host> &allHosts() const { return m_hosts; }
    int hostCount() const { return int(m_hosts.size()); }

    QStringList groupPath(GroupId id) const;           // names from the top
    GroupId findGroup(GroupId parent, const QString &name) const;
    GroupId findGroupByPath(const QString &path) const; // "site/role"; 0 if absent
    HostId findHost(GroupId group, const QString &name) const;
    HostId findHostAnywhere(const QString &name) const;
    // "site/role/web01" (or "web01" for a host at the top level); 0 if absent.
    HostId findHostByPath(const QString &path) const;
    // Every host with exactly this name, in any group, in tree order.
    QList<HostId> hostsNamed(const QString &name) const;
    // A host as a user names it: its path, or its bare name when only one host
    // has that name. When several do, returns 0 and fills *candidates with their paths.
    HostId resolveHost(const QString &nameOrPath, QStringList *candidates = nullptr) const;
    // "site/role/web01"; just the name at the top level.
    QString hostPath(HostId id) const;
    // How the user sees a host named: its bare name, unless another host has the
    // same name, then its group path. Empty for an unknown id.
    QString displayName(HostId id) const;
    bool isNameShared(const QString &name) const;
    bool isSameOrDescendant(GroupId candidate, GroupId ancestor) const;
    // The items of a selection that are not inside another selected group.
    std::pair<QList<GroupId>, QList<HostId>> topmost(const QList<GroupId> &groups, const QList<HostId> &hosts) const;
    // Hosts in the group and all groups below it, in tree order; 0 means everything.
    QList<HostId> hostsBelow(GroupId group) const;

    const Directory *directory(DirectoryId id) const;
    // A group's directories in name order (0: the top level).
    const QList<DirectoryId> &directoriesIn(GroupId group) const;
    const QHash<DirectoryId, Directory> &allDirectories() const { return m_directories; }
    int directoryCount() const { return int(m_directories.size()); }
    // Directory names are unique in the whole workspace: 0 when none has this one.
    DirectoryId findDirectory(const QString &name) const;

protected:
    // Add to / take out of the per-parent lists.
    void linkGroup(const Group &group);
    void unlinkGroup(GroupId id);
    void linkHost(const Host &host);
    void unlinkHost(HostId id);
    void forgetGroup(GroupId id);  // with everything below it, silently
    void linkDirectory(const Directory &directory);
    void unlinkDirectory(DirectoryId id);

    QHash<GroupId, Group> m_groups;
    QHash<HostId, Host> m_hosts;
    // Per parent group (0: top level), in name order with name lookup.
    QHash<GroupId, SortedNameList> m_childGroups;
    QHash<GroupId, SortedNameList> m_groupHosts;
    QHash<DirectoryId, Directory> m_directories;
    QHash<GroupId, SortedNameList> m_groupDirectories;
};

} // namespace wb
