#include "core/files/HostTransfers.h"

#include "core/files/ScpJob.h"
#include "core/files/SftpSession.h"

#include <QTimer>

namespace wb {

HostTransfers::HostTransfers(QList<SshTarget> targets, RequestFor requestFor, QObject *parent)
    : QObject(parent), m_targets(std::move(targets)), m_requestFor(std::move(requestFor))
{
    m_sessions.resize(m_targets.size(), nullptr);
    m_scpJobs.resize(m_targets.size(), nullptr);
}

HostTransfers::~HostTransfers() = default;

void HostTransfers::start()
{
    if (m_targets.isEmpty()) {
        m_finished = true;
        QTimer::singleShot(0, this, &HostTransfers::finished);
        return;
    }
    launchMore();
}

void HostTransfers::cancel()
{
    m_cancelled = true;
    for (SftpSession *session : std::as_const(m_sessions)) {
        if (session)
            session->close();
    }
    for (ScpJob *job : std::as_const(m_scpJobs)) {
        if (job)
            job->cancel();
    }
}

void HostTransfers::launchMore()
{
    while (!m_cancelled && m_active < m_concurrency && m_next < m_targets.size())
        launch(m_next++);
    if (m_active == 0 && (m_cancelled || m_next >= m_targets.size()) && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void HostTransfers::launch(int index)
{
    ++m_active;
    const SshTarget &target = m_targets.at(index);
    auto *session = new SftpSession(target.endpoint, target.options, this);
    m_sessions[index] = session;
    session->setPool(m_pool);
    prepare(session->connection());
    const auto transferId = std::make_shared<int>(0);
    connect(session, &SftpSession::ready, this, [this, index, session, transferId] {
        *transferId = session->transfer(m_requestFor(index));
    });
    connect(session, &SftpSession::failed, this, [this, index, session, transferId](const QString &error) {
        if (*transferId != 0) {
            // The transfer reports its own end, item by item, before this; should
            // that end never come, the host still ends (never a hung program).
            QTimer::singleShot(5000, session, [this, index, error] {
                if (!m_sessions.value(index))
                    return;
                ++m_failedHosts;
                Q_EMIT hostFailed(index, error);
                QMetaObject::invokeMethod(this, [this, index] { done(index); }, Qt::QueuedConnection); // not inside its own timer
            });
            return;
        }
        if (session->lacksSftp() && !m_cancelled) {
            QMetaObject::invokeMethod(this, [this, index] { fallBackToScp(index); }, Qt::QueuedConnection);
            return;
        }
        ++m_failedHosts;
        Q_EMIT hostFailed(index, error);
        QMetaObject::invokeMethod(this, [this, index] { done(index); }, Qt::QueuedConnection);
    });
    connect(session, &SftpSession::transferItem, this, [this, index](int, const TransferItem &item) {
        if (item.result == TransferItem::Result::Failed)
            ++m_failedItems;
        Q_EMIT itemDone(index, item);
    });
    connect(session, &SftpSession::transferProgress, this,
            [this, index](int, const QString &file, qint64 fileDone, qint64 fileTotal, qint64 hostDone) {
                Q_EMIT progress(index, file, fileDone, fileTotal, hostDone);
            });
    connect(session, &SftpSession::transferFinished, this, [this, index](int, bool) {
        // Freeing the session ends its connection (or gives it to the pool): not inside its own signal.
        QMetaObject::invokeMethod(this, [this, index] { done(index); }, Qt::QueuedConnection);
    });
    session->open();
}

void HostTransfers::prepare(SshConnection *connection)
{
    connect(connection, &SshConnection::hostKeyQuestion, this, [this, connection](const HostKeyQuestion &question) {
        const bool accept = m_acceptNewKeys && question.match == KnownHosts::Match::Unknown;
        connection->answerHostKey(question, accept ? HostKeyDecision::AcceptAndSave : HostKeyDecision::Reject);
    });
    connect(connection, &SshConnection::secretRequested, this, [connection](const SecretRequest &request) {
        connection->cancelSecret(request); // never asked here: keys, the agent or the keychain
    });
}

// The host logged us in but has no SFTP: its files go by SCP instead.
void HostTransfers::fallBackToScp(int index)
{
    if (m_cancelled) { // cancelled after the session said it has no SFTP
        ++m_failedHosts;
        Q_EMIT hostFailed(index, tr("cancelled"));
        return done(index);
    }
    if (SftpSession *session = std::exchange(m_sessions[index], nullptr)) {
        session->disconnect(this);
        session->deleteLater();
    }
    const SshTarget &target = m_targets.at(index);
    auto *job = new ScpJob(target.endpoint, target.options, m_requestFor(index), [this](SshConnection *connection) { prepare(connection); }, this);
    m_scpJobs[index] = job;
    job->setPool(m_pool);
    connect(job, &ScpJob::itemDone, this, [this, index](const TransferItem &item) {
        if (item.result == TransferItem::Result::Failed)
            ++m_failedItems;
        Q_EMIT itemDone(index, item);
    });
    connect(job, &ScpJob::progress, this, [this, index](const QString &file, qint64 fileDone, qint64 fileTotal, qint64 hostDone) {
        Q_EMIT progress(index, file, fileDone, fileTotal, hostDone);
    });
    connect(job, &ScpJob::finished, this, [this, index] {
        if (ScpJob *finished = std::exchange(m_scpJobs[index], nullptr))
            finished->deleteLater();
        --m_active;
        launchMore();
    });
    job->start();
}

void HostTransfers::done(int index)
{
    SftpSession *session = std::exchange(m_sessions[index], nullptr);
    if (!session)
        return;
    session->disconnect(this);
    delete session;
    --m_active;
    launchMore();
}

} // namespace wb
