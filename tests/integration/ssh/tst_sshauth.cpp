// Authentication offers what the host's setting allows and nothing else, and a
// saved password answers one hidden prompt only: an expired password's "New
// password" is asked of the user (a session) or fails in one line (a run, the
// CLI). Real sshd, a real ssh-agent, the real keychain.
#include "tests/integration/ssh/SshFixture.h"

#include "core/secrets/CredentialStore.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/KnownHosts.h"

#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestSshAuth : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    QString m_realHome;
    QProcess m_agent;
    QString m_agentSocket;

    SshConnectOptions options(bool useAgent = false) const
    {
        SshConnectOptions o;
        o.knownHostsPath = m_knownHosts;
        o.useAgent = useAgent;
        o.agentSocket = m_agentSocket;
        o.useKeychain = false;
        o.command = QStringLiteral("echo logged-in");
        return o;
    }

    // A fresh HOME for this test process whose ~/.ssh holds `key` as id_ed25519,
    // where OpenSSH's default identity files are looked for.
    void useDefaultKey(const QString &key)
    {
        const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.ssh")));
        QFile::remove(home + QStringLiteral("/.ssh/id_ed25519"));
        QFile::remove(home + QStringLiteral("/.ssh/id_ed25519.pub"));
        QVERIFY(QFile::copy(key, home + QStringLiteral("/.ssh/id_ed25519")));
        QVERIFY(QFile::copy(key + QStringLiteral(".pub"), home + QStringLiteral("/.ssh/id_ed25519.pub")));
        QFile::setPermissions(home + QStringLiteral("/.ssh/id_ed25519"), QFile::ReadOwner | QFile::WriteOwner);
        qputenv("HOME", QFile::encodeName(home));
        QCOMPARE(QDir::homePath(), home);
    }

    void agentHolds(const QString &key)
    {
        QCOMPARE(sshAdd(m_agentSocket, {QStringLiteral("-D")}), 0);
        QCOMPARE(sshAdd(m_agentSocket, {key}), 0);
    }

    QString publicFingerprint(const QString &key) const
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), key + QStringLiteral(".pub")});
        keygen.waitForFinished();
        return QString::fromLatin1(keygen.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
    }

    qint64 logSize(const QString &server) const { return QFileInfo(fx.log(server)).size(); }

    // What the server saw from offset on, once it logged the end of the connection.
    QByteArray serverSaw(const QString &server, qint64 offset) const
    {
        QByteArray seen;
        const bool ended = QTest::qWaitFor([&] {
            seen = SshFixture::readServerLog(fx.log(server), offset);
            return seen.contains("Disconnected from") || seen.contains("Connection closed by")
                || seen.contains("session closed") || seen.contains("Received disconnect");
        }, 5000);
        if (!ended)
            QTest::qFail("the server logged no end of the connection", __FILE__, __LINE__);
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        QVERIFY(!fx.expiredPassword.isEmpty());
        m_realHome = QDir::homePath();
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("main"))},
                                       {KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
        // A real agent, stopped by its PID in cleanupTestCase.
        m_agentSocket = m_dir.filePath(QStringLiteral("agent.sock"));
        QVERIFY(startAgent(m_agent, m_agentSocket));
    }

    void cleanupTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_realHome));
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }

    void passwordSettingOffersNoKeysBeforeThePassword()
    {
        // A default key the server would accept lies in ~/.ssh, and the agent holds another.
        useDefaultKey(fx.clientKey());
        agentHolds(fx.clientKey());
        SshEndpoint target = fx.main();
        target.offer = SshEndpoint::Offer::PasswordOnly;
        const qint64 offset = logSize(QStringLiteral("main"));
        const SessionRun run = runSession(target, options(/*useAgent=*/true), {},
                                          [&](const SecretRequest &) { return std::optional<QString>(fx.password); });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(run.output.contains("logged-in"));
        QCOMPARE(run.secretRequests.size(), 1); // the password was asked: no key logged in first
        const QByteArray seen = serverSaw(QStringLiteral("main"), offset);
        QVERIFY2(!seen.contains("method publickey"), seen.constData());
        QVERIFY(seen.contains("Accepted keyboard-interactive") || seen.contains("Accepted password"));
    }

    void keyFileSettingOffersOnlyThatKey()
    {
        // The agent and ~/.ssh hold the stranger's key (not authorised): neither may be offered.
        useDefaultKey(fx.strangerKey());
        agentHolds(fx.strangerKey());
        SshEndpoint target = fx.main({fx.clientKey()});
        target.offer = SshEndpoint::Offer::KeyFilesOnly;
        const qint64 offset = logSize(QStringLiteral("main"));
        const SessionRun run = runSession(target, options(/*useAgent=*/true));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        const QByteArray seen = serverSaw(QStringLiteral("main"), offset);
        const QString stranger = publicFingerprint(fx.strangerKey());
        QVERIFY(stranger.startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(seen.contains(publicFingerprint(fx.clientKey()).toLatin1()), seen.constData()); // the log names offered keys
        QVERIFY2(!seen.contains(stranger.toLatin1()), seen.constData());
        QVERIFY(run.secretRequests.isEmpty());
    }

    void agentSettingOffersOnlyTheAgent()
    {
        useDefaultKey(fx.strangerKey());
        agentHolds(fx.clientKey());
        SshEndpoint target = fx.main();
        target.offer = SshEndpoint::Offer::AgentOnly;
        qint64 offset = logSize(QStringLiteral("main"));
        SessionRun run = runSession(target, options(/*useAgent=*/true));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(!serverSaw(QStringLiteral("main"), offset).contains(publicFingerprint(fx.strangerKey()).toLatin1()));

        // An agent without a key the server takes: no default key and no password after it.
        agentHolds(fx.strangerKey());
        useDefaultKey(fx.clientKey());
        offset = logSize(QStringLiteral("main"));
        run = runSession(target, options(/*useAgent=*/true), {},
                         [&](const SecretRequest &) { return std::optional<QString>(fx.password); });
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::Authenticate);
        QVERIFY(run.secretRequests.isEmpty());
        QVERIFY2(run.outcome.failure.reason.contains(QStringLiteral("publickey")), qPrintable(run.outcome.failure.reason));
        QVERIFY(!serverSaw(QStringLiteral("main"), offset).contains(publicFingerprint(fx.clientKey()).toLatin1()));
    }

    void expiredPasswordsNewPasswordIsAskedOfTheUser()
    {
        useDefaultKey(fx.strangerKey());
        SshEndpoint target = fx.admin(QStringLiteral("erin"));
        target.offer = SshEndpoint::Offer::PasswordOnly;
        QList<SecretRequest> asked;
        const SessionRun run = runSession(target, options(), {}, [&](const SecretRequest &request) -> std::optional<QString> {
            asked << request;
            if (!request.followUp)
                return fx.expiredPassword;
            return std::nullopt; // the user closes the "New password" question
        });
        QVERIFY(run.outcome.failed);
        QVERIFY2(asked.size() == 2, qPrintable(QString::number(asked.size())));
        QVERIFY(!asked.at(0).followUp);
        QVERIFY(asked.at(0).isSecretForKeychain());
        // The second hidden prompt (PAM asks for the current, then a new password) is the user's.
        QVERIFY(asked.at(1).followUp);
        QVERIFY(!asked.at(1).isSecretForKeychain());
        QVERIFY(!asked.at(1).echo);
        QCOMPARE(run.outcome.failure.step, SshStep::Authenticate);
        QVERIFY2(run.outcome.failure.reason.contains(QStringLiteral("only you can answer")),
                 qPrintable(run.outcome.failure.reason));
    }

    void expiredPasswordFailsARunInOneLineWithTheSavedPassword()
    {
        useDefaultKey(fx.strangerKey());
        SshEndpoint target = fx.admin(QStringLiteral("erin"));
        target.offer = SshEndpoint::Offer::PasswordOnly;
        CredentialStore keychain;
        bool stored = false;
        QString error;
        keychain.write(keychainKeyFor(target), fx.expiredPassword, [&](bool ok, const QString &e) { stored = ok; error = e; });
        QVERIFY2(QTest::qWaitFor([&] { return stored || !error.isEmpty(); }, 10000) && stored, qPrintable(error));

        SshTarget runTarget;
        runTarget.endpoint = target;
        runTarget.options = options();
        RunSpec spec;
        spec.command = QStringLiteral("true");
        spec.useKeychain = true; // a run answers the password from the keychain and nothing else
        CommandRunner runner({runTarget}, spec);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
        const HostRun &result = runner.result(0);
        QCOMPARE(result.state, HostRun::State::Failed);
        QCOMPARE(result.failure.step, SshStep::Authenticate);
        const QString message = result.failure.message();
        QVERIFY2(message.contains(QStringLiteral("only you can answer")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY(!message.contains(fx.expiredPassword));

        bool removed = false;
        keychain.remove(keychainKeyFor(target), [&](bool, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestSshAuth)
#include "tst_sshauth.moc"
