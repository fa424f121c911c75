#include "app/cli/TargetOptions.h"

#include "app/cli/CliSupport.h"
#include "core/targets/TargetResolver.h"

#include <QCommandLineParser>

namespace wb {

TargetOptions::TargetOptions()
    : group(QStringLiteral("group"), Cli::tr("Every host below this group (a path like site/role). Repeatable."), Cli::tr("group")),
      host(QStringLiteral("host"), Cli::tr("An inventory host by name or path (site/role/name), or user@host:port. Repeatable."), Cli::tr("host")),
      identity({QStringLiteral("i"), QStringLiteral("identity")}, Cli::tr("Private key for user@host:port targets."), Cli::tr("file")),
      sshConfig(QStringLiteral("ssh-config"),
                Cli::tr("Resolve --host names as aliases from this OpenSSH client config (HostName, User, Port, IdentityFile, ProxyJump)."),
                Cli::tr("file"))
{
}

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({group, host, identity, sshConfig});
}

bool TargetOptions::isSet(const QCommandLineParser &parser) const
{
    return parser.isSet(group) || parser.isSet(host);
}

int TargetOptions::resolve(const QCommandLineParser &parser, const Inventory &inventory, const SshSettings &settings,
                           QList<SshTarget> *targets) const
{
    TargetResolver resolved(inventory, settings);
    QString error;
    if (parser.isSet(sshConfig) && !resolved.loadSshConfig(parser.value(sshConfig), &error))
        return fail(error);
    if (parser.isSet(identity))
        resolved.setIdentity(parser.value(identity));
    for (const QString &path : parser.values(group)) {
        if (!resolved.addGroup(path, &error))
            return fail(error);
    }
    for (const QString &name : parser.values(host)) {
        bool ambiguous = false;
        if (!resolved.addHost(name, &error, &ambiguous))
            return ambiguous ? failUsage(error) : fail(error);
    }
    *targets = resolved.targets();
    return 0;
}

} // namespace wb
