#pragma once

#include "core/inventory/Inventory.h"
#include "core/ssh/CommandRunner.h"
#include "core/targets/SshSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace wb {

// What the user names turned into SSH targets, for the window and
// werkbank-cli alike: an inventory group (every host below it), an inventory
// host by name or path, an alias from an OpenSSH client config, or
// user@host:port. A host named twice is one target.
class TargetResolver
{
    Q_DECLARE_TR_FUNCTIONS(wb::TargetResolver)
public:
    TargetResolver(const Inventory &inventory, SshSettings settings) : m_inventory(inventory), m_settings(std::move(settings)) {}

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

    // One inventory host (and its jump chain).
    bool addInventoryHost(HostId id, QString *error);
    // Each of them, in order; stops at the first that fails.
    bool addInventoryHosts(const QList<HostId> &ids, QString *error);

    // What was added, in order, with the settings applied.
    const QList<SshTarget> &targets() const { return m_targets; }

    // "Several hosts are named “web01”: siteA/web01, siteB/web01. Name one by its path."
    static QString ambiguousHost(const QString &name, const QStringList &paths);

private:
    const Inventory &m_inventory;
    SshSettings m_settings;
    QString m_identity;
    QHash<QString, Host> m_aliases;
    QHash<QString, QString> m_aliasJumps;
    QSet<HostId> m_seen;
    QList<SshTarget> m_targets;
};

} // namespace wb
