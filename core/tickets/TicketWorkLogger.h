#pragma once

#include "core/storage/GuiThreadCheck.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace wb {
class TicketStore;
}

namespace wb {

// Writes what the workbench did into the active ticket's work log: an account
// action, a command run on many hosts, a session opened. Only for work on
// the ticket's own hosts, as an internal entry by the local user, in words
// built here from names and outcomes: never a password, never a command's
// arguments (they may hold one), only its program name.
class TicketWorkLogger
{
    Q_DECLARE_TR_FUNCTIONS(wb::TicketWorkLogger)
public:
    explicit TicketWorkLogger(QSqlDatabase db, const std::source_location &caller = std::source_location::current())
        : m_db(std::move(db))
    {
        checkNotOnGuiThread("TicketWorkLogger", caller);
    }

    // Appends `text` when the ticket exists, is open, and links one of `hostIds`.
    bool record(TicketId ticket, const QList<qint64> &hostIds, const QString &text, QString *error = nullptr);
    // Appends `text` when the ticket exists, is open, and links the directory,
    // or the account `accountDn` in it (ticket_directories).
    bool recordForDirectory(TicketId ticket, qint64 directoryId, const QString &accountDn, const QString &text,
                            QString *error = nullptr);

    static QString accountAction(const QString &host, const QString &account, const QString &verb, bool succeeded,
                                 const QString &error);
    // "Ran systemctl on web01, web02 (2 ok, 1 failed)". `command` is cut to its first word.
    static QString commandRun(const QString &command, const QStringList &hosts, int ok, int failed);
    // The same for a run with a name of its own ("apply updates") instead of a command.
    static QString namedRun(const QString &title, const QStringList &hosts, int ok, int failed);
    static QString sessionOpened(const QString &host, const QString &login);
    static QString sessionFailed(const QString &host, const QString &login, const QString &why);
    // `forwards` as ssh writes them ("-L 8080:db:5432").
    static QString tunnelsStarted(const QString &host, const QString &login, const QStringList &forwards);
    static QString tunnelsFailed(const QString &host, const QString &login, const QString &why);
    // `protocol`: "RDP" or "VNC"; `login` empty for VNC (the viewer asks).
    static QString desktopOpened(const QString &host, const QString &protocol, const QString &login);
    static QString desktopFailed(const QString &host, const QString &protocol, const QString &why);
    // A wake-up packet sent from here (`relay` empty) or through a relay host, to `address`.
    static QString wakeSent(const QString &host, const QString &address, const QString &relay);
    static QString wakeFailed(const QString &host, const QString &why);
    // The program a command line starts: its first word, without a path.
    static QString programOf(const QString &command);

private:
    QSqlDatabase m_db;
    bool append(TicketStore &store, TicketId ticket, const QString &text, QString *error);
};

} // namespace wb
