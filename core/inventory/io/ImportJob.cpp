#include "core/inventory/io/ImportJob.h"

#include "core/inventory/Inventory.h"
#include "core/jobs/ThreadReaper.h"
#include "core/storage/Workspace.h"

#include <QThread>

namespace wb {

ImportJob::ImportJob(QObject *parent) : QObject(parent) {}

ImportJob::~ImportJob()
{
    // The import is one transaction: it commits or rolls back on its own
    // connection, with nobody to tell; quitting waits for it.
    if (m_thread) {
        m_thread->disconnect(this);
        ThreadReaper::reap(m_thread);
    }
}

void ImportJob::start(const QString &workspacePath, const ImportResult &result, GroupId target, bool skipBadLines)
{
    if (m_thread)
        return;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, workspacePath, result, target, skipBadLines, cancel = m_cancel] {
        Workspace workspace;
        if (!workspace.open(workspacePath)) {
            outcome->error = workspace.errorString();
            return;
        }
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        if (!inventory.load(&outcome->error))
            return;
        outcome->ok = ImportApplier::apply(inventory, result, target, skipBadLines, &outcome->stats, &outcome->error,
                                           cancel.get());
        if (outcome->ok)
            outcome->index = inventory.takeIndex(); // built here, not on the GUI thread
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(outcome);
    });
    m_thread->start();
}

} // namespace wb
