#pragma once
// What the werkbank-cli commands share: streams, usage errors, the workspace.

#include "core/inventory/Inventory.h"
#include "core/jobs/PendingWork.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

class QCommandLineParser;
class QJsonArray;

namespace wb {

class AccountActionJob;
class AccountReply;

// The translation context of werkbank-cli's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(wb::Cli)
};

QTextStream &out();
QTextStream &err();
// Prints the message on standard error; returns exit status 1.
int fail(const QString &message);
// Prints the message on standard error; returns exit status 2 (wrong usage).
int failUsage(const QString &message);
// Text from a host or a database on a terminal: control characters (escape
// sequences in a hostile account name or ticket title) are shown as '?'.
QString printable(const QString &text, bool keepLineBreaks = false);
// Rows as aligned columns on standard output (the first row is the header).
void printColumns(const QList<QStringList> &rows);
// "Label:  value" lines, the values lined up.
void printFields(const QList<std::pair<QString, QString>> &fields);
// Runs the event loop until the account backend's reply has finished; returns it.
AccountReply *awaitReply(AccountReply *reply);
// Starts the account action job and runs the event loop until it has finished.
void runAccountJob(AccountActionJob &job, bool *succeeded, QString *message);
// A listing's JSON: one array (DESIGN.md, "Companion CLI").
void printJsonArray(const QJsonArray &array);
// One line from standard input, without its line end; false at end of input.
bool readStdinLine(QString *line);
// Asks on the terminal without echo; false when standard input is no terminal.
bool askHidden(const QString &prompt, QString *answer);
// The keychain entry `key` (waiting at most 10 s for the keychain); empty when
// there is none or the keychain cannot be reached.
std::optional<QString> readKeychain(const QString &key);
// Stores a secret in the keychain; false with the keychain's reason.
bool writeKeychain(const QString &key, const QString &secret, QString *error);
bool removeKeychain(const QString &key);
// Parses the options of `command` (--help prints and exits).
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// Opens the workspace named by --workspace and loads its inventory. Work
// registered in `pending` (account actions, keychain writes) is waited for
// before the workspace closes, whichever way the command returns.
// Opens the workspace a command works on. A team workspace whose server
// wants a password gets it from ~/.pgpass (libpq), then from the keychain
// entry the window remembers ("postgresql:<address>"), then by asking on the
// terminal (not echoed); never from the command line.
bool openWorkspace(Workspace *workspace, const QString &location);

struct OpenWorkspace
{
    Workspace workspace;
    Inventory inventory;
    PendingWork pending;
    ~OpenWorkspace() { pending.waitUntilDone(); }
    QString error;

    bool open(const QString &path);
    // Opens it and finds the --group path to work on (*top 0: everything).
    // Returns an exit status (1 with the reason printed), 0 to go on.
    int openAtGroup(const QString &path, const QString &groupPath, GroupId *top);
};

} // namespace wb
