#pragma once

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Domain types of the inventory: plain values, no I/O.
namespace wb {

enum class HostKind { Server, Workstation, Router, Switch, Firewall, Other };
enum class AuthMethod { Agent, KeyFile, Password };

// Stable, untranslated identifiers used in the database, CSV and the CLI.
QString hostKindId(HostKind kind);
bool hostKindFromId(const QString &id, HostKind *kind);
QString authMethodId(AuthMethod method);
bool authMethodFromId(const QString &id, AuthMethod *method);

// Translated names for display.
QString hostKindDisplayName(HostKind kind);
QString authMethodDisplayName(AuthMethod method);
QList<HostKind> allHostKinds();
QList<AuthMethod> allAuthMethods();

using GroupId = qint64;
using HostId = qint64;

struct Group {
    GroupId id = 0;
    GroupId parentId = 0;   // 0: top level
    QString name;
    int rowVersion = 1;     // the stored row's version this copy was read at; a write based on an older one is refused

    bool operator==(const Group &) const = default;
};

struct Host {
    HostId id = 0;
    GroupId groupId = 0;    // 0: top level
    QString name;
    QString address;        // DNS name, IPv4 or IPv6, as written: may hold %h (the name), as OpenSSH's HostName
    int port = 22;
    HostKind kind = HostKind::Server;
    QString os;
    QStringList tags;
    QString notes;
    QString sshUser;
    AuthMethod authMethod = AuthMethod::Agent;
    QString identityFile;
    HostId jumpHostId = 0;  // 0: direct
    QString location;
    QString owner;
    // OpenSSH's HostKeyAlias: known_hosts lists this host's key under this name.
    QString hostKeyAlias;
    // OpenSSH's UserKnownHostsFile for this host, as written (~ allowed); empty = the workspace's.
    QString knownHostsFile;
    // How the live fleet checks it is up: "" (as its kind says), "ssh", "none"
    // or a TCP port (ReachabilityCheck).
    QString reachabilityCheck;
    // For Wake-on-LAN: six bytes as "aa:bb:cc:dd:ee:ff" (HostValidator::normalizedMac); empty = none.
    QString macAddress;
    // Its terminal sessions logged to a file: "" as Connection Settings say, "on" always, "off" never.
    QString sessionLog;
    // Its tunnels, each as ssh writes it ("-L 8080:db:5432", "-D 1080"; PortForward::text()).
    QStringList portForwards;
    // Its desktop: "", "rdp", "rdp:PORT", "vnc" or "vnc:PORT" (RemoteDesktop).
    QString remoteDesktop;
    // OpenSSH options of its own, each as ssh_config writes it ("ConnectTimeout 10"; SshHostOptions).
    QStringList sshOptions;
    int rowVersion = 1;     // the stored row's version this copy was read at; a write based on an older one is refused

    // The address to connect to: `address` with %h made the host's name and %% a percent sign.
    QString connectAddress() const;

    bool operator==(const Host &) const = default;
};

// The fields of a host one by one, to say which an import file states or what
// changed between two versions of a row.
enum class HostField : quint32 {
    Name = 1u << 0,
    Address = 1u << 1,
    Port = 1u << 2,
    Kind = 1u << 3,
    Os = 1u << 4,
    Tags = 1u << 5,
    Notes = 1u << 6,
    SshUser = 1u << 7,
    AuthMethod = 1u << 8,
    IdentityFile = 1u << 9,
    JumpHost = 1u << 10,
    Location = 1u << 11,
    Owner = 1u << 12,
    Group = 1u << 13,
    HostKeyAlias = 1u << 14,
    KnownHostsFile = 1u << 15,
    ReachabilityCheck = 1u << 16,
    MacAddress = 1u << 17,
    SessionLog = 1u << 18,
    PortForwards = 1u << 19,
    RemoteDesktop = 1u << 20,
    SshOptions = 1u << 21,
};
Q_DECLARE_FLAGS(HostFields, HostField)
Q_DECLARE_OPERATORS_FOR_FLAGS(HostFields)
constexpr HostFields allHostFields()
{
    return HostFields::fromInt((1u << 22) - 1);
}
// The fields whose values differ (the row version is not a field).
HostFields differingFields(const Host &a, const Host &b);
// Translated field names ("address, port"), for sentences about what changed.
QString hostFieldNames(HostFields fields);
// Copies the fields in `fields` from `from` into `into`.
void copyHostFields(const Host &from, HostFields fields, Host *into);

// Where accounts live outside any one host: an LDAP directory.
enum class DirectoryKind { Detect, ActiveDirectory, OpenLdap };
// "" (detect from the root DSE), "ad", "ldap": the database's and the CLI's words.
QString directoryKindId(DirectoryKind kind);
bool directoryKindFromId(const QString &id, DirectoryKind *kind);
QString directoryKindDisplayName(DirectoryKind kind);

using DirectoryId = qint64;

// A directory in the inventory. Its bind password is in the keychain only.
struct Directory {
    DirectoryId id = 0;
    GroupId groupId = 0;      // 0: top level
    QString name;             // unique in the workspace
    QString url;              // ldaps://host[:port], or ldap://host[:port] with StartTLS
    QString baseDn;           // where people are searched
    QString bindDn;           // a DN, or user@REALM for Active Directory
    QString caFile;           // PEM; empty: the system's trusted CAs
    DirectoryKind kind = DirectoryKind::Detect;
    // Active Directory: the domain controllers asked for lockout state (host[:port]).
    QStringList domainControllers;
    QString notes;
    int rowVersion = 1;

    bool operator==(const Directory &) const = default;
};

// A ticket about a host (the tickets' table of links).
struct TicketLink {
    qint64 ticketId = 0;
    HostId hostId = 0;

    bool operator==(const TicketLink &) const = default;
};

// A ticket about a directory, or about one account in it (accountDn set).
struct DirectoryTicketLink {
    qint64 ticketId = 0;
    DirectoryId directoryId = 0;
    QString accountDn;

    bool operator==(const DirectoryTicketLink &) const = default;
};

// Everything in a workspace's inventory, as loaded in one go.
struct InventorySnapshot {
    QList<Group> groups;
    QList<Host> hosts;
    QList<Directory> directories;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::Host)
Q_DECLARE_METATYPE(wb::Group)
Q_DECLARE_METATYPE(wb::InventorySnapshot)
Q_DECLARE_METATYPE(wb::Directory)
