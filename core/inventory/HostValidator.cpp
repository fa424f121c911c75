#include "core/inventory/HostValidator.h"

#include "core/inventory/SshHostOptions.h"
#include "core/text/SshTokens.h"

#include "core/inventory/HostServices.h"

#include "core/inventory/ReachabilityCheck.h"

#include <QHostAddress>

#include <cctype>
#include <QRegularExpression>

namespace wb {

namespace {
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}
} // namespace

bool HostValidator::isValidHostName(const QString &name)
{
    // RFC 1123 labels; underscores are tolerated because many internal
    // (Windows/AD) names carry them and OpenSSH resolves them fine.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    QString text = name;
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString &l : labels)
        if (!label.match(l).hasMatch())
            return false;
    return true;
}

bool HostValidator::isValidAddress(const QString &address)
{
    QString text = address.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    // Anything all digits and dots is meant as IPv4 and must be a full dotted
    // quad: inet_aton would read "10.0.0" as 10.0.0.0, which is never what an
    // admin who typed it meant, and 10.0.0.300 is a typo, not a DNS name.
    static const QRegularExpression dottedQuad(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    if (numeric.match(text).hasMatch()) {
        const auto match = dottedQuad.match(text);
        if (!match.hasMatch())
            return false;
        for (int i = 1; i <= 4; ++i)
            if (match.captured(i).toInt() > 255)
                return false;
        return true;
    }
    if (text.contains(QLatin1Char(':'))) {
        QHostAddress ip;
        return ip.setAddress(text) && ip.protocol() == QAbstractSocket::IPv6Protocol;
    }
    return isValidHostName(text);
}

bool HostValidator::isValidSshUser(const QString &user)
{
    // What OpenSSH takes from a config file: POSIX names, the domain forms admins use
    // (user@realm, DOMAIN\user) and Windows account names with spaces. The name also
    // reaches other programs' argument lists (a remote-desktop client), so a leading -
    // (an option there), control characters and every character a shell acts on are
    // refused, $ included: machine accounts (WS0142$) do not log in over SSH.
    static const QString metacharacters = QStringLiteral(";|&$`<>'\"()");
    const QStringView name = user;
    if (name.isEmpty() || name.size() > 128 || name.startsWith(QLatin1Char('-')) || name.trimmed().isEmpty())
        return false;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || metacharacters.contains(c))
            return false;
    return true;
}

QStringList HostValidator::parseTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString HostValidator::validateGroupName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A group needs a name.");
    if (name.size() > 255)
        return tr("The group name is longer than 255 characters.");
    if (hasControlCharacters(name))
        return tr("The group name contains a line break or another control character.");
    if (name.contains(QLatin1Char('/')))
        return tr("The group name may not contain “/”: it separates groups in paths.");
    return {};
}

QStringList HostValidator::parsePortForwards(const QString &text)
{
    QStringList forwards;
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    for (const QString &line : text.split(separators, Qt::SkipEmptyParts)) {
        QString entry = line.trimmed();
        if (entry.startsWith(QLatin1String("'-")))
            entry.remove(0, 1); // a spreadsheet's formula guard, as a CSV export writes it
        if (entry.isEmpty())
            continue;
        PortForward forward;
        forwards.append(PortForward::parse(entry, &forward) ? forward.text() : entry);
    }
    return forwards;
}

QString HostValidator::normalizedRemoteDesktop(const QString &text)
{
    RemoteDesktop desktop;
    return RemoteDesktop::parse(text, &desktop) ? desktop.text() : text.trimmed();
}

QString HostValidator::normalizedMac(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString hex;
    for (const QChar c : trimmed) {
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        if (c.unicode() > 0x7f || !isxdigit(c.toLatin1()))
            return trimmed;
        hex += c.toLower();
    }
    if (hex.size() != 12)
        return trimmed;
    QStringList bytes;
    for (int i = 0; i < 12; i += 2)
        bytes << hex.mid(i, 2);
    return bytes.join(QLatin1Char(':'));
}

QStringList HostValidator::validate(const Host &host)
{
    QStringList errors;
    if (host.name.trimmed().isEmpty())
        errors << tr("A host needs a name.");
    else if (host.name.size() > 255)
        errors << tr("The host name is longer than 255 characters.");
    else if (hasControlCharacters(host.name))
        errors << tr("The host name contains a line break or another control character.");

    if (host.address.trimmed().isEmpty())
        errors << tr("Host “%1” needs an address (a DNS name, IPv4 or IPv6 address).").arg(host.name);
    else if (const QString tokenError = host.address.contains(QLatin1Char(':')) // IPv6: % is a zone, not a token
                                            ? QString()
                                            : SshTokens::check(host.address, SshTokens::hostNameTokens(), false);
             !tokenError.isEmpty())
        errors << tokenError;
    else if (!isValidAddress(host.connectAddress()))
        errors << (host.connectAddress() == host.address
                       ? tr("“%1” is not a valid address: use a DNS name such as web01.example.org, an IPv4 "
                            "address such as 192.0.2.10 or an IPv6 address such as 2001:db8::10.")
                             .arg(host.address)
                       : tr("“%1” is not a valid address for “%2”: with %h as the host's name it reads “%3”.")
                             .arg(host.address, host.name, host.connectAddress()));

    if (host.port < 1 || host.port > 65535)
        errors << tr("Port %1 is out of range: SSH ports run from 1 to 65535.").arg(host.port);

    if (!host.sshUser.isEmpty() && !isValidSshUser(host.sshUser))
        errors << tr("“%1” is not a valid SSH user name: it may not start with “-” or contain a line break, "
                     "another control character or any of ; | & $ ` < > ' \" ( ).")
                      .arg(host.sshUser);

    if (host.authMethod == AuthMethod::KeyFile && host.identityFile.trimmed().isEmpty())
        errors << tr("Authentication by key file needs an identity file.");
    if (hasControlCharacters(host.identityFile))
        errors << tr("The identity file path contains a line break or another control character.");
    else if (const QString tokenError = SshTokens::check(host.identityFile, SshTokens::pathTokens(), true); !tokenError.isEmpty())
        errors << tokenError;

    // One word, as known_hosts writes a host field: no blank, comma or control character.
    if (!host.hostKeyAlias.isEmpty()
        && (hasControlCharacters(host.hostKeyAlias) || host.hostKeyAlias.contains(QLatin1Char(','))
            || host.hostKeyAlias.contains(QLatin1Char(' ')) || host.hostKeyAlias.startsWith(QLatin1Char('-'))))
        errors << tr("The host key alias “%1” must be one word: no blanks, commas, control characters or leading “-”.")
                      .arg(host.hostKeyAlias);
    if (hasControlCharacters(host.knownHostsFile))
        errors << tr("The known_hosts file path contains a line break or another control character.");
    QString checkError;
    ReachabilityCheck check;
    if (!ReachabilityCheck::parse(host.reachabilityCheck, &check, &checkError))
        errors << checkError;

    errors << SshHostOptions::validate(host.sshOptions);
    if (host.authMethod == AuthMethod::Agent && SshHostOptions::value(host.sshOptions, u"IdentityAgent") == QLatin1String("none"))
        errors << tr("A host that logs in with the SSH agent cannot say “IdentityAgent none”.");

    for (const QString &text : host.portForwards) {
        PortForward forward;
        QString forwardError;
        if (!PortForward::parse(text, &forward, &forwardError))
            errors << forwardError;
        else if (forward.text() != text) // stored only in one spelling, so that two equal lists compare equal
            errors << tr("The port forward “%1” is not written as Werkbank stores it (“%2”).").arg(text, forward.text());
    }
    RemoteDesktop desktop;
    QString desktopError;
    if (!RemoteDesktop::parse(host.remoteDesktop, &desktop, &desktopError))
        errors << desktopError;
    else if (desktop.text() != host.remoteDesktop)
        errors << tr("The remote desktop “%1” is not written as Werkbank stores it (“%2”).").arg(host.remoteDesktop, desktop.text());

    static const QRegularExpression stored(QStringLiteral("\\A([0-9a-f]{2}:){5}[0-9a-f]{2}\\z"));
    if (!host.macAddress.isEmpty() && !stored.match(host.macAddress).hasMatch())
        errors << tr("“%1” is not a MAC address: six bytes in hex, as aa:bb:cc:dd:ee:ff (or with “-”, or none, between them).")
                      .arg(host.macAddress);
    if (!host.sessionLog.isEmpty() && host.sessionLog != QLatin1String("on") && host.sessionLog != QLatin1String("off"))
        errors << tr("The session log setting “%1” is none of: empty (as the connection settings say), on, off.").arg(host.sessionLog);

    if (host.id != 0 && host.jumpHostId == host.id)
        errors << tr("A host cannot be its own jump host.");

    for (const QString &tag : host.tags) {
        if (tag.contains(QLatin1Char(',')) || hasControlCharacters(tag)) {
            errors << tr("The tag “%1” contains a comma or a control character.").arg(tag);
            break;
        }
    }
    const QList<const QString *> singleLine = {&host.os, &host.location, &host.owner};
    for (const QString *field : singleLine) {
        if (hasControlCharacters(*field)) {
            errors << tr("OS, location and owner must each fit on one line.");
            break;
        }
    }
    return errors;
}

} // namespace wb
