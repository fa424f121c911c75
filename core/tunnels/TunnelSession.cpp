#include "core/tunnels/TunnelSession.h"

#include "core/tunnels/TunnelEngine.h"

namespace wb {

TunnelSession::TunnelSession(SshConnection *connection, QList<PortForward> forwards, QObject *parent)
    : QObject(parent), m_connection(connection), m_forwards(std::move(forwards))
{
    m_connection->setParent(this);
    attach();
}

TunnelSession::TunnelSession(SshEndpoint target, SshConnectOptions options, QList<PortForward> forwards, QObject *parent)
    : TunnelSession(new SshConnection(std::move(target), optionsFor(std::move(options))), std::move(forwards), parent)
{
}

TunnelSession::~TunnelSession() = default;

SshConnectOptions TunnelSession::optionsFor(SshConnectOptions options)
{
    options.linkOnly = true;
    options.command.clear();
    options.subsystem.clear();
    options.forwardHost.clear();
    options.forwardPort = 0;
    options.keepConnection = false;
    options.sessionLogFolder.clear();
    return options;
}

void TunnelSession::attach()
{
    Q_ASSERT(m_connection->state() == SshConnection::State::Idle);
    for (int i = 0; i < m_forwards.size(); ++i)
        m_status << TunnelStatus {};
    auto *engine = new TunnelEngine(m_forwards);
    connect(engine, &TunnelEngine::statusChanged, this, [this](int index, const TunnelStatus &status) {
        if (index < 0 || index >= m_status.size())
            return;
        m_status[index] = status;
        Q_EMIT statusChanged(index, status);
    }, Qt::QueuedConnection);
    m_connection->setLinkUser(engine);
    connect(m_connection, &SshConnection::stateChanged, this, [this](SshConnection::State state) {
        if (state == SshConnection::State::Connected && !m_running) {
            m_running = true;
            Q_EMIT started();
        }
    });
    connect(m_connection, &SshConnection::finished, this, [this](const SshOutcome &outcome) {
        m_running = false;
        const QString error = outcome.failed ? outcome.failure.message() : QString();
        // Forwards that never started (the login failed) stop with the connection's reason.
        for (int i = 0; i < m_status.size(); ++i) {
            if (m_status.at(i).state != TunnelStatus::State::Starting)
                continue;
            m_status[i].state = TunnelStatus::State::Stopped;
            m_status[i].error = error;
            Q_EMIT statusChanged(i, m_status.at(i));
        }
        Q_EMIT stopped(error);
    });
}

void TunnelSession::open()
{
    for (int i = 0; i < m_status.size(); ++i) {
        m_status[i] = TunnelStatus {};
        m_status[i].state = TunnelStatus::State::Starting;
        Q_EMIT statusChanged(i, m_status.at(i));
    }
    m_connection->open();
}

void TunnelSession::close()
{
    m_connection->close();
}

} // namespace wb
