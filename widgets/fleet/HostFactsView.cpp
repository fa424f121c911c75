#include "widgets/fleet/HostFactsView.h"

#include "core/fleet/FactsCollector.h"
#include "core/inventory/Inventory.h"
#include "models/common/ShownTime.h"
#include "models/fleet/FactsHistoryModel.h"
#include "models/fleet/CapacityModel.h"
#include "models/inventory/InventoryFacts.h"
#include "widgets/fleet/CapacityChart.h"

#include <QComboBox>
#include <algorithm>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

namespace {
constexpr int historyDays = 90;

QString dataSize(qint64 bytes)
{
    return bytes >= 0 ? QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat) : QStringLiteral("?");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}
} // namespace

HostFactsView::HostFactsView(const Inventory *inventory, FactsCollector *facts, HostId host, QWidget *parent)
    : WorkTab(parent), m_inventory(inventory), m_facts(facts), m_host(host)
{
    setObjectName(QStringLiteral("hostFactsView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("factsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *gather = new QPushButton(tr("&Gather Now"), this);
    gather->setObjectName(QStringLiteral("gatherNow"));
    connect(gather, &QPushButton::clicked, this, [this] { m_facts->gather({m_host}); });
    m_history = new FactsHistoryModel(this);
    m_history->setObjectName(QStringLiteral("factsHistoryModel"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("factsHistory"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_history);
    m_view->header()->resizeSection(FactsHistoryModel::TakenColumn, 150);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("factsPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_view, tr("&History (%n day(s))", nullptr, historyDays));

    auto *capacity = new QWidget(m_pages);
    m_mounts = new QComboBox(capacity);
    m_mounts->setObjectName(QStringLiteral("capacityMount"));
    m_mounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mounts->setMinimumContentsLength(48); // "/var/lib/postgresql — fills in about 12 days, on …"
    m_mounts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *mountLabel = new QLabel(tr("&Filesystem:"), capacity);
    mountLabel->setBuddy(m_mounts);
    m_chart = new CapacityChart(capacity);
    auto *mountRow = new QHBoxLayout;
    mountRow->addWidget(mountLabel);
    mountRow->addWidget(m_mounts);
    mountRow->addStretch(1);
    auto *capacityLayout = new QVBoxLayout(capacity);
    capacityLayout->addLayout(mountRow);
    capacityLayout->addWidget(m_chart, 1);
    m_pages->addTab(capacity, tr("&Capacity"));
    connect(m_mounts, &QComboBox::currentIndexChanged, this, &HostFactsView::showChart);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(gather, 0, Qt::AlignLeft);
    layout->addWidget(m_pages, 1);
    connect(m_facts, &FactsCollector::factsChanged, this, [this](const QList<HostId> &hosts) {
        if (hosts.contains(m_host))
            reload();
    });
    reload();
}

QString HostFactsView::tabTitle() const
{
    return tr("Facts: %1").arg(m_inventory->displayName(m_host));
}

QIcon HostFactsView::tabIcon() const
{
    return QIcon(QStringLiteral(":/icons/info.svg"));
}

void HostFactsView::reload()
{
    showSummary();
    m_facts->readHistory(m_host, QDateTime::currentDateTimeUtc().addDays(-historyDays), this,
                         [this](const QList<HostFacts> &history, const QString &) { showHistory(history); });
}

void HostFactsView::showHistory(const QList<HostFacts> &history)
{
    m_history->setHistory(history);
    m_forecasts = CapacityForecast::ofHistory(m_host, history, QDateTime::currentDateTimeUtc());
    const QString current = m_wantedMount.isEmpty() ? m_mounts->currentData().toString() : m_wantedMount;
    const QSignalBlocker blocker(m_mounts);
    m_mounts->clear();
    for (const CapacityForecast &forecast : std::as_const(m_forecasts))
        m_mounts->addItem(QStringLiteral("%1 — %2").arg(forecast.mount, CapacityModel::forecastText(forecast, QDateTime::currentDateTimeUtc())),
                          forecast.mount);
    // The one asked for, else the one shown before, else the one that fills first.
    int index = m_mounts->findData(current);
    if (index < 0 && !m_forecasts.isEmpty())
        index = int(std::min_element(m_forecasts.cbegin(), m_forecasts.cend(), CapacityForecast::soonerFull) - m_forecasts.cbegin());
    m_mounts->setCurrentIndex(index);
    if (!m_wantedMount.isEmpty() && index >= 0)
        m_wantedMount.clear();
    showChart();
}

void HostFactsView::showChart()
{
    const int index = m_mounts->currentIndex();
    if (index < 0 || index >= m_forecasts.size())
        m_chart->clear();
    else
        m_chart->setForecast(m_forecasts.at(index), QDateTime::currentDateTimeUtc());
}

void HostFactsView::showCapacity(const QString &mount)
{
    m_pages->setCurrentIndex(1);
    const int index = m_mounts->findData(mount);
    if (index >= 0)
        m_mounts->setCurrentIndex(index);
    else
        m_wantedMount = mount; // the history is still on its way
}

void HostFactsView::showSummary()
{
    const HostFacts *f = m_facts->facts(m_host);
    const QString error = m_facts->lastError(m_host);
    if (!f) {
        m_summary->setText(error.isEmpty() ? tr("No facts yet: Gather Now asks the host.")
                                           : tr("No facts yet: %1").arg(error.toHtmlEscaped()));
        return;
    }
    QString rows;
    rows += row(tr("OS"), (f->osPrettyName.isEmpty() ? f->osId : f->osPrettyName).toHtmlEscaped());
    rows += row(tr("Kernel"), f->kernel.toHtmlEscaped());
    rows += row(tr("Up for"), f->uptimeSeconds >= 0 ? InventoryFacts::age(f->uptimeSeconds) : QStringLiteral("?"));
    const auto known = [](double v) { return v >= 0 ? QString::number(v) : QStringLiteral("?"); };
    rows += row(tr("CPUs, load"), QStringLiteral("%1; %2 %3 %4").arg(known(f->cpus), known(f->load[0]), known(f->load[1]), known(f->load[2])));
    rows += row(tr("Memory"), tr("%1 available of %2; swap %3 used of %4")
                                  .arg(dataSize(f->memoryAvailableBytes), dataSize(f->memoryTotalBytes), dataSize(f->swapUsedBytes), dataSize(f->swapTotalBytes)));
    QStringList disks;
    for (const HostFacts::Filesystem &fs : f->filesystems)
        disks << tr("%1: %2 % of %3 (%4)").arg(fs.mount.toHtmlEscaped()).arg(fs.usedPercent()).arg(dataSize(fs.sizeBytes), fs.type.toHtmlEscaped());
    rows += row(tr("Filesystems"), disks.join(QStringLiteral("<br>")));
    rows += row(tr("Updates"), f->updates < 0 ? f->problems.value(QStringLiteral("updates")).toHtmlEscaped()
                                              : tr("%1 (%2 security), %3").arg(f->updates).arg(f->securityUpdates < 0 ? QStringLiteral("?") : QString::number(f->securityUpdates), f->packageManager));
    rows += row(tr("Reboot required"), f->rebootRequired == HostFacts::Answer::Yes ? tr("yes") : f->rebootRequired == HostFacts::Answer::No ? tr("no") : QStringLiteral("?"));
    rows += row(tr("Failed units"), f->systemd ? (f->failedUnits.isEmpty() ? tr("none") : f->failedUnits.join(QStringLiteral(", ")).toHtmlEscaped())
                                               : f->problems.value(QStringLiteral("failed_units")).toHtmlEscaped());
    rows += row(tr("Last backup"), !f->backupConfigured ? tr("no backup check set for the group")
                                   : f->backupAgeSeconds >= 0 ? tr("%1 ago").arg(InventoryFacts::age(f->backupAgeSeconds))
                                                              : f->problems.value(QStringLiteral("backup_age_s")).toHtmlEscaped());
    rows += row(tr("Taken"), ShownTime::dateTime(f->taken.toLocalTime(), true));
    if (!error.isEmpty())
        rows += row(tr("Last gather"), tr("failed: %1").arg(error.toHtmlEscaped()));
    m_summary->setText(QStringLiteral("<table cellspacing=4>%1</table>").arg(rows));
}

} // namespace wb
