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
    m_bindPassword = password;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, password] { worker->setBindPassword(password); });
}

void DirectoryAccountBackend::setTimeout(int ms)
{
    m_timeoutMs = ms;
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
    AccountReply *read = post([user](DirectoryWorker *worker, const ReplyChannel &channel) { worker->read(user, channel); });
    if (m_isDomainControllerProbe)
        return read;
    auto *result = new AccountReply(this);
    // The kind is known by now: the worker reports it before the first answer.
    connect(read, &AccountReply::finished, result, [this, read, result] {
        read->deleteLater();
        if (!read->succeeded() || m_kind != DirectoryKind::ActiveDirectory || read->accounts().isEmpty()) {
            result->finish(read->error(), read->errorMessage(), read->accounts());
            return;
        }
        askDomainControllers(result, read->accounts().first(), false);
    });
    return result;
}

AccountReply *DirectoryAccountBackend::discoverDomainControllers()
{
    return post([](DirectoryWorker *worker, const ReplyChannel &channel) { worker->findDomainControllers(channel); });
}

AccountReply *DirectoryAccountBackend::readOnDomainController(const QString &server, const QString &dn)
{
    std::unique_ptr<DirectoryAccountBackend> &backend = m_dcBackends[server];
    if (!backend) {
        Directory dc = m_directory;
        const bool ldaps = m_directory.url.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
        dc.url = (ldaps ? QStringLiteral("ldaps://") : QStringLiteral("ldap://")) + server;
        dc.name = server;
        dc.kind = DirectoryKind::ActiveDirectory;
        dc.domainControllers.clear();
        backend = std::make_unique<DirectoryAccountBackend>(dc);
        backend->m_isDomainControllerProbe = true;
        backend->setBindPassword(m_bindPassword);
        backend->setTimeout(m_dcTimeoutMs);
    }
    return backend->readAccount(dn);
}

void DirectoryAccountBackend::askDomainControllers(AccountReply *result, const AccountStatus &status, bool searched)
{
    const QStringList servers = m_directory.domainControllers.isEmpty() ? m_foundDomainControllers : m_directory.domainControllers;
    if (servers.isEmpty() && !searched) {
        // Which DCs the domain has: its DC computer objects name them.
        AccountReply *found = discoverDomainControllers();
        connect(found, &AccountReply::finished, result, [this, found, result, status] {
            found->deleteLater();
            for (const AccountStatus &dc : found->accounts())
                m_foundDomainControllers.append(dc.name);
            askDomainControllers(result, status, true);
        });
        return;
    }
    if (servers.isEmpty()) {
        result->finish(AccountReply::Error::None, {}, {status});
        return;
    }
    auto merged = std::make_shared<AccountStatus>(status);
    merged->domainControllers.resize(servers.size());
    auto waiting = std::make_shared<int>(int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        const QString server = servers.at(i);
        AccountReply *asked = m_readOnDc ? m_readOnDc(server, status.dn) : readOnDomainController(server, status.dn);
        connect(asked, &AccountReply::finished, result, [asked, result, merged, waiting, server, i] {
            asked->deleteLater();
            DomainControllerState &state = merged->domainControllers[i];
            state.server = server;
            if (asked->succeeded() && !asked->accounts().isEmpty()) {
                const AccountStatus &there = asked->accounts().first();
                state.reached = true;
                state.locked = there.locked;
                state.lockedSince = there.lockedSince;
                state.badPasswordCount = there.failedLogins;
                state.lastLogon = there.lastLogon;
            } else {
                state.error = asked->errorMessage();
            }
            if (--*waiting > 0)
                return;
            // Merged as LockoutStatus shows it: locked where any DC locked it,
            // the most bad passwords any DC counted, the newest logon anywhere.
            QStringList lockedOn;
            for (const DomainControllerState &dc : std::as_const(merged->domainControllers)) {
                if (!dc.reached)
                    continue;
                if (dc.locked) {
                    lockedOn << dc.server;
                    merged->locked = true;
                    if (dc.lockedSince.isValid() && (!merged->lockedSince.isValid() || dc.lockedSince > merged->lockedSince))
                        merged->lockedSince = dc.lockedSince;
                }
                merged->failedLogins = std::max(merged->failedLogins, dc.badPasswordCount);
                if (dc.lastLogon.isValid() && (!merged->lastLogon.isValid() || dc.lastLogon > merged->lastLogon))
                    merged->lastLogon = dc.lastLogon;
            }
            merged->lockedOn = lockedOn.join(QLatin1String(", "));
            if (merged->lastLogon.isValid())
                merged->lastLogin = merged->lastLogon.toString(Qt::ISODate);
            result->finish(AccountReply::Error::None, {}, {*merged});
        });
    }
}

AccountReply *DirectoryAccountBackend::perform(const AccountAction &action)
{
    return post([action](DirectoryWorker *worker, const ReplyChannel &channel) { worker->perform(action, channel); });
}

AccountReply *DirectoryAccountBackend::readPasswordPolicy(const QString &user)
{
    return post([user](DirectoryWorker *worker, const ReplyChannel &channel) { worker->readPolicy(user, channel); });
}

} // namespace wb
