#include "core/inventory/InventoryLoader.h"

#include "core/inventory/InventoryRepository.h"
#include "core/jobs/ThreadReaper.h"
#include "core/storage/Workspace.h"

#include <QThread>

#include <memory>

namespace wb {

InventoryLoader::InventoryLoader(QObject *parent) : QObject(parent)
{
}

InventoryLoader::~InventoryLoader()
{
    // It reads on its own connection and tells nobody once this is gone.
    if (m_thread) {
        m_thread->disconnect(this);
        ThreadReaper::reap(m_thread);
    }
}

void InventoryLoader::start(const QString &workspacePath)
{
    if (m_thread)
        return;
    struct Outcome {
        InventoryIndex index;
        QString error;
        bool ok = false;
    };
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, workspacePath] {
        Workspace workspace;
        if (!workspace.open(workspacePath)) {
            outcome->error = workspace.errorString();
            return;
        }
        InventorySnapshot snapshot;
        outcome->ok = InventoryRepository::load(workspace.database(), &snapshot, &outcome->error);
        if (outcome->ok)
            outcome->index = InventoryIndex::build(snapshot);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->ok)
            Q_EMIT loaded(std::exchange(outcome->index, {})); // the only copy: nothing to detach later
        else
            Q_EMIT failed(outcome->error);
    });
    m_thread->start();
}

} // namespace wb
