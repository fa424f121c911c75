#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace wb {

// SQL for the inventory tables. Stateless; each call runs on the connection it
// is given, inside whatever transaction the caller opened.
namespace InventoryRepository {

bool load(QSqlDatabase db, InventorySnapshot *snapshot, QString *error);
// The host as stored now; *host is empty when the row is gone.
bool readHost(QSqlDatabase db, HostId id, std::optional<Host> *host, QString *error);
bool readGroup(QSqlDatabase db, GroupId id, std::optional<Group> *group, QString *error);

enum class WriteResult { Written, Stale, Failed };

// id == 0 lets the database choose and writes the new id back; a non-zero id
// is kept (used when undo brings deleted rows back).
bool insertGroup(QSqlDatabase db, Group *group, QString *error);
// Like updateHost: only if the stored row still has group->rowVersion.
WriteResult updateGroup(QSqlDatabase db, Group *group, QString *error);
bool deleteGroup(QSqlDatabase db, GroupId id, QString *error);

bool insertHost(QSqlDatabase db, Host *host, QString *error);
// Writes only if the stored row still has host->rowVersion (Stale otherwise,
// also when the row is gone); on success host->rowVersion is the new version.
WriteResult updateHost(QSqlDatabase db, Host *host, QString *error);
// Puts back a jump link the schema's ON DELETE SET NULL took away (undo of a
// delete); like that cascade, it leaves the row version alone.
bool setJumpHost(QSqlDatabase db, HostId id, HostId jumpHostId, QString *error);
bool deleteHost(QSqlDatabase db, HostId id, QString *error);

// The tickets linked to hosts; deleting a host cascades its links away, so a
// delete keeps them for undo to put back.
bool readTicketLinks(QSqlDatabase db, const QList<Host> &hosts, QList<TicketLink> *links, QString *error);
bool insertTicketLinks(QSqlDatabase db, const QList<TicketLink> &links, QString *error);

} // namespace InventoryRepository
} // namespace wb
