#include "core/secrets/CredentialStore.h"

#include "core/jobs/PendingWork.h"
#include "core/jobs/WhileAlive.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace wb {

QString CredentialStore::serviceName()
{
    return QStringLiteral("werkbank");
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

void CredentialStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, job, [self, job, done = std::move(done)] {
        if (!self)
            return;
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, job->errorString());
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    if (m_pending)
        m_pending->add(job); // done when the job deletes itself after finishing
    QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, job, [self, job, done = std::move(done)] {
        if (self && done)
            done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, DoneCallback done)
{
    remove(key, this, std::move(done));
}

void CredentialStore::remove(const QString &key, const QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    if (m_pending)
        m_pending->add(job);
    QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, job, [self, job, done = whileAlive(context, std::move(done))] {
        if (self)
            done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound, job->errorString());
    });
    job->start();
}

} // namespace wb
