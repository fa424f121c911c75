#pragma once

#include "core/ssh/KnownHosts.h"

#include <QDateTime>
#include <QReadWriteLock>

namespace wb {

// The team known-hosts store of a team workspace, as the SSH workers see it:
// keys a sysadmin accepted for everyone, held in memory (read from the
// workspace, kept current by whoever reads it there) and safe to read from
// any thread. Hosts are matched as known_hosts lines name them (the host, or
// its HostKeyAlias, and the port), case-insensitively; no patterns.
class TeamKnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(wb::TeamKnownHosts)
public:
    struct Entry
    {
        QString host;
        quint16 port = 22;
        HostKey key;
        QString acceptedBy;   // the database login that accepted it
        QDateTime acceptedAt; // UTC
    };

    void reset(QList<Entry> entries);
    void add(const Entry &entry);
    QList<Entry> entries() const;

    KnownHosts::Verdict check(const QString &host, quint16 port, const HostKey &key) const;
    QStringList listedTypes(const QString &host, quint16 port) const;
    // Who accepted `key` for the host and when, for the messages; empty when not listed.
    QString acceptedText(const QString &host, quint16 port, const HostKey &key) const;

    // One verdict from the person's known_hosts and the team's: a stop from
    // either (revoked, a changed key) wins, then a key either lists, then a
    // key of another type either lists; unknown only when neither lists any.
    // `fromTeam` says whether the team's verdict is the one returned.
    static KnownHosts::Verdict combined(const KnownHosts::Verdict &personal, const KnownHosts::Verdict &team, bool *fromTeam);

    // How the messages name the store.
    static QString storeName() { return tr("the team's known hosts"); }

private:
    mutable QReadWriteLock m_lock;
    QList<Entry> m_entries;
};

} // namespace wb
