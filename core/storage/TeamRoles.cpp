#include "core/storage/TeamRoles.h"

#include "core/storage/SqlDialect.h"
#include "core/text/LocalUser.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>

namespace wb {

namespace {

// What each role may write; both read everything. Nobody but the owner
// changes or removes an audit record or a work-log entry (append-only), the
// schema version, or a search index row (kept by SECURITY DEFINER triggers).
constexpr const char *helpdeskWrites[] = {
    "INSERT, UPDATE ON tickets",
    "INSERT, DELETE ON ticket_hosts, ticket_directories",
    "INSERT ON ticket_worklog",
    "INSERT ON audit_log",
    "INSERT, UPDATE, DELETE ON kb_articles",
    "INSERT, UPDATE, DELETE ON host_status",
    "INSERT, DELETE ON host_facts",
};
constexpr const char *sysadminWrites[] = {
    "INSERT, UPDATE, DELETE ON groups, hosts, directories, snippets, workspace_settings, ticket_categories, group_settings",
    "DELETE ON tickets",
    "INSERT, DELETE ON team_host_keys",
};

} // namespace

TeamRoles::TeamRoles(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<TeamRole> TeamRoles::fromKey(const QString &key)
{
    if (key == QLatin1String("helpdesk"))
        return TeamRole::Helpdesk;
    if (key == QLatin1String("sysadmin"))
        return TeamRole::Sysadmin;
    return std::nullopt;
}

QString TeamRoles::key(TeamRole role)
{
    switch (role) {
    case TeamRole::Helpdesk: return QStringLiteral("helpdesk");
    case TeamRole::Sysadmin: return QStringLiteral("sysadmin");
    case TeamRole::Owner: return QStringLiteral("owner");
    case TeamRole::None: break;
    }
    return QStringLiteral("none");
}

QString TeamRoles::displayName(TeamRole role)
{
    switch (role) {
    case TeamRole::Helpdesk: return tr("Helpdesk");
    case TeamRole::Sysadmin: return tr("Sysadmin");
    case TeamRole::Owner: return tr("Owner");
    case TeamRole::None: break;
    }
    return tr("No role");
}

QString TeamRoles::roleName(TeamRole role) const
{
    if (role != TeamRole::Helpdesk && role != TeamRole::Sysadmin)
        return {};
    if (m_database.isEmpty()) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT current_database()")) && q.next())
            m_database = q.value(0).toString();
    }
    // Role names are 63 bytes at most; a long database name is cut, never the role's part.
    return m_database.toUtf8().left(63 - 9).constData() + QLatin1Char('_') + key(role);
}

bool TeamRoles::setUp(QString *error)
{
    const QString helpdesk = roleName(TeamRole::Helpdesk);
    const QString sysadmin = roleName(TeamRole::Sysadmin);
    if (helpdesk.isEmpty())
        return sql::fail(error, tr("Cannot read the team workspace's database name."));
    for (const QString &role : {helpdesk, sysadmin}) {
        const std::optional<bool> exists = roleExists(role, error);
        if (!exists)
            return false;
        if (!*exists && !exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(role)), error)) {
            return sql::fail(error, tr("Cannot create the role %1 (the login that sets up a team workspace needs "
                                       "CREATEROLE, or a superuser creates %1 and %2 first): %3")
                                        .arg(helpdesk, sysadmin, *error));
        }
    }
    QSqlQuery schema(m_db);
    if (!schema.exec(QStringLiteral("SELECT current_schema(), current_database()")) || !schema.next())
        return sql::fail(error, sql::errorText(schema.lastError()));
    const QString inSchema = quoted(schema.value(0).toString());
    const QString database = quoted(schema.value(1).toString());
    QStringList statements{
        QStringLiteral("GRANT %1 TO %2").arg(quoted(helpdesk), quoted(sysadmin)),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, quoted(helpdesk)),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(inSchema, quoted(helpdesk)),
        // From nothing, so a privilege taken away in a newer version goes.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2, %3").arg(inSchema, quoted(helpdesk), quoted(sysadmin)),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(inSchema, quoted(helpdesk)),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(inSchema, quoted(helpdesk)),
    };
    for (const char *write : helpdeskWrites)
        statements << QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(write), quoted(helpdesk));
    for (const char *write : sysadminWrites)
        statements << QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(write), quoted(sysadmin));
    if (!m_db.transaction())
        return sql::fail(error, sql::errorText(m_db.lastError()));
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(statement, error)) {
            m_db.rollback();
            return sql::fail(error, tr("Cannot grant the team roles their rights: %1").arg(*error));
        }
    }
    return m_db.commit() || sql::fail(error, sql::errorText(m_db.lastError()));
}

bool TeamRoles::grant(const QString &login, TeamRole role, const std::optional<QString> &password, QString *error)
{
    if (role != TeamRole::Helpdesk && role != TeamRole::Sysadmin)
        return sql::fail(error, tr("A login is given the role helpdesk or sysadmin."));
    if (login.isEmpty() || login.toUtf8().size() > 63
        || std::any_of(login.cbegin(), login.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return sql::fail(error, tr("“%1” is not a login name PostgreSQL accepts (1 to 63 bytes, no control characters).")
                                    .arg(login));
    const std::optional<bool> exists = roleExists(login, error);
    if (!exists)
        return false;
    const bool known = *exists;
    QString verifier;
    if (password) {
        // The verifier, not the password, goes to the server: no statement log
        // or pg_stat_activity ever holds it (as psql's \password does).
        PGconn *connection = sql::postgresConnection(m_db);
        char *encrypted = connection ? PQencryptPasswordConn(connection, password->toUtf8().constData(),
                                                             login.toUtf8().constData(), nullptr)
                                     : nullptr;
        if (!encrypted)
            return sql::fail(error, tr("Cannot prepare the password for %1: %2")
                                        .arg(login, connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed()
                                                               : tr("not a PostgreSQL connection")));
        verifier = QString::fromUtf8(encrypted);
        PQfreemem(encrypted);
    }
    const QString passwordClause = password ? QStringLiteral(" PASSWORD '%1'").arg(verifier) : QString();
    const TeamRole other = role == TeamRole::Helpdesk ? TeamRole::Sysadmin : TeamRole::Helpdesk;
    QStringList statements;
    if (!known)
        statements << QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(quoted(login), passwordClause);
    else if (password)
        statements << QStringLiteral("ALTER ROLE %1%2").arg(quoted(login), passwordClause);
    // Revoking a role the login does not have is a warning on the terminal, not news.
    statements << QStringLiteral("SET LOCAL client_min_messages = error")
               << QStringLiteral("REVOKE %1 FROM %2").arg(quoted(roleName(other)), quoted(login))
               << QStringLiteral("GRANT %1 TO %2").arg(quoted(roleName(role)), quoted(login));
    if (!m_db.transaction())
        return sql::fail(error, sql::errorText(m_db.lastError()));
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(statement, error)) {
            m_db.rollback();
            return sql::fail(error, tr("Cannot give %1 the role %2: %3").arg(login, roleName(role), *error));
        }
    }
    return m_db.commit() || sql::fail(error, sql::errorText(m_db.lastError()));
}

bool TeamRoles::revoke(const QString &login, QString *error)
{
    const std::optional<bool> exists = roleExists(login, error);
    if (!exists)
        return false;
    if (!*exists)
        return sql::fail(error, tr("There is no login %1 on this server.").arg(login));
    if (!m_db.transaction())
        return sql::fail(error, sql::errorText(m_db.lastError()));
    if (!exec(QStringLiteral("SET LOCAL client_min_messages = error"), error)
        || !exec(QStringLiteral("REVOKE %1, %2 FROM %3")
                     .arg(quoted(roleName(TeamRole::Helpdesk)), quoted(roleName(TeamRole::Sysadmin)), quoted(login)),
                 error)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit() || sql::fail(error, sql::errorText(m_db.lastError()));
}

WorkspaceIdentity TeamRoles::identify(const QSqlDatabase &db, QString *error)
{
    WorkspaceIdentity identity;
    if (sqlEngine(db) != SqlEngine::PostgreSql) {
        identity.login = localUserName();
        return identity;
    }
    identity.team = true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next()) {
        sql::fail(error, sql::errorText(q.lastError()));
        identity.role = TeamRole::None;
        return identity;
    }
    identity.login = q.value(0).toString();
    identity.role = TeamRoles(db).currentRole(error);
    return identity;
}

TeamRole TeamRoles::currentRole(QString *error) const
{
    QSqlQuery q(m_db);
    // By oid: pg_has_role() with the name of a role that does not exist is an error.
    q.prepare(QStringLiteral(
        "SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'schema_version'::regclass), 'MEMBER'),"
        " coalesce((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?), false),"
        " coalesce((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?), false)"));
    q.addBindValue(roleName(TeamRole::Sysadmin));
    q.addBindValue(roleName(TeamRole::Helpdesk));
    if (!q.exec() || !q.next()) {
        sql::fail(error, sql::errorText(q.lastError()));
        return TeamRole::None;
    }
    if (q.value(0).toBool())
        return TeamRole::Owner;
    if (q.value(1).toBool())
        return TeamRole::Sysadmin;
    return q.value(2).toBool() ? TeamRole::Helpdesk : TeamRole::None;
}

std::optional<bool> TeamRoles::roleExists(const QString &role, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec()) {
        sql::fail(error, sql::errorText(q.lastError()));
        return std::nullopt;
    }
    return q.next();
}

bool TeamRoles::exec(const QString &statement, QString *error) const
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    if (error)
        *error = sql::errorText(q.lastError());
    return false;
}

QString TeamRoles::quoted(const QString &identifier) const
{
    QString text = identifier;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace wb
