#include "widgets/fleet/FleetController.h"

#include "core/fleet/FleetMonitor.h"
#include "widgets/inventory/InventoryPanel.h"

#include <QAction>
#include <QProgressBar>

namespace wb {

FleetController::FleetController(FleetMonitor *monitor, InventoryPanel *panel, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_panel(panel)
{
    m_checkReachability = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Check &Reachability Now"), this);
    m_checkReachability->setObjectName(QStringLiteral("checkReachability"));
    // Ctrl+Shift: the only keys a terminal leaves to the window.
    m_checkReachability->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)); // "up?"
    m_checkReachability->setToolTip(tr("Check whether the selected hosts (or all hosts) answer, without logging in"));
    connect(m_checkReachability, &QAction::triggered, this, &FleetController::checkSelection);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reachabilityProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Checking %v of %m hosts"));
    m_progress->setVisible(false);

    connect(m_monitor, &FleetMonitor::statusesChanged, this, &FleetController::showStatuses);
    connect(m_monitor, &FleetMonitor::sweepStarted, this, [this](int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_monitor, &FleetMonitor::sweepProgress, this, [this](int done, int) { m_progress->setValue(done); });
    connect(m_monitor, &FleetMonitor::sweepFinished, this, [this](int up, int down, int unknown) {
        m_progress->setVisible(false);
        QString text = tr("Reachability: %n up", nullptr, up) + QStringLiteral(", ") + tr("%n down", nullptr, down);
        if (unknown > 0)
            text += QStringLiteral(", ") + tr("%n not known", nullptr, unknown);
        Q_EMIT statusMessage(text, 10000);
    });
    connect(m_monitor, &FleetMonitor::recordFailed, this, [this](const QString &error) {
        Q_EMIT statusMessage(tr("The reachability results could not be saved in the workspace: %1").arg(error), 15000);
    });
    showStatuses(m_monitor->statuses().keys());
}

void FleetController::checkSelection()
{
    const QList<HostId> hosts = m_panel->selectedHostIdsWithGroups();
    m_monitor->checkNow(hosts);
    if (m_monitor->isSweeping() || !hosts.isEmpty())
        Q_EMIT statusMessage(hosts.isEmpty() ? tr("Checking every host…") : tr("Checking %n host(s)…", nullptr, int(hosts.size())), 3000);
}

void FleetController::showStatuses(const QList<HostId> &hosts)
{
    QList<HostStatus> statuses;
    statuses.reserve(hosts.size());
    for (HostId id : hosts) {
        if (const HostStatus *status = m_monitor->status(id))
            statuses.append(*status);
    }
    m_panel->updateHostStatuses(statuses);
}

} // namespace wb
