#pragma once

#include "core/jobs/PendingWork.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace wb {

namespace detail {
// Carries one answer from the workspace thread to the asker's thread. The
// answer travels as a queued signal, so Qt drops it when the asker is
// destroyed first, whichever thread is running at that moment.
class WorkspaceAnswer : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ready();
};
} // namespace detail

// The window's way to the workspace database: one thread with its own
// connection (opened there on first use), running jobs one at a time in the
// order they were asked for, so the GUI thread never waits on SQL. An answer
// comes back on the asker's thread by a queued call, and not at all once the
// asker is gone. Writes count as pending work until they are done, so
// quitting waits for them. Destroying it runs what is queued, then stops.
class WorkspaceThread : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceThread(const QString &workspacePath, QObject *parent = nullptr);
    ~WorkspaceThread() override;

    // Writes register there until they are done; it must outlive this.
    void setPendingWork(PendingWork *pending) { m_pending = pending; }

    // A team workspace's password, for the opens that follow (the connection
    // opens with the first job, and again after one that failed). Kept in
    // memory only.
    void setPassword(const QString &password);
    // True after an open that failed because the server wants a password (or another one).
    bool needsPassword() const { return m_needsPassword.load(); }

Q_SIGNALS:
    // The workspace, open before, cannot be reached (its server went away: the
    // thread tries again every few seconds), or can again. Jobs asked for
    // meanwhile fail with `reason`; nothing is queued for later.
    void reachabilityChanged(bool reachable, const QString &reason);
    // Another workbench (or werkbank-cli) changed rows of a shared table of a
    // team workspace: "hosts", "groups", "tickets", "ticket_worklog" (ids are
    // the tickets), "kb_articles" or "snippets"; no ids: too many to name.
    void changedElsewhere(const QString &table, const QList<qint64> &ids);

public:
    // A job gets the thread's connection and sets *error when it fails; it
    // is not run when the workspace cannot be opened (the answer says why).
    template <typename Result>
    using Job = std::function<Result(QSqlDatabase db, QString *error)>;
    template <typename Result>
    using Answer = std::function<void(Result result, QString error)>;

    // Runs `job` on the workspace thread and `answer` on `asker`'s thread,
    // unless `asker` was destroyed meanwhile.
    template <typename Result>
    void read(const QObject *asker, Job<Result> job, Answer<Result> answer)
    {
        ask<Result>(asker, std::move(job), std::move(answer), false);
    }
    // As read(), and quitting waits until the job is done.
    template <typename Result>
    void write(const QObject *asker, Job<Result> job, Answer<Result> answer)
    {
        ask<Result>(asker, std::move(job), std::move(answer), true);
    }

private:
    class Worker;
    using Run = std::function<void(QSqlDatabase db, const QString &openError)>;
    // Queues `run` behind everything asked before; `pending` keeps quitting waiting until it ran.
    void post(Run run, bool pending);

    template <typename Result>
    void ask(const QObject *asker, Job<Result> job, Answer<Result> answer, bool pending)
    {
        struct Outcome { Result result{}; QString error; };
        auto outcome = std::make_shared<Outcome>();
        auto *carrier = new detail::WorkspaceAnswer;
        connect(carrier, &detail::WorkspaceAnswer::ready, asker,
                [outcome, answer = std::move(answer)] { answer(std::move(outcome->result), outcome->error); },
                Qt::QueuedConnection);
        carrier->moveToThread(&m_thread);
        post([carrier, outcome, job = std::move(job)](QSqlDatabase db, const QString &openError) {
            if (openError.isEmpty())
                outcome->result = job(db, &outcome->error);
            else
                outcome->error = openError;
            Q_EMIT carrier->ready();
            delete carrier;
        }, pending);
    }

    QThread m_thread;
    Worker *m_worker = nullptr;
    QPointer<PendingWork> m_pending;
    std::atomic_bool m_needsPassword{false};
};

} // namespace wb
