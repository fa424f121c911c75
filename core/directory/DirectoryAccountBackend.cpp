#include "core/directory/DirectoryAccountBackend.h"

#include "core/directory/DirectoryProfile.h"
#include "core/directory/DirectoryWorker.h"
#include "core/jobs/ThreadReaper.h"

#include <QThread>

namespace wb {

DirectoryAccountBackend::DirectoryAccountBackend(Directory directory, QObject *parent)
    : AccountBackend(parent)
    , m_directory(std::move(directory))
    , m_kind(m_directory.kind)
    , m_thread(new QThread)
    , m_mailbox(std::make_shared<DirectoryMailbox>())
{
    m_mailbox->target = this;
    m_thread->setObjectName(QStringLiteral("directory %1").arg(m_directory.name));
    m_worker = new DirectoryWorker(m_directory, m_mailbox);
    m_worker->onKindKnown = [this](DirectoryKind kind) {
        m_kind = kind;
        Q_EMIT kindKnown(kind);
    };
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DirectoryAccountBackend::~DirectoryAccountBackend()
{
    // No answer reaches this object any more.
    m_mailbox->close();
    // The worker goes on its own thread as that thread ends (closing its
    // connection there); the thread is left to end by itself.
    connect(m_thread, &QThread::finished, m_worker, [worker = m_worker] { delete worker; }, Qt::DirectConnection);
    m_thread->quit();
    ThreadReaper::reap(m_thread);
}

void DirectoryAccountBackend::setBindPassword(const QString &password)
{
    m_hasBindPassword = !password.isEmpty();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, password] { worker->setBindPassword(password); });
}

void DirectoryAccountBackend::setTimeout(int ms)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] { worker->setTimeout(ms); });
}

AuditTarget DirectoryAccountBackend::auditTarget() const
{
    AuditTarget target;
    target.kind = AuditTarget::Kind::Directory;
    target.id = m_directory.id;
    target.path = m_directory.name;
    target.address = m_directory.url;
    target.login = m_directory.bindDn;
    return target;
}

AuditTarget DirectoryAccountBackend::auditTargetFor(const AccountAction &action) const
{
    AuditTarget target = auditTarget();
    if (!action.accountId.isEmpty())
        target.address = action.accountId;
    return target;
}

QString DirectoryAccountBackend::notApplicable(AccountAction::Kind kind) const
{
    const std::unique_ptr<DirectoryProfile> profile = DirectoryProfile::create(m_kind);
    return profile ? profile->notApplicable(kind) : QString();
}

template <typename Work>
AccountReply *DirectoryAccountBackend::post(Work work)
{
    auto *reply = new AccountReply(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, channel = ReplyChannel(m_mailbox, reply), work] {
        work(worker, channel);
    });
    return reply;
}

AccountReply *DirectoryAccountBackend::listAccounts(bool includeSystemAccounts)
{
    Q_UNUSED(includeSystemAccounts);
    return searchAccounts(QString());
}

AccountReply *DirectoryAccountBackend::searchAccounts(const QString &text, int pageSize)
{
    return post([text, pageSize](DirectoryWorker *worker, const ReplyChannel &channel) { worker->search(text, pageSize, channel); });
}

AccountReply *DirectoryAccountBackend::readAccount(const QString &user)
{
    return post([user](DirectoryWorker *worker, const ReplyChannel &channel) { worker->read(user, channel); });
}

AccountReply *DirectoryAccountBackend::perform(const AccountAction &action)
{
    return post([action](DirectoryWorker *worker, const ReplyChannel &channel) { worker->perform(action, channel); });
}

} // namespace wb
