#pragma once

#include "core/accounts/AccountAction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace wb {

// What a Linux host is sent for an account action: a command line that is
// fixed text (the same for every account, whatever was typed) and the data
// on standard input, one item a line. The remote script reads the lines,
// checks them against the same rules as AccountInput, and only then hands
// them to chpasswd, chage, usermod, faillock or gpasswd as single words.
struct RemoteInvocation
{
    QString command;    // fixed text: never contains account data
    QByteArray input;   // the data, on stdin; holds the password for a reset
    QString script;     // the script inside `command`, for commandFor() with a nonce
};

class LinuxAccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(wb::LinuxAccountCommands)
public:
    // Exit status of the remote script when its own check refuses the data.
    static constexpr int refusedExitStatus = 64;

    // False (and why, in *error) when the action's data may not be sent.
    static bool build(const AccountAction &action, RemoteInvocation *invocation, QString *error);
    // The lines that read the user name from stdin into $u and refuse what
    // AccountInput would refuse (exit refusedExitStatus); every script starts with them.
    static QString readUserScript();
    // The script alone (the part of the command line after `sh -c`), for tests.
    static QString script(AccountAction::Kind kind);
    // The command line that runs one of our scripts as root (SudoExchange::command).
    static QString commandFor(const QString &script, const QString &nonce = QString());
};

} // namespace wb
