#pragma once

#include "core/ssh/TeamKnownHosts.h"
#include "core/storage/GuiThreadCheck.h"

#include <QSqlDatabase>

#include <optional>

namespace wb {

// The team known-hosts store in the workspace (team_host_keys): what a
// sysadmin accepted for everyone. Only a team workspace (PostgreSQL) has one
// in use; there the database decides who may add or remove (sysadmin and the
// schema owner) and records the login that accepted a key.
class TeamHostKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(wb::TeamHostKeyStore)
public:
    explicit TeamHostKeyStore(QSqlDatabase db, const std::source_location &caller = std::source_location::current())
        : m_db(std::move(db))
    {
        checkNotOnGuiThread("TeamHostKeyStore", caller);
    }

    // Whether the workspace shares a known-hosts store: a team workspace.
    static bool isShared(const QSqlDatabase &db);

    bool load(QList<TeamKnownHosts::Entry> *entries, QString *error) const;
    // The team's keys of a team workspace; none for a personal one, or when
    // they cannot be read (a warning: the person's known_hosts still decides).
    static std::optional<QList<TeamKnownHosts::Entry>> loadShared(const QSqlDatabase &db);
    // Trusts entry->key for entry->host:port for everyone; writes back who
    // accepted it and when. A key of the same type listed already is refused
    // unless it is this one (then nothing changes): a changed key is removed
    // on purpose first, never replaced in passing.
    bool add(TeamKnownHosts::Entry *entry, QString *error);
    // Removes every key listed for host:port; `removed` says how many.
    bool remove(const QString &host, quint16 port, int *removed, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace wb
