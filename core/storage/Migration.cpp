#include "Migration.h"

namespace wb {

QList<Migration> workspaceMigrations()
{
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE groups ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " parent_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX groups_unique_name ON groups(ifnull(parent_id, 0), name)"),
             QStringLiteral("CREATE TABLE hosts ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " address TEXT NOT NULL,"
                            " port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),"
                            " kind TEXT NOT NULL DEFAULT 'server',"
                            " os TEXT NOT NULL DEFAULT '',"
                            " tags TEXT NOT NULL DEFAULT '',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " ssh_user TEXT NOT NULL DEFAULT '',"
                            " auth_method TEXT NOT NULL DEFAULT 'agent',"
                            " identity_file TEXT NOT NULL DEFAULT '',"
                            " jump_host_id INTEGER REFERENCES hosts(id) ON DELETE SET NULL,"
                            " location TEXT NOT NULL DEFAULT '',"
                            " owner TEXT NOT NULL DEFAULT '',"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX hosts_unique_name ON hosts(ifnull(group_id, 0), name)"),
             QStringLiteral("CREATE INDEX hosts_group ON hosts(group_id)"),
         }},
        {2,
         {
             // Workspace-wide settings (for example the known_hosts file to use).
             QStringLiteral("CREATE TABLE workspace_settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         }},
        {3,
         {
             // Saved commands and scripts. Names are unique regardless of
             // case, so "Disk usage" and "disk usage" cannot both be offered
             // in the Run Snippet menu.
             QStringLiteral("CREATE TABLE snippets ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " body TEXT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
         }},
        {4,
         {
             // What was done to which account on which host, by whom: append-only, never a secret.
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at TEXT NOT NULL,"
                            " operator TEXT NOT NULL,"
                            " host TEXT NOT NULL,"
                            " account TEXT NOT NULL DEFAULT '',"
                            " action TEXT NOT NULL,"
                            " result TEXT NOT NULL CHECK (result IN ('ok', 'failed')),"
                            " error TEXT NOT NULL DEFAULT '',"
                            " ticket_id INTEGER)"),
             QStringLiteral("CREATE INDEX audit_log_host ON audit_log(host)"),
         }},
    };
}

} // namespace wb
