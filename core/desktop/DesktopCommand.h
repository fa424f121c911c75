#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

// How a remote-desktop viewer is started: its program and arguments (never a
// secret) and what goes on its standard input (the password, for FreeRDP's
// /from-stdin). Nothing here runs a shell: each value is one argument.
struct DesktopCommand
{
    Q_DECLARE_TR_FUNCTIONS(wb::DesktopCommand)
public:
    QString program;
    QStringList arguments;
    QByteArray input; // written to the viewer's standard input, then closed; never logged
    // Exit codes that mean the user ended it (FreeRDP: disconnected, logged off).
    QList<int> cleanExitCodes{0};
    // The exit code that means the server refused the login (FreeRDP: 132), -1 when none.
    int loginRefusedExitCode = -1;

    // FreeRDP (xfreerdp) to address:port as `user` ("DOMAIN\user" gives
    // the domain; "user@domain" is passed whole, as FreeRDP takes a UPN),
    // through a SOCKS proxy on 127.0.0.1:`socksPort` when it is not 0 (a
    // Werkbank tunnel: the server keeps its own name and port, so FreeRDP's
    // certificate memory stays with it). The password goes on standard input
    // (/from-stdin:force: read before connecting). `title` names the window.
    // False and `error` when a value cannot be passed safely (a line break,
    // an address that would read as an option).
    static bool rdp(const QString &program, const QString &address, quint16 port, quint16 socksPort, const QString &user,
                    const QString &password, const QString &title, DesktopCommand *command, QString *error);
    // A VNC viewer (TigerVNC's vncviewer and the like) to address:port; it asks for its password itself.
    static bool vnc(const QString &program, const QString &address, quint16 port, DesktopCommand *command, QString *error);

    // The RDP client used unless the settings name another.
    static QString defaultRdpProgram() { return QStringLiteral("xfreerdp"); }
    static QString defaultVncProgram() { return QStringLiteral("vncviewer"); }
    // Where the keychain keeps a desktop password: apart from the SSH login's.
    static QString keychainKey(const QString &user, const QString &host, quint16 port);
};

} // namespace wb
