// Inventory's batches: many changes as one transaction (imports, undo steps),
// announced as one reset.
#include "core/inventory/Inventory.h"
#include "core/storage/SqlDialect.h"

#include <QSqlError>

namespace wb {

bool Inventory::announce()
{
    if (m_batchDepth == 0)
        return true;
    m_batchChanged = true;
    return false;
}

bool Inventory::beginBatch(QString *error)
{
    if (refuseOnReplica(error))
        return false;
    if (m_batchDepth == 0) {
        m_batchFailed = false;
        m_batchChanged = false;
        // Without a database there is nothing to roll back to but a copy.
        m_beforeBatch = hasDatabase() ? std::nullopt : std::optional<InventorySnapshot>(snapshot());
        if (hasDatabase() && !m_db.transaction()) {
            *error = tr("Cannot write to the workspace: %1").arg(sql::errorText(m_db.lastError()));
            return false;
        }
    }
    ++m_batchDepth;
    return true;
}

bool Inventory::commitBatch(QString *error)
{
    if (m_batchDepth == 0)
        return false;
    if (--m_batchDepth > 0)
        return true;
    if (m_batchFailed) {
        rollbackBatch();
        *error = tr("A change in the batch failed; nothing was written.");
        return false;
    }
    if (hasDatabase() && !m_db.commit()) {
        *error = tr("Cannot write to the workspace: %1").arg(sql::errorText(m_db.lastError()));
        ++m_batchDepth;
        rollbackBatch();
        return false;
    }
    m_beforeBatch.reset();
    // One reset instead of thousands of single-row notifications: views and
    // proxies rebuild once, which is far cheaper for large imports.
    if (std::exchange(m_batchChanged, false)) {
        Q_EMIT aboutToReset();
        Q_EMIT resetDone();
    }
    return true;
}

void Inventory::rollbackBatch()
{
    // Any failure ends the whole batch, nested or not: it is one transaction.
    m_batchDepth = 0;
    m_batchFailed = false;
    m_batchChanged = false;
    if (!hasDatabase()) {
        if (m_beforeBatch)
            reset(*std::exchange(m_beforeBatch, std::nullopt));
        return;
    }
    m_db.rollback();
    // Memory goes back to what the file holds; the reset tells the models.
    QString error;
    if (!load(&error))
        reset(InventoryTables{});
}

} // namespace wb
