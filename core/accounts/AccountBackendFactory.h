#pragma once

#include "core/accounts/LinuxSshAccountBackend.h"

namespace wb {

class SshPool;

// Makes the account backend for a target and hands it the program's shared
// parts (kept SSH connections). Linux over SSH is the only kind so far; the
// directory backends (OpenLDAP, Active Directory) come here too.
class AccountBackendFactory
{
public:
    // `pool` (may be null: no reuse) must outlive the backends made.
    explicit AccountBackendFactory(SshPool *pool = nullptr) : m_pool(pool) {}

    LinuxSshAccountBackend *create(SshTarget target, QObject *parent) const;

private:
    SshPool *m_pool;
};

} // namespace wb
