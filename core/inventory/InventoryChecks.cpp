#include "core/inventory/InventoryChecks.h"

#include "core/inventory/DirectoryRepository.h"
#include "core/inventory/HostValidator.h"
#include "core/inventory/InventoryRepository.h"

#include <QSet>

namespace wb {

QString InventoryChecks::checkGroup(const InventoryTables &tables, GroupId parent, const QString &name, GroupId self)
{
    if (const QString problem = HostValidator::validateGroupName(name); !problem.isEmpty())
        return problem;
    if (parent != 0 && !tables.group(parent))
        return tr("The parent group no longer exists.");
    const GroupId clash = tables.findGroup(parent, name);
    if (clash != 0 && clash != self)
        return tr("There is already a group named “%1” here.").arg(name);
    return {};
}

QString InventoryChecks::checkHost(const InventoryTables &tables, const Host &h)
{
    const QStringList problems = HostValidator::validate(h);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    if (h.groupId != 0 && !tables.group(h.groupId))
        return tr("The group of host “%1” no longer exists.").arg(h.name);
    const HostId clash = tables.findHost(h.groupId, h.name);
    if (clash != 0 && clash != h.id) {
        const QString where = h.groupId == 0 ? tr("at the top level")
                                             : tr("in group “%1”").arg(tables.groupPath(h.groupId).join(QLatin1Char('/')));
        return tr("There is already a host named “%1” %2.").arg(h.name, where);
    }
    if (h.jumpHostId != 0) {
        if (!tables.host(h.jumpHostId))
            return tr("The jump host of “%1” is not in the inventory.").arg(h.name);
        // A chain of jump hosts that comes back to this host would never connect.
        QSet<HostId> seen = {h.id};
        for (HostId hop = h.jumpHostId; hop != 0; hop = tables.host(hop) ? tables.host(hop)->jumpHostId : 0) {
            if (seen.contains(hop))
                return tr("The jump hosts of “%1” form a loop.").arg(h.name);
            seen.insert(hop);
        }
    }
    return {};
}

QString InventoryChecks::checkDirectory(const InventoryTables &tables, const Directory &d)
{
    const QStringList problems = DirectoryValidator::problems(d);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    if (d.groupId != 0 && !tables.group(d.groupId))
        return tr("The group of directory “%1” no longer exists.").arg(d.name);
    const DirectoryId clash = tables.findDirectory(d.name);
    if (clash != 0 && clash != d.id)
        return tr("There is already a directory named “%1”.").arg(d.name);
    return {};
}

QString InventoryChecks::staleHost(const InventoryTables &tables, const QSqlDatabase &db, const Host &attempted)
{
    const Host *shown = tables.host(attempted.id);
    const QString name = shown ? tables.displayName(attempted.id) : attempted.name;
    std::optional<Host> stored;
    QString readError;
    if (!InventoryRepository::readHost(db, attempted.id, &stored, &readError))
        return tr("“%1” could not be saved: %2").arg(name, readError);
    if (!stored)
        return tr("“%1” was deleted elsewhere; your change was not saved.").arg(name);
    const HostFields changed = shown ? differingFields(*shown, *stored) : HostFields();
    return changed ? tr("“%1” was changed elsewhere (%2); your change was not saved.").arg(name, hostFieldNames(changed))
                   : tr("“%1” was changed elsewhere; your change was not saved.").arg(name);
}

QString InventoryChecks::staleGroup(const InventoryTables &tables, const QSqlDatabase &db, const Group &attempted)
{
    const Group *shown = tables.group(attempted.id);
    const QString name = shown ? tables.groupPath(attempted.id).join(QLatin1Char('/')) : attempted.name;
    std::optional<Group> stored;
    QString readError;
    if (!InventoryRepository::readGroup(db, attempted.id, &stored, &readError))
        return tr("Group “%1” could not be saved: %2").arg(name, readError);
    if (!stored)
        return tr("Group “%1” was deleted elsewhere; your change was not saved.").arg(name);
    if (shown && stored->name != shown->name)
        return tr("Group “%1” was renamed elsewhere to “%2”; your change was not saved.").arg(name, stored->name);
    if (shown && stored->parentId != shown->parentId)
        return tr("Group “%1” was moved elsewhere; your change was not saved.").arg(name);
    return tr("Group “%1” was changed elsewhere; your change was not saved.").arg(name);
}

std::optional<MovePlan> MovePlan::make(const InventoryTables &tables, const QList<GroupId> &groups,
                                       const QList<HostId> &hosts, GroupId target, QString *error)
{
    if (target != 0 && !tables.group(target)) {
        *error = tr("The target group no longer exists.");
        return std::nullopt;
    }
    // Items inside a selected group travel with it, not on their own.
    const auto [topGroups, topHosts] = tables.topmost(groups, hosts);
    MovePlan plan;
    QSet<QString> incomingGroups;
    for (GroupId id : topGroups) {
        const Group *g = tables.group(id);
        if (!g)
            continue;
        if (tables.isSameOrDescendant(target, id)) {
            *error = tr("Cannot move group “%1” into itself or one of its subgroups.").arg(g->name);
            return std::nullopt;
        }
        if (g->parentId == target)
            continue;
        if (tables.findGroup(target, g->name) != 0 || incomingGroups.contains(g->name)) {
            *error = tr("There is already a group named “%1” there.").arg(g->name);
            return std::nullopt;
        }
        incomingGroups.insert(g->name);
        Group moved = *g;
        moved.parentId = target;
        plan.groups.append(moved);
    }
    QSet<QString> incomingHosts;
    for (HostId id : topHosts) {
        const Host *h = tables.host(id);
        if (!h || h->groupId == target)
            continue;
        if (tables.findHost(target, h->name) != 0 || incomingHosts.contains(h->name)) {
            *error = tr("There is already a host named “%1” there.").arg(h->name);
            return std::nullopt;
        }
        incomingHosts.insert(h->name);
        Host moved = *h;
        moved.groupId = target;
        plan.hosts.append(moved);
    }
    return plan;
}

} // namespace wb
