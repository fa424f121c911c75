#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountBackend.h"
#include "core/jobs/PendingWork.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace wb {

class AccountActionJob;
class ActionTrail;

// Several account actions on one backend, one after the other (a bulk unlock
// of a selection): each through its own AccountActionJob, so each is audited
// and logged to the ticket on its own, and a failure stops nothing but itself.
class AccountActionQueue : public QObject
{
    Q_OBJECT
public:
    // The backend and the trail must outlive the queue.
    AccountActionQueue(AccountBackend *backend, ActionTrail *trail, QObject *parent = nullptr);
    // A job still running goes on without the queue and is audited when it ends.
    ~AccountActionQueue() override;

    // As AccountActionJob::setTicket: the ticket, and the host or directory acted on.
    void setTicket(qint64 ticketId, qint64 targetId);
    void setTargetPath(const QString &path) { m_targetPath = path; }
    void setPendingWork(PendingWork *pending) { m_pending = pending; }

    // Starts the actions in order; false (and nothing starts) while others run.
    bool run(const QList<AccountAction> &actions);
    bool isRunning() const { return !m_job.isNull(); }
    int count() const { return int(m_actions.size()); }

    struct Result {
        AccountAction action;   // its password is cleared once done, unless it was a reset
        bool succeeded = false;
        bool outcomeUnknown = false;  // the connection ended after the data went out
        AccountReply::Error error = AccountReply::Error::None;
        QString message;
    };

Q_SIGNALS:
    void actionStarted(int index, const wb::AccountAction &action);
    void actionFinished(int index, const wb::AccountActionQueue::Result &result);
    // Every action has an outcome; `failed` of them did not succeed.
    void finished(int failed);
    // An entry went into `ticket`'s work log.
    void workLogged(qint64 ticket);

private:
    void startNext();

    QPointer<AccountBackend> m_backend;
    ActionTrail *m_trail;
    QPointer<PendingWork> m_pending;
    QString m_targetPath;
    qint64 m_ticketId = 0;
    qint64 m_targetId = 0;
    QList<AccountAction> m_actions;
    qsizetype m_next = 0;
    int m_failed = 0;
    QPointer<AccountActionJob> m_job;
};

} // namespace wb
