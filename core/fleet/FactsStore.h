#pragma once

#include "core/fleet/FactsScript.h"
#include "core/fleet/HostFacts.h"
#include "core/inventory/InventoryTypes.h"

#include <QHash>
#include <QSqlDatabase>

namespace wb {

class Inventory;

// How long gathered facts are kept (a workspace setting, the team's):
// every snapshot for keepAllDays, then the newest of each day until
// keepDailyDays, then the newest of each week.
struct FactsRetention
{
    int keepAllDays = 7;
    int keepDailyDays = 90;

    static FactsRetention load(const QSqlDatabase &db);
    bool save(const QSqlDatabase &db, QString *error) const;
};

// The workspace's host_facts (a compact JSON snapshot per gather) and the
// groups' backup checks. Synchronous: for the workspace thread and werkbank-cli.
class FactsStore
{
public:
    static bool record(QSqlDatabase db, HostId host, const HostFacts &facts, QString *error);
    // Each host's newest snapshot.
    static bool latest(QSqlDatabase db, QHash<HostId, HostFacts> *facts, QString *error);
    // One host's snapshots taken since `since`, oldest first.
    static bool history(QSqlDatabase db, HostId host, const QDateTime &since, QList<HostFacts> *facts, QString *error);
    // Every host's snapshots taken since `since`, oldest first.
    static bool histories(QSqlDatabase db, const QDateTime &since, QHash<HostId, QList<HostFacts>> *facts, QString *error);
    // Thins out snapshots as `retention` says, as of `now`; *removed gets how many went.
    static bool prune(QSqlDatabase db, const QDateTime &now, const FactsRetention &retention, int *removed, QString *error);

    // The backup check a group names itself ("" when none).
    static bool setBackupCheck(QSqlDatabase db, GroupId group, const BackupCheck &check, QString *error);
    static bool backupChecks(QSqlDatabase db, QHash<GroupId, BackupCheck> *checks, QString *error);
    // What a host in `group` uses: its group's check, else the nearest ancestor's
    // (the ancestors from `parents`, or from the inventory's groups).
    static BackupCheck backupCheckFor(const QHash<GroupId, BackupCheck> &checks, const QHash<GroupId, GroupId> &parents, GroupId group);
    static BackupCheck backupCheckFor(const QHash<GroupId, BackupCheck> &checks, const Inventory &inventory, GroupId group);
};

} // namespace wb
