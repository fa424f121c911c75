#pragma once

#include "InventoryTypes.h"

#include <QSqlDatabase>

namespace wb {

// SQL for the inventory tables. Stateless; each call runs on the connection it
// is given, inside whatever transaction the caller opened.
namespace InventoryRepository {

bool load(QSqlDatabase db, InventorySnapshot *snapshot, QString *error);

// id == 0 lets the database choose and writes the new id back; a non-zero id
// is kept (used when undo brings deleted rows back).
bool insertGroup(QSqlDatabase db, Group *group, QString *error);
bool updateGroup(QSqlDatabase db, const Group &group, QString *error);
bool deleteGroup(QSqlDatabase db, GroupId id, QString *error);

bool insertHost(QSqlDatabase db, Host *host, QString *error);
bool updateHost(QSqlDatabase db, const Host &host, QString *error);
bool deleteHost(QSqlDatabase db, HostId id, QString *error);

} // namespace InventoryRepository
} // namespace wb
