#include "widgets/fleet/FleetOverview.h"

#include "core/fleet/FactsCollector.h"
#include "core/fleet/FleetMonitor.h"
#include "core/inventory/Inventory.h"
#include "models/fleet/CapacityModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

namespace {
constexpr int tilesPerRow = 4;

struct TileText
{
    FleetSummary::Need need;
    const char *name;
    const char *label;
};

constexpr TileText kTiles[] = {
    {FleetSummary::Need::Down, "downTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "down")},
    {FleetSummary::Need::Reboot, "rebootTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "reboot needed")},
    {FleetSummary::Need::SecurityUpdates, "securityTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "security updates")},
    {FleetSummary::Need::DiskFull, "diskTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "disk ≥ 90 % full")},
    {FleetSummary::Need::FillingSoon, "fillingTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "disk full within 14 days")},
    {FleetSummary::Need::FailedUnits, "failedTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "failed units")},
    {FleetSummary::Need::NoRecentBackup, "backupTile", QT_TRANSLATE_NOOP("wb::FleetOverview", "no backup in 24 h")},
};
} // namespace

FleetOverview::FleetOverview(const Inventory *inventory, FleetMonitor *monitor, FactsCollector *facts, QWidget *parent)
    : WorkTab(parent), m_inventory(inventory), m_monitor(monitor), m_facts(facts)
{
    setObjectName(QStringLiteral("fleetOverview"));
    auto *heading = new QLabel(tr("<h2>The fleet at a glance</h2>"), this);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    int index = 0;
    for (const TileText &tile : kTiles) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(tile.name));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumSize(180, 84);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        button->setFont(font);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setToolTip(tr("Show these hosts in the inventory (filter: %1)").arg(FleetSummary::filterFor(tile.need)));
        connect(button, &QToolButton::clicked, this, [this, need = tile.need] { Q_EMIT filterRequested(FleetSummary::filterFor(need)); });
        m_tiles[int(tile.need)] = button;
        grid->addWidget(button, index / tilesPerRow, index % tilesPerRow);
        ++index;
    }
    for (int column = 0; column < tilesPerRow; ++column)
        grid->setColumnStretch(column, 1);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("fleetFooter"));
    m_footer->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addWidget(m_footer);

    m_capacity = new CapacityModel(m_inventory, this);
    m_capacity->setObjectName(QStringLiteral("capacityModel"));
    m_capacitySorted = new QSortFilterProxyModel(this);
    m_capacitySorted->setSourceModel(m_capacity);
    m_capacitySorted->setSortRole(CapacityModel::SortRole);
    m_capacityView = new QTreeView(this);
    m_capacityView->setObjectName(QStringLiteral("capacityList"));
    m_capacityView->setRootIsDecorated(false);
    m_capacityView->setUniformRowHeights(true);
    m_capacityView->setAlternatingRowColors(true);
    m_capacityView->setModel(m_capacitySorted);
    m_capacityView->setSortingEnabled(true);
    m_capacityView->sortByColumn(CapacityModel::FullColumn, Qt::AscendingOrder);
    m_capacityView->header()->resizeSection(CapacityModel::HostColumn, 180);
    m_capacityView->header()->resizeSection(CapacityModel::MountColumn, 160);
    m_capacityView->setToolTip(tr("Double-click a filesystem (or press Enter) to see its use over time"));
    connect(m_capacityView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const CapacityForecast &forecast = m_capacity->forecast(m_capacitySorted->mapToSource(index).row());
        Q_EMIT capacityRequested(forecast.host, forecast.mount);
    });
    auto *capacityLabel = new QLabel(tr("<b>Capacity</b>: the fleet's filesystems by days to full (the trend of the last %n day(s))",
                                        nullptr, CapacityForecast::windowDays),
                                     this);
    capacityLabel->setBuddy(m_capacityView);
    layout->addSpacing(8);
    layout->addWidget(capacityLabel);
    layout->addWidget(m_capacityView, 1);

    // Sweeps and gathers report host by host: the numbers follow a moment later, once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &FleetOverview::refresh);
    const auto later = [this] { m_refresh.start(); };
    connect(m_monitor, &FleetMonitor::statusesChanged, this, later);
    connect(m_facts, &FactsCollector::factsChanged, this, later);
    connect(m_inventory, &Inventory::hostAdded, this, later);
    connect(m_inventory, &Inventory::hostRemoved, this, later);
    connect(m_inventory, &Inventory::resetDone, this, later);
    connect(m_facts, &FactsCollector::capacityChanged, this, [this, later] {
        refreshCapacity();
        later();
    });
    refreshCapacity();
    refresh();
}

QIcon FleetOverview::tabIcon() const
{
    return QIcon(QStringLiteral(":/icons/server.svg"));
}

void FleetOverview::refreshCapacity()
{
    m_capacity->setForecasts(m_facts->capacity(), QDateTime::currentDateTimeUtc());
}

void FleetOverview::refresh()
{
    m_summary = FleetSummary::of(m_inventory->hostsBelow(0), m_monitor->statuses(), m_facts->allFacts(), m_facts->soonestFull(),
                                 QDateTime::currentDateTimeUtc());
    for (const TileText &tile : kTiles) {
        const int count = m_summary.count(tile.need);
        QToolButton *button = m_tiles[int(tile.need)];
        button->setText(QStringLiteral("%1\n%2").arg(count).arg(tr(tile.label)));
        // Red where something needs doing, quiet where nothing does.
        button->setStyleSheet(count > 0 ? QStringLiteral("QToolButton { color: #c62828; font-weight: bold; }") : QString());
    }
    m_footer->setText(tr("%n host(s) in the inventory: %1 with facts, %2 checked for reachability.", nullptr, m_summary.hosts)
                          .arg(m_summary.withFacts)
                          .arg(m_monitor->statuses().size())
                      + QLatin1Char(' ') + tr("Hosts → Gather Facts and Hosts → Check Reachability Now bring them up to date."));
}

} // namespace wb
