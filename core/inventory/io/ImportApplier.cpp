#include "core/inventory/io/ImportApplier.h"

#include "core/inventory/Inventory.h"

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

QString ImportApplier::cancelledMessage()
{
    return tr("The import was cancelled; nothing was changed.");
}

bool ImportApplier::apply(Inventory &inventory, const ImportResult &result, GroupId target, bool skipBadLines,
                          ApplyStats *stats, QString *error, const std::atomic_bool *cancel)
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

    auto cancelled = [&] {
        if (cancel && cancel->load(std::memory_order_relaxed))
            s.cancelled = true;
        return s.cancelled;
    };
    if (cancelled()) {
        err = cancelledMessage();
        return false;
    }

    // rollbackBatch() puts memory back as well, with or without a database.
    if (!inventory.beginBatch(&err))
        return false;
    auto fail = [&](const QString &message) {
        inventory.rollbackBatch();
        const bool wasCancelled = s.cancelled;
        s = ApplyStats();
        s.cancelled = wasCancelled;
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
                s.changes.addedGroups.append(group);
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
    QHash<HostId, Host> originals;  // existing hosts as they were, for undo
    // Fields that are not copied over an existing host: it is found by name and
    // group, and its jump host is resolved below.
    const HostFields notMerged = HostFields(HostField::Name) | HostField::Group | HostField::JumpHost;
    for (qsizetype i = 0; i < result.hosts.size(); ++i) {
        if (i % 64 == 0 && cancelled())
            return fail(cancelledMessage());
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
            Host merged = old;
            copyHostFields(host, imported.stated & ~notMerged, &merged);
            const bool changed = !(merged == old);
            if (changed && !inventory.updateHost(merged, &message))
                return fail(hostFailure(message));
            placed[i] = Placed{existingId, false, changed, old.jumpHostId};
            originals.insert(existingId, old);
        } else {
            if (!inventory.addHost(&host, &message))
                return fail(hostFailure(message));
            placed[i] = Placed{host.id, true, true, 0};
        }
        touched.insert(placed[i].id);
    }

    // Jump hosts: a host from this import first (in the same group when several
    // share the name), then the host's own group, then the whole inventory.
    QHash<QString, QList<HostId>> importedByName;
    for (qsizetype i = 0; i < result.hosts.size(); ++i)
        if (placed[i].id != 0)
            importedByName[result.hosts[i].host.name.trimmed()].append(placed[i].id);
    const QString targetPath = target == 0 ? QString() : inventory.groupPath(target).join(QLatin1Char('/'));
    auto resolveJump = [&](HostId hostId, const QString &jumpName, QList<HostId> *candidates) {
        const GroupId ownGroup = inventory.host(hostId)->groupId;
        auto preferOwnGroup = [&](const QList<HostId> &ids) {
            QList<HostId> same;
            for (HostId id : ids)
                if (inventory.host(id)->groupId == ownGroup)
                    same.append(id);
            return same.size() == 1 ? same : ids;
        };
        if (const auto it = importedByName.constFind(jumpName); it != importedByName.constEnd()) {
            *candidates = preferOwnGroup(*it);
            return;
        }
        if (const HostId inGroup = inventory.findHost(ownGroup, jumpName)) {
            *candidates = {inGroup};
            return;
        }
        *candidates = inventory.hostsNamed(jumpName);
        if (candidates->isEmpty() && jumpName.contains(QLatin1Char('/'))) {
            // A path: below the group imported into, or from the top.
            HostId byPath = targetPath.isEmpty() ? 0 : inventory.findHostByPath(targetPath + QLatin1Char('/') + jumpName);
            if (byPath == 0)
                byPath = inventory.findHostByPath(jumpName);
            if (byPath != 0)
                candidates->append(byPath);
        }
    };
    QHash<HostId, HostId> finalJump;
    for (qsizetype i = 0; i < result.hosts.size(); ++i) {
        if (placed[i].id == 0)
            continue;
        const ImportedHost &imported = result.hosts[i];
        if (!imported.stated.testFlag(HostField::JumpHost)) {
            finalJump.insert(placed[i].id, placed[i].originalJump);  // the file says nothing: keep it
            continue;
        }
        const QString jumpName = imported.jumpHostName.trimmed();
        HostId jump = 0;
        if (!jumpName.isEmpty()) {
            QList<HostId> candidates;
            resolveJump(placed[i].id, jumpName, &candidates);
            if (candidates.size() > 1) {
                QStringList paths;
                for (HostId id : candidates)
                    paths << inventory.hostPath(id);
                return fail(ImportIssue{imported.file, imported.line,
                                        tr("The jump host “%1” of “%2” is ambiguous: %3 are all named so. Name it "
                                           "by its path, e.g. %4.")
                                            .arg(jumpName, imported.host.name, paths.join(QStringLiteral(", ")),
                                                 paths.first())}
                                .toString());
            }
            jump = candidates.value(0, 0);
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
        if (p.added) {
            ++s.added;
            s.changes.addedHosts.append(*inventory.host(p.id));
        } else if (p.fieldsChanged || finalJump.value(p.id) != p.originalJump) {
            ++s.updated;
            s.changes.before.append(originals.value(p.id));
            s.changes.after.append(*inventory.host(p.id));
        } else {
            ++s.unchanged;
        }
    }
    // The last moment a cancel can still leave everything as it was.
    if (cancelled())
        return fail(cancelledMessage());

    if (!inventory.commitBatch(&err)) {  // a failed commit rolls back, memory included
        s = ApplyStats();
        return false;
    }
    return true;
}

} // namespace wb
