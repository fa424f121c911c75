#pragma once
// How werkbank-cli commands turn --group and --host into SSH targets: inventory
// groups and hosts, aliases from an OpenSSH client config, or user@host:port.

#include "core/inventory/Inventory.h"
#include "core/ssh/CommandRunner.h"
#include "core/targets/SshSettings.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace wb {

class CliTargets
{
public:
    CliTargets(const Inventory &inventory, SshSettings settings) : m_inventory(inventory), m_settings(std::move(settings)) {}

    // Aliases for --host names (HostName, User, Port, IdentityFile, ProxyJump).
    bool loadSshConfig(const QString &path, QString *error);
    // The private key for user@host:port targets.
    void setIdentity(const QString &file) { m_identity = file; }
    // Every host below the group path; a host named twice is one target.
    bool addGroup(const QString &path, QString *error);
    // An alias, an inventory host by name or by path (site/role/name), or
    // user@host:port. A bare name several inventory hosts share is refused
    // with their paths and *ambiguous set (a usage error: exit status 2).
    bool addHost(const QString &name, QString *error, bool *ambiguous = nullptr);

    const QList<RunTarget> &targets() const { return m_targets; }

private:
    bool addInventoryHost(HostId id, QString *error);

    const Inventory &m_inventory;
    SshSettings m_settings;
    QString m_identity;
    QHash<QString, Host> m_aliases;
    QHash<QString, QString> m_aliasJumps;
    QSet<HostId> m_seen;
    QList<RunTarget> m_targets;
};

} // namespace wb
