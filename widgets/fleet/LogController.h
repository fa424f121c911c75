#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace wb {

class ConnectionSettings;
class Inventory;
class InventoryPanel;
class SessionArea;
class SshPool;

// Hosts → Logs: asks what to follow (LogSourceDialog) on the selected hosts
// (and those below selected groups) and opens a log tab streaming it over
// the connection pool, as runs do.
class LogController : public QObject
{
    Q_OBJECT
public:
    LogController(const Inventory *inventory, ConnectionSettings *connection, SshPool *pool, InventoryPanel *panel, SessionArea *tabs,
                  QWidget *window);

    QAction *logsAction() const { return m_logs; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void openLogs();

    const Inventory *m_inventory;
    ConnectionSettings *m_connection;
    SshPool *m_pool;
    InventoryPanel *m_panel;
    SessionArea *m_tabs;
    QWidget *m_window;
    QAction *m_logs;
};

} // namespace wb
