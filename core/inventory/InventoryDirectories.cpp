// Inventory's directories: added and changed like hosts, checked first,
// written in one transaction, then applied in memory and announced.
#include "core/inventory/Inventory.h"

#include "core/inventory/DirectoryRepository.h"
#include "core/inventory/InventoryChecks.h"
#include "core/storage/WriteScope.h"

#include <QScopeGuard>

namespace wb {

namespace {
void tidy(Directory *d)
{
    d->name = d->name.trimmed();
    d->url = d->url.trimmed();
    d->baseDn = d->baseDn.trimmed();
    d->bindDn = d->bindDn.trimmed();
    d->caFile = d->caFile.trimmed();
}
} // namespace

bool Inventory::addDirectory(Directory *d, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    tidy(d);
    if (const QString problem = InventoryChecks::checkDirectory(*this, *d); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (hasDatabase()) {
        if (!DirectoryRepository::insert(m_db, d, error))
            return writeFailed();
    } else if (d->id == 0) {
        d->id = m_directories.isEmpty() ? 1 : *std::max_element(m_directories.keyBegin(), m_directories.keyEnd()) + 1;
    }
    if (!scope.commit())
        return false;
    linkDirectory(*d);
    if (announce())
        Q_EMIT directoryAdded(d->id);
    return true;
}

bool Inventory::updateDirectory(const Directory &input, QString *error)
{
    if (refuseOnReplica(error))
        return false;
    const Directory *existing = directory(input.id);
    if (!existing || existing->rowVersion != input.rowVersion) {
        *error = existing ? tr("Directory “%1” was changed elsewhere; your change was not saved.").arg(existing->name)
                          : tr("Directory “%1” was deleted elsewhere; your change was not saved.").arg(input.name);
        return false;
    }
    Directory d = input;
    tidy(&d);
    if (const QString problem = InventoryChecks::checkDirectory(*this, d); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto reload = qScopeGuard([this] { reloadIfStale(); });  // after the scope has rolled back
    WriteScope scope(m_db, m_batchDepth > 0, error);
    if (!scope.ok())
        return false;
    if (hasDatabase()) {
        const auto result = DirectoryRepository::update(m_db, &d, error);
        if (result == InventoryRepository::WriteResult::Stale) {
            *error = tr("Directory “%1” was changed or deleted elsewhere; your change was not saved.").arg(existing->name);
            return refuseStaleWrite();
        }
        if (result != InventoryRepository::WriteResult::Written)
            return writeFailed();
    } else {
        ++d.rowVersion;
    }
    if (!scope.commit())
        return false;
    const GroupId oldGroup = existing->groupId;
    // Taken out and put back, so the per-group list stays in name order.
    unlinkDirectory(d.id);
    linkDirectory(d);
    if (oldGroup != d.groupId && announce())
        Q_EMIT directoryMoved(d.id, oldGroup, d.groupId);
    if (announce())
        Q_EMIT directoryChanged(d.id);
    return true;
}

} // namespace wb
