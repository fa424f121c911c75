#pragma once

#include "core/inventory/HostServices.h"
#include "core/inventory/InventoryTypes.h"
#include "core/targets/SshSettings.h"

#include <QObject>

class QAction;
class QWidget;

namespace wb {

class ConnectionSettings;
class CredentialStore;
class Inventory;
class InventoryPanel;
class SessionArea;
class SessionTab;
struct SshTarget;
class SshPool;
struct SshSettings;

// Sessions in the window: a terminal tab to an inventory host, the connection
// settings (and the pool that follows them), and forgetting the secrets the
// keychain holds for the selected hosts.
class SessionController : public QObject
{
    Q_OBJECT
public:
    // `pool` may be null (no reuse). `window` parents the dialogs; the controller is its child.
    SessionController(const Inventory *inventory, ConnectionSettings *connection, SshPool *pool,
                      CredentialStore *credentials, InventoryPanel *panel, SessionArea *sessions, QWidget *window);

    QAction *filesAction() const { return m_files; }
    QAction *tunnelsAction() const { return m_tunnels; }
    QAction *forgetPasswordsAction() const { return m_forget; }

public Q_SLOTS:
    // Opens an SSH session to an inventory host in a new tab.
    void openSession(wb::HostId id);
    // Session → Files: the selected host's files over SFTP in a new tab.
    void openFiles();
    // Session → Tunnels: the selected host's port forwards in their tab, started.
    void openTunnels();
    // Stores what Preferences chose, based on the workspace's file as `opened`.
    void saveConnectionSettings(const SshSettings &settings, const QString &opened);
    // Removes the selected hosts' passwords (and their jump hosts' and key
    // passphrases) from the keychain.
    void forgetSavedPasswords();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void applyPoolSettings(const SshSettings &settings);
    // The host's stored forwards; those that do not read (a shared database
    // may hold anything) are named in `problems`.
    QList<PortForward> forwardsOf(HostId id, QStringList *problems) const;
    void startForwardsWith(SessionTab *session, HostId id, const SshTarget &target);
    // Forwards started by hand on this computer, as they are, may start with a session.
    void approveForwards(HostId id, const QList<PortForward> &forwards);
    bool forwardsApproved(HostId id, const QList<PortForward> &forwards) const;

    const Inventory *m_inventory;
    ConnectionSettings *m_connection;
    SshPool *m_pool;
    CredentialStore *m_credentials;
    InventoryPanel *m_panel;
    SessionArea *m_sessions;
    QWidget *m_window;
    QAction *m_files;
    QAction *m_tunnels;
    QAction *m_forget;
};

} // namespace wb
