#include "core/storage/WorkspaceThread.h"

#include "core/jobs/PendingWork.h"
#include "core/storage/Workspace.h"

#include <QSqlQuery>

namespace wb {

// Lives on the workspace thread; owns the connection, which is usable only there.
class WorkspaceThread::Worker : public QObject
{
public:
    static constexpr int busyTimeoutMs = 10 * 60 * 1000;

    Worker(QString path, std::atomic_bool *needsPassword) : m_path(std::move(path)), m_needsPassword(needsPassword) {}

    void setPassword(const QString &password) { m_password = password; }

    void run(const Run &run)
    {
        if (!m_workspace) {
            auto workspace = std::make_unique<Workspace>();
            workspace->setPassword(m_password);
            const bool opened = workspace->open(m_path);
            m_needsPassword->store(!opened && workspace->needsPassword());
            if (opened) {
                m_workspace = std::move(workspace);
                // Nobody waits on this thread: a write here (an audit record, a
                // work-log line) waits out a long import's write lock instead of
                // failing after the GUI connection's five seconds.
                if (m_workspace->engine() == SqlEngine::Sqlite)
                    QSqlQuery(m_workspace->database()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
            }
            else
                m_openError = workspace->errorString(); // asked again next time: the file may come back
        }
        run(m_workspace ? m_workspace->database() : QSqlDatabase(), m_workspace ? QString() : m_openError);
    }

private:
    QString m_path;
    QString m_password;
    std::atomic_bool *m_needsPassword;
    QString m_openError;
    std::unique_ptr<Workspace> m_workspace;
};

WorkspaceThread::WorkspaceThread(const QString &workspacePath, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("workspace"));
    m_worker = new Worker(workspacePath, &m_needsPassword);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkspaceThread::~WorkspaceThread()
{
    // Queued behind every job asked for so far, so those still run (and
    // writes reach the disk); their answers go nowhere once askers are gone.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void WorkspaceThread::setPassword(const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, password] { worker->setPassword(password); }, Qt::QueuedConnection);
}

void WorkspaceThread::post(Run run, bool pending)
{
    QObject *token = nullptr;
    if (pending && m_pending) {
        token = new QObject(this); // destroyed with this at the latest, which also ends it as pending work
        m_pending->add(token);
    }
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, run = std::move(run), token] {
        worker->run(run);
        if (token) // PendingWork is used on this object's thread
            QMetaObject::invokeMethod(this, [token] { delete token; }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace wb
