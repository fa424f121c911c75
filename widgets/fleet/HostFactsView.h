#pragma once

#include "core/inventory/InventoryTypes.h"
#include "widgets/common/WorkTab.h"

class QLabel;
class QTreeView;

namespace wb {

class FactsCollector;
class FactsHistoryModel;
class Inventory;

// A host's details: every fact of its newest gather, and their history
// (90 days) as a table. Gather Now asks again; new facts show as they come.
class HostFactsView : public WorkTab
{
    Q_OBJECT
public:
    HostFactsView(const Inventory *inventory, FactsCollector *facts, HostId host, QWidget *parent = nullptr);

    HostId hostId() const { return m_host; }
    QString tabTitle() const override;
    QIcon tabIcon() const override;
    FactsHistoryModel *history() const { return m_history; }

private:
    void reload();
    void showSummary();

    const Inventory *m_inventory;
    FactsCollector *m_facts;
    HostId m_host;
    QLabel *m_summary;
    QTreeView *m_view;
    FactsHistoryModel *m_history;
};

} // namespace wb
