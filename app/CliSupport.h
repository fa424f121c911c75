#pragma once
// What the werkbank-cli commands share: streams, usage errors, the workspace.

#include "core/inventory/Inventory.h"
#include "core/jobs/PendingWork.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace wb {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(wb::Cli)
public:
    // "Several hosts are named “web01”: siteA/web01, siteB/web01. Name one by its path."
    static QString ambiguousHost(const QString &name, const QStringList &paths);
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
// Parses the options of `command` (--help prints and exits).
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// Opens the workspace named by --workspace and loads its inventory. Work
// registered in `pending` (account actions, keychain writes) is waited for
// before the workspace closes, whichever way the command returns.
struct OpenWorkspace
{
    Workspace workspace;
    Inventory inventory;
    PendingWork pending;
    ~OpenWorkspace() { pending.waitUntilDone(); }
    QString error;

    bool open(const QString &path);
};

// werkbank-cli run: one command or script on many hosts.
int runCommand(const QStringList &arguments);
// werkbank-cli account: list or change accounts on one host.
int accountCommand(const QStringList &arguments);
// werkbank-cli ticket: open, list and work tickets.
int ticketCommand(const QStringList &arguments);

} // namespace wb
