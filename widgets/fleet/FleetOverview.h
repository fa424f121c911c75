#pragma once

#include "core/fleet/FleetSummary.h"
#include "widgets/common/WorkTab.h"

#include <QTimer>

class QLabel;
class QToolButton;

namespace wb {

class FactsCollector;
class FleetMonitor;
class Inventory;

// The Fleet tab: how many hosts are down, need a reboot, have security
// updates, a disk at 90 % or more, failed units, or no backup in a day; each
// number opens the inventory filtered to those hosts. Follows sweeps and
// gathers as they come.
class FleetOverview : public WorkTab
{
    Q_OBJECT
public:
    FleetOverview(const Inventory *inventory, FleetMonitor *monitor, FactsCollector *facts, QWidget *parent = nullptr);

    QString tabTitle() const override { return tr("Fleet"); }
    QIcon tabIcon() const override;
    const FleetSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // Show the inventory with this filter.
    void filterRequested(const QString &filter);

private:
    void refresh();

    const Inventory *m_inventory;
    FleetMonitor *m_monitor;
    FactsCollector *m_facts;
    FleetSummary m_summary;
    QToolButton *m_tiles[FleetSummary::needCount] = {};
    QLabel *m_footer;
    QTimer m_refresh;
};

} // namespace wb
