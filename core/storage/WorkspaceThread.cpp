#include "core/storage/WorkspaceThread.h"

#include "core/jobs/PendingWork.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace wb {

// Lives on the workspace thread; owns the connection, which is usable only there.
class WorkspaceThread::Worker : public QObject
{
public:
    static constexpr int busyTimeoutMs = 10 * 60 * 1000;
    static constexpr int retryMs = 2000;

    Worker(QString path, WorkspaceThread *owner) : m_path(std::move(path)), m_owner(owner)
    {
        m_retry.setInterval(retryMs);
        connect(&m_retry, &QTimer::timeout, this, [this] { ensureOpen(); });
    }

    void setPassword(const QString &password) { m_password = password; }

    void run(const Run &run)
    {
        ensureOpen();
        run(m_workspace ? m_workspace->database() : QSqlDatabase(), m_workspace ? QString() : m_openError);
        // A team workspace's server that went away (or restarted) leaves the
        // connection dead: open it again, now and every few seconds until it answers.
        if (m_workspace && sql::connectionLost(m_workspace->database())) {
            m_workspace.reset();
            m_openError = QCoreApplication::translate("wb::WorkspaceThread",
                                                      "The team workspace %1 is unreachable: the connection to its server was lost.")
                              .arg(WorkspaceLocation::parse(m_path).displayText());
            setReachable(false, m_openError);
            ensureOpen();
        }
    }

private:
    void ensureOpen()
    {
        if (m_workspace)
            return;
        auto workspace = std::make_unique<Workspace>();
        workspace->setPassword(m_password);
        const bool opened = workspace->open(m_path);
        m_owner->m_needsPassword.store(!opened && workspace->needsPassword());
        if (!opened) {
            m_openError = workspace->errorString(); // asked again next time: the file or server may come back
            if (m_everOpened)
                setReachable(false, m_openError);
            return;
        }
        m_workspace = std::move(workspace);
        m_everOpened = true;
        setReachable(true, {});
        listenForChanges();
        // Nobody waits on this thread: a write here (an audit record, a
        // work-log line) waits out a long import's write lock instead of
        // failing after the GUI connection's five seconds.
        if (m_workspace->engine() == SqlEngine::Sqlite)
            QSqlQuery(m_workspace->database()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    }

    // Other workbenches' saves, as the database announces them (LISTEN
    // wb_changes, PostgresBaseline.cpp); this connection's own are not news.
    void listenForChanges()
    {
        QSqlDriver *driver = m_workspace->database().driver();
        if (m_workspace->engine() != SqlEngine::PostgreSql || !driver->subscribeToNotification(QStringLiteral("wb_changes")))
            return;
        connect(driver, &QSqlDriver::notification, this,
                [owner = m_owner](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (source == QSqlDriver::SelfSource)
                        return;
                    const QString text = payload.toString();
                    const QString table = text.section(QLatin1Char(':'), 0, 0);
                    QList<qint64> ids;
                    for (const QString &id : text.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                        ids << id.toLongLong(); // "*" (many) leaves the list empty: all of them
                    QMetaObject::invokeMethod(
                        owner, [owner, table, ids] { Q_EMIT owner->changedElsewhere(table, ids); }, Qt::QueuedConnection);
                });
    }

    void setReachable(bool reachable, const QString &reason)
    {
        if (reachable) {
            m_retry.stop();
        } else if (!m_retry.isActive()) {
            m_retry.start();
        }
        if (reachable == m_reachable)
            return;
        m_reachable = reachable;
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, reachable, reason] { Q_EMIT owner->reachabilityChanged(reachable, reason); },
            Qt::QueuedConnection);
    }

    QString m_path;
    QString m_password;
    WorkspaceThread *m_owner;
    QString m_openError;
    std::unique_ptr<Workspace> m_workspace;
    QTimer m_retry{this};
    bool m_everOpened = false;
    bool m_reachable = true;
};

WorkspaceThread::WorkspaceThread(const QString &workspacePath, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("workspace"));
    m_worker = new Worker(workspacePath, this);
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
