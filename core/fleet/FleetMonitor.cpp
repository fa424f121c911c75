#include "core/fleet/FleetMonitor.h"

#include "core/fleet/ProbeTargets.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/TargetResolver.h"

#include <optional>
#include "core/inventory/Inventory.h"
#include "core/storage/WorkspaceThread.h"

namespace wb {

namespace {
// Results reach the tree and the workspace in batches, so a sweep of
// thousands of hosts is a few repaints and a few transactions.
constexpr int flushIntervalMs = 250;
} // namespace

FleetMonitor::FleetMonitor(Inventory *inventory, WorkspaceThread *workspace, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_workspace(workspace)
{
    m_schedule.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_schedule, &QTimer::timeout, this, [this] { checkNow(); });
    m_flushTimer.setInterval(flushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &FleetMonitor::flush);
}

FleetMonitor::~FleetMonitor()
{
    delete m_sweep.data();
}

void FleetMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    m_workspace->read<QList<HostStatus>>(
        this,
        [](QSqlDatabase db, QString *error) {
            QList<HostStatus> statuses;
            HostStatusStore::load(db, &statuses, error);
            return statuses;
        },
        [this](QList<HostStatus> saved, const QString &) {
            QList<HostId> changed;
            for (const HostStatus &status : std::as_const(saved)) {
                // A sweep that answered first knows better.
                if (!m_statuses.contains(status.hostId)) {
                    m_statuses.insert(status.hostId, status);
                    changed.append(status.hostId);
                }
            }
            if (!changed.isEmpty())
                Q_EMIT statusesChanged(changed);
            setIntervalMinutes(m_intervalMinutes);
            if (m_intervalMinutes > 0)
                checkNow();
        });
}

void FleetMonitor::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::max(0, minutes);
    if (m_intervalMinutes == 0 || !m_started)
        m_schedule.stop();
    else
        m_schedule.start(m_intervalMinutes * 60 * 1000);
}

const HostStatus *FleetMonitor::status(HostId host) const
{
    const auto it = m_statuses.constFind(host);
    return it == m_statuses.cend() ? nullptr : &*it;
}

void FleetMonitor::checkNow(const QList<HostId> &hosts)
{
    if (m_sweep) {
        if (hosts.isEmpty())
            m_queuedAll = true;
        for (HostId id : hosts)
            m_queued.insert(id);
        return;
    }
    launch(hosts);
}

void FleetMonitor::launch(const QList<HostId> &hosts)
{
    const QList<HostId> ids = hosts.isEmpty() ? m_inventory->hostsBelow(0) : hosts;
    QList<ProbeTarget> targets;
    targets.reserve(ids.size());
    std::optional<TargetResolver> resolver; // made once, for the first host behind a jump host
    for (HostId id : ids) {
        const Host *host = m_inventory->host(id);
        if (!host)
            continue;
        ProbeTarget target = ProbeTargets::forHost(*host, m_inventory->displayName(id));
        if (target.method == ProbeTarget::Method::BehindJumpHost && m_connection && m_pool) {
            // Its jump chain, as a run would connect, names the kept connection to look for.
            if (!resolver)
                resolver.emplace(*m_inventory, m_connection->current());
            if (QString error; resolver->addInventoryHost(id, &error) && !resolver->targets().isEmpty()) {
                target = ProbeTargets::forSshTarget(*m_inventory, resolver->targets().constLast());
                target.name = m_inventory->displayName(id);
            }
        }
        targets.append(target);
    }
    if (targets.isEmpty())
        return;
    m_sweep = new ReachabilitySweep(targets, ReachabilitySweep::Options(), this);
    m_sweep->setPool(m_pool);
    connect(m_sweep, &ReachabilitySweep::probed, this, &FleetMonitor::onProbed);
    connect(m_sweep, &ReachabilitySweep::finished, this, &FleetMonitor::onSweepFinished);
    Q_EMIT sweepStarted(int(targets.size()));
    m_sweep->start();
}

void FleetMonitor::onProbed(int index)
{
    const ProbeTarget &target = m_sweep->target(index);
    HostStatus status = HostStatus::from(target.hostId, m_sweep->result(index));
    if (!status.lastSeen.isValid()) {
        if (const HostStatus *before = this->status(target.hostId))
            status.lastSeen = before->lastSeen;
    }
    m_statuses.insert(status.hostId, status);
    m_unflushed.append(status);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    Q_EMIT sweepProgress(m_sweep->doneCount(), m_sweep->size());
}

void FleetMonitor::onSweepFinished()
{
    const ReachabilitySweep::Counts counts = m_sweep->counts();
    m_sweep->deleteLater();
    m_sweep = nullptr;
    flush();
    Q_EMIT sweepFinished(counts.up, counts.down, counts.unknown);
    if (m_queuedAll || !m_queued.isEmpty()) {
        const QList<HostId> next = m_queuedAll ? QList<HostId>() : m_queued.values();
        m_queuedAll = false;
        m_queued.clear();
        launch(next);
    }
}

void FleetMonitor::flush()
{
    m_flushTimer.stop();
    if (m_unflushed.isEmpty())
        return;
    const QList<HostStatus> batch = std::exchange(m_unflushed, {});
    QList<HostId> ids;
    ids.reserve(batch.size());
    for (const HostStatus &status : batch)
        ids.append(status.hostId);
    Q_EMIT statusesChanged(ids);
    m_workspace->write<bool>(
        this, [batch](QSqlDatabase db, QString *error) { return HostStatusStore::record(db, batch, error); },
        [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT recordFailed(error);
        });
}

} // namespace wb
