// The team known-hosts store against the real sshd fixture and the fixture's
// PostgreSQL: a key the team trusts needs no question even with an empty
// known_hosts; a key that differs from the team's is refused before any
// authentication (and so is one that differs from the person's own, whatever
// the team says); in the window a sysadmin's "Trust for the Team" stores the
// key with the database login that accepted it, the next session asks
// nothing, and a helpdesk login is not offered the button; werkbank-cli
// workspace known-hosts lists and removes the team's keys.
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/TestWorkspaces.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/ssh/TeamKnownHosts.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/TeamRoles.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/targets/TeamHostKeyStore.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>

using namespace wb;
using namespace wbtest;

namespace {
HostKey keyFromLine(const QByteArray &line)
{
    const QList<QByteArray> fields = line.split(' ');
    return HostKey{QString::fromLatin1(fields.value(0)), QByteArray::fromBase64(fields.value(1))};
}
} // namespace

class TestTeamHostKeys : public QObject, public MainWindowFixture
{
    Q_OBJECT

    SshFixture fx;
    TestWorkspaces m_team{TestWorkspaces::Engine::PostgreSql};
    QTemporaryDir m_files;

    QString personalKnownHosts() const { return m_files.filePath(QStringLiteral("%1.known_hosts").arg(QTest::currentTestFunction())); }

    SshConnectOptions options(std::shared_ptr<const TeamKnownHosts> team) const
    {
        SshConnectOptions o;
        o.knownHostsPath = personalKnownHosts();
        o.teamKnownHosts = std::move(team);
        o.useAgent = false;
        o.command = QStringLiteral("echo in");
        o.connectTimeoutMs = 10000;
        return o;
    }
    std::shared_ptr<TeamKnownHosts> teamTrusting(quint16 port, const QString &server) const
    {
        auto team = std::make_shared<TeamKnownHosts>();
        team->add({QStringLiteral("127.0.0.1"), port, keyFromLine(fx.hostKeyLine(server)), QStringLiteral("bert"),
                   QDateTime::currentDateTimeUtc()});
        return team;
    }

    // Runs `work` on a connection of the test's own to the team workspace, as its owner.
    template <typename Work>
    auto asOwner(Work work)
    {
        const GuiThreadSqlAllowed testData;
        Workspace ws;
        if (!ws.open(workspaceLocation()))
            qFatal("cannot open the team workspace: %s", qPrintable(ws.errorString()));
        return work(ws.database());
    }
    QList<TeamKnownHosts::Entry> storedTeamKeys()
    {
        QList<TeamKnownHosts::Entry> entries;
        QString error;
        if (!asOwner([&](QSqlDatabase db) { return TeamHostKeyStore(db).load(&entries, &error); }))
            qWarning("%s", qPrintable(error));
        return entries;
    }

    // The window on a new team workspace whose known_hosts file is the test's own.
    void openTeamWindow(TeamRole role)
    {
        const QString address = m_team.forCurrentTest();
        QString error;
        {
            const GuiThreadSqlAllowed testData;
            Workspace ws;
            QVERIFY(ws.open(address));
            TeamRoles roles(ws.database());
            m_team.dropRoleLater(roles.roleName(TeamRole::Helpdesk));
            m_team.dropRoleLater(roles.roleName(TeamRole::Sysadmin));
            QVERIFY2(roles.setUp(&error), qPrintable(error));
            QVERIFY2(WorkspaceSettings(ws.database()).setValue(WorkspaceSettings::knownHostsKey(), personalKnownHosts(), &error),
                     qPrintable(error));
        }
        openWindow(address);
        m_window->setIdentity({true, qEnvironmentVariable("WERKBANK_PG_SUPERUSER"), role});
    }
    HostId addKeyHost()
    {
        Host host = fx.keyHost(QStringLiteral("keyhost"), QStringLiteral("127.0.0.1"), fx.port);
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&host, &error))
            qFatal("%s", qPrintable(error));
        return host.id;
    }
    // Opens a session to `id`, handing a host-key dialog to `answer`; the tab once it settled.
    SessionTab *openSession(HostId id, const std::function<void(HostKeyDialog *)> &answer, bool *asked)
    {
        ModalWatch<HostKeyDialog> watch(answer);
        partOf<SessionController>(m_window.get(), "sessionController")->openSession(id);
        SessionTab *tab = m_window->sessionArea()->currentSession();
        const bool settled = tab && QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected
                                                              || tab->state() == SessionTab::State::Failed; }, 15000);
        *asked = watch.seen();
        return settled ? tab : nullptr;
    }
    void closeSessions()
    {
        SessionArea *area = m_window->sessionArea();
        while (area->tabs()->count() > 0) {
            if (SessionTab *tab = area->sessionAt(0); tab && tab->isLive())
                whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
            area->closeTab(0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_teamhostkeys");
    }
    void cleanup()
    {
        if (m_window) {
            closeSessions();
            closeWindow();
        }
    }

    void aKeyTheTeamTrustsNeedsNoQuestion()
    {
        QVERIFY(!QFile::exists(personalKnownHosts()));
        const SessionRun run = runSession(fx.main({fx.clientKey()}), options(teamTrusting(fx.port, QStringLiteral("main"))));
        QVERIFY2(!run.outcome.failed, qPrintable(run.outcome.failure.message()));
        QCOMPARE(run.output, QByteArray("in\n"));
        QVERIFY(run.hostKeyQuestions.isEmpty());
        QVERIFY(!QFile::exists(personalKnownHosts())); // the person's file was not touched
    }

    void aKeyOtherThanTheTeamsIsRefusedBeforeAuthentication()
    {
        // The team trusts the main server's key for the rekeyed server's port.
        const QString log = fx.log(QStringLiteral("rekeyed"));
        const qint64 offset = QFileInfo(log).size();
        bool asked = false;
        const SessionRun run = runSession(fx.rekeyed({fx.clientKey()}), options(teamTrusting(fx.rekeyedPort, QStringLiteral("main"))),
                                          [&](const HostKeyQuestion &) { asked = true; return HostKeyDecision::AcceptOnce; });
        QVERIFY(run.outcome.failed);
        QVERIFY(!asked);
        QCOMPARE(run.outcome.failure.step, SshStep::HostKey);
        QCOMPARE(run.hostKeyQuestions.size(), 1);
        const HostKeyQuestion warning = run.hostKeyQuestions.first();
        QCOMPARE(warning.match, KnownHosts::Match::Changed);
        QVERIFY(warning.fromTeam);
        QVERIFY2(warning.teamNote.contains(QStringLiteral("accepted for the team by bert")), qPrintable(warning.teamNote));
        QVERIFY2(run.outcome.failure.message().contains(QStringLiteral("the team's known hosts lists ")),
                 qPrintable(run.outcome.failure.message()));
        QVERIFY(run.outcome.failure.message().contains(fx.fingerprint(QStringLiteral("main"))));
        QVERIFY(QTest::qWaitFor([&] { return SshFixture::readServerLog(log, offset).contains("Connection closed by 127.0.0.1")
                                             || SshFixture::readServerLog(log, offset).contains("Disconnected from 127.0.0.1"); }, 5000));
        const QByteArray seen = SshFixture::readServerLog(log, offset);
        QVERIFY2(!seen.contains("userauth"), seen.constData());
    }

    void thePersonsOwnListedKeyStillStopsAChangedOne()
    {
        // The team trusts the rekeyed server's real key, but this person's
        // known_hosts lists another one for it: a stop, whatever the team says.
        QFile file(personalKnownHosts());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort).toUtf8() + ' ' + fx.hostKeyLine(QStringLiteral("main")) + '\n');
        file.close();
        const SessionRun run = runSession(fx.rekeyed({fx.clientKey()}), options(teamTrusting(fx.rekeyedPort, QStringLiteral("rekeyed"))));
        QVERIFY(run.outcome.failed);
        QCOMPARE(run.outcome.failure.step, SshStep::HostKey);
        QCOMPARE(run.hostKeyQuestions.first().match, KnownHosts::Match::Changed);
        QVERIFY(!run.hostKeyQuestions.first().fromTeam);
        QVERIFY(run.outcome.failure.message().contains(personalKnownHosts()));
    }

    void aSysadminTrustsAKeyForTheTeamInTheWindow()
    {
        openTeamWindow(TeamRole::Sysadmin);
        const HostId host = addKeyHost();
        bool asked = false;
        QStringList buttons;
        SessionTab *tab = openSession(host, [&](HostKeyDialog *dialog) {
            for (QPushButton *button : dialog->findChildren<QPushButton *>())
                buttons << button->objectName();
            saveScreenshot(dialog, QStringLiteral("host-key-team"));
            partOf<QPushButton>(dialog, "trustForTeam")->click();
        }, &asked);
        QVERIFY(asked);
        QVERIFY2(buttons.contains(QStringLiteral("trustForTeam")), qPrintable(buttons.join(QLatin1Char(' '))));
        QVERIFY(tab);
        QCOMPARE(tab->state(), SessionTab::State::Connected);
        // Stored for the team, with the database login that accepted it; not in the person's file.
        const QList<TeamKnownHosts::Entry> stored = storedTeamKeys();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(stored.first().port, fx.port);
        QCOMPARE(stored.first().key.fingerprint(), fx.fingerprint(QStringLiteral("main")));
        QCOMPARE(stored.first().acceptedBy, qEnvironmentVariable("WERKBANK_PG_SUPERUSER"));
        QVERIFY(!QFile::exists(personalKnownHosts()));
        closeSessions();

        // The next session trusts it without a question.
        tab = openSession(host, [](HostKeyDialog *dialog) { dialog->reject(); }, &asked);
        QVERIFY(tab);
        QVERIFY(!asked);
        QCOMPARE(tab->state(), SessionTab::State::Connected);

        // What another workbench sees: werkbank-cli lists it, and a sysadmin removes it there.
        QProcess cli;
        cli.start(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), workspaceLocation(), QStringLiteral("workspace"),
                                                 QStringLiteral("known-hosts"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray listed = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[QStringLiteral("host")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(listed.first()[QStringLiteral("port")].toInt(), int(fx.port));
        QCOMPARE(listed.first()[QStringLiteral("fingerprint")].toString(), fx.fingerprint(QStringLiteral("main")));
        QCOMPARE(listed.first()[QStringLiteral("accepted_by")].toString(), qEnvironmentVariable("WERKBANK_PG_SUPERUSER"));
        cli.start(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), workspaceLocation(), QStringLiteral("workspace"),
                                                 QStringLiteral("known-hosts"), QStringLiteral("remove"), QStringLiteral("127.0.0.1"),
                                                 QStringLiteral("--port"), QString::number(fx.port)});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(storedTeamKeys().isEmpty());
    }

    void aHelpdeskLoginIsNotOfferedTheTeamsTrust()
    {
        openTeamWindow(TeamRole::Helpdesk);
        const HostId host = addKeyHost();
        bool asked = false;
        QStringList buttons;
        openSession(host, [&](HostKeyDialog *dialog) {
            for (QPushButton *button : dialog->findChildren<QPushButton *>())
                buttons << button->objectName();
            dialog->findChild<QPushButton *>(QStringLiteral("rejectKey"))->click();
        }, &asked);
        QVERIFY(asked);
        QVERIFY(buttons.contains(QStringLiteral("acceptOnce")));
        QVERIFY2(!buttons.contains(QStringLiteral("trustForTeam")), qPrintable(buttons.join(QLatin1Char(' '))));
        QVERIFY(storedTeamKeys().isEmpty());
    }
};

QTEST_MAIN(TestTeamHostKeys)
#include "tst_teamhostkeys.moc"
