#pragma once

#include "core/storage/SqlDialect.h"

#include <QList>
#include <QStringList>

namespace wb {

// One numbered schema step. Ids use AUTOINCREMENT so an undone delete can
// bring rows back under their old ids.
// Versions start at 1 and increase by one; a step's
// statements run in the same transaction as the schema_version bump, so a
// failing statement leaves the workspace exactly as it was.
//
// A PostgreSQL workspace starts at postgresBaselineVersion with the schema
// SQLite reached by then (postgresBaseline()); every later step carries its
// statements for both engines.
struct Migration {
    int version = 0;
    QStringList statements;          // SQLite
    QStringList postgresStatements;  // PostgreSQL, for steps after the baseline
};

constexpr int postgresBaselineVersion = 8;

// The migrations this build of Werkbank knows for an engine, oldest first,
// each with the statements for that engine in `statements`.
QList<Migration> workspaceMigrations(SqlEngine engine = SqlEngine::Sqlite);

QStringList postgresBaseline();

} // namespace wb
