#include "TicketWorkLogger.h"

#include "TicketStore.h"
#include "audit/AuditLog.h"

#include <QRegularExpression>

namespace wb {

bool TicketWorkLogger::record(TicketId ticketId, const QList<qint64> &hostIds, const QString &text, QString *error)
{
    if (ticketId <= 0)
        return false;
    TicketStore store(m_db);
    Ticket ticket;
    if (!store.load(ticketId, &ticket, error) || !ticket.isOpen())
        return false;
    const bool linked = std::any_of(hostIds.begin(), hostIds.end(), [&](qint64 id) { return ticket.hostIds.contains(id); });
    if (!linked)
        return false;
    WorkLogEntry entry;
    entry.ticketId = ticketId;
    entry.author = AuditLog::currentOperator();
    entry.text = text;
    entry.isPublic = false;
    return store.addWorkLog(&entry, error);
}

QString TicketWorkLogger::accountAction(const QString &host, const QString &account, const QString &verb, bool succeeded,
                                        const QString &error)
{
    return succeeded ? tr("Account %1 on %2: %3 done.").arg(account, host, verb)
                     : tr("Account %1 on %2: %3 failed: %4").arg(account, host, verb, error);
}

QString TicketWorkLogger::programOf(const QString &command)
{
    // Leading NAME=value words (they may carry a password) and sudo are skipped.
    static const QRegularExpression firstWord(
        QStringLiteral("^\\s*(?:[A-Za-z_][A-Za-z0-9_]*=\\S*\\s+)*(?:sudo\\s+(?:-[ugCDhprtTU]\\s+\\S+\\s+|-\\S+\\s+)*)?([^\\s;|&<>()=]+)"));
    const QString word = firstWord.match(command).captured(1);
    return word.section(QLatin1Char('/'), -1);
}

QString TicketWorkLogger::commandRun(const QString &command, const QStringList &hosts, int ok, int failed)
{
    const QString program = programOf(command);
    const QString where = hosts.size() <= 5 ? hosts.join(QStringLiteral(", ")) : tr("%n host(s)", nullptr, int(hosts.size()));
    return tr("Ran %1 on %2 (%3 ok, %4 failed).").arg(program.isEmpty() ? tr("a script") : program, where).arg(ok).arg(failed);
}

QString TicketWorkLogger::sessionOpened(const QString &host, const QString &login)
{
    return tr("Opened an SSH session to %1 as %2.").arg(host, login);
}

} // namespace wb
