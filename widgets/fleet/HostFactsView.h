#pragma once

#include "core/fleet/CapacityForecast.h"
#include "core/inventory/InventoryTypes.h"
#include "widgets/common/WorkTab.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeView;

namespace wb {

class CapacityChart;
class FactsCollector;
class FactsHistoryModel;
class Inventory;

// A host's details: every fact of its newest gather, their history (90 days)
// as a table, and each filesystem's use as a chart with the day it fills.
// Gather Now asks again; new facts show as they come.
class HostFactsView : public WorkTab
{
    Q_OBJECT
public:
    HostFactsView(const Inventory *inventory, FactsCollector *facts, HostId host, QWidget *parent = nullptr);

    HostId hostId() const { return m_host; }
    QString tabTitle() const override;
    QIcon tabIcon() const override;
    FactsHistoryModel *history() const { return m_history; }
    // Shows the Capacity page with this filesystem's chart.
    void showCapacity(const QString &mount);

private:
    void reload();
    void showSummary();
    void showHistory(const QList<HostFacts> &history);
    void showChart();

    const Inventory *m_inventory;
    FactsCollector *m_facts;
    HostId m_host;
    QLabel *m_summary;
    QTreeView *m_view;
    FactsHistoryModel *m_history;
    QTabWidget *m_pages;
    QComboBox *m_mounts;
    CapacityChart *m_chart;
    QList<CapacityForecast> m_forecasts;
    QString m_wantedMount;
};

} // namespace wb
