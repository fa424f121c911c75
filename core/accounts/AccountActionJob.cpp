#include "core/accounts/AccountActionJob.h"

#include "core/audit/AuditLog.h"
#include "core/jobs/PendingWork.h"
#include "core/tickets/TicketWorkLogger.h"

namespace wb {

AccountActionJob::AccountActionJob(AccountBackend *backend, AccountAction action, ActionTrail *trail, QObject *parent)
    : QObject(parent), m_backend(backend), m_action(std::move(action)), m_trail(trail)
{
}

AccountActionJob::AccountActionJob(AccountBackend *backend, AccountAction action, QSqlDatabase auditDatabase,
                                   QObject *parent)
    : QObject(parent), m_backend(backend), m_action(std::move(action)),
      m_ownTrail(std::make_unique<DatabaseActionTrail>(std::move(auditDatabase))), m_trail(m_ownTrail.get())
{
}

AccountActionJob::~AccountActionJob()
{
    release();
}

void AccountActionJob::release()
{
    if (m_pending)
        m_pending->done(this);
    m_pending = nullptr;
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
    m_record = {};
    m_record.operatorName = AuditLog::currentOperator();
    if (m_backend) {
        m_record.target = m_backend->auditTargetFor(m_action);
        m_record.host = m_backend->hostName();
    }
    if (m_hostId != 0)
        m_record.target.id = m_hostId;
    if (!m_targetPath.isEmpty())
        m_record.target.path = m_targetPath;
    m_record.account = m_action.user;
    m_record.action = verb(m_action.kind);
    m_record.ticketId = m_ticketId;
    if (m_pending)
        m_pending->add(this);

    // Nothing leaves for the host before its intent is on record.
    if (!m_backend) {
        refuse(tr("The account backend is gone. Nothing was sent to %1.").arg(m_record.host));
        return;
    }
    m_trail->begin(this, m_record, [this](const AuditRecord &stored, const QString &error) {
        if (!error.isEmpty()) {
            refuse(tr("%1 Nothing was sent to %2.").arg(error, m_record.host));
            return;
        }
        m_record = stored;
        perform();
    });
}

void AccountActionJob::refuse(const QString &message)
{
    m_error = AccountReply::Error::Refused;
    // finished() comes after start() returned, as it does from a backend.
    QMetaObject::invokeMethod(this, [this, message] {
        release();
        Q_EMIT finished(false, message);
    }, Qt::QueuedConnection);
}

void AccountActionJob::perform()
{
    if (!m_backend) { // gone while the intent was being written: nothing was sent
        m_error = AccountReply::Error::Refused;
        conclude(false, tr("The account backend is gone. Nothing was sent to %1.").arg(m_record.host));
        return;
    }
    AccountReply *reply = m_backend->perform(m_action);
    connect(reply, &AccountReply::finished, this, [this, reply] {
        m_error = reply->error();
        reply->deleteLater();
        conclude(reply->succeeded(), reply->errorMessage());
    });
}

void AccountActionJob::conclude(bool succeeded, const QString &message)
{
    using Outcome = AuditRecord::Outcome;
    m_record.outcome = succeeded ? Outcome::Ok : m_error == AccountReply::Error::OutcomeUnknown ? Outcome::Unknown : Outcome::Failed;
    m_record.error = message;
    // A refusal before anything was sent is no work done on the host.
    WorkLogNote note;
    if (m_hostId != 0 && m_error != AccountReply::Error::Refused) {
        const bool directory = m_record.target.kind == AuditTarget::Kind::Directory;
        note = {m_ticketId, m_hostId,
                TicketWorkLogger::accountAction(m_record.host, m_record.account, m_record.action, succeeded, message), directory,
                directory ? m_action.accountId : QString()};
    }
    m_trail->finish(this, m_record, note, [this, succeeded, message, ticket = m_ticketId](bool recorded, bool logged, const QString &auditError) {
        m_auditRecorded = recorded;
        QString reported = message;
        if (!recorded) // the action happened; say the record did not
            reported = message.isEmpty() ? auditError : message + QLatin1Char(' ') + auditError;
        if (logged)
            Q_EMIT workLogged(ticket);
        release();
        Q_EMIT finished(succeeded, reported);
    });
}

} // namespace wb
