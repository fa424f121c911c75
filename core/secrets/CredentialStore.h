#pragma once

#include "core/jobs/PendingWork.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace wb {

// Passwords and key passphrases in the OS keychain (Secret Service, through
// QtKeychain): service "werkbank", one entry per user@host:port or per key
// file. Never written anywhere else. Jobs are asynchronous and finish on the
// thread that started them; an object that goes away while a job runs just
// does not hear the answer (the job itself finishes and deletes itself).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static QString serviceName();

    explicit CredentialStore(QObject *parent = nullptr);

    // Writes and removals count as pending work until the keychain answered,
    // so quitting waits for them (a half-written secret is a lost one).
    void setPendingWork(PendingWork *pending) { m_pending = pending; }

    // found = nullopt when nothing is stored (or the keychain is unavailable: error says why)
    using ReadCallback = std::function<void(std::optional<QString> secret, QString error)>;
    using DoneCallback = std::function<void(bool ok, QString error)>;

    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done = {});
    void remove(const QString &key, DoneCallback done = {});
    // As above, but `done` is not called once `context` is gone (a store
    // shared by the whole program outlives the window that asked).
    void remove(const QString &key, const QObject *context, DoneCallback done);

private:
    QPointer<PendingWork> m_pending;
};

} // namespace wb
