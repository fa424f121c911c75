#pragma once

#include "core/fleet/ReachabilitySweep.h"
#include "core/inventory/InventoryTypes.h"
#include "core/ssh/SshTarget.h"

namespace wb {

class Inventory;

// What a sweep checks for an inventory host or a resolved SSH target: the
// check the host names (or its kind's), and "behind a jump host" for a host
// that is reached through one.
class ProbeTargets
{
public:
    static ProbeTarget forHost(const Host &host, const QString &name);
    // An inventory host's own check when the target is one; otherwise its SSH port.
    static ProbeTarget forSshTarget(const Inventory &inventory, const SshTarget &target);
    static QList<ProbeTarget> forSshTargets(const Inventory &inventory, const QList<SshTarget> &targets);
};

} // namespace wb
