#include "core/inventory/InventoryEditor.h"

#include "core/inventory/InventoryDelta.h"
#include "core/storage/WorkspaceThread.h"

namespace wb {

// The writing inventory, made and used on the workspace thread only.
struct InventoryEditor::Writer
{
    std::unique_ptr<Inventory> inventory;
    std::unique_ptr<InventoryDeltaRecorder> recorder;
    bool loaded = false;

    bool ensureLoaded(QSqlDatabase db, QString *error)
    {
        if (!inventory) {
            inventory = std::make_unique<Inventory>();
            recorder = std::make_unique<InventoryDeltaRecorder>(inventory.get());
        }
        inventory->setDatabase(db);
        if (!loaded)
            loaded = inventory->load(error);  // announced as a reset, which the replica gets
        return loaded;
    }
};

namespace {
struct EditOutcome
{
    bool ok = false;
    InventoryDelta delta;
};
} // namespace

InventoryEditor::InventoryEditor(Inventory *replica, WorkspaceThread *workspace, QObject *parent)
    : QObject(parent), m_replica(replica), m_workspace(workspace), m_writer(std::make_shared<Writer>())
{
    m_replica->setReplica(true);
}

InventoryEditor::~InventoryEditor()
{
    // The writing inventory lives on the workspace thread; it goes there too,
    // behind every edit still queued.
    m_workspace->write<bool>(m_workspace, [writer = std::move(m_writer)](QSqlDatabase, QString *) mutable {
        writer.reset();
        return true;
    }, [](bool, const QString &) {});
}

void InventoryEditor::load(const QObject *asker, Done done)
{
    ask(asker, [](Inventory &, QString *) { return true; }, std::move(done), true);
}

void InventoryEditor::edit(const QObject *asker, Edit edit, Done done)
{
    ask(asker, std::move(edit), std::move(done), false);
}

void InventoryEditor::ask(const QObject *asker, Edit edit, Done done, bool reload)
{
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
    m_workspace->write<std::shared_ptr<EditOutcome>>(
        this,
        [writer = m_writer, edit = std::move(edit), reload](QSqlDatabase db, QString *error) {
            auto outcome = std::make_shared<EditOutcome>();
            if (reload)
                writer->loaded = false;
            if (writer->ensureLoaded(db, error))
                outcome->ok = edit(*writer->inventory, error);
            outcome->delta = writer->recorder ? writer->recorder->take() : InventoryDelta{};
            return outcome;
        },
        [this, asker = QPointer<const QObject>(asker), done = std::move(done)](std::shared_ptr<EditOutcome> outcome, QString error) {
            if (outcome)
                m_replica->replay(outcome->delta);
            if (--m_inFlight == 0)
                Q_EMIT busyChanged(false);
            if (asker && done)
                done(outcome && outcome->ok, error);
        });
}

} // namespace wb
