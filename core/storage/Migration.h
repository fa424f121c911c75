#pragma once

#include <QList>
#include <QStringList>

namespace wb {

// One numbered schema step. Ids use AUTOINCREMENT so an undone delete can
// bring rows back under their old ids.
// Versions start at 1 and increase by one; a step's
// statements run in the same transaction as the schema_version bump, so a
// failing statement leaves the workspace exactly as it was.
struct Migration {
    int version = 0;
    QStringList statements;
};

// The migrations this build of Werkbank knows, oldest first.
QList<Migration> workspaceMigrations();

} // namespace wb
