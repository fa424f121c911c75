#include "widgets/inventory/HostConflict.h"

#include "core/inventory/InventoryTables.h"

namespace wb {

QString HostConflict::fieldText(const InventoryTables &inventory, const Host &h, HostField field)
{
    switch (field) {
    case HostField::Name: return h.name;
    case HostField::Address: return h.address;
    case HostField::Port: return QString::number(h.port);
    case HostField::Kind: return hostKindDisplayName(h.kind);
    case HostField::Os: return h.os;
    case HostField::Tags: return h.tags.join(QStringLiteral(", "));
    case HostField::Notes: return h.notes;
    case HostField::SshUser: return h.sshUser;
    case HostField::AuthMethod: return authMethodDisplayName(h.authMethod);
    case HostField::IdentityFile: return h.identityFile;
    case HostField::JumpHost:
        if (h.jumpHostId == 0)
            return tr("(direct connection)");
        return inventory.host(h.jumpHostId) ? inventory.displayName(h.jumpHostId) : tr("(a deleted host)");
    case HostField::Location: return h.location;
    case HostField::Owner: return h.owner;
    case HostField::HostKeyAlias: return h.hostKeyAlias;
    case HostField::KnownHostsFile: return h.knownHostsFile;
    case HostField::ReachabilityCheck: return h.reachabilityCheck;
    case HostField::MacAddress: return h.macAddress;
    case HostField::SessionLog:
        return h.sessionLog == QLatin1String("on") ? tr("always") : h.sessionLog == QLatin1String("off") ? tr("never") : tr("as the settings say");
    case HostField::PortForwards: return h.portForwards.join(QStringLiteral("; "));
    case HostField::RemoteDesktop: return h.remoteDesktop;
    case HostField::SshOptions: return h.sshOptions.join(QStringLiteral("; "));
    case HostField::Group:
        if (h.groupId == 0)
            return tr("(top level)");
        return inventory.group(h.groupId) ? inventory.groupPath(h.groupId).join(QLatin1Char('/')) : tr("(a deleted group)");
    }
    return {};
}

QList<ConflictField> HostConflict::fields(const InventoryTables &inventory, const Host &base, const Host &mine, const Host &theirs)
{
    QList<ConflictField> fields;
    for (quint32 bit = 1; allHostFields().testFlag(HostField(bit)); bit <<= 1) {
        const auto field = HostField(bit);
        QString label = hostFieldNames(field);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();  // a heading here, a word inside a sentence elsewhere
        fields.append({int(bit), label, fieldText(inventory, base, field), fieldText(inventory, mine, field),
                       fieldText(inventory, theirs, field)});
    }
    return fields;
}

Host HostConflict::merged(const Host &mine, const Host &theirs, const QList<int> &keysFromMine)
{
    HostFields fromMine;
    for (int key : keysFromMine)
        fromMine |= HostField(quint32(key));
    Host merged = theirs;
    copyHostFields(mine, fromMine, &merged);
    return merged;
}

} // namespace wb
