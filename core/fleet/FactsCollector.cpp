#include "core/fleet/FactsCollector.h"

#include "core/fleet/FactsGatherer.h"
#include "core/fleet/FactsStore.h"
#include "core/inventory/Inventory.h"
#include "core/storage/WorkspaceThread.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/TargetResolver.h"

namespace wb {

namespace {
constexpr int flushIntervalMs = 500;
// Gathers are bulk work beside open terminals: fewer hosts at once than a run.
constexpr int gatherConcurrency = 32;
} // namespace

FactsCollector::FactsCollector(Inventory *inventory, WorkspaceThread *workspace, ConnectionSettings *connection, SshPool *pool,
                               QObject *parent)
    : QObject(parent), m_inventory(inventory), m_workspace(workspace), m_connection(connection), m_pool(pool)
{
    m_schedule.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_schedule, &QTimer::timeout, this, [this] { gather(); });
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &FactsCollector::flush);
}

FactsCollector::~FactsCollector()
{
    delete m_gatherer.data();
}

void FactsCollector::start()
{
    if (m_started)
        return;
    m_started = true;
    m_workspace->read<QHash<HostId, HostFacts>>(
        this,
        [](QSqlDatabase db, QString *error) {
            QHash<HostId, HostFacts> latest;
            FactsStore::latest(db, &latest, error);
            return latest;
        },
        [this](QHash<HostId, HostFacts> latest, const QString &) {
            QList<HostId> changed;
            for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
                if (!m_facts.contains(it.key())) { // a gather that answered first knows better
                    m_facts.insert(it.key(), it.value());
                    changed.append(it.key());
                }
            }
            if (!changed.isEmpty())
                Q_EMIT factsChanged(changed);
            readCapacity();
            setIntervalHours(m_intervalHours);
            // Facts older than the interval are gathered now, the rest on the schedule.
            if (m_intervalHours > 0) {
                QList<HostId> stale;
                const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-qint64(m_intervalHours) * 3600);
                for (HostId id : m_inventory->hostsBelow(0)) {
                    const HostFacts *known = facts(id);
                    if (!known || known->taken < due)
                        stale.append(id);
                }
                if (!stale.isEmpty())
                    gather(stale);
            }
        });
}

void FactsCollector::setIntervalHours(int hours)
{
    m_intervalHours = std::max(0, hours);
    if (m_intervalHours == 0 || !m_started)
        m_schedule.stop();
    else
        m_schedule.start(m_intervalHours * 3600 * 1000);
}

const HostFacts *FactsCollector::facts(HostId host) const
{
    const auto it = m_facts.constFind(host);
    return it == m_facts.cend() ? nullptr : &*it;
}

void FactsCollector::readHistory(HostId host, const QDateTime &since, const QObject *asker,
                                 std::function<void(const QList<HostFacts> &, const QString &)> answer)
{
    m_workspace->read<QList<HostFacts>>(
        asker,
        [host, since](QSqlDatabase db, QString *error) {
            QList<HostFacts> history;
            FactsStore::history(db, host, since, &history, error);
            return history;
        },
        [answer = std::move(answer)](QList<HostFacts> history, const QString &error) { answer(history, error); });
}

void FactsCollector::readCapacity()
{
    m_workspace->read<QList<CapacityForecast>>(
        this,
        [](QSqlDatabase db, QString *error) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QHash<HostId, QList<HostFacts>> histories;
            if (!FactsStore::histories(db, now.addDays(-CapacityForecast::windowDays), &histories, error))
                return QList<CapacityForecast>();
            QList<CapacityForecast> forecasts = CapacityForecast::ofFleet(histories, now);
            for (CapacityForecast &forecast : forecasts)
                forecast.samples.clear(); // the fleet's list needs the line, not the points
            return forecasts;
        },
        [this](QList<CapacityForecast> forecasts, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT capacityFailed(error);
                return;
            }
            m_capacity = std::move(forecasts);
            m_soonestFull.clear();
            for (const CapacityForecast &forecast : std::as_const(m_capacity)) {
                // Sorted soonest first: the host's first one is its soonest.
                if (forecast.fills() && !m_soonestFull.contains(forecast.host))
                    m_soonestFull.insert(forecast.host, forecast);
            }
            Q_EMIT capacityChanged();
        });
}

void FactsCollector::gather(const QList<HostId> &hosts)
{
    if (m_gathering) {
        m_queuedAll = m_queuedAll || hosts.isEmpty();
        m_queued += hosts;
        return;
    }
    launch(hosts.isEmpty() ? m_inventory->hostsBelow(0) : hosts);
}

void FactsCollector::launch(QList<HostId> hosts)
{
    if (hosts.isEmpty())
        return;
    m_gathering = true;
    m_failed = 0;
    m_unresolved = 0;
    m_total = int(hosts.size());
    Q_EMIT gatherStarted(int(hosts.size()));
    // Which backup check each group has is read on the workspace thread; the
    // hosts are resolved once the connection settings are.
    m_workspace->read<QHash<GroupId, BackupCheck>>(
        this,
        [](QSqlDatabase db, QString *error) {
            QHash<GroupId, BackupCheck> checks;
            FactsStore::backupChecks(db, &checks, error);
            return checks;
        },
        [this, hosts](QHash<GroupId, BackupCheck> checks, const QString &) {
            m_connection->whenSettled(this, [this, hosts, checks] { run(hosts, checks); });
        });
}

void FactsCollector::run(const QList<HostId> &hosts, const QHash<GroupId, BackupCheck> &checks)
{
    QList<FactsGatherer::Target> targets;
    for (HostId id : hosts) {
        const Host *host = m_inventory->host(id);
        if (!host)
            continue;
        TargetResolver resolver(*m_inventory, m_connection->current());
        QString error;
        if (!resolver.addInventoryHost(id, &error) || resolver.targets().isEmpty()) {
            m_errors.insert(id, error);
            m_changed.append(id);
            ++m_failed;
            ++m_unresolved;
            continue;
        }
        targets.append({resolver.targets().constLast(), FactsStore::backupCheckFor(checks, *m_inventory, host->groupId)});
    }
    RunSpec spec;
    spec.concurrency = gatherConcurrency;
    spec.hostTimeoutMs = 120 * 1000;
    spec.unknownKeys = RunSpec::UnknownKeys::Reject; // nobody is asked: a background task
    spec.useKeychain = true;
    m_gatherer = new FactsGatherer(targets, spec, this);
    m_gatherer->setPool(m_pool);
    m_gatherer->setWorkerNice(19);
    connect(m_gatherer, &FactsGatherer::gathered, this, &FactsCollector::onGathered);
    connect(m_gatherer, &FactsGatherer::finished, this, &FactsCollector::onFinished);
    m_gatherer->start();
}

void FactsCollector::onGathered(int index)
{
    const FactsGatherer::Target &target = m_gatherer->target(index);
    const FactsGatherer::Result &result = m_gatherer->result(index);
    const HostId id = target.ssh.hostId;
    if (result.ok) {
        m_facts.insert(id, result.facts);
        m_errors.remove(id);
        m_unflushed.append({id, result.facts});
    } else {
        m_errors.insert(id, result.error);
        ++m_failed;
    }
    m_changed.append(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    Q_EMIT gatherProgress(m_unresolved + m_gatherer->doneCount(), m_total);
}

void FactsCollector::onFinished()
{
    const int ok = m_unresolved + m_gatherer->doneCount() - m_failed;
    m_gatherer->deleteLater();
    m_gatherer = nullptr;
    flush();
    m_workspace->write<bool>(
        this,
        [](QSqlDatabase db, QString *error) {
            int removed = 0;
            return FactsStore::prune(db, QDateTime::currentDateTimeUtc(), FactsRetention::load(db), &removed, error);
        },
        [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT recordFailed(error);
        });
    readCapacity(); // queued behind the writes: it sees this gather
    m_gathering = false;
    Q_EMIT gatherFinished(ok, m_failed);
    if (m_queuedAll || !m_queued.isEmpty()) {
        const QList<HostId> next = m_queuedAll ? QList<HostId>() : m_queued;
        m_queuedAll = false;
        m_queued.clear();
        gather(next);
    }
}

void FactsCollector::flush()
{
    m_flushTimer.stop();
    // Written before anyone hears of it: a history read asked on factsChanged
    // queues behind this write on the workspace thread, and sees it.
    const auto batch = std::exchange(m_unflushed, {});
    const QList<HostId> changed = std::exchange(m_changed, {});
    if (!batch.isEmpty())
        record(batch);
    if (!changed.isEmpty())
        Q_EMIT factsChanged(changed);
}

void FactsCollector::record(const QList<std::pair<HostId, HostFacts>> &batch)
{
    m_workspace->write<bool>(
        this,
        [batch](QSqlDatabase db, QString *error) {
            for (const auto &[host, facts] : batch)
                if (!FactsStore::record(db, host, facts, error))
                    return false;
            return true;
        },
        [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT recordFailed(error);
        });
}

} // namespace wb
