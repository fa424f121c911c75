#include "core/inventory/HostServices.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace wb {

namespace {

// "a:b:[::1]:c" → {"a", "b", "::1", "c"}; false for an unclosed bracket.
bool splitColons(const QString &text, QStringList *parts)
{
    parts->clear();
    QString current;
    bool inBrackets = false;
    bool bracketed = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('[') && !inBrackets && current.isEmpty()) {
            inBrackets = bracketed = true;
        } else if (c == QLatin1Char(']') && inBrackets) {
            inBrackets = false;
        } else if (c == QLatin1Char(':') && !inBrackets) {
            parts->append(current);
            current.clear();
            bracketed = false;
        } else {
            if (bracketed && !inBrackets)
                return false; // text after "]" before the colon
            current += c;
        }
    }
    parts->append(current);
    return !inBrackets;
}

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value < 1 || value > 65535 || text.startsWith(QLatin1Char('+')))
        return false;
    *port = quint16(value);
    return true;
}

// A host name or address: letters, digits, dots, dashes, underscores, or an IPv6 address; "*" binds everywhere.
bool isHostWord(const QString &word, bool allowStar)
{
    if (allowStar && word == QLatin1String("*"))
        return true;
    static const QRegularExpression name(QStringLiteral("\\A[A-Za-z0-9_]([A-Za-z0-9._-]{0,252})\\z"));
    // Qt takes anything after "%" as an IPv6 zone: only a zone's usual characters here.
    static const QRegularExpression ipv6(QStringLiteral("\\A[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?\\z"));
    return name.match(word).hasMatch() || (ipv6.match(word).hasMatch() && word.contains(QLatin1Char(':')) && !QHostAddress(word).isNull());
}

QString bracketed(const QString &address)
{
    return address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
}

} // namespace

bool PortForward::parse(const QString &text, PortForward *forward, QString *error)
{
    const QString trimmed = text.trimmed();
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = tr("“%1” is not a port forward: %2").arg(trimmed, why);
        return false;
    };
    static const QRegularExpression shape(QStringLiteral("\\A-([LRD])\\s*(\\S+)\\z"));
    const QRegularExpressionMatch match = shape.match(trimmed);
    if (!match.hasMatch())
        return refuse(tr("write it as ssh does: -L [ADDRESS:]PORT:HOST:HOSTPORT, -R [ADDRESS:]PORT:HOST:HOSTPORT or -D [ADDRESS:]PORT"));
    PortForward parsed;
    const QChar letter = match.captured(1).at(0);
    parsed.kind = letter == QLatin1Char('L') ? Kind::Local : letter == QLatin1Char('R') ? Kind::Remote : Kind::Dynamic;
    QStringList parts;
    if (!splitColons(match.captured(2), &parts))
        return refuse(tr("a bracket is not closed"));
    if (parsed.kind == Kind::Dynamic) {
        if (parts.size() > 2)
            return refuse(tr("-D takes [ADDRESS:]PORT"));
    } else {
        if (parts.size() == 1 || parts.size() == 2)
            return refuse(parsed.kind == Kind::Remote ? tr("a remote SOCKS proxy (-R PORT alone) is not supported; give HOST:HOSTPORT")
                                                      : tr("-L needs PORT:HOST:HOSTPORT"));
        if (parts.size() > 4)
            return refuse(tr("too many parts (an IPv6 address goes in brackets)"));
        const QString hostPort = parts.takeLast();
        parsed.host = parts.takeLast();
        if (!isHostWord(parsed.host, false))
            return refuse(tr("“%1” is not a host name or address").arg(parsed.host));
        if (!parsePort(hostPort, &parsed.hostPort))
            return refuse(tr("“%1” is not a port from 1 to 65535").arg(hostPort));
    }
    const QString bindPort = parts.takeLast();
    if (!parsePort(bindPort, &parsed.bindPort))
        return refuse(tr("“%1” is not a port from 1 to 65535").arg(bindPort));
    if (!parts.isEmpty()) {
        parsed.bindAddress = parts.takeLast();
        if (!parsed.bindAddress.isEmpty() && !isHostWord(parsed.bindAddress, true))
            return refuse(tr("“%1” is not an address to listen on").arg(parsed.bindAddress));
        if (parsed.bindAddress.isEmpty())
            parsed.bindAddress = QStringLiteral("*"); // ":8080", as ssh reads it: every address
    }
    *forward = parsed;
    return true;
}

bool PortForward::fromSshConfig(const QString &keyword, const QStringList &args, PortForward *forward, QString *error)
{
    const QString joined = args.join(QLatin1Char(' '));
    if (keyword == QLatin1String("dynamicforward")) {
        if (args.size() != 1) {
            if (error)
                *error = tr("DynamicForward takes [ADDRESS:]PORT, not “%1”.").arg(joined);
            return false;
        }
        return parse(QStringLiteral("-D ") + args.first(), forward, error);
    }
    const bool local = keyword == QLatin1String("localforward");
    if (args.size() != 2) {
        if (error)
            *error = local ? tr("LocalForward takes [ADDRESS:]PORT HOST:HOSTPORT, not “%1”.").arg(joined)
                           : tr("RemoteForward takes [ADDRESS:]PORT HOST:HOSTPORT (a remote SOCKS proxy is not supported), not “%1”.").arg(joined);
        return false;
    }
    return parse((local ? QStringLiteral("-L ") : QStringLiteral("-R ")) + args.at(0) + QLatin1Char(':') + args.at(1), forward, error);
}

QString PortForward::text() const
{
    // Put together, never through arg(): an address may hold a "%" (an IPv6 zone).
    const QString bind = bindAddress.isEmpty() ? QString() : bracketed(bindAddress) + QLatin1Char(':');
    const QString listen = bind + QString::number(bindPort);
    switch (kind) {
    case Kind::Local:
        return QStringLiteral("-L ") + listen + QLatin1Char(':') + bracketed(host) + QLatin1Char(':') + QString::number(hostPort);
    case Kind::Remote:
        return QStringLiteral("-R ") + listen + QLatin1Char(':') + bracketed(host) + QLatin1Char(':') + QString::number(hostPort);
    case Kind::Dynamic:
        return QStringLiteral("-D ") + listen;
    }
    return {};
}

bool PortForward::listensBeyondLoopback() const
{
    if (kind == Kind::Remote || bindAddress.isEmpty() || bindAddress == QLatin1String("localhost"))
        return false;
    const QHostAddress address(bindAddress);
    return address.isNull() || !address.isLoopback(); // "*", a name or another address
}

bool RemoteDesktop::parse(const QString &text, RemoteDesktop *desktop, QString *error)
{
    const QString word = text.trimmed().toLower();
    RemoteDesktop parsed;
    if (!word.isEmpty()) {
        const QString protocol = word.section(QLatin1Char(':'), 0, 0);
        const QString port = word.contains(QLatin1Char(':')) ? word.section(QLatin1Char(':'), 1) : QString();
        parsed.protocol = protocol == QLatin1String("rdp") ? Protocol::Rdp : protocol == QLatin1String("vnc") ? Protocol::Vnc : Protocol::None;
        if (parsed.protocol == Protocol::None || (word.contains(QLatin1Char(':')) && !parsePort(port, &parsed.port))) {
            if (error)
                *error = tr("“%1” is no remote desktop: write rdp or vnc, with :PORT when it is not the usual one.").arg(text.trimmed());
            return false;
        }
        if (parsed.port == RemoteDesktop{parsed.protocol, 0}.effectivePort())
            parsed.port = 0; // "rdp:3389" is "rdp": one spelling, so equal settings compare equal
    }
    *desktop = parsed;
    return true;
}

QString RemoteDesktop::text() const
{
    const QString name = protocol == Protocol::Rdp ? QStringLiteral("rdp") : protocol == Protocol::Vnc ? QStringLiteral("vnc") : QString();
    return name.isEmpty() || port == 0 ? name : QStringLiteral("%1:%2").arg(name).arg(port);
}

quint16 RemoteDesktop::effectivePort() const
{
    if (port != 0)
        return port;
    return protocol == Protocol::Rdp ? 3389 : protocol == Protocol::Vnc ? 5900 : 0;
}

} // namespace wb
