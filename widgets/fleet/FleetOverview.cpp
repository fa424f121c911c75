#include "widgets/fleet/FleetOverview.h"

#include "core/fleet/FactsCollector.h"
#include "core/fleet/FleetMonitor.h"
#include "core/inventory/Inventory.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {
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
        button->setMinimumSize(220, 110);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        button->setFont(font);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setToolTip(tr("Show these hosts in the inventory (filter: %1)").arg(FleetSummary::filterFor(tile.need)));
        connect(button, &QToolButton::clicked, this, [this, need = tile.need] { Q_EMIT filterRequested(FleetSummary::filterFor(need)); });
        m_tiles[int(tile.need)] = button;
        grid->addWidget(button, index / 3, index % 3);
        ++index;
    }
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("fleetFooter"));
    m_footer->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addWidget(m_footer);
    layout->addStretch(1);

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
    refresh();
}

QIcon FleetOverview::tabIcon() const
{
    return QIcon(QStringLiteral(":/icons/server.svg"));
}

void FleetOverview::refresh()
{
    m_summary = FleetSummary::of(m_inventory->hostsBelow(0), m_monitor->statuses(), m_facts->allFacts());
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
