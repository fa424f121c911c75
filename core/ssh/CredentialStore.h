#pragma once

#include <QObject>
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

    // found = nullopt when nothing is stored (or the keychain is unavailable: error says why)
    using ReadCallback = std::function<void(std::optional<QString> secret, QString error)>;
    using DoneCallback = std::function<void(bool ok, QString error)>;

    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done = {});
    void remove(const QString &key, DoneCallback done = {});
};

} // namespace wb
