#include "core/ssh/SshTarget.h"

namespace wb {

QStringList SshTarget::keychainKeys() const
{
    QStringList keys;
    QList<SshEndpoint> machines = options.jumps;
    machines << endpoint;
    for (const SshEndpoint &machine : std::as_const(machines)) {
        keys << keychainKeyFor(machine);
        if (machine.offer == SshEndpoint::Offer::AgentOnly || machine.offer == SshEndpoint::Offer::PasswordOnly)
            continue;
        const QStringList files = machine.identityFiles.isEmpty() ? defaultIdentityFiles() : machine.identityFiles;
        for (const QString &file : files)
            keys << keychainKeyForKeyFile(file);
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace wb
