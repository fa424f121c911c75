#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace wb {

class ConnectionSettings;
class CredentialStore;
class DesktopSession;
class Inventory;
class InventoryPanel;
class SshWorkFactory;

// Session → Remote Desktop: the selected workstation's desktop in FreeRDP
// (RDP) or a VNC viewer, started as a child process, through an SSH tunnel
// that Werkbank opens when the host is behind jump hosts. The RDP password
// comes from the keychain or is asked for, and goes on the viewer's standard
// input. The viewer's start and end (and its complaint) reach the status bar,
// a problem a message box, and both the active ticket's work log.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        const Inventory *inventory = nullptr;
        ConnectionSettings *connection = nullptr;
        CredentialStore *credentials = nullptr;
        SshWorkFactory *work = nullptr;
    };
    DesktopController(const Parts &parts, InventoryPanel *panel, QWidget *window);
    ~DesktopController() override;

    QAction *desktopAction() const { return m_open; }
    // The viewers running now.
    const QList<DesktopSession *> &sessions() const { return m_sessions; }

    // The programs used (QSettings "desktop/rdpProgram" and "desktop/vncProgram"; empty: xfreerdp, vncviewer).
    static QString rdpProgram();
    static QString vncProgram();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void openSelected();
    void loginAndStart(HostId id, const QString &user, bool askFirst);
    // `saved`: the password is in the keychain (forgotten there when the server refuses it).
    void start(HostId id, const QString &user, const QString &password, bool saved);
    void launch(HostId id, const QString &user, const QString &password, bool saved);
    void showProblem(const QString &text);

    Parts m_parts;
    InventoryPanel *m_panel;
    QWidget *m_window;
    QAction *m_open;
    QList<DesktopSession *> m_sessions;
};

} // namespace wb
