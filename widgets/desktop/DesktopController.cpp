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
#include <QUrl>

namespace wb {

namespace {

QString protocolName(RemoteDesktop::Protocol protocol)
{
    return protocol == RemoteDesktop::Protocol::Vnc ? QStringLiteral("VNC") : QStringLiteral("RDP");
}

// The user last used for a desktop, by its address and port (host ids repeat across workspaces).
QString userSettingFor(const QString &address, quint16 port)
{
    return QStringLiteral("desktop/users/") + QString::fromLatin1(QUrl::toPercentEncoding(address + QLatin1Char(':') + QString::number(port)));
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
        start(id, {}, {}, false); // the viewer asks for its password itself
        return;
    }
    const QString user = QSettings().value(userSettingFor(host->address, desktop.effectivePort()), host->sshUser).toString();
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
        const QPointer<DesktopController> alive = this;
        m_parts.credentials->read(key, [alive, id, user](std::optional<QString> secret, const QString &error) {
            if (!alive)
                return; // the window went while the keychain answered
            if (!error.isEmpty())
                Q_EMIT alive->statusMessage(tr("The keychain could not be read: %1").arg(error), 8000);
            if (secret)
                alive->start(id, user, *secret, true);
            else
                alive->loginAndStart(id, user, true);
        });
        return;
    }
    DesktopLoginDialog dialog(m_parts.inventory->displayName(id), user, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The inventory may have changed while the dialog was open: read the host again.
    const Host *now = m_parts.inventory->host(id);
    RemoteDesktop current;
    if (!now || !RemoteDesktop::parse(now->remoteDesktop, &current) || current.protocol != RemoteDesktop::Protocol::Rdp)
        return;
    QSettings().setValue(userSettingFor(now->address, current.effectivePort()), dialog.user());
    if (dialog.remember() && m_parts.credentials) {
        const QPointer<DesktopController> alive = this;
        m_parts.credentials->write(DesktopCommand::keychainKey(dialog.user(), now->address, current.effectivePort()), dialog.password(),
                                   [alive](bool ok, const QString &error) {
                                       if (alive && !ok)
                                           Q_EMIT alive->statusMessage(tr("The keychain could not store the password: %1").arg(error), 8000);
                                   });
    }
    start(id, dialog.user(), dialog.password(), dialog.remember());
}

// Once the connection settings are read (at once, but for the first moments after start).
void DesktopController::start(HostId id, const QString &user, const QString &password, bool saved)
{
    const QPointer<DesktopController> alive = this;
    m_parts.connection->whenSettled(this, [alive, id, user, password, saved] {
        if (alive)
            alive->launch(id, user, password, saved);
    });
}

void DesktopController::launch(HostId id, const QString &user, const QString &password, bool saved)
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
    const quint16 port = desktop.effectivePort();
    auto makeCommand = [rdp, user, password, name](const QString &address, quint16 to, quint16 socks, DesktopCommand *command, QString *why) {
        if (!rdp)
            return DesktopCommand::vnc(vncProgram(), address, to, command, why);
        return DesktopCommand::rdp(rdpProgram(), address, to, socks, user, password, tr("%1 (Werkbank)").arg(name), command, why);
    };
    auto *session = new DesktopSession(name, host->connectAddress(), port, makeCommand, this);
    if (!target.options.jumps.isEmpty()) {
        if (!m_parts.work) {
            // Never straight to a private address here: it may be another machine on this network.
            session->deleteLater();
            showProblem(tr("%1 is reached through jump hosts, and no tunnel can be opened here.").arg(name));
            return;
        }
        // Through the last jump host (itself reached through those before it), as ssh -J would.
        SshTarget through;
        through.endpoint = target.options.jumps.last();
        through.options = target.options;
        through.options.jumps.removeLast();
        m_parts.connection->current().applyTo(&through.options);
        // FreeRDP goes through a SOCKS proxy (its server keeps its own name); a VNC viewer through a -L.
        const QString forward = rdp ? QStringLiteral("-D 0") : QStringLiteral("-L 0:%1:%2").arg(host->connectAddress()).arg(port);
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
        }, rdp);
    }
    const QList<qint64> hosts{id};
    const QString keychainKey = saved && m_parts.credentials ? DesktopCommand::keychainKey(user, host->address, port) : QString();
    connect(session, &DesktopSession::progress, this, [this](const QString &text) { Q_EMIT statusMessage(text, 8000); });
    connect(session, &DesktopSession::viewerStarted, this, [this, session, name, protocol, user, hosts] {
        Q_EMIT statusMessage(tr("Remote desktop to %1 started (%2, %3).").arg(name, protocol, session->viewerTarget()), 8000);
        if (m_parts.work)
            m_parts.work->logWork(hosts, TicketWorkLogger::desktopOpened(name, protocol, user));
    });
    connect(session, &DesktopSession::ended, this, [this, session, name, protocol, hosts, keychainKey](const QString &why, bool loginRefused) {
        m_sessions.removeAll(session);
        session->deleteLater(); // inside its own signal
        if (why.isEmpty()) {
            Q_EMIT statusMessage(tr("Remote desktop to %1 ended.").arg(name), 8000);
            return;
        }
        QString text = tr("The remote desktop to %1 ended: %2").arg(name, why);
        if (loginRefused && !keychainKey.isEmpty()) {
            // A saved password the server refuses is not tried again: the next start asks.
            m_parts.credentials->remove(keychainKey, this, [](bool, const QString &) {});
            text += QLatin1Char('\n') + tr("The saved password was refused and is forgotten; the next start asks for it.");
        }
        Q_EMIT statusMessage(tr("Remote desktop to %1 ended: %2").arg(name, why), 15000);
        showProblem(text);
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
