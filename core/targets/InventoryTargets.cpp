#include "core/targets/InventoryTargets.h"

#include "core/inventory/Inventory.h"
#include "core/text/LocalUser.h"

#include <QDir>
#include <QSysInfo>

#include <unistd.h>

namespace wb {

namespace {

constexpr int maxJumps = 8; // the inventory refuses loops; this only bounds a damaged database


QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// A path as written in the workspace (shared by a team), made the connecting
// person's: ~ and OpenSSH's tokens %d (home), %u (local user), %i (uid),
// %l (this machine), %h, %p, %r (the target) and %%. Others stay as written.
QString expandForConnecting(const QString &path, const SshEndpoint &endpoint)
{
    const QString home = expandHome(path);
    QString expanded;
    expanded.reserve(home.size());
    for (qsizetype i = 0; i < home.size(); ++i) {
        const QChar c = home.at(i);
        if (c != QLatin1Char('%') || i + 1 == home.size()) {
            expanded += c;
            continue;
        }
        switch (home.at(++i).unicode()) {
        case '%': expanded += QLatin1Char('%'); break;
        case 'd': expanded += QDir::homePath(); break;
        case 'u': expanded += localUserName(); break;
        case 'i': expanded += QString::number(getuid()); break;
        case 'l': expanded += QSysInfo::machineHostName(); break;
        case 'h': expanded += endpoint.host; break;
        case 'p': expanded += QString::number(endpoint.port); break;
        case 'r': expanded += endpoint.user; break;
        default: expanded += c; expanded += home.at(i); break;
        }
    }
    return expanded;
}

} // namespace

SshEndpoint InventoryTargets::endpointFor(const Host &host)
{
    SshEndpoint endpoint;
    endpoint.name = host.name;
    endpoint.host = host.address;
    endpoint.port = quint16(host.port);
    endpoint.user = host.sshUser.isEmpty() ? qEnvironmentVariable("USER") : host.sshUser;
    if (host.authMethod == AuthMethod::KeyFile && !host.identityFile.isEmpty())
        endpoint.identityFiles = {expandForConnecting(host.identityFile, endpoint)};
    endpoint.hostKeyAlias = host.hostKeyAlias;
    endpoint.knownHostsFile = expandHome(host.knownHostsFile);
    switch (host.authMethod) {
    case AuthMethod::Agent: endpoint.offer = SshEndpoint::Offer::AgentOnly; break;
    case AuthMethod::KeyFile: endpoint.offer = SshEndpoint::Offer::KeyFilesOnly; break;
    case AuthMethod::Password: endpoint.offer = SshEndpoint::Offer::PasswordOnly; break;
    }
    return endpoint;
}

bool InventoryTargets::forHost(const Inventory &inventory, HostId id, SshTarget *target, QString *error)
{
    const Host *host = inventory.host(id);
    if (!host) {
        *error = tr("The host is no longer in the inventory.");
        return false;
    }
    *target = SshTarget{};
    target->hostId = id;
    target->endpoint = endpointFor(*host);
    // Everything that names the target to the user (run rows, tab titles, errors, logs) reads this.
    target->endpoint.name = inventory.displayName(id);
    QList<SshEndpoint> jumps;
    HostId next = host->jumpHostId;
    while (next != 0) {
        const Host *jump = inventory.host(next);
        if (!jump) {
            *error = tr("The jump host of %1 is no longer in the inventory.").arg(inventory.displayName(id));
            return false;
        }
        if (jumps.size() >= maxJumps) {
            *error = tr("The jump hosts of %1 form a chain longer than %2 hops.").arg(inventory.displayName(id)).arg(maxJumps);
            return false;
        }
        jumps.prepend(endpointFor(*jump));
        jumps.first().name = inventory.displayName(next);
        next = jump->jumpHostId;
    }
    target->options.jumps = jumps;
    return true;
}

} // namespace wb
