// Host-key answers in a run are bound to the host and key the user saw: a host
// that drops out while the dialog is open cannot pass its row to another, keys
// asked about later are asked next, and a key of another type than the one
// known_hosts lists is refused as a changed key (real sshd, real RunView).
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"

#include "core/inventory/Inventory.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/KnownHosts.h"
#include "core/storage/Workspace.h"
#include "core/targets/InventoryTargets.h"
#include "widgets/run/RunHostKeysDialog.h"
#include "widgets/run/RunView.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

namespace {

// A loopback TCP relay to one server port, so a test can hold new connections
// back (their banner comes later) or cut every connection (a network error).
class Relay : public QObject
{
public:
    explicit Relay(quint16 upstreamPort) : m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                m_held << client;
                if (!m_holding)
                    forwardHeld();
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return int(m_held.size() + m_pairs.size()); }
    void setHolding(bool holding)
    {
        m_holding = holding;
        if (!holding)
            forwardHeld();
    }
    void cutAll()
    {
        for (const auto &pair : std::as_const(m_pairs)) {
            pair.first->abort();
            pair.second->abort();
        }
    }

private:
    void forwardHeld()
    {
        for (QTcpSocket *client : std::exchange(m_held, {})) {
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            m_pairs << qMakePair(client, upstream);
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    bool m_holding = false;
    QList<QTcpSocket *> m_held;
    QList<QPair<QTcpSocket *, QTcpSocket *>> m_pairs;
};

} // namespace

class TestHostKeyTrust : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;

    SshTarget target(const QString &name, const QString &address, quint16 port, const QString &knownHosts) const
    {
        SshTarget t;
        t.endpoint = SshEndpoint{name, address, port, fx.user, {fx.clientKey()}};
        t.options.knownHostsPath = knownHosts;
        t.options.useAgent = false;
        return t;
    }

    static RunSpec echoSpec()
    {
        RunSpec spec;
        spec.command = QStringLiteral("echo ok");
        spec.useKeychain = false;
        return spec;
    }

    static RunHostKeysDialog *openDialog(RunView &view, int timeoutMs = 15000)
    {
        RunHostKeysDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = view.findChild<RunHostKeysDialog *>(QStringLiteral("runHostKeysDialog"));
            return dialog && dialog->isVisible();
        }, timeoutMs);
        return shown ? dialog : nullptr;
    }

    static QListWidgetItem *rowNamed(RunHostKeysDialog *dialog, const QString &name)
    {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("hostKeyList"));
        for (int i = 0; list && i < list->count(); ++i) {
            if (list->item(i)->text().contains(name + QStringLiteral(" (")))
                return list->item(i);
        }
        return nullptr;
    }

    static int rows(RunHostKeysDialog *dialog)
    {
        return dialog->findChild<QListWidget *>(QStringLiteral("hostKeyList"))->count();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
    }

    void hostThatDropsOutWhileAskedCannotPassItsAnswerToAnother()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("dropped_known_hosts"));
        Relay relay(fx.port);
        QVERIFY(relay.port() != 0);
        RunView view(new CommandRunner({target(QStringLiteral("dropper"), QStringLiteral("127.0.0.1"), relay.port(), knownHosts),
                      target(QStringLiteral("stayer"), QStringLiteral("127.0.0.2"), fx.innerPort, knownHosts)},
                                       echoSpec()));
        view.resize(900, 500);
        view.show();
        view.start();
        CommandRunner *runner = view.runner();
        QVERIFY(QTest::qWaitFor([&] { return runner->pendingHostKeys().size() == 2; }, 15000));
        RunHostKeysDialog *dialog = openDialog(view);
        QVERIFY(dialog);
        QCOMPARE(rows(dialog), 2);
        QListWidgetItem *dropperRow = rowNamed(dialog, QStringLiteral("dropper"));
        QVERIFY(dropperRow);
        QVERIFY(rowNamed(dialog, QStringLiteral("stayer")));
        // The user ticks only the first host; then its connection breaks.
        dropperRow->setCheckState(Qt::Checked);
        relay.cutAll();
        QVERIFY(QTest::qWaitFor([&] { return runner->result(0).state == HostRun::State::Failed; }, 15000));
        QCOMPARE(runner->pendingHostKeys().size(), 1);
        QVERIFY2(dropperRow->text().startsWith(QStringLiteral("Dropped out")), qPrintable(dropperRow->text()));
        QVERIFY(!(dropperRow->flags() & Qt::ItemIsEnabled));
        saveScreenshot(dialog, QStringLiteral("run-host-keys-dropped"));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("saveHostKeys"))->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptTicked")), Qt::LeftButton);

        QVERIFY(QTest::qWaitFor([&] { return runner->isFinished(); }, 30000));
        // The host the user did not tick was not let in, and its key was not saved.
        QCOMPARE(runner->result(1).state, HostRun::State::Failed);
        QCOMPARE(runner->result(1).failure.step, SshStep::HostKey);
        QVERIFY2(runner->result(1).failure.reason.contains(QStringLiteral("not accepted")),
                 qPrintable(runner->result(1).failure.reason));
        QCOMPARE(runner->result(0).failure.step, SshStep::HostKey);
        const HostKey innerKey{QStringLiteral("ssh-ed25519"),
                               QByteArray::fromBase64(fx.hostKeyLine(QStringLiteral("inner")).split(' ').value(1))};
        QVERIFY(!innerKey.blob.isEmpty());
        QCOMPARE(KnownHosts(knownHosts).check(QStringLiteral("127.0.0.2"), fx.innerPort, innerKey).match,
                 KnownHosts::Match::Unknown);
    }

    void keysAskedAboutWhileTheDialogIsOpenAreAskedNext()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("later_known_hosts"));
        Relay late(fx.port);
        late.setHolding(true); // its server's greeting comes only when the test says so
        RunView view(new CommandRunner({target(QStringLiteral("early"), QStringLiteral("127.0.0.2"), fx.innerPort, knownHosts),
                      target(QStringLiteral("late"), QStringLiteral("127.0.0.1"), late.port(), knownHosts)},
                                       echoSpec()));
        view.show();
        view.start();
        CommandRunner *runner = view.runner();
        RunHostKeysDialog *first = openDialog(view);
        QVERIFY(first);
        QCOMPARE(rows(first), 1);
        QVERIFY(rowNamed(first, QStringLiteral("early")));
        QVERIFY(QTest::qWaitFor([&] { return late.accepted() == 1; }, 5000));
        late.setHolding(false);
        QVERIFY(QTest::qWaitFor([&] { return runner->pendingHostKeys().size() == 2; }, 15000));
        QCOMPARE(rows(first), 1); // the open dialog does not change under the user's hand
        first->findChild<QCheckBox *>(QStringLiteral("saveHostKeys"))->setChecked(false);
        QTest::mouseClick(first->findChild<QPushButton *>(QStringLiteral("acceptAll")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return runner->result(0).state == HostRun::State::Done; }, 15000));
        QVERIFY(runner->result(0).succeeded());
        // The late host's question was not answered by "Accept All" of a list it was not in.
        RunHostKeysDialog *second = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            second = view.findChild<RunHostKeysDialog *>(QStringLiteral("runHostKeysDialog"));
            return second && second != first && second->isVisible();
        }, 10000));
        QCOMPARE(rows(second), 1);
        QVERIFY(rowNamed(second, QStringLiteral("late")));
        QCOMPARE(runner->result(1).state, HostRun::State::Connecting);
        QTest::mouseClick(second->findChild<QPushButton *>(QStringLiteral("rejectAll")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return runner->isFinished(); }, 15000));
        QCOMPARE(runner->result(1).state, HostRun::State::Failed);
        QCOMPARE(runner->result(1).failure.step, SshStep::HostKey);
        QVERIFY(!QFile::exists(knownHosts));
    }

    void keyOfAnotherTypeIsRefusedAsChangedEvenWhenAcceptingNewKeys()
    {
        // known_hosts lists an ECDSA key for the server; the server only has an Ed25519 one.
        const QString knownHosts = m_dir.filePath(QStringLiteral("othertype_known_hosts"));
        QFile clientEcdsa(fx.dir + QStringLiteral("/client/id_ecdsa.pub"));
        QVERIFY(clientEcdsa.open(QIODevice::ReadOnly));
        const QList<QByteArray> ecdsa = clientEcdsa.readAll().simplified().split(' ');
        writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(),
                                      ecdsa.value(0) + ' ' + ecdsa.value(1)}});
        QFile before(knownHosts);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray listed = before.readAll();
        before.close();

        RunSpec spec = echoSpec();
        spec.unknownKeys = RunSpec::UnknownKeys::AcceptNew;
        const int loginsBefore = fx.acceptedLogins(QStringLiteral("main"));
        QVERIFY(loginsBefore >= 0);
        CommandRunner runner({target(QStringLiteral("swapped"), QStringLiteral("127.0.0.1"), fx.port, knownHosts)}, spec);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
        const HostRun &run = runner.result(0);
        QCOMPARE(run.state, HostRun::State::Failed);
        QCOMPARE(run.failure.step, SshStep::HostKey);
        const QString reason = run.failure.reason;
        QVERIFY2(reason.contains(QStringLiteral("has changed")), qPrintable(reason));
        QVERIFY2(reason.contains(fx.fingerprint(QStringLiteral("main"))), qPrintable(reason)); // what the server shows
        const HostKey listedKey{QString::fromLatin1(ecdsa.value(0)), QByteArray::fromBase64(ecdsa.value(1))};
        QVERIFY2(reason.contains(listedKey.fingerprint()), qPrintable(reason)); // and what known_hosts lists
        QFile after(knownHosts);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), listed); // nothing added
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), loginsBefore); // stopped before authentication
    }

    void hostKeyAliasAndItsOwnKnownHostsFileAreWhereTheKeyIsLookedUpAndSaved()
    {
        const QString connectionFile = m_dir.filePath(QStringLiteral("alias_connection_known_hosts"));
        const QString ownFile = m_dir.filePath(QStringLiteral("alias_own/known_hosts"));
        SshConnectOptions options;
        options.knownHostsPath = connectionFile;
        options.useAgent = false;
        options.useKeychain = false;
        options.command = QStringLiteral("true");
        SshEndpoint aliased = fx.main({fx.clientKey()});
        aliased.hostKeyAlias = QStringLiteral("build-box");
        aliased.knownHostsFile = ownFile;

        SessionRun run = runSession(aliased, options, [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndSave; });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.hostKeyQuestions.size(), 1);
        QCOMPARE(run.hostKeyQuestions.first().knownHostsPath, ownFile);
        QVERIFY(!QFile::exists(connectionFile)); // saved in the host's own file only
        // OpenSSH finds it under the alias, without a port.
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QStringLiteral("build-box"), QStringLiteral("-f"), ownFile});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);

        // Next time it is known; another server under the same alias is a changed key.
        run = runSession(aliased, options);
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QVERIFY(run.hostKeyQuestions.isEmpty());
        SshEndpoint impostor = fx.rekeyed({fx.clientKey()});
        impostor.hostKeyAlias = QStringLiteral("build-box");
        impostor.knownHostsFile = ownFile;
        run = runSession(impostor, options);
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::HostKey);
        QCOMPARE(run.hostKeyQuestions.size(), 1);
        QCOMPARE(run.hostKeyQuestions.first().match, KnownHosts::Match::Changed);
    }

    void inventoryHostCarriesItsAliasAndKnownHostsFileToTheConnection()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("alias.sqlite"))));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        Host host = fx.keyHost(QStringLiteral("vip"), QStringLiteral("127.0.0.1"), fx.port);
        host.hostKeyAlias = QStringLiteral("vip-cluster");
        host.knownHostsFile = QStringLiteral("~/known_hosts.vip"); // as written; expanded for whoever connects
        QString error;
        QVERIFY2(inventory.addHost(&host, &error), qPrintable(error));
        SshTarget target;
        QVERIFY2(InventoryTargets::forHost(inventory, host.id, &target, &error), qPrintable(error));
        QCOMPARE(target.endpoint.hostKeyAlias, QStringLiteral("vip-cluster"));
        QCOMPARE(target.endpoint.knownHostsFile, QDir::homePath() + QStringLiteral("/known_hosts.vip"));
        QFile::remove(target.endpoint.knownHostsFile);

        SshConnectOptions options = target.options;
        options.knownHostsPath = m_dir.filePath(QStringLiteral("workspace_known_hosts"));
        options.useAgent = false;
        options.useKeychain = false;
        options.command = QStringLiteral("true");
        const SessionRun run = runSession(target.endpoint, options, [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndSave; });
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        const HostKey mainKey{QStringLiteral("ssh-ed25519"),
                              QByteArray::fromBase64(fx.hostKeyLine(QStringLiteral("main")).split(' ').value(1))};
        QCOMPARE(KnownHosts(target.endpoint.knownHostsFile).check(QStringLiteral("vip-cluster"), 22, mainKey).match,
                 KnownHosts::Match::Known);
        QVERIFY(!QFile::exists(options.knownHostsPath));
        QFile::remove(target.endpoint.knownHostsFile);

        // A host key alias is one word, as known_hosts needs it.
        Host bad = host;
        bad.id = 0;
        bad.name = QStringLiteral("vip2");
        bad.hostKeyAlias = QStringLiteral("two words");
        QVERIFY(!inventory.addHost(&bad, &error));
        QVERIFY2(error.contains(QStringLiteral("one word")), qPrintable(error));
    }
};

QTEST_MAIN(TestHostKeyTrust)

#include "tst_hostkeytrust.moc"
