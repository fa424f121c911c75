#include "core/storage/Migration.h"

namespace wb {

namespace {

QList<Migration> sqliteMigrations()
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
         },
         {}}, // before the PostgreSQL baseline
        {2,
         {
             // Workspace-wide settings (for example the known_hosts file to use).
             QStringLiteral("CREATE TABLE workspace_settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         },
         {}}, // before the PostgreSQL baseline
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
         },
         {}}, // before the PostgreSQL baseline
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
         },
         {}}, // before the PostgreSQL baseline
        {5,
         {
             // Tickets (core/tickets), their hosts and work logs, categories as
             // a tree, and knowledge-base articles. Full-text search (FTS5) is
             // kept by triggers, so every writer (window, CLI) keeps it current.
             QStringLiteral("CREATE TABLE ticket_categories ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " parent_id INTEGER REFERENCES ticket_categories(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX ticket_categories_unique ON ticket_categories(ifnull(parent_id, 0), name)"),
             QStringLiteral("INSERT INTO ticket_categories (id, parent_id, name) VALUES"
                            " (1, NULL, 'Account'), (2, 1, 'Password'), (3, 1, 'Access'), (4, NULL, 'Hardware'),"
                            " (5, NULL, 'Software'), (6, NULL, 'Network'), (7, NULL, 'Printer'), (8, NULL, 'E-mail')"),
             QStringLiteral("CREATE TABLE tickets ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " title TEXT NOT NULL,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " requester_name TEXT NOT NULL DEFAULT '',"
                            " requester_email TEXT NOT NULL DEFAULT '',"
                            " requester_phone TEXT NOT NULL DEFAULT '',"
                            " category_id INTEGER REFERENCES ticket_categories(id) ON DELETE SET NULL,"
                            " urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 5),"
                            " impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
                            " priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),"
                            " priority_overridden INTEGER NOT NULL DEFAULT 0,"
                            " status TEXT NOT NULL CHECK (status IN ('new', 'assigned', 'in-progress', 'pending', 'resolved', 'closed')),"
                            " assignee TEXT NOT NULL DEFAULT '',"
                            " due_at TEXT,"
                            " solution TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " first_response_at TEXT,"
                            " resolved_at TEXT,"
                            " closed_at TEXT,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX tickets_by_priority ON tickets(priority DESC, due_at)"),
             QStringLiteral("CREATE INDEX tickets_by_status ON tickets(status, priority DESC, due_at)"),
             QStringLiteral("CREATE INDEX tickets_by_due ON tickets(due_at)"),
             QStringLiteral("CREATE INDEX tickets_by_assignee ON tickets(assignee, status)"),
             QStringLiteral("CREATE INDEX tickets_by_resolved ON tickets(resolved_at)"),
             QStringLiteral("CREATE TABLE ticket_hosts ("
                            " ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                            " host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (ticket_id, host_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX ticket_hosts_by_host ON ticket_hosts(host_id)"),
             QStringLiteral("CREATE TABLE ticket_worklog ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                            " author TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),"
                            " public INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX ticket_worklog_by_ticket ON ticket_worklog(ticket_id, at)"),
             QStringLiteral("CREATE VIRTUAL TABLE ticket_fts USING fts5(title, description, solution, worklog,"
                            " tokenize = 'unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN"
                            " INSERT INTO ticket_fts (rowid, title, description, solution, worklog)"
                            " VALUES (new.id, new.title, new.description, new.solution, '');"
                            " END"),
             QStringLiteral("CREATE TRIGGER tickets_fts_update AFTER UPDATE OF title, description, solution ON tickets BEGIN"
                            " UPDATE ticket_fts SET title = new.title, description = new.description, solution = new.solution"
                            " WHERE rowid = new.id;"
                            " END"),
             QStringLiteral("CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN"
                            " DELETE FROM ticket_fts WHERE rowid = old.id;"
                            " END"),
             // The work log is append-only: each entry adds its words to the ticket's document.
             QStringLiteral("CREATE TRIGGER ticket_worklog_fts AFTER INSERT ON ticket_worklog BEGIN"
                            " UPDATE ticket_fts SET worklog = worklog || ' ' || new.text WHERE rowid = new.ticket_id;"
                            " END"),
             QStringLiteral("CREATE TABLE kb_articles ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " title TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " category_id INTEGER REFERENCES ticket_categories(id) ON DELETE SET NULL,"
                            " tags TEXT NOT NULL DEFAULT '',"
                            " source_ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE VIRTUAL TABLE kb_fts USING fts5(title, body, tags,"
                            " content = 'kb_articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_articles BEGIN"
                            " INSERT INTO kb_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);"
                            " END"),
             QStringLiteral("CREATE TRIGGER kb_fts_update AFTER UPDATE ON kb_articles BEGIN"
                            " INSERT INTO kb_fts (kb_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);"
                            " INSERT INTO kb_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);"
                            " END"),
             QStringLiteral("CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_articles BEGIN"
                            " INSERT INTO kb_fts (kb_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);"
                            " END"),
         },
         {}}, // before the PostgreSQL baseline
        {6,
         {
             // Account actions as two append-only rows sharing an action id: an
             // intent written before anything leaves for the target, an outcome
             // after (ok, failed, unknown). The target is described for Linux
             // hosts and for directories alike: its kind, its id (inventory host
             // or directory; NULL for a target typed as user@host:port), its name
             // or group path, its address:port or DN, and the login used (root or
             // the sudo user). Rows written before this step become outcome rows
             // of their own action.
             QStringLiteral("CREATE TABLE audit_log_v6 ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " action_id TEXT NOT NULL,"
                            " phase TEXT NOT NULL CHECK (phase IN ('intent', 'outcome')),"
                            " at TEXT NOT NULL,"
                            " operator TEXT NOT NULL,"
                            " target_kind TEXT NOT NULL DEFAULT 'linux-host' CHECK (target_kind IN ('linux-host', 'directory')),"
                            " target_id INTEGER,"
                            " target_path TEXT NOT NULL DEFAULT '',"
                            " target_address TEXT NOT NULL DEFAULT '',"
                            " login TEXT NOT NULL DEFAULT '',"
                            " host TEXT NOT NULL,"
                            " account TEXT NOT NULL DEFAULT '',"
                            " action TEXT NOT NULL,"
                            " result TEXT NOT NULL CHECK ((phase = 'intent' AND result = '')"
                            "   OR (phase = 'outcome' AND result IN ('ok', 'failed', 'unknown'))),"
                            " error TEXT NOT NULL DEFAULT '',"
                            " ticket_id INTEGER)"),
             QStringLiteral("INSERT INTO audit_log_v6 (id, action_id, phase, at, operator, target_path, host, account, action,"
                            " result, error, ticket_id)"
                            " SELECT id, 'v4-' || id, 'outcome', at, operator, host, host, account, action, result, error, ticket_id"
                            " FROM audit_log"),
             QStringLiteral("DROP TABLE audit_log"),
             QStringLiteral("ALTER TABLE audit_log_v6 RENAME TO audit_log"),
             QStringLiteral("CREATE UNIQUE INDEX audit_log_action ON audit_log(action_id, phase)"),
             QStringLiteral("CREATE INDEX audit_log_host ON audit_log(host)"),
             // What PostgreSQL's GRANTs do for a team, for one person's file: no
             // statement may change or remove a record once written.
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                            " SELECT RAISE(ABORT, 'audit records are append-only');"
                            " END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                            " SELECT RAISE(ABORT, 'audit records are append-only');"
                            " END"),
         },
         {}}, // before the PostgreSQL baseline
        {7,
         {
             // OpenSSH's HostKeyAlias and UserKnownHostsFile, per host.
             QStringLiteral("ALTER TABLE hosts ADD COLUMN host_key_alias TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE hosts ADD COLUMN known_hosts_file TEXT NOT NULL DEFAULT ''"),
         },
         {}}, // before the PostgreSQL baseline
        {8,
         {
             // The categories the workspace came with get a key, so a window shows
             // them in its language (TicketCategoryNames); names stay as stored,
             // and one the user renamed already keeps no key.
             QStringLiteral("ALTER TABLE ticket_categories ADD COLUMN builtin TEXT"),
             QStringLiteral("UPDATE ticket_categories SET builtin = CASE"
                            " WHEN id = 1 AND parent_id IS NULL AND name = 'Account' THEN 'account'"
                            " WHEN id = 2 AND parent_id = 1 AND name = 'Password' THEN 'password'"
                            " WHEN id = 3 AND parent_id = 1 AND name = 'Access' THEN 'access'"
                            " WHEN id = 4 AND parent_id IS NULL AND name = 'Hardware' THEN 'hardware'"
                            " WHEN id = 5 AND parent_id IS NULL AND name = 'Software' THEN 'software'"
                            " WHEN id = 6 AND parent_id IS NULL AND name = 'Network' THEN 'network'"
                            " WHEN id = 7 AND parent_id IS NULL AND name = 'Printer' THEN 'printer'"
                            " WHEN id = 8 AND parent_id IS NULL AND name = 'E-mail' THEN 'email'"
                            " END"),
         },
         {}}, // before the PostgreSQL baseline
        {9,
         {
             // The team known-hosts store (TeamHostKeyStore): keys a sysadmin
             // accepted for everyone. A personal workspace has the table, empty.
             QStringLiteral("CREATE TABLE team_host_keys ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " host TEXT NOT NULL,"
                            " port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),"
                            " key_type TEXT NOT NULL,"
                            " key_blob TEXT NOT NULL,"
                            " accepted_by TEXT NOT NULL DEFAULT '',"
                            " accepted_at TEXT NOT NULL,"
                            " UNIQUE (host, port, key_type))"),
         },
         {
             QStringLiteral("CREATE TABLE team_host_keys ("
                            " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            " host TEXT NOT NULL,"
                            " port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),"
                            " key_type TEXT NOT NULL,"
                            " key_blob TEXT NOT NULL,"
                            " accepted_by TEXT NOT NULL DEFAULT '',"
                            " accepted_at TEXT NOT NULL,"
                            " UNIQUE (host, port, key_type))"),
             // Who accepted a key is the database login, whatever the client says.
             QStringLiteral("CREATE FUNCTION wb_record_acceptor() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " BEGIN NEW.accepted_by := session_user; RETURN NEW; END $$"),
             QStringLiteral("CREATE TRIGGER team_host_keys_acceptor BEFORE INSERT ON team_host_keys"
                            " FOR EACH ROW EXECUTE FUNCTION wb_record_acceptor()"),
             QStringLiteral("CREATE TRIGGER team_host_keys_notify_insert AFTER INSERT ON team_host_keys"
                            " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change()"),
             QStringLiteral("CREATE TRIGGER team_host_keys_notify_delete AFTER DELETE ON team_host_keys"
                            " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change()"),
             // A workspace whose roles exist already (TeamRoles::setUp grants
             // the same on a new one): everyone reads, sysadmins accept and remove.
             QStringLiteral("DO $$ DECLARE prefix text := left(current_database(), 54); BEGIN"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_helpdesk') THEN"
                            "  EXECUTE format('GRANT SELECT ON team_host_keys TO %I', prefix || '_helpdesk'); END IF;"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_sysadmin') THEN"
                            "  EXECUTE format('GRANT INSERT, DELETE ON team_host_keys TO %I', prefix || '_sysadmin'); END IF;"
                            " END $$"),
         }},
        {10,
         {}, // SQLite's FTS5 needs nothing
         {
             // The search functions give the same answer for the same words, so
             // the planner folds a search into its tsquery before planning and
             // weighs it by the index's statistics: a rare word (a host name)
             // then reads the GIN index instead of walking every ticket newest
             // first, and the function runs once, not once a row.
             QStringLiteral("ALTER FUNCTION wb_search_words(text) IMMUTABLE"),
             QStringLiteral("ALTER FUNCTION wb_search_query(text, boolean) IMMUTABLE"),
             // Statistics on every word the tickets hold, host names included, so
             // the planner knows a host name is rare (a join by id for its few
             // tickets) and a common word is not (newest first, stopping early).
             QStringLiteral("ALTER TABLE ticket_search ALTER COLUMN doc SET STATISTICS 10000"),
             QStringLiteral("ALTER TABLE kb_search ALTER COLUMN doc SET STATISTICS 10000"),
         }},
        {11,
         {
             // Directories (LDAP, Active Directory) in the inventory, and tickets
             // that name one, or an account (by DN) in one.
             QStringLiteral("CREATE TABLE directories ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL UNIQUE,"
                            " url TEXT NOT NULL,"
                            " base_dn TEXT NOT NULL DEFAULT '',"
                            " bind_dn TEXT NOT NULL DEFAULT '',"
                            " ca_file TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL DEFAULT '',"
                            " domain_controllers TEXT NOT NULL DEFAULT '',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX directories_group ON directories(group_id)"),
             QStringLiteral("CREATE TABLE ticket_directories ("
                            " ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                            " directory_id INTEGER NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " account_dn TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (ticket_id, directory_id, account_dn))"),
             QStringLiteral("CREATE INDEX ticket_directories_by_directory ON ticket_directories(directory_id)"),
         },
         {
             QStringLiteral("CREATE TABLE directories ("
                            " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            " group_id BIGINT REFERENCES groups(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL UNIQUE,"
                            " url TEXT NOT NULL,"
                            " base_dn TEXT NOT NULL DEFAULT '',"
                            " bind_dn TEXT NOT NULL DEFAULT '',"
                            " ca_file TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL DEFAULT '',"
                            " domain_controllers TEXT NOT NULL DEFAULT '',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " row_version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX directories_group ON directories(group_id)"),
             QStringLiteral("CREATE TABLE ticket_directories ("
                            " ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                            " directory_id BIGINT NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " account_dn TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (ticket_id, directory_id, account_dn))"),
             QStringLiteral("CREATE INDEX ticket_directories_by_directory ON ticket_directories(directory_id)"),
             QStringLiteral("CREATE TRIGGER directories_notify_insert AFTER INSERT ON directories"
                            " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change()"),
             QStringLiteral("CREATE TRIGGER directories_notify_update AFTER UPDATE ON directories"
                            " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change()"),
             QStringLiteral("CREATE TRIGGER directories_notify_delete AFTER DELETE ON directories"
                            " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change()"),
             // A workspace whose roles exist already (TeamRoles::setUp grants the
             // same on a new one): everyone reads; the helpdesk links tickets,
             // sysadmins keep the directories.
             QStringLiteral("DO $$ DECLARE prefix text := left(current_database(), 54); BEGIN"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_helpdesk') THEN"
                            "  EXECUTE format('GRANT SELECT ON directories, ticket_directories TO %I', prefix || '_helpdesk');"
                            "  EXECUTE format('GRANT INSERT, DELETE ON ticket_directories TO %I', prefix || '_helpdesk'); END IF;"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_sysadmin') THEN"
                            "  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON directories TO %I', prefix || '_sysadmin'); END IF;"
                            " END $$"),
         }},
        {12,
         {
             // The live fleet: how each host is checked for reachability ("" as
             // its kind says, "ssh", "none" or a TCP port), and what the last
             // sweep saw (one row a host, replaced by each sweep).
             QStringLiteral("ALTER TABLE hosts ADD COLUMN reachability_check TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE host_status ("
                            " host_id INTEGER PRIMARY KEY REFERENCES hosts(id) ON DELETE CASCADE,"
                            " state TEXT NOT NULL,"
                            " latency_ms INTEGER,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " checked_at TEXT NOT NULL,"
                            " last_seen_at TEXT)"),
         },
         {
             QStringLiteral("ALTER TABLE hosts ADD COLUMN reachability_check TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE host_status ("
                            " host_id BIGINT PRIMARY KEY REFERENCES hosts(id) ON DELETE CASCADE,"
                            " state TEXT NOT NULL,"
                            " latency_ms INTEGER,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " checked_at TEXT NOT NULL,"
                            " last_seen_at TEXT)"),
             // Whoever sweeps records what they saw: it is an observation, not an edit.
             QStringLiteral("DO $$ DECLARE prefix text := left(current_database(), 54); BEGIN"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_helpdesk') THEN"
                            "  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON host_status TO %I', prefix || '_helpdesk'); END IF;"
                            " END $$"),
         }},
        {13,
         {
             // Facts gathered over SSH, a compact JSON snapshot per gather, kept
             // with their history (FactsStore thins it out); and settings per
             // group (how its hosts' last good backup is found).
             QStringLiteral("CREATE TABLE host_facts ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                            " taken_at TEXT NOT NULL,"
                            " facts TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX host_facts_by_host ON host_facts(host_id, taken_at)"),
             QStringLiteral("CREATE TABLE group_settings ("
                            " group_id INTEGER PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,"
                            " backup_check TEXT NOT NULL DEFAULT '')"),
         },
         {
             QStringLiteral("CREATE TABLE host_facts ("
                            " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            " host_id BIGINT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                            " taken_at TEXT NOT NULL,"
                            " facts TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX host_facts_by_host ON host_facts(host_id, taken_at)"),
             QStringLiteral("CREATE TABLE group_settings ("
                            " group_id BIGINT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,"
                            " backup_check TEXT NOT NULL DEFAULT '')"),
             // Gathering records facts (an observation); only sysadmins say where backups are.
             QStringLiteral("DO $$ DECLARE prefix text := left(current_database(), 54); BEGIN"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_helpdesk') THEN"
                            "  EXECUTE format('GRANT SELECT, INSERT, DELETE ON host_facts TO %I', prefix || '_helpdesk');"
                            "  EXECUTE format('GRANT SELECT ON group_settings TO %I', prefix || '_helpdesk'); END IF;"
                            " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_sysadmin') THEN"
                            "  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON group_settings TO %I', prefix || '_sysadmin'); END IF;"
                            " END $$"),
         }},
        {14,
         {
             // Workstations: a MAC address for Wake-on-LAN; and whether a
             // host's terminal sessions are logged ("" as the settings say, "on", "off").
             QStringLiteral("ALTER TABLE hosts ADD COLUMN mac_address TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE hosts ADD COLUMN session_log TEXT NOT NULL DEFAULT ''"),
         },
         {
             QStringLiteral("ALTER TABLE hosts ADD COLUMN mac_address TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE hosts ADD COLUMN session_log TEXT NOT NULL DEFAULT ''"),
         }},
        {15,
         {
             // How a group's workstations are woken (WakeStore): the address the
             // magic packet goes to ("" with no relay: as the group above), and
             // the relay host that sends it in their subnet (none: from here).
             // No foreign key: a deleted relay stays named, so a wake says it is
             // gone instead of broadcasting from here into the wrong subnet, and
             // undoing the delete brings it back under the same id.
             QStringLiteral("ALTER TABLE group_settings ADD COLUMN wake_address TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE group_settings ADD COLUMN wake_relay INTEGER"),
         },
         {
             QStringLiteral("ALTER TABLE group_settings ADD COLUMN wake_address TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE group_settings ADD COLUMN wake_relay BIGINT"),
         }},
        {16,
         {
             // A host's tunnels, one per line as ssh writes them ("-L 8080:db:5432"),
             // and how its desktop is reached ("rdp", "vnc:5901").
             QStringLiteral("ALTER TABLE hosts ADD COLUMN port_forwards TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE hosts ADD COLUMN remote_desktop TEXT NOT NULL DEFAULT ''"),
         },
         {
             QStringLiteral("ALTER TABLE hosts ADD COLUMN port_forwards TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE hosts ADD COLUMN remote_desktop TEXT NOT NULL DEFAULT ''"),
         }},
        {17,
         {
             // A host's own OpenSSH options, one per line as ssh_config writes them
             // ("ConnectTimeout 10"; SshHostOptions).
             QStringLiteral("ALTER TABLE hosts ADD COLUMN ssh_options TEXT NOT NULL DEFAULT ''"),
         },
         {
             QStringLiteral("ALTER TABLE hosts ADD COLUMN ssh_options TEXT NOT NULL DEFAULT ''"),
         }},
    };
}

} // namespace

QList<Migration> workspaceMigrations(SqlEngine engine)
{
    const QList<Migration> all = sqliteMigrations();
    if (engine == SqlEngine::Sqlite)
        return all;
    QList<Migration> postgres{{postgresBaselineVersion, postgresBaseline(), {}}};
    for (const Migration &migration : all) {
        if (migration.version > postgresBaselineVersion)
            postgres.append({migration.version, migration.postgresStatements, {}});
    }
    return postgres;
}

} // namespace wb
