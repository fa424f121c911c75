#include "core/fleet/ProbeTargets.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/ReachabilityCheck.h"
#include "core/ssh/SshPool.h"

namespace wb {

namespace {
ProbeTarget::Method methodFor(const ReachabilityCheck &check)
{
    switch (check.method) {
    case ReachabilityCheck::Method::Tcp:
        return ProbeTarget::Method::TcpConnect;
    case ReachabilityCheck::Method::None:
        return ProbeTarget::Method::NotChecked;
    case ReachabilityCheck::Method::Ssh:
        break;
    }
    return ProbeTarget::Method::SshBanner;
}
} // namespace

ProbeTarget ProbeTargets::forHost(const Host &host, const QString &name)
{
    const ReachabilityCheck check = ReachabilityCheck::forHost(host);
    ProbeTarget target;
    target.name = name;
    target.hostId = host.id;
    target.address = host.connectAddress();
    target.port = check.port;
    target.method = methodFor(check);
    if (host.jumpHostId != 0 && target.method != ProbeTarget::Method::NotChecked) {
        target.throughJump = target.method;
        target.method = ProbeTarget::Method::BehindJumpHost;
    }
    return target;
}

ProbeTarget ProbeTargets::forSshTarget(const Inventory &inventory, const SshTarget &target)
{
    ProbeTarget probe;
    if (const Host *host = target.hostId ? inventory.host(target.hostId) : nullptr) {
        probe = forHost(*host, target.endpoint.name);
        probe.address = target.endpoint.host;
    } else {
        probe.name = target.endpoint.name;
        probe.address = target.endpoint.host;
        probe.port = target.endpoint.port;
    }
    if (!target.options.jumps.isEmpty() && probe.method != ProbeTarget::Method::NotChecked) {
        if (probe.method != ProbeTarget::Method::BehindJumpHost)
            probe.throughJump = probe.method;
        probe.method = ProbeTarget::Method::BehindJumpHost;
        // The kept connection a run or a session to the last jump host left in the pool.
        SshConnectOptions jumpOptions = target.options;
        const SshEndpoint lastJump = jumpOptions.jumps.takeLast();
        probe.jumpPoolKey = SshPool::keyFor(lastJump, jumpOptions);
    }
    return probe;
}

QList<ProbeTarget> ProbeTargets::forSshTargets(const Inventory &inventory, const QList<SshTarget> &targets)
{
    QList<ProbeTarget> probes;
    probes.reserve(targets.size());
    for (const SshTarget &target : targets)
        probes.append(forSshTarget(inventory, target));
    return probes;
}

} // namespace wb
