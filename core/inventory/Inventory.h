#pragma once

#include "core/inventory/InventoryTables.h"
#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace wb {

struct InventoryDelta;
class RemovalPlan;

// What a delete took away, kept so undo can put it back under the same ids.
struct RemovedItems {
    QList<Group> groups;            // parents before children
    QList<Host> hosts;
    QHash<HostId, HostId> jumpReferences; // surviving host -> removed jump host it used
    QList<TicketLink> ticketLinks;        // tickets that named a removed host
    QList<Directory> directories;
    QList<DirectoryTicketLink> directoryTicketLinks;  // tickets that named a removed directory or account in it
    bool isEmpty() const { return groups.isEmpty() && hosts.isEmpty() && directories.isEmpty(); }
};

// The inventory of one workspace held in memory, written through to the
// workspace database. Every change is validated first, written in one
// transaction, and only then applied in memory and announced by a signal, so
// models mirror exactly what is stored.
class Inventory : public QObject, public InventoryTables
{
    Q_OBJECT
public:
    explicit Inventory(QObject *parent = nullptr);

    // The connection to write through to; an invalid one keeps the inventory in memory only.
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    QSqlDatabase database() const { return m_db; }
    // The workspace file written to; empty for an inventory kept in memory only.
    QString databasePath() const { return hasDatabase() ? m_db.databaseName() : QString(); }
    bool load(QString *error);
    void reset(const InventorySnapshot &snapshot) { reset(InventoryTables::build(snapshot)); }
    void reset(InventoryTables tables);
    // Makes, in memory, the change another inventory made and recorded
    // (InventoryDeltaRecorder), announcing it as that one did.
    void replay(const InventoryDelta &delta);
    // A replica mirrors an inventory kept elsewhere (the window's copy of the
    // workspace thread's): it changes only by replay() and reset(), and its
    // own change functions refuse.
    void setReplica(bool replica) { m_replica = replica; }
    bool isReplica() const { return m_replica; }
    bool addGroup(Group *group, QString *error);
    bool renameGroup(GroupId id, const QString &name, QString *error);
    bool addHost(Host *host, QString *error);
    // Refused when host.rowVersion is not the stored row's version (changed or
    // deleted elsewhere): *error says what changed, and the inventory reloads
    // from the workspace so it shows what is stored.
    bool updateHost(const Host &host, QString *error);
    bool move(const QList<GroupId> &groups, const QList<HostId> &hosts, GroupId target, QString *error);
    bool remove(const QList<GroupId> &groups, const QList<HostId> &hosts, RemovedItems *removed, QString *error)
    {
        return remove(groups, hosts, {}, removed, error);
    }
    // Directories inside a removed group go with it (the schema cascades), as hosts do.
    bool remove(const QList<GroupId> &groups, const QList<HostId> &hosts, const QList<DirectoryId> &directories,
                RemovedItems *removed, QString *error);
    // A directory's name is unique in the workspace; its group must exist.
    bool addDirectory(Directory *directory, QString *error);
    // Version-checked like updateHost; a new group id moves it (directoryMoved).
    bool updateDirectory(const Directory &directory, QString *error);
    bool restore(const RemovedItems &removed, QString *error);

    // Groups many changes into one transaction (imports). If the batch fails,
    // rollbackBatch() reloads from the database so memory matches the file.
    // Within a batch the per-item signals are held back; a committed batch
    // that changed anything is announced as one reset.
    bool beginBatch(QString *error);
    bool commitBatch(QString *error);
    void rollbackBatch();

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void groupAdded(wb::GroupId id);
    void groupChanged(wb::GroupId id);
    void groupAboutToBeRemoved(wb::GroupId id);
    void groupRemoved(wb::GroupId id);
    void groupMoved(wb::GroupId id, wb::GroupId from, wb::GroupId to);
    void hostAdded(wb::HostId id);
    void hostChanged(wb::HostId id);
    void hostAboutToBeRemoved(wb::HostId id);
    void hostRemoved(wb::HostId id);
    void hostMoved(wb::HostId id, wb::GroupId from, wb::GroupId to);
    void directoryAdded(wb::DirectoryId id);
    void directoryChanged(wb::DirectoryId id);
    void directoryAboutToBeRemoved(wb::DirectoryId id);
    void directoryRemoved(wb::DirectoryId id);
    void directoryMoved(wb::DirectoryId id, wb::GroupId from, wb::GroupId to);

private:
    bool refuseOnReplica(QString *error) const;  // true when this is a replica (and *error says so)
    bool writeFailed();  // records a failed write; always false, for `return writeFailed();`
    bool announce();  // false inside a batch, which announces itself when committed
    bool hasDatabase() const { return m_db.isValid() && m_db.isOpen(); }
    // Writes a changed host (version-checked); false with *error on a refusal.
    bool writeHost(Host *host, QString *error);
    bool refuseStaleWrite();  // a row changed elsewhere: reload once the write has rolled back; always false
    bool writeGroup(Group *group, QString *error);
    void reloadIfStale();
    // The database part of remove() and restore(), inside their transaction.
    bool deleteRows(const RemovalPlan &plan, RemovedItems *kept, QString *error);
    bool insertRows(const RemovedItems &removed, QString *error);

    QSqlDatabase m_db;
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    bool m_batchChanged = false;
    bool m_reloadPending = false;
    bool m_replica = false;
    std::optional<InventorySnapshot> m_beforeBatch;
};

} // namespace wb
