#pragma once

#include "core/files/RemoteFileAccess.h"
#include "core/ssh/CommandRunner.h"

#include <functional>

namespace wb {

// RemoteFileAccess as root, for a login that may sudo (or is root): each call
// is a run of a fixed script through SudoExchange, the path and the file's
// content on its stdin and stdout, never on a command line. A save is written
// beside the file and renamed over it, with the file's owner and mode; a file
// that is not there gets `mode`. Files up to 16 MiB (text to edit).
class SudoFileAccess : public RemoteFileAccess
{
    Q_OBJECT
public:
    // Makes the run for `spec` on the host (owned by `owner`, not started);
    // `logged`: it changes the host and goes into the work log.
    using RunMaker = std::function<CommandRunner *(const RunSpec &spec, bool logged, QObject *owner)>;
    // `keychainKey`: where the login's password is, for sudo (empty: none).
    SudoFileAccess(RunMaker makeRun, const QString &keychainKey, QObject *parent = nullptr);

    // sudo's password for the login (kept in memory only); empty: the keychain's.
    // Once sudo asked for one it did not get (or refused the one given), calls fail
    // at once, without asking sudo, until this is called again.
    void setSudoPassword(const QString &password)
    {
        m_password = password;
        m_waitingForPassword = false;
    }
    bool waitingForPassword() const { return m_waitingForPassword; }

    bool isReady() const override { return true; } // each call connects (or takes a kept connection)
    int resolvePath(const QByteArray &path) override;
    int statPath(const QByteArray &path) override;
    int fetch(const QByteArray &remotePath, const QString &localPath) override;
    int store(const QString &localPath, const QByteArray &remotePath, int mode) override;

    // The scripts, for tests.
    enum class Step { Resolve, Stat, Fetch, Store };
    static QString script(Step step);

Q_SIGNALS:
    // sudo wants the login's password (`wrong`: the one given was not taken);
    // the call's answer says it failed. Set one and try again.
    void sudoPasswordNeeded(bool wrong);

private:
    static QString scriptWords(const QString &said);
    // The answer to a call: its id, the run (empty when none was made) and why
    // it failed (empty: it ran to exit 0).
    using Done = std::function<void(int id, const HostRun &run, const QString &error)>;
    // Runs `step` with the path and `rest` on stdin; returns the id `done` gets.
    int run(Step step, const QByteArray &path, const QByteArray &rest, Done done);
    // `done` with `error` once the caller has the id; `wantsPassword`: sudoPasswordNeeded() first.
    int failSoon(const Done &done, const QString &error, bool wantsPassword = false);

    RunMaker m_makeRun;
    QString m_keychainKey;
    QString m_password;
    bool m_waitingForPassword = false;
    int m_nextId = 1;
};

} // namespace wb
