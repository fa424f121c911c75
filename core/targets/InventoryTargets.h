#pragma once

#include "core/inventory/InventoryTypes.h"
#include "core/ssh/SshTarget.h"

#include <QCoreApplication>

namespace wb {

class Inventory;

// An inventory host as an SSH target: the host itself and its chain of jump
// hosts (each through its own jump host, first hop first).
class InventoryTargets
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryTargets)
public:
    // False (with a reason) when the host is gone or its jump chain is broken.
    static bool forHost(const Inventory &inventory, HostId id, SshTarget *target, QString *error);
    // The endpoint alone, as the host's fields say (no jump hosts).
    static SshEndpoint endpointFor(const Host &host);
};

} // namespace wb
