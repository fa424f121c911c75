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
    // The command line that runs one of our scripts as root: directly when
    // logged in as root, otherwise through `sudo -S` (its password is the first
    // thing on stdin once sudo prompts for it with sudoPromptFor()). The script
    // first writes readyMarkerFor() to stderr, so whoever feeds stdin knows that
    // sudo is done and the data reaches the script, not sudo. The script is
    // our own fixed text and must hold no single quote.
    //
    // `nonce` (random per run, from the caller) goes into the prompt and the
    // ready line, so text that a login's start-up files or PAM print cannot
    // pass for either: data is never sent on a look-alike.
    static QString commandFor(const QString &script, const QString &nonce = QString());
    static QByteArray sudoPromptFor(const QString &nonce);
    static QByteArray readyMarkerFor(const QString &nonce);
};

} // namespace wb
