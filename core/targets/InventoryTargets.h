#pragma once

#include "core/ssh/SshTypes.h"
#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>

namespace wb {

class Inventory;

// What it takes to reach an inventory host: the host itself and its chain of
// jump hosts (each through its own jump host, first hop first).
struct SshTarget
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshTarget)
public:
    SshEndpoint endpoint;
    SshConnectOptions options;

    // False (with a reason) when the host is gone or its jump chain is broken.
    static bool forHost(const Inventory &inventory, HostId id, SshTarget *target, QString *error);
    static SshEndpoint endpointFor(const Host &host);

    // Every keychain entry a connection to this target may have saved: the
    // login password of the host and of each jump host, and the passphrases
    // of the key files they use (OpenSSH's defaults where none is named).
    QStringList keychainKeys() const;
};

} // namespace wb
