#pragma once

#include "core/inventory/Inventory.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace wb {

class WorkspaceThread;

// The window's way to change the inventory without SQL on its thread. The
// workspace thread keeps the inventory that writes through to the workspace;
// the window's Inventory is a replica of it. An edit runs there, on the
// writing inventory, with all its checks and its one transaction; what it
// changed comes back and the replica replays it (same signals, same order),
// then the asker hears how it went. Edits run one at a time in the order they
// were asked for, so each sees the ones before it. A change refused because
// the row changed elsewhere reloads that inventory, and the replica with it.
class InventoryEditor : public QObject
{
    Q_OBJECT
public:
    // Runs on the workspace thread, against the writing inventory.
    using Edit = std::function<bool(Inventory &inventory, QString *error)>;
    // Runs on the asker's thread, after the replica has caught up.
    using Done = std::function<void(bool ok, const QString &error)>;

    // `replica` is made one; `workspace` must outlive this.
    InventoryEditor(Inventory *replica, WorkspaceThread *workspace, QObject *parent = nullptr);
    ~InventoryEditor() override;

    const Inventory &inventory() const { return *m_replica; }

    // Reads the stored inventory into both (the replica is reset to it).
    void load(const QObject *asker, Done done);
    // `done` is not called once `asker` is gone; the replica catches up anyway.
    void edit(const QObject *asker, Edit edit, Done done);
    // Runs `work` on the workspace thread's inventory without changing it (an
    // export): it sees every edit asked for before it. Quitting waits for it.
    using Work = std::function<bool(const Inventory &inventory, QString *error)>;
    void inspect(const QObject *asker, Work work, Done done) { edit(asker, std::move(work), std::move(done)); }
    // Between an edit and its answer: an undo asked for now would undo the wrong step.
    bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    struct Writer;
    void ask(const QObject *asker, Edit edit, Done done, bool reload);

    Inventory *m_replica;
    WorkspaceThread *m_workspace;
    std::shared_ptr<Writer> m_writer;
    int m_inFlight = 0;
};

} // namespace wb
