#include "core/worklog/SshWorkFactory.h"

#include "core/ssh/SshConnection.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketWorkLogger.h"
#include "core/worklog/RunWorkLog.h"

namespace wb {

SshWorkFactory::SshWorkFactory(SshPool *pool, PendingWork *pending, ActiveTicket *active, AsyncTicketStore *tickets,
                               QObject *parent)
    : QObject(parent), m_pool(pool), m_pending(pending), m_active(active), m_tickets(tickets)
{
}

void SshWorkFactory::log(qint64 ticket, const QList<qint64> &hostIds, const QString &text) const
{
    if (ticket != 0 && m_tickets)
        m_tickets->recordWork(ticket, hostIds, text, m_active);
}

CommandRunner *SshWorkFactory::newRun(QList<SshTarget> targets, RunSpec spec, QObject *parent) const
{
    auto *runner = new CommandRunner(std::move(targets), std::move(spec), parent);
    runner->setPool(m_pool);
    // Logged to the ticket active when the run was made, once every host is done.
    const qint64 ticket = m_active ? m_active->id() : 0;
    connect(runner, &CommandRunner::finished, this, [this, runner, ticket] {
        const RunWorkLog line = RunWorkLog::of(*runner);
        log(ticket, line.hostIds, line.text);
    });
    return runner;
}

SshConnection *SshWorkFactory::newSessionConnection(const SshTarget &target, SshConnectOptions options, QObject *session)
{
    auto *connection = new SshConnection(target.endpoint, std::move(options), session);
    connection->setPool(m_pool);
    connection->setPendingWork(m_pending);
    if (m_sessionsLogged.contains(session))
        return connection;
    if (!m_sessionsWatched.contains(session)) {
        m_sessionsWatched.insert(session);
        connect(session, &QObject::destroyed, this, [this, session] {
            m_sessionsWatched.remove(session);
            m_sessionsLogged.remove(session);
        });
    }

    // Logged with its outcome, once a session: connected, or why not. A
    // connection closed before either (a reconnect meanwhile) leaves it to the next.
    const qint64 ticket = m_active ? m_active->id() : 0;
    const SshEndpoint endpoint = target.endpoint;
    const QList<qint64> hosts = target.hostId != 0 ? QList<qint64>{target.hostId} : QList<qint64>{};
    connect(connection, &SshConnection::stateChanged, this, [this, session, ticket, endpoint, hosts](SshConnection::State state) {
        if (state != SshConnection::State::Connected || m_sessionsLogged.contains(session))
            return;
        m_sessionsLogged.insert(session);
        log(ticket, hosts, TicketWorkLogger::sessionOpened(endpoint.name, endpoint.user));
    });
    connect(connection, &SshConnection::finished, this, [this, session, ticket, endpoint, hosts](const SshOutcome &outcome) {
        if (!outcome.failed || m_sessionsLogged.contains(session))
            return;
        m_sessionsLogged.insert(session);
        log(ticket, hosts, TicketWorkLogger::sessionFailed(endpoint.name, endpoint.user, outcome.failure.message()));
    });
    return connection;
}

} // namespace wb
