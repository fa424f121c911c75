#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wb {

// What a login may do in a team workspace. PostgreSQL enforces it: roles are
// server-wide, so each workspace has two named after its database,
// <db>_helpdesk and <db>_sysadmin (a member of helpdesk), and every write of
// data is a GRANT. The schema owner (who ran `workspace init`) may do
// everything, including what nobody else may: change an audit record.
enum class TeamRole { None, Helpdesk, Sysadmin, Owner };

// Who works in a workspace: in a team workspace the database login and its
// role; in a personal one the local user, who may do everything.
struct WorkspaceIdentity {
    bool team = false;
    QString login;
    TeamRole role = TeamRole::Owner;
};

class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(wb::TeamRoles)
public:
    // A connection to the team workspace (QPSQL).
    explicit TeamRoles(QSqlDatabase db);

    // "helpdesk" / "sysadmin", as --role takes them; nullopt for anything else.
    static std::optional<TeamRole> fromKey(const QString &key);
    static QString key(TeamRole role);
    // The role's name in the window's language ("Helpdesk", "Sysadmin", "Owner").
    static QString displayName(TeamRole role);

    // The server's name of a workspace role: <db>_helpdesk, <db>_sysadmin.
    QString roleName(TeamRole role) const;

    // Creates the two roles when missing and grants each what it may do;
    // run by the schema owner (init, and after each upgrade). Idempotent.
    bool setUp(QString *error);
    // Gives `login` the role (and takes the other away), creating the login
    // when it does not exist: with a password (stored as a SCRAM verifier made
    // here, so the server never sees it in a statement) or none, for
    // certificate or peer authentication.
    bool grant(const QString &login, TeamRole role, const std::optional<QString> &password, QString *error);
    // Takes both workspace roles away from `login` (the login stays).
    bool revoke(const QString &login, QString *error);
    // The role of this connection's login (session_user).
    TeamRole currentRole(QString *error = nullptr) const;
    // Who this connection works as, for either engine (SQLite: the local user, owner).
    static WorkspaceIdentity identify(const QSqlDatabase &db, QString *error = nullptr);

private:
    // Whether a role (or login) of that name exists; nullopt, *error set, when it cannot be read.
    std::optional<bool> roleExists(const QString &role, QString *error) const;
    bool exec(const QString &statement, QString *error) const;
    QString quoted(const QString &identifier) const;

    QSqlDatabase m_db;
    mutable QString m_database;
};

} // namespace wb
