#include "widgets/session/SessionController.h"

#include "core/inventory/Inventory.h"
#include "core/secrets/CredentialStore.h"
#include "core/ssh/SshPool.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/InventoryTargets.h"
#include "core/targets/SshSettings.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SessionTab.h"
#include "widgets/common/ConflictDialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace wb {

SessionController::SessionController(const Inventory *inventory, ConnectionSettings *connection, SshPool *pool,
                                     CredentialStore *credentials, InventoryPanel *panel, SessionArea *sessions,
                                     QWidget *window)
    : QObject(window)
    , m_inventory(inventory)
    , m_connection(connection)
    , m_pool(pool)
    , m_credentials(credentials)
    , m_panel(panel)
    , m_sessions(sessions)
    , m_window(window)
{
    setObjectName(QStringLiteral("sessionController"));
    m_files = new QAction(QIcon(QStringLiteral(":/icons/group.svg")), tr("F&iles…"), this);
    m_files->setObjectName(QStringLiteral("sessionFiles"));
    m_files->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)); // "browse"
    m_files->setToolTip(tr("Browse the selected host's files over SFTP"));
    connect(m_files, &QAction::triggered, this, &SessionController::openFiles);
    m_tunnels = new QAction(QIcon(QStringLiteral(":/icons/link.svg")), tr("Tunne&ls…"), this);
    m_tunnels->setObjectName(QStringLiteral("sessionTunnels"));
    m_tunnels->setToolTip(tr("Start the selected host's port forwards and show them"));
    connect(m_tunnels, &QAction::triggered, this, &SessionController::openTunnels);
    m_forget = new QAction(tr("&Forget Saved Passwords"), this);
    m_forget->setObjectName(QStringLiteral("forgetPasswords"));
    m_forget->setToolTip(tr("Remove the selected hosts' passwords from the keychain"));
    connect(m_forget, &QAction::triggered, this, &SessionController::forgetSavedPasswords);

    connect(m_connection, &ConnectionSettings::changed, this, &SessionController::applyPoolSettings);
    m_connection->whenSettled(this, [this] { applyPoolSettings(m_connection->current()); });
}

void SessionController::openFiles()
{
    const QList<HostId> ids = m_panel->selectedHostIds();
    if (ids.size() != 1) {
        Q_EMIT statusMessage(tr("Select one host whose files to browse."), 5000);
        return;
    }
    const HostId id = ids.first();
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_inventory, id, &target, &error)) {
        QMessageBox::warning(m_window, tr("Files"), error);
        return;
    }
    m_connection->whenSettled(this, [this, id, target]() mutable {
        m_connection->current().applyTo(&target.options);
        m_sessions->openFiles(m_inventory->displayName(id), target);
    });
}

QList<PortForward> SessionController::forwardsOf(HostId id, QStringList *problems) const
{
    QList<PortForward> forwards;
    const Host *host = m_inventory->host(id);
    if (!host)
        return forwards;
    for (const QString &text : host->portForwards) {
        PortForward forward;
        QString error;
        if (PortForward::parse(text, &forward, &error))
            forwards << forward;
        else
            *problems << tr("“%1”: %2").arg(text, error);
    }
    return forwards;
}

void SessionController::openTunnels()
{
    const QList<HostId> ids = m_panel->selectedHostIds();
    if (ids.size() != 1) {
        Q_EMIT statusMessage(tr("Select one host whose port forwards to start."), 5000);
        return;
    }
    const HostId id = ids.first();
    QStringList problems;
    const QList<PortForward> forwards = forwardsOf(id, &problems);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Tunnels"),
                        tr("These port forwards of %1 cannot be used:\n\n%2").arg(m_inventory->displayName(id), problems.join(QLatin1Char('\n'))),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText); // what a shared inventory holds is shown, never interpreted
        box.exec();
    }
    if (forwards.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 has no port forwards: add them in its settings (Edit → Edit…).").arg(m_inventory->displayName(id)), 8000);
        return;
    }
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_inventory, id, &target, &error)) {
        QMessageBox::warning(m_window, tr("Tunnels"), error);
        return;
    }
    m_connection->whenSettled(this, [this, id, target, forwards]() mutable {
        m_connection->current().applyTo(&target.options);
        approveForwards(id, forwards); // started by hand: a session may start these again
        m_sessions->openTunnels(id, m_inventory->displayName(id), target, forwards);
    });
}

namespace {

QString approvalKey(HostId id)
{
    return QStringLiteral("tunnels/startedByHand/%1").arg(id);
}

QString forwardList(const QList<PortForward> &forwards)
{
    QStringList texts;
    for (const PortForward &forward : forwards)
        texts << forward.text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

void SessionController::approveForwards(HostId id, const QList<PortForward> &forwards)
{
    QSettings().setValue(approvalKey(id), forwardList(forwards));
}

bool SessionController::forwardsApproved(HostId id, const QList<PortForward> &forwards) const
{
    return QSettings().value(approvalKey(id)).toString() == forwardList(forwards);
}

// A session to a host with forwards starts them too, once its login is done
// (so a password or host key is asked once, by the terminal), but only the
// forwards this person started by hand before, as they are now: a shared
// inventory could otherwise make every colleague's session open a -R or a
// proxy for others.
void SessionController::startForwardsWith(SessionTab *session, HostId id, const SshTarget &target)
{
    QStringList problems;
    const QList<PortForward> forwards = forwardsOf(id, &problems);
    if (forwards.isEmpty())
        return;
    const QString name = m_inventory->displayName(id);
    if (!problems.isEmpty())
        Q_EMIT statusMessage(tr("Some port forwards of %1 cannot be used: %2").arg(name, problems.join(QLatin1String("; "))), 10000);
    if (!forwardsApproved(id, forwards)) {
        Q_EMIT statusMessage(tr("%1 has port forwards that were not started here as they are now: Session → Tunnels starts them.").arg(name),
                             10000);
        return;
    }
    const QPointer<SessionTab> tab = session;
    auto started = std::make_shared<bool>(false);
    const auto startWhenConnected = [this, tab, id, target, forwards, name, started] {
        if (!tab || *started || tab->state() != SessionTab::State::Connected)
            return;
        *started = true;
        m_sessions->openTunnels(id, name, target, forwards, tab);
    };
    connect(session, &WorkTab::appearanceChanged, this, startWhenConnected);
    startWhenConnected();
}

void SessionController::applyPoolSettings(const SshSettings &settings)
{
    if (!m_pool)
        return;
    m_pool->setIdleSeconds(settings.reuseIdleSeconds);
    // Kept connections always send keepalives, or a firewall forgets them while they wait.
    m_pool->setKeepaliveSeconds(settings.keepaliveSeconds > 0 ? settings.keepaliveSeconds : 30);
}

void SessionController::openSession(HostId id)
{
    SshTarget target;
    QString error;
    if (!InventoryTargets::forHost(*m_inventory, id, &target, &error)) {
        QMessageBox::warning(m_window, tr("Open session"), error);
        return;
    }
    // Opened once the connection settings are read (at once, but for the first moments after start).
    m_connection->whenSettled(this, [this, id, target]() mutable {
        m_connection->current().applyTo(&target.options);
        // The terminal's own, not the target's: what else connects to this host (its Files tab,
        // a run as root from there) must never write into the session's log.
        const Host *host = m_inventory->host(id);
        SshConnectOptions log;
        m_connection->current().applySessionLogTo(&log, m_inventory->displayName(id), host ? host->sessionLog : QString());
        SessionTab *session = m_sessions->openSession(id, target, log);
        startForwardsWith(session, id, target); // as ssh's LocalForward and friends
    });
}

void SessionController::saveConnectionSettings(const SshSettings &settings, const QString &opened)
{
    m_connection->save(this, settings, [this, settings, opened](const QString &error, const std::optional<QString> &savedElsewhere) {
        if (!savedElsewhere) {
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Connection Settings"), error);
            return;
        }
        // Changed by another workbench meanwhile: both side by side, yours only when chosen.
        ConflictDialog conflict(tr("The workspace's known_hosts file"),
                                {{0, tr("known_hosts file"), opened, settings.knownHostsPath.trimmed(), *savedElsewhere}}, m_window);
        const auto resolution = conflict.ask();
        if (resolution == ConflictDialog::Resolution::KeepMine
            || (resolution == ConflictDialog::Resolution::Merge && !conflict.keysFromMine().isEmpty()))
            saveConnectionSettings(settings, *savedElsewhere); // now based on what is stored
    });
}

void SessionController::forgetSavedPasswords()
{
    const QList<HostId> ids = m_panel->selectedHostIds();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the hosts whose saved passwords should be forgotten."), 8000);
        return;
    }
    // The hosts' own passwords, their jump hosts' and their key passphrases.
    QStringList keys;
    QStringList problems;
    for (HostId id : ids) {
        SshTarget target;
        QString error;
        if (InventoryTargets::forHost(*m_inventory, id, &target, &error)) {
            keys << target.keychainKeys();
        } else if (const Host *host = m_inventory->host(id)) {
            keys << keychainKeyFor(InventoryTargets::endpointFor(*host)); // its own, at least
            problems << error;
        }
    }
    keys.removeDuplicates();
    if (keys.isEmpty())
        return;
    struct Progress { int pending = 0; QStringList failed; };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(keys.size());
    progress->failed = problems;
    for (const QString &key : std::as_const(keys)) {
        m_credentials->remove(key, this, [this, progress, key, hosts = int(ids.size())](bool ok, const QString &error) {
            if (!ok)
                progress->failed << tr("%1: %2").arg(key, error);
            if (--progress->pending > 0)
                return;
            if (progress->failed.isEmpty()) {
                Q_EMIT statusMessage(tr("Forgot the saved passwords and passphrases of %Ln host(s).", nullptr, hosts), 8000);
                return;
            }
            QMessageBox::warning(m_window, tr("Forget Saved Passwords"),
                                 tr("Some saved secrets could not be removed from the keychain:\n\n%1")
                                     .arg(progress->failed.join(QLatin1Char('\n'))));
        });
    }
}

} // namespace wb
