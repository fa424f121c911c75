#pragma once
// Audit records as the audit tests write them.

#include "core/audit/AuditLog.h"

namespace wbtest {

inline wb::AuditRecord auditRecord(const QString &host, const QString &account, const QString &action, bool ok,
                                   const QString &error = {}, const QString &who = QStringLiteral("helpdesk1"))
{
    wb::AuditRecord r;
    r.operatorName = who;
    r.host = host;
    r.account = account;
    r.action = action;
    r.outcome = ok ? wb::AuditRecord::Outcome::Ok : wb::AuditRecord::Outcome::Failed;
    r.error = error;
    return r;
}

// `count` finished actions on web0, web1, …, on odd and even accounts
// (alice, bob), written in one commit so a test stays quick; empty or why not.
inline QString appendLockActions(QSqlDatabase db, int count)
{
    const wb::GuiThreadSqlAllowed testData; // written by the test itself, on whatever thread
    wb::AuditLog log(db);
    QString error;
    if (!db.transaction())
        return QStringLiteral("no transaction");
    for (int i = 0; i < count; ++i) {
        wb::AuditRecord r = auditRecord(QStringLiteral("web%1").arg(i), i % 2 ? QStringLiteral("alice") : QStringLiteral("bob"),
                                        QStringLiteral("lock"), true);
        if (!log.append(&r, &error)) {
            db.rollback();
            return error;
        }
    }
    return db.commit() ? QString() : QStringLiteral("commit failed");
}

} // namespace wbtest
