#include "core/worklog/SshWorkFactory.h"

#include "core/ssh/SshConnection.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketWorkLogger.h"
#include "core/worklog/RunWorkLog.h"

#include <memory>

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

void SshWorkFactory::logWork(const QList<qint64> &hostIds, const QString &text) const
{
    log(m_active ? m_active->id() : 0, hostIds, text);
}

CommandRunner *SshWorkFactory::newUnloggedRun(QList<SshTarget> targets, RunSpec spec, QObject *parent) const
{
    auto *runner = new CommandRunner(std::move(targets), std::move(spec), parent);
    runner->setPool(m_pool);
    // At nice 19 a run's handshakes yield at once to the event loop and to open
    // terminals, and take every cycle those leave (bench_gui_stall run and echo).
    runner->setWorkerNice(19);
    return runner;
}

CommandRunner *SshWorkFactory::newRun(QList<SshTarget> targets, RunSpec spec, QObject *parent) const
{
    CommandRunner *runner = newUnloggedRun(std::move(targets), std::move(spec), parent);
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
    if (m_sessionLogged.value(session))
        return connection;
    if (!m_sessionLogged.contains(session)) {
        m_sessionLogged.insert(session, false);
        connect(session, &QObject::destroyed, this, [this, session] { m_sessionLogged.remove(session); });
    }

    // Logged with its outcome, once a session: connected, or why not. A
    // connection closed before either (a reconnect meanwhile) leaves it to the next.
    const qint64 ticket = m_active ? m_active->id() : 0;
    const QList<qint64> hosts = target.hostId != 0 ? QList<qint64>{target.hostId} : QList<qint64>{};
    auto logOnce = [this, session, ticket, hosts](const QString &text) {
        if (std::exchange(m_sessionLogged[session], true))
            return;
        log(ticket, hosts, text);
    };
    const SshEndpoint endpoint = target.endpoint;
    connect(connection, &SshConnection::stateChanged, this, [logOnce, endpoint](SshConnection::State state) {
        if (state == SshConnection::State::Connected)
            logOnce(TicketWorkLogger::sessionOpened(endpoint.name, endpoint.user));
    });
    connect(connection, &SshConnection::finished, this, [logOnce, endpoint](const SshOutcome &outcome) {
        if (outcome.failed)
            logOnce(TicketWorkLogger::sessionFailed(endpoint.name, endpoint.user, outcome.failure.message()));
    });
    return connection;
}

SshConnection *SshWorkFactory::newTunnelConnection(const SshTarget &target, SshConnectOptions options, const QStringList &forwards,
                                                   QObject *owner) const
{
    auto *connection = new SshConnection(target.endpoint, std::move(options), owner);
    connection->setPendingWork(m_pending);
    const qint64 ticket = m_active ? m_active->id() : 0;
    const QList<qint64> hosts = target.hostId != 0 ? QList<qint64>{target.hostId} : QList<qint64>{};
    const SshEndpoint endpoint = target.endpoint;
    auto started = std::make_shared<bool>(false);
    connect(connection, &SshConnection::stateChanged, this, [this, ticket, hosts, endpoint, forwards, started](SshConnection::State state) {
        if (state == SshConnection::State::Connected && !std::exchange(*started, true))
            log(ticket, hosts, TicketWorkLogger::tunnelsStarted(endpoint.name, endpoint.user, forwards));
    });
    connect(connection, &SshConnection::finished, this, [this, ticket, hosts, endpoint, started](const SshOutcome &outcome) {
        if (outcome.failed && !*started) // lost after it started: the start is in the log already
            log(ticket, hosts, TicketWorkLogger::tunnelsFailed(endpoint.name, endpoint.user, outcome.failure.message()));
    });
    return connection;
}

} // namespace wb
