#include "core/fleet/HostWaker.h"

#include "core/fleet/WakeStore.h"
#include "core/inventory/Inventory.h"
#include "core/ssh/CommandRunner.h"
#include "core/targets/TargetResolver.h"

#include <QMap>

namespace wb {

HostWaker::HostWaker(const Inventory *inventory, SshPool *pool, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_pool(pool)
{
    qRegisterMetaType<QList<WakeResult>>();
}

HostWaker::~HostWaker() = default;

int HostWaker::wake(const QList<HostId> &hosts, const QHash<GroupId, WakeRoute> &routes, const SshSettings &settings)
{
    const int id = m_nextId++;
    Pending &pending = m_pending[id];
    // Hosts that share a relay and a destination go in one run.
    QMap<std::tuple<HostId, QString, quint16>, QList<int>> byRelay;
    for (HostId host : hosts) {
        const Host *found = m_inventory->host(host);
        const int index = int(pending.results.size());
        pending.results.append({host, found ? WakeStore::routeFor(routes, *m_inventory, found->groupId) : WakeRoute(), {}});
        WakeResult &result = pending.results.last();
        if (!found || found->macAddress.isEmpty()) {
            result.problem = tr("it has no MAC address");
            continue;
        }
        if (WakeOnLan::magicPacket(found->macAddress).isEmpty()) {
            result.problem = tr("its MAC address “%1” is not one (six pairs of hex digits)").arg(found->macAddress);
            continue;
        }
        if (result.route.relay != 0 && !m_inventory->host(result.route.relay)) {
            result.problem = tr("its group's relay host is no longer in the inventory");
            continue;
        }
        if (result.route.relay == 0) {
            ++pending.open;
            sendFromHere(id, index, found->macAddress);
        } else {
            byRelay[{result.route.relay, result.route.address, result.route.port}].append(index);
        }
    }
    for (auto it = byRelay.cbegin(); it != byRelay.cend(); ++it) {
        QStringList macs;
        for (int index : it.value())
            macs.append(m_inventory->host(pending.results.at(index).host)->macAddress);
        ++pending.open;
        sendThroughRelay(id, it.value(), macs, settings);
    }
    if (pending.open == 0) // nothing went out: answered after the caller has the id
        QMetaObject::invokeMethod(this, [this, id] { answered(id); }, Qt::QueuedConnection);
    return id;
}

void HostWaker::sendFromHere(int id, int index, const QString &mac)
{
    if (!m_sender) {
        m_sender = new WakeSender(this);
        connect(m_sender, &WakeSender::sent, this, [this](int sendId, const QString &error) {
            const auto [wakeId, resultIndex] = m_sends.take(sendId);
            if (!m_pending.contains(wakeId))
                return;
            Pending &pending = m_pending[wakeId];
            if (!error.isEmpty())
                pending.results[resultIndex].problem = error;
            --pending.open;
            answered(wakeId);
        });
    }
    const WakeRoute &route = m_pending[id].results.at(index).route;
    m_sends.insert(m_sender->send(WakeOnLan::magicPacket(mac), route.address, route.port), {id, index});
}

void HostWaker::sendThroughRelay(int id, const QList<int> &indexes, const QStringList &macs, const SshSettings &settings)
{
    const WakeRoute route = m_pending[id].results.at(indexes.first()).route;
    const auto settle = [this, id, indexes](const QString &problem) {
        Pending &pending = m_pending[id];
        for (int index : indexes)
            pending.results[index].problem = problem;
        --pending.open;
        answered(id);
    };
    TargetResolver resolver(*m_inventory, settings);
    if (QString error; !resolver.addInventoryHost(route.relay, &error)) {
        QMetaObject::invokeMethod(this, [settle, error] { settle(error); }, Qt::QueuedConnection);
        return;
    }
    RunSpec spec;
    spec.title = tr("wake-up packet");
    spec.script = WakeOnLan::relayScript(macs, route.address, route.port);
    spec.hostTimeoutMs = 30000;
    spec.unknownKeys = RunSpec::UnknownKeys::Reject; // nobody is asked in the middle of a wake: the relay must be trusted already
    auto *runner = new CommandRunner(resolver.targets(), spec, this);
    runner->setPool(m_pool);
    runner->setWorkerNice(19);
    const QString relayName = m_inventory->displayName(route.relay);
    connect(runner, &CommandRunner::finished, this, [runner, settle, relayName] {
        runner->deleteLater();
        const HostRun &run = runner->result(0);
        if (run.state == HostRun::State::Failed)
            return settle(tr("the relay %1 could not be reached: %2").arg(relayName, run.failure.message()));
        if (run.state != HostRun::State::Done)
            return settle(tr("the relay %1 did not finish").arg(relayName));
        const QString problem = WakeOnLan::relayProblem(run.out, run.exitStatus);
        settle(problem.isEmpty() ? QString() : tr("%1 (relay %2)").arg(problem, relayName));
    });
    runner->start();
}

void HostWaker::answered(int id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || it->open > 0)
        return;
    const QList<WakeResult> results = it->results;
    m_pending.erase(it);
    Q_EMIT finished(id, results);
}

} // namespace wb
