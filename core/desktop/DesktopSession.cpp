#include "core/desktop/DesktopSession.h"

#include "core/tunnels/TunnelSession.h"

namespace wb {

namespace {

constexpr qsizetype outputKept = 4096;

} // namespace

DesktopSession::DesktopSession(const QString &hostName, const QString &address, quint16 port, CommandMaker makeCommand, QObject *parent)
    : QObject(parent), m_hostName(hostName), m_address(address), m_port(port), m_makeCommand(std::move(makeCommand))
{
}

DesktopSession::~DesktopSession()
{
    if (m_viewer) {
        m_viewer->disconnect(this);
        if (m_viewer->state() != QProcess::NotRunning) {
            m_viewer->terminate();
            // Not waited for here: it is reaped when it ends (QProcess's own
            // handler), and the tunnel it used goes with this object.
            m_viewer->setParent(nullptr);
            connect(m_viewer, &QProcess::finished, m_viewer, &QObject::deleteLater);
        }
    }
}

void DesktopSession::setTunnel(ConnectionMaker makeConnection)
{
    m_makeConnection = std::move(makeConnection);
}

qint64 DesktopSession::viewerPid() const
{
    return m_viewer && m_viewer->state() == QProcess::Running ? m_viewer->processId() : 0;
}

void DesktopSession::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (!m_makeConnection) {
        launch(m_address, m_port);
        return;
    }
    PortForward forward; // -L 0:address:port, on 127.0.0.1 only
    forward.host = m_address;
    forward.hostPort = m_port;
    m_tunnel = new TunnelSession(m_makeConnection(this), {forward}, this);
    Q_EMIT progress(tr("Opening a tunnel to %1…").arg(m_hostName));
    connect(m_tunnel, &TunnelSession::statusChanged, this, [this](int, const TunnelStatus &status) {
        if (m_viewer || m_finished)
            return;
        if (status.state == TunnelStatus::State::Active)
            launch(QStringLiteral("127.0.0.1"), status.boundPort);
        else if (status.state == TunnelStatus::State::Failed)
            finish(tr("the tunnel to %1 did not open: %2").arg(m_hostName, status.error));
    });
    connect(m_tunnel, &TunnelSession::stopped, this, [this](const QString &error) {
        if (m_finished)
            return;
        if (m_viewer && m_viewer->state() != QProcess::NotRunning) {
            // The viewer loses its connection and says so itself; its end is the session's.
            return;
        }
        finish(error.isEmpty() ? tr("the tunnel to %1 ended").arg(m_hostName) : tr("the tunnel to %1 ended: %2").arg(m_hostName, error));
    });
    m_tunnel->open();
}

void DesktopSession::launch(const QString &address, quint16 port)
{
    DesktopCommand command;
    QString error;
    if (!m_makeCommand(address, port, &command, &error)) {
        finish(error);
        return;
    }
    m_viewerTarget = address + QLatin1Char(':') + QString::number(port);
    m_program = command.program;
    m_viewer = new QProcess(this);
    m_viewer->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_viewer, &QProcess::readyRead, this, [this] {
        m_viewerOutput += m_viewer->readAll();
        if (m_viewerOutput.size() > outputKept)
            m_viewerOutput = m_viewerOutput.right(outputKept);
    });
    const QByteArray input = command.input;
    connect(m_viewer, &QProcess::started, this, [this, input] {
        m_viewer->write(input); // the password: on its standard input, then closed
        m_viewer->closeWriteChannel();
        Q_EMIT viewerStarted();
    });
    connect(m_viewer, &QProcess::errorOccurred, this, [this](QProcess::ProcessError failure) {
        if (failure == QProcess::FailedToStart)
            finish(tr("%1 could not be started (%2). Install it (Debian: freerdp2-x11 for RDP, tigervnc-viewer for VNC).")
                       .arg(m_program, m_viewer->errorString()));
    });
    connect(m_viewer, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_viewerOutput += m_viewer->readAll();
        if (m_stopping || (status == QProcess::NormalExit && exitCode == 0)) {
            finish({});
            return;
        }
        const QString complaint = viewerComplaint();
        const QString how = status == QProcess::CrashExit ? tr("%1 crashed").arg(m_program)
                                                          : tr("%1 ended with exit code %2").arg(m_program).arg(exitCode);
        finish(complaint.isEmpty() ? how : tr("%1: %2").arg(how, complaint));
    });
    m_viewer->start(command.program, command.arguments);
}

// The viewer's last error line, without FreeRDP's "[time] [pid:tid] [ERROR][channel] - " prefix.
QString DesktopSession::viewerComplaint() const
{
    const QList<QByteArray> lines = m_viewerOutput.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (line.isEmpty() || !(line.contains("ERROR") || line.contains("rror")))
            continue;
        const qsizetype dash = line.indexOf(" - ");
        return QString::fromUtf8(dash >= 0 ? line.mid(dash + 3) : line).left(300);
    }
    return {};
}

void DesktopSession::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    if (m_viewer && m_viewer->state() != QProcess::NotRunning) {
        m_viewer->terminate(); // finished() follows, and ends the session
        return;
    }
    finish({});
}

void DesktopSession::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    if (m_tunnel)
        m_tunnel->close();
    Q_EMIT ended(error);
}

} // namespace wb
