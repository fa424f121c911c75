#include "widgets/fleet/HostFactsView.h"

#include "core/fleet/FactsCollector.h"
#include "core/inventory/Inventory.h"
#include "models/common/ShownTime.h"
#include "models/fleet/FactsHistoryModel.h"
#include "models/inventory/InventoryFacts.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    auto *historyLabel = new QLabel(tr("History (%n day(s)):", nullptr, historyDays), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(gather, 0, Qt::AlignLeft);
    layout->addWidget(historyLabel);
    layout->addWidget(m_view, 1);
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
                         [this](const QList<HostFacts> &history, const QString &) { m_history->setHistory(history); });
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
    rows += row(tr("CPUs, load"), QStringLiteral("%1; %2 %3 %4").arg(f->cpus).arg(f->load[0]).arg(f->load[1]).arg(f->load[2]));
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
