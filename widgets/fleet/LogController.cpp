#include "widgets/fleet/LogController.h"

#include "core/fleet/LogStream.h"
#include "core/inventory/Inventory.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/TargetResolver.h"
#include "widgets/fleet/LogSourceDialog.h"
#include "widgets/fleet/LogView.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"

#include <QAction>
#include <QMessageBox>

namespace wb {

LogController::LogController(const Inventory *inventory, ConnectionSettings *connection, SshPool *pool, InventoryPanel *panel,
                             SessionArea *tabs, QWidget *window)
    : QObject(window), m_inventory(inventory), m_connection(connection), m_pool(pool), m_panel(panel), m_tabs(tabs), m_window(window)
{
    m_logs = new QAction(QIcon(QStringLiteral(":/icons/info.svg")), tr("&Logs…"), this);
    m_logs->setObjectName(QStringLiteral("hostLogs"));
    m_logs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)); // "journal"
    m_logs->setToolTip(tr("Follow the selected hosts' journals (or a log file), merged by time"));
    connect(m_logs, &QAction::triggered, this, &LogController::openLogs);
}

void LogController::openLogs()
{
    const QList<HostId> ids = m_panel->selectedHostIdsWithGroups();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the hosts (or a group) whose logs to follow."), 5000);
        return;
    }
    QStringList names;
    for (HostId id : ids)
        names << m_inventory->displayName(id);
    LogSourceDialog dialog(names, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LogQuery query = dialog.query(QDateTime::currentDateTimeUtc());
    const QString sudoPassword = dialog.sudoPassword();
    m_connection->whenSettled(this, [this, ids, query, sudoPassword] {
        TargetResolver resolver(*m_inventory, m_connection->current());
        if (QString error; !resolver.addInventoryHosts(ids, &error)) {
            QMessageBox::warning(m_window, tr("Logs"), error);
            return;
        }
        auto *stream = new LogStream(resolver.targets(), query);
        stream->setPool(m_pool);
        stream->setSudoPassword(sudoPassword);
        stream->setWorkerNice(19); // bulk work beside the window's event loop and open terminals
        m_tabs->openNew(new LogView(stream));
    });
}

} // namespace wb
