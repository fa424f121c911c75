#pragma once

#include "core/storage/GuiThreadCheck.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wb {

// What an account action was done on, as the audit log describes it: the
// same fields for a Linux host and for a directory.
struct AuditTarget
{
    enum class Kind { LinuxHost, Directory };
    Kind kind = Kind::LinuxHost;
    qint64 id = 0;     // the inventory host or directory; 0 for a target typed as user@host:port
    QString path;      // group path and name ("site/role/web01"), or the directory's name
    QString address;   // address:port of a host, or the DN acted on in a directory
    QString login;     // who the target saw: root, or the user whose sudo was used
};

// One account action as the audit log keeps it: an intent row written before
// anything leaves for the target, and an outcome row afterwards. There is no
// field for a secret: a password cannot end up in the log.
struct AuditRecord
{
    enum class Outcome {
        None,    // no outcome recorded: the program ended (or crashed) before it knew
        Ok,
        Failed,
        Unknown, // the data went out and the answer did not come back: it may have been made
    };

    qint64 id = 0;         // the intent row (or the outcome row of an action older than intents)
    QString actionId;      // shared by the two rows; set by begin() when empty
    QDateTime at;          // UTC, when it was started; set by begin() when invalid
    QDateTime finishedAt;  // UTC, when the outcome was recorded; invalid without one
    QString operatorName;  // the local user who did it
    AuditTarget target;
    QString host;          // the target's name as the user knows it
    QString account;
    QString action;        // e.g. "reset-password", "lock"
    Outcome outcome = Outcome::None;
    QString error;         // why it failed (or may not have been made), as the user saw it
    qint64 ticketId = 0;   // 0 = done without an active ticket

    bool succeeded() const { return outcome == Outcome::Ok; }
};

struct AuditFilter
{
    QString host;          // each: empty = any; otherwise a case-insensitive substring
    QString account;
    QString operatorName;
    int limit = 10000;     // newest first; 0 = every record (an export)
};

// The workspace's audit_log table: append-only (the schema refuses UPDATE and
// DELETE on it), read one action a line, newest first, exported as CSV.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(wb::AuditLog)
public:
    explicit AuditLog(QSqlDatabase db, const std::source_location &caller = std::source_location::current())
        : m_db(std::move(db))
    {
        checkNotOnGuiThread("AuditLog", caller);
    }

    // Who is at the keyboard: the login name of this process.
    static QString currentOperator();
    static QString outcomeWord(AuditRecord::Outcome outcome); // "ok", "failed", "unknown", ""

    // The intent row: to be written before anything is sent. Fills in the
    // action id and the time when they are empty.
    bool begin(AuditRecord *record, QString *error);
    // The outcome row of an action begin() wrote (record->outcome is not None).
    bool finish(AuditRecord *record, QString *error);
    // Both rows at once, for an action that is over before it is recorded.
    bool append(AuditRecord *record, QString *error);

    // One record an action: its intent with its outcome, if any.
    QList<AuditRecord> list(const AuditFilter &filter = {}, QString *error = nullptr) const;
    // time,operator,host,account,action,result,error,ticket (as before the
    // intents), then finished,action_id,target_kind,target_id,target_path,
    // target_address,login; cells that a spreadsheet would take for a formula
    // are written as text.
    static QByteArray toCsv(const QList<AuditRecord> &records);

private:
    bool write(const AuditRecord &record, bool intent, const QDateTime &at, QString *error);

    QSqlDatabase m_db;
};

} // namespace wb
