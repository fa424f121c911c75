#pragma once
// Audit records as the audit tests write them.

#include "audit/AuditLog.h"

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

} // namespace wbtest
