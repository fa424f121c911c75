#include "widgets/fleet/FleetController.h"

#include "core/fleet/FactsCollector.h"
#include "core/fleet/FleetMonitor.h"
#include "core/fleet/UpdateScript.h"
#include "core/inventory/Inventory.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/TargetResolver.h"
#include "widgets/fleet/ApplyUpdatesDialog.h"
#include "widgets/fleet/FleetOverview.h"
#include "widgets/fleet/HostFactsView.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunView.h"

#include <QAction>
#include <QMessageBox>
#include <QProgressBar>

namespace wb {

namespace {
// A status-bar progress bar, hidden until its work starts.
QProgressBar *newProgressBar(const QString &name, const QString &format)
{
    auto *bar = new QProgressBar;
    bar->setObjectName(name);
    bar->setMaximumWidth(220);
    bar->setFormat(format);
    bar->setVisible(false);
    return bar;
}

void showStarted(QProgressBar *bar, int total)
{
    bar->setRange(0, total);
    bar->setValue(0);
    bar->setVisible(true);
}
} // namespace

FleetController::FleetController(const Inventory *inventory, FleetMonitor *monitor, FactsCollector *facts, ConnectionSettings *connection,
                                 InventoryPanel *panel, SessionArea *tabs, QWidget *window)
    : QObject(window), m_inventory(inventory), m_monitor(monitor), m_facts(facts), m_panel(panel), m_connection(connection), m_tabs(tabs),
      m_window(window)
{
    m_applyUpdates = new QAction(tr("A&pply Updates…"), this);
    m_applyUpdates->setObjectName(QStringLiteral("applyUpdates"));
    m_applyUpdates->setToolTip(tr("Upgrade the selected hosts' packages, after showing what each will upgrade"));
    connect(m_applyUpdates, &QAction::triggered, this, &FleetController::applyUpdates);

    m_overview = new QAction(QIcon(QStringLiteral(":/icons/server.svg")), tr("Fleet &Overview"), this);
    m_overview->setObjectName(QStringLiteral("fleetOverview"));
    m_overview->setToolTip(tr("How many hosts are down, need a reboot, have security updates, full disks, failed units or no recent backup"));
    connect(m_overview, &QAction::triggered, this, [this] {
        auto *overview = new FleetOverview(m_inventory, m_monitor, m_facts);
        connect(overview, &FleetOverview::filterRequested, m_panel, &InventoryPanel::showFiltered);
        connect(overview, &FleetOverview::capacityRequested, this,
                [this](HostId host, const QString &mount) { openDetails(host)->showCapacity(mount); });
        m_tabs->openUnique(overview, [](const QWidget *open) { return qobject_cast<const FleetOverview *>(open) != nullptr; });
    });
    m_details = new QAction(QIcon(QStringLiteral(":/icons/info.svg")), tr("Host &Details"), this);
    m_details->setObjectName(QStringLiteral("hostDetails"));
    m_details->setToolTip(tr("The selected host's facts and their history"));
    connect(m_details, &QAction::triggered, this, [this] {
        const QList<HostId> hosts = m_panel->selectedHostIds();
        if (hosts.isEmpty()) {
            Q_EMIT statusMessage(tr("Select a host to see its details."), 5000);
            return;
        }
        openDetails(hosts.first());
    });

    m_checkReachability = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Check &Reachability Now"), this);
    m_checkReachability->setObjectName(QStringLiteral("checkReachability"));
    // Ctrl+Shift: the only keys a terminal leaves to the window.
    m_checkReachability->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)); // "up?"
    m_checkReachability->setToolTip(tr("Check whether the selected hosts (or all hosts) answer, without logging in"));
    connect(m_checkReachability, &QAction::triggered, this, &FleetController::checkSelection);

    m_progress = newProgressBar(QStringLiteral("reachabilityProgress"), tr("Checking %v of %m hosts"));

    connect(m_monitor, &FleetMonitor::statusesChanged, this, &FleetController::showStatuses);
    connect(m_monitor, &FleetMonitor::sweepStarted, this, [this](int total) { showStarted(m_progress, total); });
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

    m_gatherFacts = new QAction(tr("Gather &Facts"), this);
    m_gatherFacts->setObjectName(QStringLiteral("gatherFacts"));
    m_gatherFacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)); // "info"
    m_gatherFacts->setToolTip(tr("Gather the selected hosts' (or all hosts') facts over SSH: OS, updates, disks, failed units, backup age"));
    connect(m_gatherFacts, &QAction::triggered, this, &FleetController::gatherSelection);
    m_factsProgress = newProgressBar(QStringLiteral("factsProgress"), tr("Facts: %v of %m hosts"));
    connect(m_facts, &FactsCollector::factsChanged, this, &FleetController::showFacts);
    connect(m_facts, &FactsCollector::gatherStarted, this, [this](int total) { showStarted(m_factsProgress, total); });
    connect(m_facts, &FactsCollector::gatherProgress, this, [this](int done, int) { m_factsProgress->setValue(done); });
    connect(m_facts, &FactsCollector::gatherFinished, this, [this](int ok, int failed) {
        m_factsProgress->setVisible(false);
        QString text = tr("Facts: %n host(s) gathered", nullptr, ok);
        if (failed > 0)
            text += QStringLiteral(", ") + tr("%n failed (see the Updates column's tooltip)", nullptr, failed);
        Q_EMIT statusMessage(text, 10000);
    });
    connect(m_facts, &FactsCollector::recordFailed, this, [this](const QString &error) {
        Q_EMIT statusMessage(tr("The facts could not be saved in the workspace: %1").arg(error), 15000);
    });
    connect(m_facts, &FactsCollector::capacityFailed, this, [this](const QString &error) {
        Q_EMIT statusMessage(tr("The disk forecast could not be read from the workspace: %1").arg(error), 15000);
    });
    connect(m_facts, &FactsCollector::capacityChanged, this, [this] { m_panel->updateHostCapacity(m_facts->soonestFull()); });
    showFacts(m_facts->allFacts().keys());
    m_panel->updateHostCapacity(m_facts->soonestFull());
}

HostFactsView *FleetController::openDetails(HostId host)
{
    return qobject_cast<HostFactsView *>(m_tabs->openUnique(new HostFactsView(m_inventory, m_facts, host), [host](const QWidget *open) {
        const auto *view = qobject_cast<const HostFactsView *>(open);
        return view && view->hostId() == host;
    }));
}

void FleetController::gatherSelection()
{
    const QList<HostId> hosts = m_panel->selectedHostIdsWithGroups();
    Q_EMIT statusMessage(hosts.isEmpty() ? tr("Gathering every host's facts…") : tr("Gathering the facts of %n host(s)…", nullptr, int(hosts.size())), 3000);
    m_facts->gather(hosts);
}

void FleetController::showFacts(const QList<HostId> &hosts)
{
    m_panel->updateHostFacts(hosts, [this](HostId id) { return m_facts->facts(id); }, [this](HostId id) { return m_facts->lastError(id); });
}

void FleetController::checkSelection()
{
    const QList<HostId> hosts = m_panel->selectedHostIdsWithGroups();
    // Said first: a sweep whose hosts all answer at once (behind jump hosts) ends inside checkNow with its summary.
    Q_EMIT statusMessage(hosts.isEmpty() ? tr("Checking every host…") : tr("Checking %n host(s)…", nullptr, int(hosts.size())), 3000);
    m_monitor->checkNow(hosts);
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

void FleetController::applyUpdates()
{
    const QList<HostId> selected = m_panel->selectedHostIdsWithGroups();
    if (selected.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the hosts (or a group) to update."), 5000);
        return;
    }
    QList<ApplyUpdatesDialog::Host> plan;
    for (HostId id : selected)
        plan.append({id, m_inventory->displayName(id), m_facts->facts(id)});
    ApplyUpdatesDialog dialog(plan, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenHosts().isEmpty())
        return;
    const QList<HostId> hosts = dialog.chosenHosts();
    const QString password = dialog.sudoPassword();
    m_connection->whenSettled(this, [this, hosts, password] {
        TargetResolver resolver(*m_inventory, m_connection->current());
        if (QString error; !resolver.addInventoryHosts(hosts, &error)) {
            QMessageBox::warning(m_window, tr("Apply Updates"), error);
            return;
        }
        RunSpec spec;
        spec.title = tr("apply updates");
        spec.command = UpdateScript::command(!password.isEmpty());
        if (!password.isEmpty())
            spec.input = password.toUtf8() + '\n'; // sudo's, on stdin; a root login's command never reads it
        spec.concurrency = 16;
        spec.hostTimeoutMs = 30 * 60 * 1000;       // a large upgrade takes its time
        spec.unknownKeys = RunSpec::UnknownKeys::Reject;
        spec.workLogNote = [](const CommandRunner &runner) {
            QStringList reboot;
            for (int i = 0; i < runner.size(); ++i)
                if (UpdateScript::needsReboot(runner.result(i).out))
                    reboot << runner.target(i).endpoint.name;
            return reboot.isEmpty() ? QString() : tr("A reboot is required on %1.").arg(reboot.join(QStringLiteral(", ")));
        };
        RunView *view = m_tabs->openRun(resolver.targets(), spec);
        const CommandRunner *runner = view->runner();
        if (runner->isFinished())
            updatesApplied(runner, hosts);
        else
            connect(runner, &CommandRunner::finished, this, [this, runner, hosts] { updatesApplied(runner, hosts); });
    });
}

void FleetController::updatesApplied(const CommandRunner *runner, const QList<HostId> &hosts)
{
    QStringList reboot;
    for (int i = 0; i < runner->size(); ++i)
        if (UpdateScript::needsReboot(runner->result(i).out))
            reboot << runner->target(i).endpoint.name;
    const CommandRunner::Counts counts = runner->counts();
    QString text = tr("Updates applied: %1 ok, %2 failed.").arg(counts.ok).arg(counts.failed);
    if (!reboot.isEmpty())
        text += QLatin1Char(' ') + tr("A reboot is required on %1.").arg(reboot.join(QStringLiteral(", ")));
    Q_EMIT statusMessage(text, 30000);
    // What is left to upgrade, and the Reboot column, from the hosts themselves.
    m_facts->gather(hosts);
}

} // namespace wb
