#pragma once

#include "AccountAction.h"
#include "AccountBackend.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

namespace wb {

// One account action through a backend, written to the audit log whatever
// its outcome (a refusal before anything was sent included). The same for
// every backend: the audit record does not depend on where the account lives.
class AccountActionJob : public QObject
{
    Q_OBJECT
public:
    // The backend must outlive the job.
    AccountActionJob(AccountBackend *backend, AccountAction action, QSqlDatabase auditDatabase, QObject *parent = nullptr);

    // The ticket the action is done for (0 = none), and the inventory host it
    // is done on: when the ticket links that host, the outcome also goes into
    // its work log (TicketWorkLogger).
    void setTicket(qint64 ticketId, qint64 hostId = 0)
    {
        m_ticketId = ticketId;
        m_hostId = hostId;
    }
    void start();

    const AccountAction &action() const { return m_action; }
    // After finished(): why it failed, as the backend classed it.
    AccountReply::Error error() const { return m_error; }
    // After finished(): whether the audit record was written (the message says why not).
    bool auditRecorded() const { return m_auditRecorded; }

    // The audit log's name for an action ("reset-password", "lock", …).
    static QString verb(AccountAction::Kind kind);

Q_SIGNALS:
    // message: one line saying what went wrong; empty on success (unless
    // the audit record could not be written, which it then says).
    void finished(bool succeeded, const QString &message);

private:
    void conclude(bool succeeded, const QString &message);

    QPointer<AccountBackend> m_backend;
    AccountAction m_action;
    QSqlDatabase m_audit;
    qint64 m_ticketId = 0;
    qint64 m_hostId = 0;
    bool m_auditRecorded = false;
    AccountReply::Error m_error = AccountReply::Error::None;
};

} // namespace wb
