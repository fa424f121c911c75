#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wb {

// One thing done to a host from the workbench, as the audit log keeps it.
// There is no field for a secret: a password cannot end up in the log.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;          // UTC; set by append() when invalid
    QString operatorName;  // the local user who did it
    QString host;
    QString account;
    QString action;        // e.g. "reset-password", "lock"
    bool succeeded = false;
    QString error;         // why it failed, as the user saw it
    qint64 ticketId = 0;   // 0 = done without an active ticket
};

struct AuditFilter
{
    QString host;          // each: empty = any; otherwise a case-insensitive substring
    QString account;
    QString operatorName;
    int limit = 10000;     // newest first
};

// The workspace's audit_log table: append-only from the workbench (there is
// no update or delete), read newest first, exported as CSV.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(wb::AuditLog)
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Who is at the keyboard: the login name of this process.
    static QString currentOperator();

    bool append(AuditRecord *record, QString *error);
    QList<AuditRecord> list(const AuditFilter &filter = {}, QString *error = nullptr) const;
    // time,operator,host,account,action,result,error,ticket; cells that a
    // spreadsheet would take for a formula are written as text.
    static QByteArray toCsv(const QList<AuditRecord> &records);

private:
    QSqlDatabase m_db;
};

} // namespace wb
