#include "ImportApplier.h"

#include "inventory/Inventory.h"

#include <QHash>
#include <QSet>

namespace wb {

namespace {
struct Placed {
    HostId id = 0;          // 0: not placed (a duplicate within the import)
    bool added = false;
    bool fieldsChanged = false;
    HostId originalJump = 0;
};
} // namespace

bool ImportApplier::apply(Inventory &inventory, const ImportResult &result, GroupId target, bool skipBadLines,
                          ApplyStats *stats, QString *error)
{
    ApplyStats local;
    ApplyStats &s = stats ? *stats : local;
    s = ApplyStats();
    QString ignored;
    QString &err = error ? *error : ignored;

    if (result.hasErrors() && !skipBadLines) {
        err = tr("%Ln line(s) in the file have errors, so nothing was imported. Fix them, or choose to skip "
                 "the bad lines.",
                 nullptr, result.badLineCount());
        return false;
    }
    if (target != 0 && !inventory.group(target)) {
        err = tr("The group to import into no longer exists.");
        return false;
    }

    // rollbackBatch() puts memory back as well, with or without a database.
    if (!inventory.beginBatch(&err))
        return false;
    auto fail = [&](const QString &message) {
        inventory.rollbackBatch();
        s = ApplyStats();
        err = message;
        return false;
    };

    // Groups first, including the empty ones a file declares.
    QHash<QString, GroupId> groupIds;
    auto ensurePath = [&](const QStringList &path, GroupId *id, QString *message) {
        const QString key = path.join(QLatin1Char('/'));
        if (const auto it = groupIds.constFind(key); it != groupIds.constEnd()) {
            *id = it.value();
            return true;
        }
        GroupId current = target;
        for (const QString &part : path) {
            GroupId next = inventory.findGroup(current, part.trimmed());
            if (next == 0) {
                Group group;
                group.parentId = current;
                group.name = part;
                if (!inventory.addGroup(&group, message))
                    return false;
                ++s.groupsCreated;
                next = group.id;
            }
            current = next;
        }
        groupIds.insert(key, current);
        *id = current;
        return true;
    };
    QString message;
    for (const QStringList &path : result.groupPaths) {
        GroupId id = 0;
        if (!ensurePath(path, &id, &message))
            return fail(tr("Cannot create the group “%1”: %2").arg(path.join(QLatin1Char('/')), message));
    }

    // Hosts without their jump hosts: a jump host may come later in the file.
    QList<Placed> placed(result.hosts.size());
    QSet<HostId> touched;
    for (qsizetype i = 0; i < result.hosts.size(); ++i) {
        const ImportedHost &imported = result.hosts[i];
        auto hostFailure = [&](const QString &why) {
            return ImportIssue{imported.file, imported.line,
                               tr("Host “%1” could not be imported: %2").arg(imported.host.name, why)}
                .toString();
        };
        GroupId groupId = 0;
        if (!ensurePath(imported.groupPath, &groupId, &message))
            return fail(hostFailure(message));
        Host host = imported.host;
        host.name = host.name.trimmed();
        host.address = host.address.trimmed();
        host.groupId = groupId;
        host.id = 0;
        host.jumpHostId = 0;
        const HostId existingId = inventory.findHost(groupId, host.name);
        if (existingId != 0 && touched.contains(existingId)) {
            s.warnings.append(ImportIssue{imported.file, imported.line,
                                          tr("Host “%1” appears more than once for the same group; only the first "
                                             "one was imported.")
                                              .arg(host.name)});
            continue;
        }
        if (existingId != 0) {
            const Host old = *inventory.host(existingId);
            host.id = existingId;
            host.jumpHostId = old.jumpHostId;
            const bool changed = !(host == old);
            if (changed && !inventory.updateHost(host, &message))
                return fail(hostFailure(message));
            placed[i] = Placed{existingId, false, changed, old.jumpHostId};
        } else {
            if (!inventory.addHost(&host, &message))
                return fail(hostFailure(message));
            placed[i] = Placed{host.id, true, true, 0};
        }
        touched.insert(placed[i].id);
    }

    // Jump hosts: a host from this import first, then anything already in the inventory.
    QHash<QString, HostId> importedByName;
    for (qsizetype i = 0; i < result.hosts.size(); ++i)
        if (placed[i].id != 0 && !importedByName.contains(result.hosts[i].host.name.trimmed()))
            importedByName.insert(result.hosts[i].host.name.trimmed(), placed[i].id);
    QHash<HostId, HostId> finalJump;
    for (qsizetype i = 0; i < result.hosts.size(); ++i) {
        if (placed[i].id == 0)
            continue;
        const ImportedHost &imported = result.hosts[i];
        const QString jumpName = imported.jumpHostName.trimmed();
        HostId jump = 0;
        if (!jumpName.isEmpty()) {
            jump = importedByName.value(jumpName, 0);
            if (jump == 0)
                jump = inventory.findHostAnywhere(jumpName);
            if (jump == 0) {
                s.warnings.append(ImportIssue{imported.file, imported.line,
                                              tr("The jump host “%1” of “%2” is not in the inventory; the host was "
                                                 "imported without a jump host.")
                                                  .arg(jumpName, imported.host.name)});
            } else if (jump == placed[i].id) {
                s.warnings.append(ImportIssue{imported.file, imported.line,
                                              tr("“%1” names itself as its jump host; it was imported without one.")
                                                  .arg(imported.host.name)});
                jump = 0;
            }
        }
        finalJump.insert(placed[i].id, jump);
    }
    auto jumpOf = [&](HostId id) -> HostId {
        if (const auto it = finalJump.constFind(id); it != finalJump.constEnd())
            return it.value();
        const Host *h = inventory.host(id);
        return h ? h->jumpHostId : 0;
    };
    // Links that would close a loop are dropped, in file order, before anything is written,
    // so the inventory never has to refuse a half-applied chain.
    for (qsizetype i = 0; i < result.hosts.size(); ++i) {
        const HostId id = placed[i].id;
        if (id == 0 || finalJump.value(id) == 0)
            continue;
        QSet<HostId> seen = {id};
        bool loop = false;
        for (HostId hop = jumpOf(id); hop != 0; hop = jumpOf(hop)) {
            if (hop == id) {
                loop = true;
                break;
            }
            if (seen.contains(hop))
                break;
            seen.insert(hop);
        }
        if (loop) {
            const ImportedHost &imported = result.hosts[i];
            s.warnings.append(ImportIssue{imported.file, imported.line,
                                          tr("The jump hosts of “%1” would form a loop; it was imported without "
                                             "a jump host.")
                                              .arg(imported.host.name)});
            finalJump[id] = 0;
        }
    }
    // Changing links one by one could pass through a loop (A->B replaced by B->A),
    // so every link that changes is cleared before any new one is set.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < result.hosts.size(); ++i) {
            const HostId id = placed[i].id;
            if (id == 0)
                continue;
            Host host = *inventory.host(id);
            const HostId wanted = finalJump.value(id);
            if (host.jumpHostId == wanted || (pass == 0 && host.jumpHostId == 0))
                continue;
            host.jumpHostId = pass == 0 ? 0 : wanted;
            if (!inventory.updateHost(host, &message))
                return fail(ImportIssue{result.hosts[i].file, result.hosts[i].line,
                                        tr("The jump host of “%1” could not be set: %2").arg(host.name, message)}
                                .toString());
        }
    }

    for (qsizetype i = 0; i < result.hosts.size(); ++i) {
        const Placed &p = placed[i];
        if (p.id == 0)
            continue;
        if (p.added)
            ++s.added;
        else if (p.fieldsChanged || finalJump.value(p.id) != p.originalJump)
            ++s.updated;
        else
            ++s.unchanged;
    }

    if (!inventory.commitBatch(&err)) {  // a failed commit rolls back, memory included
        s = ApplyStats();
        return false;
    }
    return true;
}

} // namespace wb
