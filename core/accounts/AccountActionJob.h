#pragma once

#include "AccountAction.h"
#include "ssh/CommandRunner.h"

#include <QObject>
#include <QSqlDatabase>

namespace wb {

class SshPool;

// One account action on one Linux host over SSH, written to the audit log
// whatever its outcome (a refusal before anything was sent included). The
// data goes on stdin of the action's fixed command (LinuxAccountCommands).
class AccountActionJob : public QObject
{
    Q_OBJECT
public:
    AccountActionJob(RunTarget target, AccountAction action, QSqlDatabase auditDatabase, QObject *parent = nullptr);

    // Optional, before start(): a kept connection is used when there is one.
    void setPool(SshPool *pool) { m_pool = pool; }
    // The ticket the action is done for; 0 = none.
    void setTicket(qint64 ticketId) { m_ticketId = ticketId; }
    void start();

    // The audit log's name for an action ("reset-password", "lock", …).
    static QString verb(AccountAction::Kind kind);

Q_SIGNALS:
    // message: one line saying what went wrong; empty on success (unless
    // the audit record could not be written, which it then says).
    void finished(bool succeeded, const QString &message);

private:
    void conclude(bool succeeded, const QString &message);

    RunTarget m_target;
    AccountAction m_action;
    QSqlDatabase m_audit;
    SshPool *m_pool = nullptr;
    qint64 m_ticketId = 0;
    CommandRunner *m_runner = nullptr;
};

} // namespace wb
