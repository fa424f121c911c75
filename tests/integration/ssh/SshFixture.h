#pragma once
// The sshd fixture started by tests/fixtures/with-fixtures.sh (see
// tests/fixtures/sshd-fixture.sh), as the SSH tests see it. A missing fixture
// is a failure, never a skip.

#include "core/inventory/InventoryTypes.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/SshConnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <functional>

namespace wbtest {

struct SshFixture
{
    QString dir = qEnvironmentVariable("WERKBANK_SSHD_DIR");
    quint16 port = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_PORT"));
    quint16 rekeyedPort = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_REKEYED_PORT"));
    quint16 innerPort = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_INNER_PORT"));
    // Root by key, and the account-action test accounts alice and bob by password.
    quint16 adminPort = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_ADMIN_PORT"));
    // The main server's key and account on another port, for the one test that freezes it.
    quint16 sparePort = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_SPARE_PORT"));
    QString user = qEnvironmentVariable("WERKBANK_SSHD_USER");
    QString password = qEnvironmentVariable("WERKBANK_SSHD_PASSWORD");
    // On the admin host: carol may sudo with this password; dave (this one) may not.
    // Tests share the fixture, so none may change these two accounts.
    QString operatorPassword = qEnvironmentVariable("WERKBANK_SSHD_OPERATOR_PASSWORD");
    QString outsiderPassword = qEnvironmentVariable("WERKBANK_SSHD_OUTSIDER_PASSWORD");
    // On the admin host: erin's password has expired, so a login asks for a new one.
    QString expiredPassword = qEnvironmentVariable("WERKBANK_SSHD_EXPIRED_PASSWORD");

    bool present() const { return !dir.isEmpty() && port != 0 && QFile::exists(dir + QStringLiteral("/keys/main.pub")); }

    QString clientKey() const { return dir + QStringLiteral("/client/id_ed25519"); }
    QString protectedKey() const { return dir + QStringLiteral("/client/id_protected"); }
    QString strangerKey() const { return dir + QStringLiteral("/client/id_stranger"); }
    static QString protectedKeyPassphrase() { return QStringLiteral("wb-key-passphrase"); }
    QString log(const QString &server) const { return dir + QStringLiteral("/state/%1.log").arg(server); }
    // Logins a server accepted so far (its log has a line for each). A log that
    // cannot be read fails the test: "-1 == -1" must never pass for "no new login".
    int acceptedLogins(const QString &server) const
    {
        return int(readServerLog(log(server)).count("Accepted publickey for "));
    }

    // A server log from offset on. Unreadable (missing, or shorter than offset)
    // fails the running test, so a check that a line is absent cannot pass on nothing.
    static QByteArray readServerLog(const QString &path, qint64 offset = 0)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() < offset || !file.seek(offset)) {
            QTest::qFail(qPrintable(QStringLiteral("cannot read the server log %1 from offset %2").arg(path).arg(offset)),
                         __FILE__, __LINE__);
            return {};
        }
        return file.readAll();
    }

    // "type base64" of a server's host key: main, rekeyed or inner.
    QByteArray hostKeyLine(const QString &server) const
    {
        QFile file(dir + QStringLiteral("/keys/%1.pub").arg(server));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        return fields.value(0) + ' ' + fields.value(1);
    }
    // OpenSSH's own fingerprint of a server key, to compare ours with.
    QString fingerprint(const QString &server) const
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), dir + QStringLiteral("/keys/%1.pub").arg(server)});
        keygen.waitForFinished();
        return QString::fromLatin1(keygen.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
    }

    // An inventory host on one of the servers that logs in with the client key.
    // Kills a server's per-connection processes (the monitor and the process
    // serving each login), as a lost connection looks: the listener lives on.
    int killSessions(const QString &server) const { return signalSessions(server, SIGKILL); }

    // Sends `signal` to a server's per-connection processes (SIGSTOP: a server
    // that stops answering with its TCP connections open); how many got it.
    int signalSessions(const QString &server, int signal) const
    {
        QFile pidFile(dir + QStringLiteral("/state/%1.pid").arg(server));
        if (!pidFile.open(QIODevice::ReadOnly))
            return 0;
        QMap<QByteArray, QByteArrayList> children;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (entry.toInt() <= 0 || !stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (comm) state ppid ...": the parent is the field after the state.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1)
                children[fields.at(1)] << entry.toLatin1();
        }
        QByteArrayList sessions = children.value(pidFile.readAll().trimmed());
        for (qsizetype i = 0; i < sessions.size(); ++i)
            sessions += children.value(sessions.at(i));
        int signalled = 0;
        for (const QByteArray &pid : std::as_const(sessions))
            signalled += ::kill(pid.toInt(), signal) == 0 ? 1 : 0;
        return signalled;
    }

    wb::Host keyHost(const QString &name, const QString &address, quint16 serverPort, wb::GroupId group = 0) const
    {
        wb::Host host;
        host.name = name;
        host.address = address;
        host.port = serverPort;
        host.groupId = group;
        host.sshUser = user;
        host.authMethod = wb::AuthMethod::KeyFile;
        host.identityFile = clientKey();
        return host;
    }

    wb::SshEndpoint main(const QStringList &keys = {}) const
    {
        return wb::SshEndpoint{QStringLiteral("main"), QStringLiteral("127.0.0.1"), port, user, keys};
    }
    wb::SshEndpoint spare(const QStringList &keys = {}) const
    {
        return wb::SshEndpoint{QStringLiteral("spare"), QStringLiteral("127.0.0.1"), sparePort, user, keys};
    }
    wb::SshEndpoint rekeyed(const QStringList &keys = {}) const
    {
        return wb::SshEndpoint{QStringLiteral("rekeyed"), QStringLiteral("127.0.0.1"), rekeyedPort, user, keys};
    }
    wb::SshEndpoint admin(const QString &login, const QStringList &keys = {}) const
    {
        return wb::SshEndpoint{QStringLiteral("admin"), QStringLiteral("127.0.0.1"), adminPort, login, keys};
    }
    wb::SshEndpoint inner(const QStringList &keys = {}) const
    {
        return wb::SshEndpoint{QStringLiteral("inner"), QStringLiteral("127.0.0.2"), innerPort, user, keys};
    }
};

// Runs ssh-add with the agent at `socket` (e.g. {key}, {"-D"}, {"-l"}); its exit code.
inline int sshAdd(const QString &socket, const QStringList &arguments)
{
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), arguments);
    return add.waitForFinished(10000) ? add.exitCode() : -1;
}

// Starts a real ssh-agent on `socket` and waits until it answers: its socket
// file appears at bind(), a moment before it accepts connections. The caller
// owns the process (and stops it by it).
inline bool startAgent(QProcess &agent, const QString &socket)
{
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    if (!agent.waitForStarted(5000))
        return false;
    // ssh-add -l: 0 = keys listed, 1 = none, 2 = no agent to talk to.
    return QTest::qWaitFor([&] { return QFile::exists(socket) && sshAdd(socket, {QStringLiteral("-l")}) != 2; }, 10000);
}

// The names (comm) of this process's threads: connection threads are named
// "ssh:<host>", a run's shared threads "ssh-run:<n>".
// A loopback port nothing listens on (one that was free a moment ago): connecting is refused.
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on loopback");
    return probe.serverPort();
}

inline QStringList threadNames()
{
    QStringList names;
    for (const QString &task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::NoDotAndDotDot | QDir::Dirs)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll().trimmed());
    }
    return names;
}

inline int countThreadsNamed(const QString &prefix)
{
    int count = 0;
    for (const QString &name : threadNames())
        count += name.startsWith(prefix) ? 1 : 0;
    return count;
}

// Every file under the private HOME, the XDG folders and `extraRoot` that
// contains `needle` (a secret that must never reach a disk); *read counts the
// files looked at, so a search that saw nothing cannot pass unnoticed.
inline QStringList filesContaining(const QByteArray &needle, const QString &extraRoot, int *read)
{
    QStringList roots = {QDir::homePath(), extraRoot};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            roots << qEnvironmentVariable(variable);
    }
    QStringList found;
    *read = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*read;
            if (file.readAll().contains(needle))
                found << file.fileName();
        }
    }
    return found;
}

// Writes a known_hosts file listing the given servers' keys under their real names.
inline void writeKnownHosts(const QString &path, const QList<QPair<QByteArray, QByteArray>> &hostAndKey)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const auto &entry : hostAndKey)
        file.write(entry.first + ' ' + entry.second + '\n');
}

// Answers every pending host-key question of a run: accepted for the given
// hosts, rejected for the rest, each bound to the key it was asked about.
inline QList<wb::HostKeyAnswer> answersAccepting(const wb::CommandRunner &runner, const QList<int> &acceptedHosts)
{
    QList<wb::HostKeyAnswer> answers;
    for (qsizetype i = 0; i < runner.pendingHostKeys().size(); ++i) {
        const int host = runner.pendingHostKeyHosts().at(i);
        const wb::HostKeyQuestion &question = runner.pendingHostKeys().at(i);
        answers << wb::HostKeyAnswer{host, question.hop, question.key.blob, acceptedHosts.contains(host)};
    }
    return answers;
}

// One connection from open() to finished(), answering questions with the given handlers.
struct SessionRun
{
    wb::SshOutcome outcome;
    QByteArray output;
    QList<wb::HostKeyQuestion> hostKeyQuestions;
    QList<wb::SecretRequest> secretRequests;
    bool connected = false;
    bool finished = false;
};

using HostKeyHandler = std::function<wb::HostKeyDecision(const wb::HostKeyQuestion &)>;
using SecretHandler = std::function<std::optional<QString>(const wb::SecretRequest &)>;

inline SessionRun runSession(const wb::SshEndpoint &target, const wb::SshConnectOptions &options,
                             HostKeyHandler onHostKey = {}, SecretHandler onSecret = {},
                             bool remember = false, int timeoutMs = 30000)
{
    SessionRun run;
    wb::SshConnection connection(target, options);
    QObject::connect(&connection, &wb::SshConnection::hostKeyQuestion, &connection,
                     [&](const wb::HostKeyQuestion &question) {
                         run.hostKeyQuestions << question;
                         if (question.match == wb::KnownHosts::Match::Unknown)
                             connection.answerHostKey(question, onHostKey ? onHostKey(question)
                                                                          : wb::HostKeyDecision::Reject);
                     });
    QObject::connect(&connection, &wb::SshConnection::secretRequested, &connection,
                     [&](const wb::SecretRequest &request) {
                         run.secretRequests << request;
                         const std::optional<QString> secret = onSecret ? onSecret(request) : std::nullopt;
                         if (secret)
                             connection.provideSecret(request, *secret, remember);
                         else
                             connection.cancelSecret(request);
                     });
    QObject::connect(&connection, &wb::SshConnection::dataReceived, &connection,
                     [&](const QByteArray &data) { run.output += data; });
    QObject::connect(&connection, &wb::SshConnection::stateChanged, &connection,
                     [&](wb::SshConnection::State state) {
                         if (state == wb::SshConnection::State::Connected)
                             run.connected = true;
                     });
    QSignalSpy finished(&connection, &wb::SshConnection::finished);
    connection.open();
    run.finished = finished.wait(timeoutMs);
    run.outcome = connection.outcome();
    if (!run.finished) // a hang must never read as success
        run.outcome = wb::SshOutcome::failedWith(wb::SshFailure{wb::SshStep::Session, QStringLiteral("the test timed out"), target});
    return run;
}

} // namespace wbtest
