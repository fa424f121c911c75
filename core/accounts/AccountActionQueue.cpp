#include "core/accounts/AccountActionQueue.h"

#include "core/accounts/AccountActionJob.h"
#include "core/audit/AuditLog.h"

namespace wb {

AccountActionQueue::AccountActionQueue(AccountBackend *backend, ActionTrail *trail, QObject *parent)
    : QObject(parent), m_backend(backend), m_trail(trail)
{
}

AccountActionQueue::~AccountActionQueue()
{
    // The directory may already be changing the account: the job finishes on
    // its own and writes its audit record; the rest of the queue is dropped.
    if (AccountActionJob *job = m_job) {
        job->setParent(nullptr);
        connect(job, &AccountActionJob::finished, job, &QObject::deleteLater);
    }
}

void AccountActionQueue::setTicket(qint64 ticketId, qint64 targetId)
{
    m_ticketId = ticketId;
    m_targetId = targetId;
}

bool AccountActionQueue::run(const QList<AccountAction> &actions)
{
    if (m_job || actions.isEmpty() || !m_backend)
        return false;
    m_actions = actions;
    m_next = 0;
    m_failed = 0;
    startNext();
    return true;
}

void AccountActionQueue::startNext()
{
    if (m_next >= m_actions.size() || !m_backend) {
        for (AccountAction &action : m_actions)
            action.password.clear();
        Q_EMIT finished(m_failed);
        return;
    }
    const int index = int(m_next++);
    const AccountAction action = m_actions.at(index);
    auto *job = new AccountActionJob(m_backend, action, m_trail, this);
    job->setTicket(m_ticketId, m_targetId);
    job->setTargetPath(m_targetPath);
    job->setPendingWork(m_pending);
    connect(job, &AccountActionJob::workLogged, this, &AccountActionQueue::workLogged);
    m_job = job;
    connect(job, &AccountActionJob::finished, this, [this, job, index](bool succeeded, const QString &message) {
        m_job = nullptr;
        job->deleteLater();
        Result result;
        result.action = m_actions.at(index);
        if (result.action.kind != AccountAction::Kind::ResetPassword)
            result.action.password.clear();
        result.succeeded = succeeded;
        result.outcomeUnknown = job->outcome() == AuditRecord::Outcome::Unknown;
        result.error = job->error();
        result.message = message;
        m_actions[index].password.clear();  // the only copy left is the result's, for the reveal
        if (!succeeded)
            ++m_failed;
        Q_EMIT actionFinished(index, result);
        startNext();
    });
    Q_EMIT actionStarted(index, action);
    job->start();
}

} // namespace wb
