#include "core/accounts/AccountBackendFactory.h"

namespace wb {

LinuxSshAccountBackend *AccountBackendFactory::create(SshTarget target, QObject *parent) const
{
    auto *backend = new LinuxSshAccountBackend(std::move(target), parent);
    backend->setPool(m_pool);
    return backend;
}

} // namespace wb
