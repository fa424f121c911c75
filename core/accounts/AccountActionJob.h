#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountBackend.h"
#include "core/accounts/ActionTrail.h"
#include "core/jobs/PendingWork.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

namespace wb {


// One account action through a backend, audited in two append-only rows:
// the intent, written before anything is sent (when it cannot be written,
// nothing is sent), and the outcome (ok, failed, or unknown: "may have been
// made") once the backend answered. A crash or a quit in between leaves the
// intent: the log shows "no outcome recorded". The same for every backend.
class AccountActionJob : public QObject
{
    Q_OBJECT
public:
    // The backend and the trail must outlive the job.
    AccountActionJob(AccountBackend *backend, AccountAction action, ActionTrail *trail, QObject *parent = nullptr);
    // Audited on `auditDatabase` right away (werkbank-cli).
    AccountActionJob(AccountBackend *backend, AccountAction action, QSqlDatabase auditDatabase, QObject *parent = nullptr);
    // A job still pending when it goes away leaves its intent without an outcome.
    ~AccountActionJob() override;

    // The ticket the action is done for (0 = none), and the inventory host it
    // is done on (0 = a target typed as user@host:port): the audit record
    // names the host by it, and when the ticket links that host, the outcome
    // also goes into its work log (TicketWorkLogger).
    void setTicket(qint64 ticketId, qint64 hostId = 0)
    {
        m_ticketId = ticketId;
        m_hostId = hostId;
    }
    // The host's group path and name ("site/role/web01"), so the record stays
    // unambiguous where names repeat across groups; the target's name without it.
    void setTargetPath(const QString &path) { m_targetPath = path; }
    // Quitting waits for the job while it runs (from start() until finished()).
    void setPendingWork(PendingWork *pending) { m_pending = pending; }
    void start();

    const AccountAction &action() const { return m_action; }
    // After finished(): why it failed, as the backend classed it.
    AccountReply::Error error() const { return m_error; }
    // After finished(): ok, failed, or unknown (the change may have been made).
    AuditRecord::Outcome outcome() const { return m_record.outcome; }
    // After finished(): whether the audit record was written (the message says why not).
    bool auditRecorded() const { return m_auditRecorded; }

    // The audit log's name for an action ("reset-password", "lock", …).
    static QString verb(AccountAction::Kind kind);

Q_SIGNALS:
    // message: one line saying what went wrong; empty on success (unless
    // the audit record could not be written, which it then says).
    void finished(bool succeeded, const QString &message);
    // An entry about the action went into `ticket`'s work log (before finished()).
    void workLogged(qint64 ticket);

private:
    void perform();
    void refuse(const QString &message);
    void conclude(bool succeeded, const QString &message);
    void release();

    QPointer<AccountBackend> m_backend;
    AccountAction m_action;
    std::unique_ptr<ActionTrail> m_ownTrail;
    ActionTrail *m_trail;
    QPointer<PendingWork> m_pending;
    AuditRecord m_record;
    QString m_targetPath;
    qint64 m_ticketId = 0;
    qint64 m_hostId = 0;
    bool m_auditRecorded = false;
    AccountReply::Error m_error = AccountReply::Error::None;
};

} // namespace wb
