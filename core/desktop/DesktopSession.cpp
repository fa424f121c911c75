#include "core/desktop/DesktopSession.h"

#include "core/tunnels/TunnelSession.h"

#include <QTimer>

#include <algorithm>
#include <memory>

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
    if (!m_viewer)
        return;
    m_viewer->disconnect(this);
    if (m_viewer->state() == QProcess::NotRunning)
        return;
    // Not waited for here (the window must not hang on a viewer): asked to
    // end, killed if it has not after a few seconds, reaped when it ends.
    QProcess *viewer = m_viewer;
    viewer->setParent(nullptr);
    connect(viewer, &QProcess::finished, viewer, &QObject::deleteLater);
    QTimer::singleShot(3000, viewer, [viewer] { viewer->kill(); });
    viewer->terminate();
}

void DesktopSession::setTunnel(ConnectionMaker makeConnection, bool viewerTakesSocks)
{
    m_makeConnection = std::move(makeConnection);
    m_socks = viewerTakesSocks;
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
        launch(m_address, m_port, 0);
        return;
    }
    PortForward forward; // -D 0 or -L 0:address:port, on 127.0.0.1 only
    forward.kind = m_socks ? PortForward::Kind::Dynamic : PortForward::Kind::Local;
    if (!m_socks) {
        forward.host = m_address;
        forward.hostPort = m_port;
    }
    m_tunnel = new TunnelSession(m_makeConnection(this), {forward}, this);
    Q_EMIT progress(tr("Opening a tunnel to %1…").arg(m_hostName));
    connect(m_tunnel, &TunnelSession::statusChanged, this, [this](int, const TunnelStatus &status) {
        if (m_viewer || m_finished)
            return;
        if (status.state == TunnelStatus::State::Active) {
            if (m_socks)
                launch(m_address, m_port, status.boundPort);
            else
                launch(QStringLiteral("127.0.0.1"), status.boundPort, 0);
        } else if (status.state == TunnelStatus::State::Failed) {
            finish(tr("the tunnel to %1 did not open: %2").arg(m_hostName, status.error));
        }
    });
    connect(m_tunnel, &TunnelSession::stopped, this, [this](const QString &error) {
        if (m_finished)
            return;
        if (m_viewer && m_viewer->state() != QProcess::NotRunning) {
            // The viewer loses its connection and ends; its message then says why.
            m_tunnelError = error.isEmpty() ? tr("the tunnel to %1 ended").arg(m_hostName) : tr("the tunnel to %1 ended: %2").arg(m_hostName, error);
            return;
        }
        finish(error.isEmpty() ? tr("the tunnel to %1 ended").arg(m_hostName) : tr("the tunnel to %1 ended: %2").arg(m_hostName, error));
    });
    m_tunnel->open();
}

void DesktopSession::launch(const QString &address, quint16 port, quint16 socksPort)
{
    DesktopCommand command;
    QString error;
    if (!m_makeCommand(address, port, socksPort, &command, &error)) {
        finish(error);
        return;
    }
    m_makeCommand = {}; // it holds the password: not kept for the viewer's whole life
    m_viewerTarget = address + QLatin1Char(':') + QString::number(port);
    if (socksPort != 0)
        m_viewerTarget += tr(" through 127.0.0.1:%1").arg(socksPort);
    m_program = command.program;
    m_cleanExitCodes = command.cleanExitCodes;
    m_loginRefusedExitCode = command.loginRefusedExitCode;
    m_viewer = new QProcess(this);
    m_viewer->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_viewer, &QProcess::readyRead, this, [this] {
        m_viewerOutput += m_viewer->readAll();
        if (m_viewerOutput.size() > outputKept)
            m_viewerOutput = m_viewerOutput.right(outputKept);
    });
    auto input = std::make_shared<QByteArray>(command.input);
    connect(m_viewer, &QProcess::started, this, [this, input] {
        m_viewer->write(*input); // the password: on its standard input, then closed
        m_viewer->closeWriteChannel();
        input->fill('\0');
        input->clear();
        Q_EMIT viewerStarted();
    });
    connect(m_viewer, &QProcess::errorOccurred, this, [this](QProcess::ProcessError failure) {
        if (failure == QProcess::FailedToStart)
            finish(tr("%1 could not be started (%2). Install it (Debian: freerdp2-x11 for RDP, tigervnc-viewer for VNC).")
                       .arg(m_program, m_viewer->errorString()));
    });
    connect(m_viewer, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_viewerOutput += m_viewer->readAll();
        if (m_stopping || (status == QProcess::NormalExit && m_cleanExitCodes.contains(exitCode))) {
            finish({});
            return;
        }
        const QString complaint = viewerComplaint();
        QString how = status == QProcess::CrashExit ? tr("%1 crashed").arg(m_program)
                                                    : tr("%1 ended with exit code %2").arg(m_program).arg(exitCode);
        if (!complaint.isEmpty())
            how = tr("%1: %2").arg(how, complaint);
        if (!m_tunnelError.isEmpty())
            how = tr("%1 (%2)").arg(how, m_tunnelError);
        const bool refused = status == QProcess::NormalExit
                             && (exitCode == m_loginRefusedExitCode || m_viewerOutput.contains("LOGON_FAILURE")
                                 || m_viewerOutput.contains("AUTHENTICATION_FAILED") || m_viewerOutput.contains("WRONG_PASSWORD"));
        finish(how, refused);
    });
    m_viewer->start(command.program, command.arguments);
}

// The viewer's last error line, without FreeRDP's "[time] [pid:tid] [ERROR][channel] - "
// prefix; FreeRDP's own error codes (ERRCONNECT_..., ERRINFO_...) first, as they say most.
QString DesktopSession::viewerComplaint() const
{
    const QList<QByteArray> lines = m_viewerOutput.split('\n');
    const auto lastWith = [&lines](const QList<QByteArray> &marks) -> QString {
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            const QByteArray line = it->trimmed();
            if (std::none_of(marks.cbegin(), marks.cend(), [&line](const QByteArray &mark) { return line.contains(mark); }))
                continue;
            const qsizetype dash = line.indexOf(" - ");
            QByteArray text = dash >= 0 ? line.mid(dash + 3) : line;
            if (const qsizetype colon = text.indexOf("freerdp_set_last_error_ex "); colon >= 0)
                text = text.mid(colon + 26);
            return QString::fromUtf8(text).left(300);
        }
        return {};
    };
    const QString code = lastWith({"ERRCONNECT_", "ERRINFO_"});
    return code.isEmpty() ? lastWith({"[ERROR]"}) : code;
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

void DesktopSession::finish(const QString &error, bool loginRefused)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_makeCommand = {};
    if (m_tunnel)
        m_tunnel->close();
    Q_EMIT ended(error, loginRefused);
}

} // namespace wb
