#pragma once

#include "core/audit/AuditLog.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace wb {

class WorkspaceThread;

// The audit log for the window: reads and exports run on the workspace
// thread and answer on the asker's thread (never once the asker is gone).
class AsyncAuditLog : public QObject
{
    Q_OBJECT
public:
    // `thread` must outlive this.
    explicit AsyncAuditLog(WorkspaceThread *thread, QObject *parent = nullptr);

    using ListAnswer = std::function<void(const QList<AuditRecord> &records, const QString &error)>;
    // How many records went into the file, or why none did.
    using ExportAnswer = std::function<void(int written, const QString &error)>;

    void list(const QObject *asker, const AuditFilter &filter, ListAnswer answer);
    // Every record `filter` matches, whatever its limit says, as CSV into
    // `file`; the file is replaced only once all of it is written. Quitting
    // waits for it.
    void exportCsv(const QObject *asker, const AuditFilter &filter, const QString &file, ExportAnswer answer);

private:
    WorkspaceThread *m_thread;
};

} // namespace wb
