#pragma once

#include "widgets/preferences/PreferencesDialog.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace wb {

class ConnectionSettings;
class SessionArea;
class SessionController;

// Edit → Preferences: the dialog, and each part stored where it lives and applied at once
// where it can be: connection settings to new connections and the pool, the terminal to
// every open session, runs and accounts when next used; the language at the next start.
class PreferencesController : public QObject
{
    Q_OBJECT
public:
    // `ticketSettings`: the Tickets menu's action, offered on the workspace page.
    PreferencesController(ConnectionSettings *connection, SessionController *sessions, SessionArea *area, QAction *ticketSettings,
                          QWidget *window);

    QAction *preferencesAction() const { return m_action; }
    // Session → Connection Settings: the same dialog, at its connection page.
    QAction *connectionSettingsAction() const { return m_connectionAction; }
    // The dialog at `page`; without one, at the page it was last closed on.
    void open(std::optional<PreferencesDialog::Page> page = std::nullopt);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void apply(const PreferenceValues &values);

    ConnectionSettings *m_connection;
    SessionController *m_sessions;
    SessionArea *m_area;
    QAction *m_ticketSettings;
    QWidget *m_window;
    QAction *m_action;
    QAction *m_connectionAction;
    // The connection settings last asked for: a save may still be on its way, so current()
    // need not be them yet.
    SshSettings m_requestedConnection;
};

} // namespace wb
