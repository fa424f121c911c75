// The SSH engine against real OpenSSH servers on loopback (tests/fixtures/sshd-fixture.sh).
#include "tests/integration/ssh/SshFixture.h"

#include "core/i18n/Translations.h"
#include "core/secrets/CredentialStore.h"
#include "core/ssh/KnownHosts.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

using namespace wb;
using namespace wbtest;

namespace {

QStringList fileDescriptors()
{
    QStringList list;
    for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System))
        list << fd.fileName() + QStringLiteral("->") + fd.symLinkTarget();
    return list;
}

int openFileDescriptors()
{
    return int(fileDescriptors().size());
}

// GLib's threads (libsecret) come and go on their own; ours are named.
int sshThreadCount()
{
    return countThreadsNamed(QStringLiteral("ssh:"));
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool keychainWrite(const QString &key, const QString &secret)
{
    CredentialStore store;
    bool done = false, ok = false;
    store.write(key, secret, [&](bool success, const QString &) { ok = success; done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

std::optional<QString> keychainRead(const QString &key)
{
    CredentialStore store;
    bool done = false;
    std::optional<QString> result;
    store.read(key, [&](std::optional<QString> secret, const QString &) { result = secret; done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the keychain did not answer");
    return result;
}

void keychainRemove(const QString &key)
{
    CredentialStore store;
    bool done = false;
    store.remove(key, [&](bool, const QString &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the keychain did not answer");
}

QByteArray readFrom(const QString &path, qint64 offset)
{
    return SshFixture::readServerLog(path, offset);
}

} // namespace

class TestSshConnection : public QObject
{
    Q_OBJECT

private:
    SshFixture fx;
    QTemporaryDir scratch;
    QString knownHosts;

    SshConnectOptions options(const QString &command = QStringLiteral("echo hello; exit 3")) const
    {
        SshConnectOptions o;
        o.knownHostsPath = knownHosts;
        o.useAgent = false;
        o.command = command;
        o.connectTimeoutMs = 10000;
        return o;
    }
    QByteArray hostField(const QString &host, quint16 port) const { return KnownHosts::hostField(host, port).toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        QVERIFY(scratch.isValid());
        installTranslations(*qApp, QStringLiteral("en")); // English plurals ("2 seconds")
    }

    void init()
    {
        knownHosts = scratch.filePath(QStringLiteral("known_hosts_%1").arg(QTest::currentTestFunction()));
        writeKnownHosts(knownHosts, {{hostField(QStringLiteral("127.0.0.1"), fx.port), fx.hostKeyLine(QStringLiteral("main"))},
                                     {hostField(QStringLiteral("127.0.0.2"), fx.innerPort), fx.hostKeyLine(QStringLiteral("inner"))}});
    }

    void keyAuthenticationRunsACommand()
    {
        const SessionRun run = runSession(fx.main({fx.clientKey()}), options());
        QVERIFY(run.finished);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(run.connected);
        QCOMPARE(run.output, QByteArray("hello\n"));
        QVERIFY(run.outcome.hasExitStatus);
        QCOMPARE(run.outcome.exitStatus, 3);
        QVERIFY(run.secretRequests.isEmpty());
        QVERIFY(run.hostKeyQuestions.isEmpty());
    }

    void everyKeyTypeLogsIn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("ed25519") << QStringLiteral("id_ed25519") << QStringLiteral("ED25519");
        QTest::newRow("ecdsa") << QStringLiteral("id_ecdsa") << QStringLiteral("ECDSA");
        QTest::newRow("rsa") << QStringLiteral("id_rsa") << QStringLiteral("RSA");
    }

    void everyKeyTypeLogsIn()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        const qint64 offset = QFileInfo(fx.log(QStringLiteral("main"))).size();
        const SessionRun run = runSession(fx.main({fx.dir + QStringLiteral("/client/") + file}), options(QStringLiteral("echo ok")));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("ok\n"));
        // The server names the key type it accepted. Tests running beside this one log in to the
        // same server (with other keys), so any accepted line of this type counts, not the first.
        const QRegularExpression accepted(QStringLiteral("Accepted publickey for %1 from 127\\.0\\.0\\.1 port \\d+ ssh2: %2 ")
                                              .arg(QRegularExpression::escape(fx.user), type));
        const bool found = QTest::qWaitFor([&] { return accepted.match(QString::fromUtf8(readFrom(fx.log(QStringLiteral("main")), offset))).hasMatch(); }, 5000);
        QVERIFY2(found, readFrom(fx.log(QStringLiteral("main")), offset).right(600).constData());
    }

    void keepaliveIsSentAtTheConfiguredInterval()
    {
        SshConnectOptions o = options(QStringLiteral("sleep 3.5; echo awake"));
        o.keepaliveSeconds = 1;
        const qint64 offset = QFileInfo(fx.log(QStringLiteral("main"))).size();
        const SessionRun run = runSession(fx.main({fx.clientKey()}), o);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("awake\n"));
        // sshd's session process logs through its monitor, a moment later.
        QVERIFY(QTest::qWaitFor([&] { return readFrom(fx.log(QStringLiteral("main")), offset).count("keepalive@openssh.com") >= 3; }, 5000));
    }

    void largeOutputArrivesWhole()
    {
        // Far more than any SSH window: flow control must keep it moving to the end.
        const SessionRun run = runSession(fx.main({fx.clientKey()}),
                                          options(QStringLiteral("head -c 20000000 /dev/zero | tr '\\0' x; echo; echo end")),
                                          {}, {}, false, 60000);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output.size(), 20000000 + 5);
        QVERIFY(run.output.endsWith("x\nend\n"));
        QCOMPARE(run.output.count('x'), 20000000);
    }

    void agentKeysAreUsed()
    {
        const QString socket = scratch.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        QVERIFY(startAgent(agent, socket));
        QCOMPARE(sshAdd(socket, {fx.clientKey()}), 0);

        SshConnectOptions o = options(QStringLiteral("echo agent-ok"));
        o.useAgent = true;
        o.agentSocket = socket;
        // The only identity file is one the server does not know: success can only come from the agent.
        const SessionRun run = runSession(fx.main({fx.strangerKey()}), o);
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("agent-ok\n"));
        QVERIFY(run.secretRequests.isEmpty());
    }

    void encryptedKeyAsksForItsPassphraseAndRemembersIt()
    {
        const QString key = keychainKeyForKeyFile(fx.protectedKey());
        keychainRemove(key);
        SessionRun run = runSession(
            fx.main({fx.protectedKey()}), options(QStringLiteral("echo unlocked")), {},
            [&](const SecretRequest &request) -> std::optional<QString> {
                if (request.kind != SecretRequest::Kind::KeyPassphrase)
                    return std::nullopt;
                return request.attempt == 1 ? QStringLiteral("not the passphrase") : SshFixture::protectedKeyPassphrase();
            },
            /*remember=*/true);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("unlocked\n"));
        QCOMPARE(run.secretRequests.size(), 2); // a wrong passphrase is asked again
        QCOMPARE(run.secretRequests.at(0).keyFile, fx.protectedKey());
        QVERIFY(QTest::qWaitFor([&] { return keychainRead(key) == SshFixture::protectedKeyPassphrase(); }, 5000));

        // Next time the keychain answers, and nobody is asked.
        run = runSession(fx.main({fx.protectedKey()}), options(QStringLiteral("echo again")));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(run.secretRequests.isEmpty());
        keychainRemove(key);
    }

    void passwordComesFromTheKeychain()
    {
        const SshEndpoint target = fx.main({fx.strangerKey()});
        QVERIFY(keychainWrite(keychainKeyFor(target), fx.password));
        SessionRun run = runSession(target, options(QStringLiteral("echo by-password")));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("by-password\n"));
        QVERIFY(run.secretRequests.isEmpty());

        // Forgotten: now the user is asked, and cancelling ends it with a clear message.
        keychainRemove(keychainKeyFor(target));
        run = runSession(target, options());
        QVERIFY(run.outcome.failed);
        QVERIFY(!run.secretRequests.isEmpty());
        QCOMPARE(run.outcome.failure.step, SshStep::Authenticate);
    }

    void typedPasswordIsRememberedOnlyAfterItWorked()
    {
        const SshEndpoint target = fx.main({fx.strangerKey()});
        keychainRemove(keychainKeyFor(target));
        const SessionRun run = runSession(
            target, options(QStringLiteral("true")), {},
            [&](const SecretRequest &request) -> std::optional<QString> {
                return request.attempt == 1 ? QStringLiteral("wrong-first") : fx.password;
            },
            /*remember=*/true);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.secretRequests.size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return keychainRead(keychainKeyFor(target)) == fx.password; }, 5000));
        keychainRemove(keychainKeyFor(target));
        QVERIFY(!keychainRead(keychainKeyFor(target)));
    }

    void passwordMethodWhenTheServerHasNoKeyboardInteractive()
    {
        writeKnownHosts(knownHosts, {{hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort), fx.hostKeyLine(QStringLiteral("rekeyed"))}});
        const SessionRun run = runSession(fx.rekeyed({fx.strangerKey()}), options(QStringLiteral("echo pw")), {},
                                          [&](const SecretRequest &request) {
                                              return std::optional<QString>(request.attempt == 1 ? QStringLiteral("nope") : fx.password);
                                          });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("pw\n"));
        QCOMPARE(run.secretRequests.size(), 2);
        for (const SecretRequest &request : run.secretRequests)
            QCOMPARE(request.kind, SecretRequest::Kind::Password);
        QCOMPARE(run.secretRequests.at(1).attempt, 2);
    }

    void wrongPasswordFailsAfterThreeTries()
    {
        const SessionRun run = runSession(fx.main({fx.strangerKey()}), options(), {},
                                          [](const SecretRequest &) { return std::optional<QString>(QStringLiteral("wrong")); });
        QVERIFY(run.finished);
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::Authenticate);
        QCOMPARE(run.secretRequests.size(), 3);
        const QString message = run.outcome.failure.message();
        QVERIFY2(message.startsWith(QStringLiteral("main (127.0.0.1:%1): authentication failed: publickey, ").arg(fx.port)),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(" tried")), qPrintable(message));
    }

    void refusedPortSaysSo()
    {
        const quint16 port = closedPort();
        const SessionRun run = runSession(SshEndpoint{QStringLiteral("web01"), QStringLiteral("127.0.0.1"), port, fx.user, {}}, options());
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::Connect);
        QCOMPARE(run.outcome.failure.message(),
                 QStringLiteral("web01 (127.0.0.1:%1): connect failed: connection refused").arg(port));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts TCP (the kernel completes the handshake) and never speaks
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshConnectOptions o = options();
        o.connectTimeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const SessionRun run = runSession(SshEndpoint{QStringLiteral("mute"), QStringLiteral("127.0.0.1"), silent.serverPort(), fx.user, {}}, o);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::Connect);
        QVERIFY2(run.outcome.failure.message().endsWith(QStringLiteral("connect failed: no answer within 2 seconds")),
                 qPrintable(run.outcome.failure.message()));
        QVERIFY2(elapsed >= 1400 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    }

    // A host's own ConnectTimeout wins over the connection's.
    void aHostsConnectTimeoutWins()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshConnectOptions o = options();
        o.connectTimeoutMs = 20000;
        SshEndpoint endpoint{QStringLiteral("mute"), QStringLiteral("127.0.0.1"), silent.serverPort(), fx.user, {}};
        endpoint.connectTimeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        const SessionRun run = runSession(endpoint, o);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(run.outcome.failed);
        QVERIFY2(run.outcome.failure.message().endsWith(QStringLiteral("connect failed: no answer within 1 second")),
                 qPrintable(run.outcome.failure.message()));
        QVERIFY2(elapsed >= 900 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    }

    // A host's Ciphers, KexAlgorithms and HostKeyAlgorithms reach libssh: a list the
    // server shares connects, one it does not (CBC, off in OpenSSH's sshd) stops at the key exchange.
    void aHostsAlgorithmListsReachTheKeyExchange_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("connects");
        QTest::addColumn<QString>("failure");
        QTest::newRow("Ciphers shared") << "Ciphers" << "aes256-ctr" << true << "";
        QTest::newRow("Ciphers not offered by the server") << "Ciphers" << "aes256-cbc" << false << "key exchange";
        QTest::newRow("Ciphers libssh does not know") << "Ciphers" << "bogus-cipher" << false << "Ciphers “bogus-cipher” names no algorithm libssh supports";
        QTest::newRow("KexAlgorithms shared") << "KexAlgorithms" << "curve25519-sha256" << true << "";
        QTest::newRow("KexAlgorithms not offered") << "KexAlgorithms" << "diffie-hellman-group1-sha1" << false << "key exchange";
        QTest::newRow("HostKeyAlgorithms the server has no key of") << "HostKeyAlgorithms" << "ecdsa-sha2-nistp521" << false << "key exchange";
        QTest::newRow("Compression yes") << "Compression" << "yes" << true << "";
    }
    void aHostsAlgorithmListsReachTheKeyExchange()
    {
        QFETCH(QString, keyword);
        QFETCH(QString, value);
        QFETCH(bool, connects);
        QFETCH(QString, failure);
        SshEndpoint endpoint = fx.main({fx.clientKey()});
        if (keyword == QLatin1String("Ciphers"))
            endpoint.ciphers = value;
        else if (keyword == QLatin1String("KexAlgorithms"))
            endpoint.kexAlgorithms = value;
        else if (keyword == QLatin1String("HostKeyAlgorithms"))
            endpoint.hostKeyAlgorithms = value;
        else
            endpoint.compression = value;
        const SessionRun run = runSession(endpoint, options());
        QVERIFY(run.finished);
        if (connects) {
            QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
            QCOMPARE(run.output, QByteArray("hello\n"));
            return;
        }
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::Connect);
        QVERIFY2(run.outcome.failure.message().contains(failure, Qt::CaseInsensitive), qPrintable(run.outcome.failure.message()));
    }

    void unknownKeyIsShownAndCanBeSaved()
    {
        QFile::remove(knownHosts);
        SessionRun run = runSession(fx.main({fx.clientKey()}), options(QStringLiteral("true")),
                                    [](const HostKeyQuestion &) { return HostKeyDecision::Reject; });
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::HostKey);
        QCOMPARE(run.hostKeyQuestions.size(), 1);
        const HostKeyQuestion question = run.hostKeyQuestions.first();
        QCOMPARE(question.match, KnownHosts::Match::Unknown);
        QCOMPARE(question.key.type, QStringLiteral("ssh-ed25519"));
        QCOMPARE(question.key.fingerprint(), fx.fingerprint(QStringLiteral("main")));
        QVERIFY(!QFile::exists(knownHosts));

        run = runSession(fx.main({fx.clientKey()}), options(QStringLiteral("true")),
                         [](const HostKeyQuestion &) { return HostKeyDecision::AcceptOnce; });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(!QFile::exists(knownHosts));

        run = runSession(fx.main({fx.clientKey()}), options(QStringLiteral("true")),
                         [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndSave; });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        // Saved hashed, in a form OpenSSH itself finds.
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QString::fromUtf8(hostField(QStringLiteral("127.0.0.1"), fx.port)),
                                                    QStringLiteral("-f"), knownHosts});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);
        QVERIFY(keygen.readAllStandardOutput().contains("|1|"));

        run = runSession(fx.main({fx.clientKey()}), options(QStringLiteral("true")));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(run.hostKeyQuestions.isEmpty());
    }

    void changedKeyStopsBeforeAnyAuthentication()
    {
        const QString log = fx.log(QStringLiteral("rekeyed"));
        // Control: with the right key listed, the server's log shows the authentication.
        writeKnownHosts(knownHosts, {{hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort), fx.hostKeyLine(QStringLiteral("rekeyed"))}});
        qint64 offset = QFileInfo(log).size();
        SessionRun run = runSession(fx.rekeyed({fx.clientKey()}), options(QStringLiteral("true")));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(QTest::qWaitFor([&] { return readFrom(log, offset).contains("userauth-request"); }, 5000));

        // The server's key is swapped: known_hosts lists the main server's key for this port.
        writeKnownHosts(knownHosts, {{hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort), fx.hostKeyLine(QStringLiteral("main"))}});
        offset = QFileInfo(log).size();
        bool asked = false;
        run = runSession(fx.rekeyed({fx.clientKey()}), options(QStringLiteral("true")),
                         [&](const HostKeyQuestion &) { asked = true; return HostKeyDecision::AcceptOnce; },
                         [&](const SecretRequest &) { return std::optional<QString>(fx.password); });
        QVERIFY(run.outcome.failed);
        QVERIFY(!asked); // a changed key is never a question the user can just accept
        QCOMPARE(run.outcome.failure.step, SshStep::HostKey);
        QVERIFY(run.secretRequests.isEmpty());
        QCOMPARE(run.hostKeyQuestions.size(), 1);
        const HostKeyQuestion warning = run.hostKeyQuestions.first();
        QCOMPARE(warning.match, KnownHosts::Match::Changed);
        QCOMPARE(warning.key.fingerprint(), fx.fingerprint(QStringLiteral("rekeyed")));
        QCOMPARE(warning.listed.size(), 1);
        QCOMPARE(warning.listed.first().fingerprint(), fx.fingerprint(QStringLiteral("main")));
        QVERIFY(run.outcome.failure.message().contains(fx.fingerprint(QStringLiteral("rekeyed"))));
        // The server saw the connection end, and no authentication attempt of any kind.
        QVERIFY(QTest::qWaitFor([&] { return readFrom(log, offset).contains("Connection closed by 127.0.0.1")
                                             || readFrom(log, offset).contains("Disconnected from 127.0.0.1"); }, 5000));
        const QByteArray seen = readFrom(log, offset);
        QVERIFY2(!seen.contains("userauth"), seen.constData());
        QVERIFY(!seen.contains("Accepted") && !seen.contains("Failed") && !seen.contains("Postponed"));

        // Removing the old entry deliberately is the way on: then it is an unknown key again.
        int removed = 0;
        QString error;
        QVERIFY(KnownHosts(knownHosts).remove(QStringLiteral("127.0.0.1"), fx.rekeyedPort, &removed, &error));
        QCOMPARE(removed, 1);
        run = runSession(fx.rekeyed({fx.clientKey()}), options(QStringLiteral("true")),
                         [](const HostKeyQuestion &) { return HostKeyDecision::AcceptOnce; });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.hostKeyQuestions.first().match, KnownHosts::Match::Unknown);
    }

    void jumpHostCarriesTheConnection()
    {
        const qint64 jumpOffset = QFileInfo(fx.log(QStringLiteral("main"))).size();
        const qint64 innerOffset = QFileInfo(fx.log(QStringLiteral("inner"))).size();
        SshConnectOptions o = options(QStringLiteral("echo via-jump"));
        o.jumps = {fx.main({fx.clientKey()})};
        const SessionRun run = runSession(fx.inner({fx.clientKey()}), o);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("via-jump\n"));
        // The jump host opened the forwarding to the inner server, which then let us in.
        QVERIFY(QTest::qWaitFor([&] {
            return readFrom(fx.log(QStringLiteral("main")), jumpOffset)
                .contains(QStringLiteral("direct_tcpip: originator 127.0.0.1 port 0, target 127.0.0.2 port %1").arg(fx.innerPort).toUtf8());
        }, 5000));
        QVERIFY(readFrom(fx.log(QStringLiteral("inner")), innerOffset).contains("Accepted publickey for " + fx.user.toUtf8()));
    }

    void eachHopChecksItsOwnHostKey()
    {
        writeKnownHosts(knownHosts, {{hostField(QStringLiteral("127.0.0.1"), fx.port), fx.hostKeyLine(QStringLiteral("main"))}});
        SshConnectOptions o = options(QStringLiteral("true"));
        o.jumps = {fx.main({fx.clientKey()})};
        SessionRun run = runSession(fx.inner({fx.clientKey()}), o,
                                    [](const HostKeyQuestion &) { return HostKeyDecision::Reject; });
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::HostKey);
        QCOMPARE(run.hostKeyQuestions.size(), 1);
        QCOMPARE(run.hostKeyQuestions.first().hop, 1);
        QCOMPARE(run.hostKeyQuestions.first().endpoint.host, QStringLiteral("127.0.0.2"));
        QCOMPARE(run.hostKeyQuestions.first().key.fingerprint(), fx.fingerprint(QStringLiteral("inner")));

        // A jump host that refuses us is named as the jump host.
        o.jumps = {fx.main({fx.strangerKey()})};
        run = runSession(fx.inner({fx.clientKey()}), o);
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.endpoint.name, QStringLiteral("main"));
        QVERIFY2(run.outcome.failure.message().contains(QStringLiteral("jump host for inner")),
                 qPrintable(run.outcome.failure.message()));
    }

    void nothingIsLeftBehind()
    {
        // Warm up what lives for the whole process (libsecret's GLib threads, Qt's
        // thread pool), then count.
        runSession(fx.main({fx.clientKey()}), options(QStringLiteral("true")));
        keychainRead(QStringLiteral("warm-up"));
        QTest::qWait(200);
        const int fds = openFileDescriptors();
        const QStringList before = fileDescriptors();
        QCOMPARE(sshThreadCount(), 0);

        { // closed by the user while connected
            SshConnectOptions o = options(QString());
            SshConnection connection(fx.main({fx.clientKey()}), o);
            QSignalSpy state(&connection, &SshConnection::stateChanged);
            connection.open();
            QVERIFY(QTest::qWaitFor([&] { return connection.state() == SshConnection::State::Connected; }, 10000));
            QCOMPARE(sshThreadCount(), 1); // one worker thread per connection, named after the host
            QVERIFY(openFileDescriptors() > fds);
            QSignalSpy finished(&connection, &SshConnection::finished);
            connection.close();
            QVERIFY(finished.wait(10000));
            QVERIFY(connection.outcome().closedByUser);
        }
        { // destroyed mid-connect (the app quits while the server keeps silent)
            QTcpServer silent;
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            SshConnection connection(SshEndpoint{QStringLiteral("mute"), QStringLiteral("127.0.0.1"), silent.serverPort(), fx.user, {}}, options());
            connection.open();
            QVERIFY(QTest::qWaitFor([&] { return connection.step() == SshStep::Connect; }, 5000));
            QTest::qWait(100);
        }
        { // destroyed while the user is asked for a password, through a jump host
            SshConnectOptions o = options();
            o.jumps = {fx.main({fx.clientKey()})};
            SshConnection connection(fx.inner({fx.strangerKey()}), o);
            QSignalSpy asked(&connection, &SshConnection::secretRequested);
            connection.open();
            QVERIFY(asked.wait(10000));
        }
        QVERIFY(QTest::qWaitFor([&] { return sshThreadCount() == 0 && openFileDescriptors() == fds; }, 5000)
                 || (qWarning() << threadNames() << before << fileDescriptors(), false));
        QCOMPARE(sshThreadCount(), 0);
        QCOMPARE(openFileDescriptors(), fds);
    }

    void passwordNeverReachesADisk()
    {
        // Everything this process (and the keychain) could have written under the private HOME/XDG folders.
        int files = 0;
        QCOMPARE(filesContaining(fx.password.toUtf8(), scratch.path(), &files), QStringList());
        QVERIFY(files > 0);
    }
};

QTEST_GUILESS_MAIN(TestSshConnection)
#include "tst_sshconnection.moc"
