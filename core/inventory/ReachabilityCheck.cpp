#include "core/inventory/ReachabilityCheck.h"

namespace wb {

bool ReachabilityCheck::parse(const QString &text, ReachabilityCheck *check, QString *error)
{
    const QString word = text.trimmed().toLower();
    ReachabilityCheck parsed;
    if (word.isEmpty() || word == QLatin1String("ssh")) {
        parsed.method = Method::Ssh;
    } else if (word == QLatin1String("none")) {
        parsed.method = Method::None;
    } else {
        bool ok = false;
        const uint port = word.toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            if (error)
                *error = tr("“%1” is no reachability check: write ssh, none, or a TCP port from 1 to 65535.").arg(text.trimmed());
            return false;
        }
        parsed.method = Method::Tcp;
        parsed.port = quint16(port);
    }
    *check = parsed;
    return true;
}

ReachabilityCheck ReachabilityCheck::forKind(HostKind kind)
{
    switch (kind) {
    case HostKind::Workstation:
        return {Method::Tcp, 3389};
    case HostKind::Router:
    case HostKind::Switch:
    case HostKind::Firewall:
        return {Method::Tcp, 443};
    case HostKind::Server:
    case HostKind::Other:
        break;
    }
    return {Method::Ssh, 0};
}

ReachabilityCheck ReachabilityCheck::forHost(const Host &host)
{
    ReachabilityCheck check;
    if (host.reachabilityCheck.trimmed().isEmpty() || !parse(host.reachabilityCheck, &check))
        check = forKind(host.kind);
    if (check.method == Method::Ssh)
        check.port = quint16(host.port);
    return check;
}

QString ReachabilityCheck::text() const
{
    switch (method) {
    case Method::Ssh:
        return QStringLiteral("ssh");
    case Method::None:
        return QStringLiteral("none");
    case Method::Tcp:
        break;
    }
    return QString::number(port);
}

QString ReachabilityCheck::displayText() const
{
    switch (method) {
    case Method::Ssh:
        return port == 0 ? tr("SSH banner") : tr("SSH banner on port %1").arg(port);
    case Method::None:
        return tr("not checked");
    case Method::Tcp:
        break;
    }
    return tr("TCP port %1").arg(port);
}

} // namespace wb
