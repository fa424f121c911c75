#pragma once

#include "core/inventory/Inventory.h"

#include <QObject>

namespace wb {

// Reads a workspace's inventory on a worker thread with its own database
// connection, so opening a large workspace never freezes the window.
class InventoryLoader : public QObject
{
    Q_OBJECT
public:
    explicit InventoryLoader(QObject *parent = nullptr);
    ~InventoryLoader() override;

    void start(const QString &workspacePath);

Q_SIGNALS:
    // The tables, built on the worker: reset() only swaps them in.
    void loaded(const wb::InventoryIndex &index);
    void failed(const QString &error);

private:
    class QThread *m_thread = nullptr;
};

} // namespace wb
