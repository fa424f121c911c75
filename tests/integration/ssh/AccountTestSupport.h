#pragma once
// What the account tests need of the fixture's admin host: a login target,
// commands run there as root, and logging in with a password as a user would.

#include "tests/integration/ssh/SshFixture.h"

#include "core/ssh/CommandRunner.h"

#include <QFileInfo>

namespace wbtest {

// Logged in by key as `user`; the keychain is not asked.
inline wb::SshTarget adminTarget(const SshFixture &fx, const QString &knownHosts, const QString &user)
{
    wb::SshTarget target;
    target.endpoint = fx.admin(user, {fx.clientKey()});
    target.options.knownHostsPath = knownHosts;
    target.options.useAgent = false;
    target.options.useKeychain = false;
    return target;
}

// Runs a command line as root on the admin host with `input` on stdin.
inline wb::HostRun asRootOnAdmin(const SshFixture &fx, const QString &knownHosts, const QString &command,
                                 const QByteArray &input = {})
{
    wb::RunSpec spec;
    spec.command = command;
    spec.input = input;
    spec.useKeychain = false;
    wb::CommandRunner runner({adminTarget(fx, knownHosts, QStringLiteral("root"))}, spec);
    QSignalSpy finished(&runner, &wb::CommandRunner::finished);
    runner.start();
    if (!runner.isFinished() && !finished.wait(30000))
        return wb::HostRun{};
    return runner.result(0);
}

// What a command run as root on the admin host printed (stdout and stderr).
inline QString onAdmin(const SshFixture &fx, const QString &knownHosts, const QString &command)
{
    const wb::HostRun run = asRootOnAdmin(fx, knownHosts, command);
    return QString::fromUtf8(run.out + run.err).trimmed();
}

// Holds the lock the shadow tools take (lckpwdf: an fcntl lock on
// /etc/.pwd.lock) on the admin host for `seconds`, in the background: chpasswd,
// usermod and chage wait for it meanwhile (up to 15 s), as on a host where
// another tool is changing accounts. True once the lock is held.
inline bool holdShadowLock(const SshFixture &fx, const QString &knownHosts, const QString &readyFile, int seconds)
{
    QFile::remove(readyFile);
    const QByteArray script = QStringLiteral("import fcntl, time\n"
                                             "f = open('/etc/.pwd.lock', 'a')\n"
                                             "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                                             "open('%1', 'w').close()\n"
                                             "time.sleep(%2)\n").arg(readyFile).arg(seconds).toUtf8();
    asRootOnAdmin(fx, knownHosts, QStringLiteral("s=$(cat); setsid python3 -c \"$s\" </dev/null >/dev/null 2>&1 &"), script);
    return QTest::qWaitFor([&] { return QFile::exists(readyFile); }, 10000);
}

// Logs in to the admin host as `user` with `password` over SSH (password or
// keyboard-interactive, never a key) and runs `true`.
inline bool logsIn(const SshFixture &fx, const QString &knownHosts, const QString &user, const QString &password)
{
    wb::SshConnectOptions options;
    options.knownHostsPath = knownHosts;
    options.useAgent = false;
    options.useKeychain = false;
    options.command = QStringLiteral("true");
    const QString noKey = QFileInfo(knownHosts).dir().filePath(QStringLiteral("no-such-key"));
    const SessionRun run = runSession(fx.admin(user, {noKey}), options, {}, [password](const wb::SecretRequest &request) {
        return request.attempt == 1 ? std::optional<QString>(password) : std::nullopt;
    });
    return !run.outcome.failed && run.outcome.hasExitStatus && run.outcome.exitStatus == 0;
}

} // namespace wbtest
