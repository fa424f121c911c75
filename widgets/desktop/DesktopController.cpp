#include "widgets/desktop/DesktopController.h"

#include "core/desktop/DesktopSession.h"
#include "core/inventory/HostServices.h"
#include "core/inventory/Inventory.h"
#include "core/secrets/CredentialStore.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/InventoryTargets.h"
#include "core/tickets/TicketWorkLogger.h"
#include "core/tunnels/TunnelSession.h"
#include "core/worklog/SshWorkFactory.h"
#include "widgets/desktop/DesktopLoginDialog.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SecretDialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

namespace wb {

namespace {

QString protocolName(RemoteDesktop::Protocol protocol)
{
    return protocol == RemoteDesktop::Protocol::Vnc ? QStringLiteral("VNC") : QStringLiteral("RDP");
}

QString userSettingFor(HostId id)
{
    return QStringLiteral("desktop/users/%1").arg(id);
}

} // namespace

DesktopController::DesktopController(const Parts &parts, InventoryPanel *panel, QWidget *window)
    : QObject(window), m_parts(parts), m_panel(panel), m_window(window)
{
    setObjectName(QStringLiteral("desktopController"));
    m_open = new QAction(QIcon(QStringLiteral(":/icons/workstation.svg")), tr("Remote &Desktop…"), this);
    m_open->setObjectName(QStringLiteral("sessionRemoteDesktop"));
    m_open->setToolTip(tr("Open the selected workstation's desktop (RDP or VNC, as its settings say)"));
    connect(m_open, &QAction::triggered, this, &DesktopController::openSelected);
}

DesktopController::~DesktopController() = default; // the sessions (children) end their viewers

QString DesktopController::rdpProgram()
{
    return QSettings().value(QStringLiteral("desktop/rdpProgram")).toString();
}

QString DesktopController::vncProgram()
{
    return QSettings().value(QStringLiteral("desktop/vncProgram")).toString();
}

void DesktopController::openSelected()
{
    const QList<HostId> ids = m_panel->selectedHostIds();
    if (ids.size() != 1) {
        Q_EMIT statusMessage(tr("Select one host whose desktop to open."), 5000);
        return;
    }
    const HostId id = ids.first();
    const Host *host = m_parts.inventory->host(id);
    RemoteDesktop desktop;
    if (!host || !RemoteDesktop::parse(host->remoteDesktop, &desktop) || desktop.protocol == RemoteDesktop::Protocol::None) {
        Q_EMIT statusMessage(tr("%1 has no remote desktop: choose RDP or VNC in its settings (Edit → Edit…).")
                                 .arg(m_parts.inventory->displayName(id)),
                             8000);
        return;
    }
    if (desktop.protocol == RemoteDesktop::Protocol::Vnc) {
        start(id, {}, {}); // the viewer asks for its password itself
        return;
    }
    const QString user = QSettings().value(userSettingFor(id), host->sshUser).toString();
    loginAndStart(id, user, user.isEmpty());
}

// The keychain first (for the user last used on this host), else the login dialog.
void DesktopController::loginAndStart(HostId id, const QString &user, bool askFirst)
{
    const Host *host = m_parts.inventory->host(id);
    RemoteDesktop desktop;
    if (!host || !RemoteDesktop::parse(host->remoteDesktop, &desktop))
        return;
    if (!askFirst && m_parts.credentials) {
        const QString key = DesktopCommand::keychainKey(user, host->address, desktop.effectivePort());
        m_parts.credentials->read(key, [this, id, user](std::optional<QString> secret, const QString &error) {
            if (!error.isEmpty())
                Q_EMIT statusMessage(tr("The keychain could not be read: %1").arg(error), 8000);
            if (secret)
                start(id, user, *secret);
            else
                loginAndStart(id, user, true);
        });
        return;
    }
    DesktopLoginDialog dialog(m_parts.inventory->displayName(id), user, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_parts.inventory->host(id))
        return; // deleted meanwhile
    QSettings().setValue(userSettingFor(id), dialog.user());
    if (dialog.remember() && m_parts.credentials) {
        m_parts.credentials->write(DesktopCommand::keychainKey(dialog.user(), host->address, desktop.effectivePort()), dialog.password(),
                                   [this](bool ok, const QString &error) {
                                       if (!ok)
                                           Q_EMIT statusMessage(tr("The keychain could not store the password: %1").arg(error), 8000);
                                   });
    }
    start(id, dialog.user(), dialog.password());
}

void DesktopController::start(HostId id, const QString &user, const QString &password)
{
    const Host *host = m_parts.inventory->host(id);
    RemoteDesktop desktop;
    if (!host || !RemoteDesktop::parse(host->remoteDesktop, &desktop))
        return;
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_parts.inventory, id, &target, &error)) {
        showProblem(error);
        return;
    }
    const QString name = m_parts.inventory->displayName(id);
    const QString protocol = protocolName(desktop.protocol);
    const bool rdp = desktop.protocol == RemoteDesktop::Protocol::Rdp;
    auto makeCommand = [rdp, user, password, name](const QString &address, quint16 port, DesktopCommand *command, QString *why) {
        if (!rdp) {
            *command = DesktopCommand::vnc(vncProgram(), address, port);
            return true;
        }
        return DesktopCommand::rdp(rdpProgram(), address, port, user, password, tr("%1 (Werkbank)").arg(name), command, why);
    };
    auto *session = new DesktopSession(name, host->address, desktop.effectivePort(), makeCommand, this);
    if (!target.options.jumps.isEmpty() && m_parts.work) {
        // Through the last jump host (itself reached through those before it), as ssh -J would.
        SshTarget through;
        through.endpoint = target.options.jumps.last();
        through.options = target.options;
        through.options.jumps.removeLast();
        m_parts.connection->current().applyTo(&through.options);
        const QString forward = QStringLiteral("-L 0:%1:%2").arg(host->address).arg(desktop.effectivePort());
        session->setTunnel([this, through, forward](QObject *owner) {
            SshConnection *connection = m_parts.work->newTunnelConnection(through, TunnelSession::optionsFor(through.options), {forward}, owner);
            const QPointer<SshConnection> asking = connection;
            connect(connection, &SshConnection::hostKeyQuestion, m_window, [this, asking](const HostKeyQuestion &question) {
                if (asking)
                    HostKeyDialog::answerFor(asking, question, m_window);
            });
            connect(connection, &SshConnection::secretRequested, m_window, [this, asking](const SecretRequest &request) {
                if (asking)
                    SecretDialog::answerFor(asking, request, m_window);
            });
            return connection;
        });
    }
    const QList<qint64> hosts{id};
    connect(session, &DesktopSession::progress, this, [this](const QString &text) { Q_EMIT statusMessage(text, 8000); });
    connect(session, &DesktopSession::viewerStarted, this, [this, session, name, protocol, user, hosts] {
        Q_EMIT statusMessage(tr("Remote desktop to %1 started (%2, %3).").arg(name, protocol, session->viewerTarget()), 8000);
        if (m_parts.work)
            m_parts.work->logWork(hosts, TicketWorkLogger::desktopOpened(name, protocol, user));
    });
    connect(session, &DesktopSession::ended, this, [this, session, name, protocol, hosts](const QString &why) {
        m_sessions.removeAll(session);
        session->deleteLater(); // inside its own signal
        if (why.isEmpty()) {
            Q_EMIT statusMessage(tr("Remote desktop to %1 ended.").arg(name), 8000);
            return;
        }
        Q_EMIT statusMessage(tr("Remote desktop to %1 ended: %2").arg(name, why), 15000);
        showProblem(tr("The remote desktop to %1 ended: %2").arg(name, why));
        if (m_parts.work)
            m_parts.work->logWork(hosts, TicketWorkLogger::desktopFailed(name, protocol, why));
    });
    m_sessions << session;
    session->start();
}

void DesktopController::showProblem(const QString &text)
{
    // Not modal: the user may be working in another desktop or terminal meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remote Desktop"), text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("desktopProblem"));
    box->setTextFormat(Qt::PlainText); // it holds what the viewer said
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace wb
