#include "core/targets/InventoryTargets.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/SshHostOptions.h"
#include "core/text/LocalUser.h"
#include "core/text/SshTokens.h"

#include <QCryptographicHash>
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
// person's: ~, ${VAR} and OpenSSH's tokens for IdentityFile (SshTokens::pathTokens()):
// %d (home), %u (local user), %i (uid), %l/%L (this machine), %h, %p, %r, %n, %k,
// %C (the target) and %%.
QString expandForConnecting(const QString &path, const Host &host, const SshEndpoint &endpoint)
{
    const QString home = expandHome(path);
    if (!SshTokens::hasTokens(home))
        return home;
    const QString machine = QSysInfo::machineHostName();
    const QString port = QString::number(endpoint.port);
    const QString remoteHost = endpoint.host.toLower(); // as ssh names it, once its HostName is settled
    const QByteArray connection = (machine + remoteHost + port + endpoint.user).toUtf8();
    const QHash<QChar, QString> values = {
        {QLatin1Char('d'), QDir::homePath()},
        {QLatin1Char('u'), localUserName()},
        {QLatin1Char('i'), QString::number(getuid())},
        {QLatin1Char('l'), machine},
        {QLatin1Char('L'), machine.section(QLatin1Char('.'), 0, 0)},
        {QLatin1Char('h'), remoteHost},
        {QLatin1Char('p'), port},
        {QLatin1Char('r'), endpoint.user},
        {QLatin1Char('n'), host.name},
        {QLatin1Char('k'), host.hostKeyAlias.isEmpty() ? host.name : host.hostKeyAlias},
        {QLatin1Char('C'), QString::fromLatin1(QCryptographicHash::hash(connection, QCryptographicHash::Sha1).toHex())},
    };
    return SshTokens::expand(home, values, true);
}

// The host's own OpenSSH options (stored checked by SshHostOptions) on its endpoint.
void applyHostOptions(const Host &host, SshEndpoint *endpoint)
{
    const QStringList &options = host.sshOptions;
    auto number = [&](QStringView keyword, int absent) {
        const QString value = SshHostOptions::value(options, keyword);
        return value.isEmpty() ? absent : value.toInt();
    };
    endpoint->connectTimeoutSeconds = number(u"ConnectTimeout", 0);
    endpoint->serverAliveIntervalSeconds = number(u"ServerAliveInterval", -1);
    endpoint->serverAliveCountMax = number(u"ServerAliveCountMax", 3);
    endpoint->compression = SshHostOptions::value(options, u"Compression");
    endpoint->kexAlgorithms = SshHostOptions::value(options, u"KexAlgorithms");
    endpoint->ciphers = SshHostOptions::value(options, u"Ciphers");
    endpoint->hostKeyAlgorithms = SshHostOptions::value(options, u"HostKeyAlgorithms");
    const QString agent = SshHostOptions::value(options, u"IdentityAgent");
    endpoint->identityAgent = agent == QLatin1String("none") || agent == QLatin1String("SSH_AUTH_SOCK")
                                  ? agent : expandForConnecting(agent, host, *endpoint);
}

} // namespace

SshEndpoint InventoryTargets::endpointFor(const Host &host)
{
    SshEndpoint endpoint;
    endpoint.name = host.name;
    endpoint.host = host.connectAddress();
    endpoint.port = quint16(host.port);
    endpoint.user = host.sshUser.isEmpty() ? qEnvironmentVariable("USER") : host.sshUser;
    if (host.authMethod == AuthMethod::KeyFile && !host.identityFile.isEmpty())
        endpoint.identityFiles = {expandForConnecting(host.identityFile, host, endpoint)};
    endpoint.hostKeyAlias = host.hostKeyAlias;
    endpoint.knownHostsFile = expandHome(host.knownHostsFile);
    if (!host.sshOptions.isEmpty())
        applyHostOptions(host, &endpoint);
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
