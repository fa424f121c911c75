#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QObject>

class QAction;
class QProgressBar;

namespace wb {

class FleetMonitor;
class InventoryPanel;

// The Hosts menu's fleet actions and what a sweep shows: each host's status
// in the inventory tree (as sweeps answer), progress in the status bar, and
// a summary when a sweep ends.
class FleetController : public QObject
{
    Q_OBJECT
public:
    FleetController(FleetMonitor *monitor, InventoryPanel *panel, QObject *parent = nullptr);

    // Checks the selected hosts (and those below selected groups), or every host when none is selected.
    QAction *checkReachabilityAction() const { return m_checkReachability; }
    // For the status bar: shown while a sweep runs.
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void checkSelection();
    void showStatuses(const QList<wb::HostId> &hosts);

    FleetMonitor *m_monitor;
    InventoryPanel *m_panel;
    QAction *m_checkReachability;
    QProgressBar *m_progress;
};

} // namespace wb
