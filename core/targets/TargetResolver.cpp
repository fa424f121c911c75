#include "core/targets/TargetResolver.h"

#include "core/inventory/io/Importers.h"
#include "core/targets/InventoryTargets.h"

#include <QRegularExpression>

namespace wb {

namespace {

// [user@]host[:port], [user@][v6addr]:port
bool parseAdHoc(const QString &text, SshEndpoint *endpoint)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:([^@\s]+)@)?(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9._-]+))(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    endpoint->name = text;
    endpoint->user = match.captured(1).isEmpty() ? qEnvironmentVariable("USER") : match.captured(1);
    endpoint->host = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    const int port = match.captured(4).isEmpty() ? 22 : match.captured(4).toInt();
    if (port < 1 || port > 65535)
        return false;
    endpoint->port = quint16(port);
    return true;
}

} // namespace

QString TargetResolver::ambiguousHost(const QString &name, const QStringList &paths)
{
    return tr("Several hosts are named “%1”: %2. Name one by its path, e.g. --host %3.")
        .arg(name, paths.join(QStringLiteral(", ")), paths.first());
}

bool TargetResolver::loadSshConfig(const QString &path, QString *error)
{
    const ImportResult config = Importers::readSshConfig(path);
    if (config.hasErrors()) {
        *error = config.errors.first().toString();
        return false;
    }
    for (const ImportedHost &imported : config.hosts) {
        m_aliases.insert(imported.host.name, imported.host);
        m_aliasJumps.insert(imported.host.name, imported.jumpHostName);
    }
    return true;
}

bool TargetResolver::addInventoryHosts(const QList<HostId> &ids, QString *error)
{
    for (HostId id : ids)
        if (!addInventoryHost(id, error))
            return false;
    return true;
}

bool TargetResolver::addInventoryHost(HostId id, QString *error)
{
    if (m_seen.contains(id))
        return true;
    m_seen.insert(id);
    SshTarget target;
    if (!InventoryTargets::forHost(m_inventory, id, &target, error))
        return false;
    m_settings.applyTo(&target.options);
    m_targets << target;
    return true;
}

bool TargetResolver::addGroup(const QString &path, QString *error)
{
    const GroupId id = m_inventory.findGroupByPath(path);
    if (id == 0) {
        *error = tr("There is no group “%1” in the inventory.").arg(path);
        return false;
    }
    for (HostId hostId : m_inventory.hostsBelow(id)) {
        if (!addInventoryHost(hostId, error))
            return false;
    }
    return true;
}

bool TargetResolver::addHost(const QString &name, QString *error, bool *ambiguous)
{
    if (m_aliases.contains(name)) {
        // Its ProxyJump chain resolved among the config's own aliases.
        SshTarget target;
        target.endpoint = InventoryTargets::endpointFor(m_aliases.value(name));
        QString jump = m_aliasJumps.value(name);
        while (!jump.isEmpty()) {
            if (!m_aliases.contains(jump) || target.options.jumps.size() >= 8) {
                *error = tr("The ProxyJump chain of “%1” names a host the config does not define.").arg(name);
                return false;
            }
            target.options.jumps.prepend(InventoryTargets::endpointFor(m_aliases.value(jump)));
            jump = m_aliasJumps.value(jump);
        }
        m_settings.applyTo(&target.options);
        m_targets << target;
        return true;
    }
    QStringList candidates;
    if (const HostId id = m_inventory.resolveHost(name, &candidates); id != 0)
        return addInventoryHost(id, error);
    if (!candidates.isEmpty()) {
        *error = ambiguousHost(name, candidates);
        if (ambiguous)
            *ambiguous = true;
        return false;
    }
    SshTarget adHoc;
    if (!parseAdHoc(name, &adHoc.endpoint)) {
        *error = tr("“%1” is neither an inventory host nor user@host:port.").arg(name);
        return false;
    }
    if (!m_identity.isEmpty())
        adHoc.endpoint.identityFiles = {m_identity};
    m_settings.applyTo(&adHoc.options);
    m_targets << adHoc;
    return true;
}

} // namespace wb
