#include "AccountActionJob.h"

#include "audit/AuditLog.h"
#include "tickets/TicketWorkLogger.h"

namespace wb {

AccountActionJob::AccountActionJob(AccountBackend *backend, AccountAction action, QSqlDatabase auditDatabase,
                                   QObject *parent)
    : QObject(parent), m_backend(backend), m_action(std::move(action)), m_audit(std::move(auditDatabase))
{
}

QString AccountActionJob::verb(AccountAction::Kind kind)
{
    using Kind = AccountAction::Kind;
    switch (kind) {
    case Kind::ResetPassword: return QStringLiteral("reset-password");
    case Kind::MustChangePassword: return QStringLiteral("must-change");
    case Kind::Lock: return QStringLiteral("lock");
    case Kind::Unlock: return QStringLiteral("unlock");
    case Kind::Disable: return QStringLiteral("disable");
    case Kind::Enable: return QStringLiteral("enable");
    case Kind::ResetFailedLogins: return QStringLiteral("reset-failures");
    case Kind::SetExpiry: return QStringLiteral("expire");
    case Kind::ClearExpiry: return QStringLiteral("clear-expiry");
    case Kind::AddToGroup: return QStringLiteral("add-to-group");
    case Kind::RemoveFromGroup: return QStringLiteral("remove-from-group");
    }
    return {};
}

void AccountActionJob::start()
{
    AccountReply *reply = m_backend->perform(m_action);
    connect(reply, &AccountReply::finished, this, [this, reply] {
        m_error = reply->error();
        reply->deleteLater();
        conclude(reply->succeeded(), reply->errorMessage());
    });
}

void AccountActionJob::conclude(bool succeeded, const QString &message)
{
    AuditRecord record;
    record.operatorName = AuditLog::currentOperator();
    record.host = m_backend ? m_backend->hostName() : QString();
    record.account = m_action.user;
    record.action = verb(m_action.kind);
    record.succeeded = succeeded;
    record.error = message;
    record.ticketId = m_ticketId;
    QString auditError;
    QString reported = message;
    m_auditRecorded = AuditLog(m_audit).append(&record, &auditError);
    if (!m_auditRecorded) // the action happened; say the record did not
        reported = message.isEmpty() ? auditError : message + QLatin1Char(' ') + auditError;
    // A refusal before anything was sent is no work done on the host.
    if (m_hostId != 0 && m_error != AccountReply::Error::Refused)
        TicketWorkLogger(m_audit).record(m_ticketId, {m_hostId},
                                         TicketWorkLogger::accountAction(record.host, record.account, record.action, succeeded, message));
    emit finished(succeeded, reported);
}

} // namespace wb
