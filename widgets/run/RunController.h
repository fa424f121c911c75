#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace wb {

class AsyncSnippetStore;
class ConnectionSettings;
class Inventory;
class InventoryPanel;
class SessionArea;
class SnippetMenu;
struct RunSpec;
struct Snippet;

// Runs in the window: a command or a saved snippet on the hosts selected in
// the inventory (and those in selected groups), resolved as werkbank-cli run
// resolves them, each run in a tab of its own.
class RunController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs and the snippet menu; the controller is its child.
    RunController(AsyncSnippetStore *snippets, ConnectionSettings *connection, const Inventory *inventory,
                  InventoryPanel *panel, SessionArea *sessions, QWidget *window);

    QAction *runAction() const { return m_run; }
    // The saved snippets, with "Manage Snippets…" at the end.
    SnippetMenu *snippetMenu() const { return m_snippetMenu; }

public Q_SLOTS:
    void runCommand();
    // Runs a saved snippet on the selection straight away.
    void runSnippet(const wb::Snippet &snippet);
    void manageSnippets();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    // The hosts a run goes to; when there are none, says so.
    QList<HostId> selection();
    void start(const RunSpec &spec);

    AsyncSnippetStore *m_snippets;
    ConnectionSettings *m_connection;
    const Inventory *m_inventory;
    InventoryPanel *m_panel;
    SessionArea *m_sessions;
    QWidget *m_window;
    QAction *m_run;
    SnippetMenu *m_snippetMenu;
};

} // namespace wb
