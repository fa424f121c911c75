#include "core/inventory/InventoryTypes.h"

#include "core/text/SshTokens.h"

#include <QCoreApplication>

namespace wb {

namespace {
struct KindName {
    HostKind kind;
    const char *id;
    const char *display;
};

constexpr KindName kKinds[] = {
    {HostKind::Server, "server", QT_TRANSLATE_NOOP("wb::HostKind", "Server")},
    {HostKind::Workstation, "workstation", QT_TRANSLATE_NOOP("wb::HostKind", "Workstation")},
    {HostKind::Router, "router", QT_TRANSLATE_NOOP("wb::HostKind", "Router")},
    {HostKind::Switch, "switch", QT_TRANSLATE_NOOP("wb::HostKind", "Switch")},
    {HostKind::Firewall, "firewall", QT_TRANSLATE_NOOP("wb::HostKind", "Firewall")},
    {HostKind::Other, "other", QT_TRANSLATE_NOOP("wb::HostKind", "Other")},
};

struct AuthName {
    AuthMethod method;
    const char *id;
    const char *display;
};

constexpr AuthName kAuths[] = {
    {AuthMethod::Agent, "agent", QT_TRANSLATE_NOOP("wb::AuthMethod", "SSH agent")},
    {AuthMethod::KeyFile, "key", QT_TRANSLATE_NOOP("wb::AuthMethod", "Key file")},
    {AuthMethod::Password, "password", QT_TRANSLATE_NOOP("wb::AuthMethod", "Password")},
};
struct DirectoryKindName {
    DirectoryKind kind;
    const char *id;
    const char *display;
};

constexpr DirectoryKindName kDirectoryKinds[] = {
    {DirectoryKind::Detect, "", QT_TRANSLATE_NOOP("wb::DirectoryKind", "Detect")},
    {DirectoryKind::ActiveDirectory, "ad", QT_TRANSLATE_NOOP("wb::DirectoryKind", "Active Directory")},
    {DirectoryKind::OpenLdap, "ldap", QT_TRANSLATE_NOOP("wb::DirectoryKind", "LDAP with password policy")},
};
} // namespace

QString directoryKindId(DirectoryKind kind)
{
    for (const auto &k : kDirectoryKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    return {};
}

bool directoryKindFromId(const QString &id, DirectoryKind *kind)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto &k : kDirectoryKinds) {
        if (wanted == QLatin1String(k.id)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString directoryKindDisplayName(DirectoryKind kind)
{
    for (const auto &k : kDirectoryKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("wb::DirectoryKind", k.display);
    return {};
}

QString Host::connectAddress() const
{
    // An IPv6 address has no tokens: its % is a zone (fe80::1%eth0).
    if (!address.contains(QLatin1Char('%')) || address.contains(QLatin1Char(':')))
        return address;
    return SshTokens::expand(address, {{QLatin1Char('h'), name}}, false);
}

QString hostKindId(HostKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    return QStringLiteral("other");
}

bool hostKindFromId(const QString &id, HostKind *kind)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto &k : kKinds) {
        if (wanted == QLatin1String(k.id)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString authMethodId(AuthMethod method)
{
    for (const auto &a : kAuths)
        if (a.method == method)
            return QString::fromLatin1(a.id);
    return QStringLiteral("agent");
}

bool authMethodFromId(const QString &id, AuthMethod *method)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto &a : kAuths) {
        if (wanted == QLatin1String(a.id)) {
            *method = a.method;
            return true;
        }
    }
    return false;
}

QString hostKindDisplayName(HostKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("wb::HostKind", k.display);
    return {};
}

QString authMethodDisplayName(AuthMethod method)
{
    for (const auto &a : kAuths)
        if (a.method == method)
            return QCoreApplication::translate("wb::AuthMethod", a.display);
    return {};
}

QList<HostKind> allHostKinds()
{
    QList<HostKind> kinds;
    for (const auto &k : kKinds)
        kinds.append(k.kind);
    return kinds;
}

QList<AuthMethod> allAuthMethods()
{
    QList<AuthMethod> methods;
    for (const auto &a : kAuths)
        methods.append(a.method);
    return methods;
}

namespace {
struct FieldName {
    HostField field;
    const char *display;
};

constexpr FieldName kFields[] = {
    {HostField::Name, QT_TRANSLATE_NOOP("wb::HostField", "name")},
    {HostField::Group, QT_TRANSLATE_NOOP("wb::HostField", "group")},
    {HostField::Address, QT_TRANSLATE_NOOP("wb::HostField", "address")},
    {HostField::Port, QT_TRANSLATE_NOOP("wb::HostField", "port")},
    {HostField::Kind, QT_TRANSLATE_NOOP("wb::HostField", "kind")},
    {HostField::Os, QT_TRANSLATE_NOOP("wb::HostField", "OS")},
    {HostField::Tags, QT_TRANSLATE_NOOP("wb::HostField", "tags")},
    {HostField::Notes, QT_TRANSLATE_NOOP("wb::HostField", "notes")},
    {HostField::SshUser, QT_TRANSLATE_NOOP("wb::HostField", "SSH user")},
    {HostField::AuthMethod, QT_TRANSLATE_NOOP("wb::HostField", "authentication")},
    {HostField::IdentityFile, QT_TRANSLATE_NOOP("wb::HostField", "identity file")},
    {HostField::JumpHost, QT_TRANSLATE_NOOP("wb::HostField", "jump host")},
    {HostField::Location, QT_TRANSLATE_NOOP("wb::HostField", "location")},
    {HostField::Owner, QT_TRANSLATE_NOOP("wb::HostField", "owner")},
    {HostField::HostKeyAlias, QT_TRANSLATE_NOOP("wb::HostField", "host key alias")},
    {HostField::KnownHostsFile, QT_TRANSLATE_NOOP("wb::HostField", "known_hosts file")},
    {HostField::ReachabilityCheck, QT_TRANSLATE_NOOP("wb::HostField", "reachability check")},
    {HostField::MacAddress, QT_TRANSLATE_NOOP("wb::HostField", "MAC address")},
    {HostField::SessionLog, QT_TRANSLATE_NOOP("wb::HostField", "session log")},
    {HostField::PortForwards, QT_TRANSLATE_NOOP("wb::HostField", "port forwards")},
    {HostField::RemoteDesktop, QT_TRANSLATE_NOOP("wb::HostField", "remote desktop")},
    {HostField::SshOptions, QT_TRANSLATE_NOOP("wb::HostField", "SSH options")},
};
} // namespace

HostFields differingFields(const Host &a, const Host &b)
{
    HostFields result;
    result.setFlag(HostField::Name, a.name != b.name);
    result.setFlag(HostField::Group, a.groupId != b.groupId);
    result.setFlag(HostField::Address, a.address != b.address);
    result.setFlag(HostField::Port, a.port != b.port);
    result.setFlag(HostField::Kind, a.kind != b.kind);
    result.setFlag(HostField::Os, a.os != b.os);
    result.setFlag(HostField::Tags, a.tags != b.tags);
    result.setFlag(HostField::Notes, a.notes != b.notes);
    result.setFlag(HostField::SshUser, a.sshUser != b.sshUser);
    result.setFlag(HostField::AuthMethod, a.authMethod != b.authMethod);
    result.setFlag(HostField::IdentityFile, a.identityFile != b.identityFile);
    result.setFlag(HostField::JumpHost, a.jumpHostId != b.jumpHostId);
    result.setFlag(HostField::Location, a.location != b.location);
    result.setFlag(HostField::Owner, a.owner != b.owner);
    result.setFlag(HostField::HostKeyAlias, a.hostKeyAlias != b.hostKeyAlias);
    result.setFlag(HostField::KnownHostsFile, a.knownHostsFile != b.knownHostsFile);
    result.setFlag(HostField::ReachabilityCheck, a.reachabilityCheck != b.reachabilityCheck);
    result.setFlag(HostField::MacAddress, a.macAddress != b.macAddress);
    result.setFlag(HostField::SessionLog, a.sessionLog != b.sessionLog);
    result.setFlag(HostField::PortForwards, a.portForwards != b.portForwards);
    result.setFlag(HostField::RemoteDesktop, a.remoteDesktop != b.remoteDesktop);
    result.setFlag(HostField::SshOptions, a.sshOptions != b.sshOptions);
    return result;
}

QString hostFieldNames(HostFields fields)
{
    QStringList names;
    for (const auto &f : kFields)
        if (fields.testFlag(f.field))
            names << QCoreApplication::translate("wb::HostField", f.display);
    return names.join(QStringLiteral(", "));
}

void copyHostFields(const Host &from, HostFields fields, Host *into)
{
    if (fields.testFlag(HostField::Name))
        into->name = from.name;
    if (fields.testFlag(HostField::Group))
        into->groupId = from.groupId;
    if (fields.testFlag(HostField::Address))
        into->address = from.address;
    if (fields.testFlag(HostField::Port))
        into->port = from.port;
    if (fields.testFlag(HostField::Kind))
        into->kind = from.kind;
    if (fields.testFlag(HostField::Os))
        into->os = from.os;
    if (fields.testFlag(HostField::Tags))
        into->tags = from.tags;
    if (fields.testFlag(HostField::Notes))
        into->notes = from.notes;
    if (fields.testFlag(HostField::SshUser))
        into->sshUser = from.sshUser;
    if (fields.testFlag(HostField::AuthMethod))
        into->authMethod = from.authMethod;
    if (fields.testFlag(HostField::IdentityFile))
        into->identityFile = from.identityFile;
    if (fields.testFlag(HostField::JumpHost))
        into->jumpHostId = from.jumpHostId;
    if (fields.testFlag(HostField::Location))
        into->location = from.location;
    if (fields.testFlag(HostField::Owner))
        into->owner = from.owner;
    if (fields.testFlag(HostField::HostKeyAlias))
        into->hostKeyAlias = from.hostKeyAlias;
    if (fields.testFlag(HostField::KnownHostsFile))
        into->knownHostsFile = from.knownHostsFile;
    if (fields.testFlag(HostField::ReachabilityCheck))
        into->reachabilityCheck = from.reachabilityCheck;
    if (fields.testFlag(HostField::MacAddress))
        into->macAddress = from.macAddress;
    if (fields.testFlag(HostField::SessionLog))
        into->sessionLog = from.sessionLog;
    if (fields.testFlag(HostField::PortForwards))
        into->portForwards = from.portForwards;
    if (fields.testFlag(HostField::RemoteDesktop))
        into->remoteDesktop = from.remoteDesktop;
    if (fields.testFlag(HostField::SshOptions))
        into->sshOptions = from.sshOptions;
}

} // namespace wb
