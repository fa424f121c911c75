#include "core/tickets/TicketWorkLogger.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlDialect.h"
#include "core/tickets/TicketStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QRegularExpression>

namespace wb {

namespace {

// The words of a command line as sh splits them: 'single' and "double"
// quotes and backslashes kept together; an unquoted ; | & < > ( ) ends the
// command (only its first simple command is named).
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace() || QStringView(u";|&<>()").contains(c)) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            if (!c.isSpace())
                break;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace

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
    return append(store, ticketId, text, error);
}

bool TicketWorkLogger::recordForDirectory(TicketId ticketId, qint64 directoryId, const QString &accountDn, const QString &text,
                                          QString *error)
{
    if (ticketId <= 0 || directoryId <= 0)
        return false;
    TicketStore store(m_db);
    Ticket ticket;
    if (!store.load(ticketId, &ticket, error) || !ticket.isOpen())
        return false;
    // The directory itself (no account), or this account in it; DNs compare without case.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT account_dn FROM ticket_directories WHERE ticket_id = ? AND directory_id = ?"));
    q.addBindValue(ticketId);
    q.addBindValue(directoryId);
    if (!q.exec()) {
        if (error)
            *error = sql::errorText(q.lastError());
        return false;
    }
    bool linked = false;
    while (q.next()) {
        const QString dn = q.value(0).toString();
        linked = linked || dn.isEmpty() || dn.compare(accountDn, Qt::CaseInsensitive) == 0;
    }
    return linked && append(store, ticketId, text, error);
}

bool TicketWorkLogger::append(TicketStore &store, TicketId ticketId, const QString &text, QString *error)
{
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
    // Words as the shell splits them (quotes kept together), so a quoted
    // NAME='two words' is one word to skip, never half a secret left over.
    const QStringList words = shellWords(command.section(QLatin1Char('\n'), 0, 0));
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    static const QRegularExpression sudoOptionWithValue(QStringLiteral("^-[ugCDhprtTU]$"));
    qsizetype i = 0;
    while (i < words.size() && assignment.match(words.at(i)).hasMatch())
        ++i;
    if (i < words.size() && words.at(i) == QLatin1String("sudo")) {
        ++i;
        while (i < words.size() && words.at(i).startsWith(QLatin1Char('-')))
            i += sudoOptionWithValue.match(words.at(i)).hasMatch() ? 2 : 1;
    }
    if (i >= words.size())
        return {};
    // Only a plain program name is written: anything else may be data.
    const QString program = words.at(i).section(QLatin1Char('/'), -1);
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._+-]{1,64}$"));
    return plain.match(program).hasMatch() ? program : tr("a command");
}

QString TicketWorkLogger::commandRun(const QString &command, const QStringList &hosts, int ok, int failed)
{
    const QString program = programOf(command);
    return namedRun(program.isEmpty() ? tr("a script") : program, hosts, ok, failed);
}

QString TicketWorkLogger::namedRun(const QString &title, const QStringList &hosts, int ok, int failed)
{
    const QString where = hosts.size() <= 5 ? hosts.join(QStringLiteral(", ")) : tr("%n host(s)", nullptr, int(hosts.size()));
    return tr("Ran %1 on %2 (%3 ok, %4 failed).").arg(title, where).arg(ok).arg(failed);
}

QString TicketWorkLogger::sessionOpened(const QString &host, const QString &login)
{
    return tr("Opened an SSH session to %1 as %2.").arg(host, login);
}

QString TicketWorkLogger::sessionFailed(const QString &host, const QString &login, const QString &why)
{
    return tr("An SSH session to %1 as %2 did not open: %3").arg(host, login, why);
}

QString TicketWorkLogger::tunnelsStarted(const QString &host, const QString &login, const QStringList &forwards)
{
    return tr("Started port forwards through %1 as %2: %3.").arg(host, login, forwards.join(QLatin1String(", ")));
}

QString TicketWorkLogger::tunnelsFailed(const QString &host, const QString &login, const QString &why)
{
    return tr("Port forwards through %1 as %2 did not start: %3").arg(host, login, why);
}

QString TicketWorkLogger::desktopOpened(const QString &host, const QString &protocol, const QString &login)
{
    return login.isEmpty() ? tr("Opened a remote desktop (%1) to %2.").arg(protocol, host)
                           : tr("Opened a remote desktop (%1) to %2 as %3.").arg(protocol, host, login);
}

QString TicketWorkLogger::desktopFailed(const QString &host, const QString &protocol, const QString &why)
{
    return tr("A remote desktop (%1) to %2 ended with a problem: %3").arg(protocol, host, why);
}

QString TicketWorkLogger::wakeSent(const QString &host, const QString &address, const QString &relay)
{
    return relay.isEmpty() ? tr("Sent %1 a Wake-on-LAN packet (to %2).").arg(host, address)
                           : tr("Sent %1 a Wake-on-LAN packet (through %2, to %3).").arg(host, relay, address);
}

QString TicketWorkLogger::wakeFailed(const QString &host, const QString &why)
{
    return tr("Could not send %1 a Wake-on-LAN packet: %2").arg(host, why);
}

} // namespace wb
