#pragma once
// The sshd fixture started by tests/fixtures/with-fixtures.sh (see
// tests/fixtures/sshd-fixture.sh), as the SSH tests see it. A missing fixture
// is a failure, never a skip.

#include "inventory/InventoryTypes.h"
#include "ssh/SshConnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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
    QString user = qEnvironmentVariable("WERKBANK_SSHD_USER");
    QString password = qEnvironmentVariable("WERKBANK_SSHD_PASSWORD");
    // On the admin host: carol may sudo with this password; dave (this one) may not.
    // Tests share the fixture, so none may change these two accounts.
    QString operatorPassword = qEnvironmentVariable("WERKBANK_SSHD_OPERATOR_PASSWORD");
    QString outsiderPassword = qEnvironmentVariable("WERKBANK_SSHD_OUTSIDER_PASSWORD");

    bool present() const { return !dir.isEmpty() && port != 0 && QFile::exists(dir + QStringLiteral("/keys/main.pub")); }

    QString clientKey() const { return dir + QStringLiteral("/client/id_ed25519"); }
    QString protectedKey() const { return dir + QStringLiteral("/client/id_protected"); }
    QString strangerKey() const { return dir + QStringLiteral("/client/id_stranger"); }
    static QString protectedKeyPassphrase() { return QStringLiteral("wb-key-passphrase"); }
    QString log(const QString &server) const { return dir + QStringLiteral("/state/%1.log").arg(server); }
    // Logins a server accepted so far (its log has a line for each).
    int acceptedLogins(const QString &server) const
    {
        QFile file(log(server));
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("Accepted publickey for ")) : -1;
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

// The names (comm) of this process's threads: connection threads are named
// "ssh:<host>", a run's shared threads "ssh-run:<n>".
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
                         if (question.match == wb::KnownHosts::Match::Unknown
                             || question.match == wb::KnownHosts::Match::OtherType)
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
