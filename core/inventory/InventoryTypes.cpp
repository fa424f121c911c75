#include "InventoryTypes.h"

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
} // namespace

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

} // namespace wb
