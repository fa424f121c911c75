#pragma once

#include "core/fleet/FleetSummary.h"
#include "widgets/common/WorkTab.h"

#include <QTimer>

class QLabel;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace wb {

class CapacityModel;
class FactsCollector;
class FleetMonitor;
class Inventory;

// The Fleet tab: how many hosts are down, need a reboot, have security
// updates, a disk at 90 % or more or filling within 14 days, failed units, or
// no backup in a day; each number opens the inventory filtered to those
// hosts. Below, the fleet's filesystems by days to full; one opens its host's
// capacity chart. Follows sweeps and gathers as they come.
class FleetOverview : public WorkTab
{
    Q_OBJECT
public:
    FleetOverview(const Inventory *inventory, FleetMonitor *monitor, FactsCollector *facts, QWidget *parent = nullptr);

    QString tabTitle() const override { return tr("Fleet"); }
    QIcon tabIcon() const override;
    const FleetSummary &summary() const { return m_summary; }
    CapacityModel *capacity() const { return m_capacity; }

Q_SIGNALS:
    // Show the inventory with this filter.
    void filterRequested(const QString &filter);
    // Show this host's capacity chart of this filesystem.
    void capacityRequested(wb::HostId host, const QString &mount);

private:
    void refresh();
    void refreshCapacity();

    const Inventory *m_inventory;
    FleetMonitor *m_monitor;
    FactsCollector *m_facts;
    FleetSummary m_summary;
    QToolButton *m_tiles[FleetSummary::needCount] = {};
    QLabel *m_footer;
    CapacityModel *m_capacity;
    QSortFilterProxyModel *m_capacitySorted;
    QTreeView *m_capacityView;
    QTimer m_refresh;
};

} // namespace wb
