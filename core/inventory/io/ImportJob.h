#pragma once

#include "core/inventory/Inventory.h"
#include "core/inventory/io/ImportApplier.h"

#include <QObject>

#include <memory>

class QThread;

namespace wb {

// Applies an import on a worker thread with its own connection to the
// workspace, so a 20,000-host import does not freeze the window. When done,
// `finished` carries the outcome and, on success, the whole inventory as now
// stored, for the GUI's Inventory to reset to.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        QString error;
        ApplyStats stats;
        InventoryIndex index; // the inventory as written, ready to swap in
    };

    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &workspacePath, const ImportResult &result, GroupId target, bool skipBadLines);
    // Asks the running import to stop; it rolls back, and `finished` reports
    // failure with stats.cancelled set. Too late once it has committed.
    void cancel() { m_cancel->store(true); }

Q_SIGNALS:
    void finished(const std::shared_ptr<wb::ImportJob::Outcome> &outcome);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace wb
