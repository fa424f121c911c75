#pragma once

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

    bool operator==(const Group &) const = default;
};

struct Host {
    HostId id = 0;
    GroupId groupId = 0;    // 0: top level
    QString name;
    QString address;        // DNS name, IPv4 or IPv6
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

    bool operator==(const Host &) const = default;
};

// Everything in a workspace's inventory, as loaded in one go.
struct InventorySnapshot {
    QList<Group> groups;
    QList<Host> hosts;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::Host)
Q_DECLARE_METATYPE(wb::Group)
Q_DECLARE_METATYPE(wb::InventorySnapshot)
