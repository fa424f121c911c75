#include "core/audit/AsyncAuditLog.h"

#include "core/storage/WorkspaceThread.h"

#include <QDir>
#include <QSaveFile>

namespace wb {

AsyncAuditLog::AsyncAuditLog(WorkspaceThread *thread, QObject *parent) : QObject(parent), m_thread(thread) {}

void AsyncAuditLog::list(const QObject *asker, const AuditFilter &filter, ListAnswer answer)
{
    m_thread->read<QList<AuditRecord>>(
        asker, [filter](QSqlDatabase db, QString *error) { return AuditLog(db).list(filter, error); },
        std::move(answer));
}

void AsyncAuditLog::exportCsv(const QObject *asker, const AuditFilter &filter, const QString &file, ExportAnswer answer)
{
    AuditFilter all = filter;
    all.limit = 0; // an export for an auditor has no cap
    m_thread->write<int>(
        asker,
        [all, file](QSqlDatabase db, QString *error) {
            const QList<AuditRecord> records = AuditLog(db).list(all, error);
            if (!error->isEmpty())
                return 0;
            const QByteArray csv = AuditLog::toCsv(records);
            QSaveFile out(file);
            if (out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size() && out.commit())
                return int(records.size());
            *error = QCoreApplication::translate("wb::AsyncAuditLog", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(file), out.errorString());
            return 0;
        },
        std::move(answer));
}

} // namespace wb
