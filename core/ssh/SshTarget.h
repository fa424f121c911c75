#pragma once

#include "core/ssh/SshTypes.h"

#include <QStringList>

namespace wb {

// A machine to reach and how: its endpoint, the jump hosts and options on the
// way, and the inventory host it was made from (0: none, as for
// user@host:port). Sessions, runs and account backends all take this; the
// inventory's hosts become one in core/targets.
struct SshTarget
{
    SshEndpoint endpoint;
    SshConnectOptions options; // jump hosts, known_hosts, agent; a runner sets the command
    qint64 hostId = 0;

    // Every keychain entry a connection to this target may have saved: the
    // login password of the machine and of each jump host, and the passphrases
    // of the key files they use (OpenSSH's defaults where none is named).
    QStringList keychainKeys() const;
};

} // namespace wb
