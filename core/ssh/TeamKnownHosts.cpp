#include "core/ssh/TeamKnownHosts.h"

#include <QLocale>

namespace wb {

namespace {
bool sameHost(const TeamKnownHosts::Entry &entry, const QString &host, quint16 port)
{
    return entry.port == port && entry.host.compare(host, Qt::CaseInsensitive) == 0;
}

// How bad a verdict is: the worse one of the two stores wins.
int weight(KnownHosts::Match match)
{
    switch (match) {
    case KnownHosts::Match::Revoked: return 4;
    case KnownHosts::Match::Changed: return 3;
    case KnownHosts::Match::Known: return 2;
    case KnownHosts::Match::OtherType: return 1;
    case KnownHosts::Match::Unknown: return 0;
    }
    return 0;
}
} // namespace

void TeamKnownHosts::reset(QList<Entry> entries)
{
    const QWriteLocker locker(&m_lock);
    m_entries = std::move(entries);
}

void TeamKnownHosts::add(const Entry &entry)
{
    const QWriteLocker locker(&m_lock);
    m_entries.append(entry);
}

QList<TeamKnownHosts::Entry> TeamKnownHosts::entries() const
{
    const QReadLocker locker(&m_lock);
    return m_entries;
}

KnownHosts::Verdict TeamKnownHosts::check(const QString &host, quint16 port, const HostKey &key) const
{
    const QReadLocker locker(&m_lock);
    KnownHosts::Verdict verdict;
    bool matched = false;
    bool sameTypeListed = false;
    for (const Entry &entry : m_entries) {
        if (!sameHost(entry, host, port))
            continue;
        verdict.listed << entry.key;
        if (entry.key.blob == key.blob && entry.key.type == key.type)
            matched = true;
        else if (entry.key.type == key.type)
            sameTypeListed = true;
    }
    if (matched)
        verdict.match = KnownHosts::Match::Known;
    else if (sameTypeListed)
        verdict.match = KnownHosts::Match::Changed;
    else if (!verdict.listed.isEmpty())
        verdict.match = KnownHosts::Match::OtherType;
    return verdict;
}

QStringList TeamKnownHosts::listedTypes(const QString &host, quint16 port) const
{
    const QReadLocker locker(&m_lock);
    QStringList types;
    for (const Entry &entry : m_entries)
        if (sameHost(entry, host, port) && !types.contains(entry.key.type))
            types << entry.key.type;
    return types;
}

QString TeamKnownHosts::acceptedText(const QString &host, quint16 port, const HostKey &key) const
{
    const QReadLocker locker(&m_lock);
    for (const Entry &entry : m_entries)
        if (sameHost(entry, host, port) && entry.key.blob == key.blob)
            return tr("accepted for the team by %1 on %2")
                .arg(entry.acceptedBy, QLocale().toString(entry.acceptedAt.toLocalTime(), QLocale::ShortFormat));
    return {};
}

KnownHosts::Verdict TeamKnownHosts::combined(const KnownHosts::Verdict &personal, const KnownHosts::Verdict &team, bool *fromTeam)
{
    *fromTeam = weight(team.match) > weight(personal.match);
    return *fromTeam ? team : personal;
}

} // namespace wb
