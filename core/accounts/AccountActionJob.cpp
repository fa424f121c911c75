#include "AccountActionJob.h"

#include "LinuxAccountCommands.h"
#include "audit/AuditLog.h"

#include <QTimer>

namespace wb {

AccountActionJob::AccountActionJob(RunTarget target, AccountAction action, QSqlDatabase auditDatabase, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_action(std::move(action)), m_audit(std::move(auditDatabase))
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
    RemoteInvocation invocation;
    QString error;
    if (!LinuxAccountCommands::build(m_action, &invocation, &error)) {
        // Refused before anything was sent; still a record, and still reported after start() returns.
        QTimer::singleShot(0, this, [this, error] { conclude(false, error); });
        return;
    }
    RunSpec spec;
    spec.command = invocation.command;
    spec.input = invocation.input;
    spec.concurrency = 1;
    spec.unknownKeys = RunSpec::UnknownKeys::Reject; // host keys are settled before an account is touched
    m_runner = new CommandRunner({m_target}, spec, this);
    m_runner->setPool(m_pool);
    connect(m_runner, &CommandRunner::finished, this, [this] {
        const HostRun &run = m_runner->result(0);
        if (run.succeeded()) {
            conclude(true, {});
            return;
        }
        QString message;
        if (run.state == HostRun::State::Failed) {
            message = run.failure.message();
        } else {
            // The tool's own words, first line (they name the account), and the status.
            const QString said = QString::fromUtf8(run.err + run.out).trimmed().section(QLatin1Char('\n'), 0, 0);
            message = tr("%1: %2 failed for %3 (exit status %4)%5")
                          .arg(m_target.endpoint.name, verb(m_action.kind), m_action.user)
                          .arg(run.hasExitStatus ? QString::number(run.exitStatus) : run.exitSignal,
                               said.isEmpty() ? QString() : QStringLiteral(": ") + said);
        }
        conclude(false, message);
    });
    m_runner->start();
}

void AccountActionJob::conclude(bool succeeded, const QString &message)
{
    AuditRecord record;
    record.operatorName = AuditLog::currentOperator();
    record.host = m_target.endpoint.name;
    record.account = m_action.user;
    record.action = verb(m_action.kind);
    record.succeeded = succeeded;
    record.error = message;
    record.ticketId = m_ticketId;
    QString auditError;
    QString reported = message;
    if (!AuditLog(m_audit).append(&record, &auditError)) // the action happened; say the record did not
        reported = message.isEmpty() ? auditError : message + QLatin1Char(' ') + auditError;
    emit finished(succeeded, reported);
}

} // namespace wb
