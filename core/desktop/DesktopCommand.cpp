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

bool DesktopCommand::rdp(const QString &program, const QString &address, quint16 port, const QString &user, const QString &password,
                         const QString &title, DesktopCommand *command, QString *error)
{
    if (hasLineBreak(user) || hasLineBreak(password) || hasLineBreak(address)) {
        *error = tr("a user name, password or address with a line break cannot be passed to the remote desktop client");
        return false;
    }
    if (user.trimmed().isEmpty()) {
        *error = tr("the remote desktop needs a user name");
        return false;
    }
    QString name = user;
    QString domain;
    if (const int slash = user.indexOf(QLatin1Char('\\')); slash > 0) {
        domain = user.left(slash);
        name = user.mid(slash + 1);
    } else if (const int at = user.lastIndexOf(QLatin1Char('@')); at > 0) {
        name = user.left(at);
        domain = user.mid(at + 1);
    }
    DesktopCommand made;
    made.program = program.isEmpty() ? defaultRdpProgram() : program;
    made.arguments = {QStringLiteral("/v:") + hostPort(address, port), QStringLiteral("/u:") + name};
    if (!domain.isEmpty())
        made.arguments << QStringLiteral("/d:") + domain;
    made.arguments << QStringLiteral("/from-stdin:force") // asked before connecting, on stdin, never on this command line
                   << QStringLiteral("/cert:tofu")         // the server's certificate trusted on first use, as known_hosts
                   << QStringLiteral("/t:") + title << QStringLiteral("+clipboard") << QStringLiteral("/dynamic-resolution");
    // With the user on the command line, FreeRDP 2.11 asks for the password
    // alone (no domain line, also when /d: is not given).
    made.input = password.toUtf8() + '\n';
    *command = made;
    return true;
}

DesktopCommand DesktopCommand::vnc(const QString &program, const QString &address, quint16 port)
{
    DesktopCommand made;
    made.program = program.isEmpty() ? defaultVncProgram() : program;
    // HOST::PORT is a port, HOST:N a display number: the double colon says which.
    const QString host = address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    made.arguments = {host + QStringLiteral("::") + QString::number(port)};
    return made;
}

QString DesktopCommand::keychainKey(const QString &user, const QString &host, quint16 port)
{
    return QStringLiteral("rdp:%1@%2:%3").arg(user, host).arg(port);
}

} // namespace wb
