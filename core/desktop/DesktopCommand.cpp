#include "core/desktop/DesktopCommand.h"

namespace wb {

namespace {

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.contains(QChar(0));
}

QString hostPort(const QString &address, quint16 port)
{
    const QString host = address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace

namespace {

bool addressUsable(const QString &address, QString *error)
{
    if (address.isEmpty() || address.startsWith(QLatin1Char('-'))) {
        *error = DesktopCommand::tr("“%1” is not an address a viewer can be given").arg(address);
        return false;
    }
    return true;
}

} // namespace

bool DesktopCommand::rdp(const QString &program, const QString &address, quint16 port, quint16 socksPort, const QString &user,
                         const QString &password, const QString &title, DesktopCommand *command, QString *error)
{
    if (hasLineBreak(user) || hasLineBreak(password) || hasLineBreak(address)) {
        *error = tr("a user name, password or address with a line break cannot be passed to the remote desktop client");
        return false;
    }
    if (!addressUsable(address, error))
        return false;
    if (user.trimmed().isEmpty()) {
        *error = tr("the remote desktop needs a user name");
        return false;
    }
    QString name = user;
    QString domain;
    if (const int slash = user.indexOf(QLatin1Char('\\')); slash > 0) {
        domain = user.left(slash);
        name = user.mid(slash + 1);
    }
    DesktopCommand made;
    made.program = program.isEmpty() ? defaultRdpProgram() : program;
    made.arguments = {QStringLiteral("/v:") + hostPort(address, port), QStringLiteral("/u:") + name};
    if (!domain.isEmpty())
        made.arguments << QStringLiteral("/d:") + domain;
    if (socksPort != 0)
        made.arguments << QStringLiteral("/proxy:socks5://127.0.0.1:%1").arg(socksPort);
    made.arguments << QStringLiteral("/from-stdin:force") // asked before connecting, on stdin, never on this command line
                   << QStringLiteral("/cert:tofu")         // the server's certificate trusted on first use, as known_hosts
                   << QStringLiteral("/t:") + title << QStringLiteral("+clipboard") << QStringLiteral("/dynamic-resolution");
    // With the user on the command line, FreeRDP 2.11 asks for the password
    // alone (no domain line, also when /d: is not given).
    made.input = password.toUtf8() + '\n';
    // xfreerdp's own codes: 1 disconnected, 2 logged off, 11 disconnected by the user; 132 the login refused.
    made.cleanExitCodes = {0, 1, 2, 11};
    made.loginRefusedExitCode = 132;
    *command = made;
    return true;
}

bool DesktopCommand::vnc(const QString &program, const QString &address, quint16 port, DesktopCommand *command, QString *error)
{
    if (hasLineBreak(address) || !addressUsable(address, error)) {
        if (error->isEmpty())
            *error = tr("a user name, password or address with a line break cannot be passed to the remote desktop client");
        return false;
    }
    DesktopCommand made;
    made.program = program.isEmpty() ? defaultVncProgram() : program;
    // HOST::PORT is a port, HOST:N a display number: the double colon says which.
    const QString host = address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    made.arguments = {host + QStringLiteral("::") + QString::number(port)};
    *command = made;
    return true;
}

QString DesktopCommand::keychainKey(const QString &user, const QString &host, quint16 port)
{
    return QStringLiteral("rdp:%1@%2:%3").arg(user, host).arg(port);
}

} // namespace wb
