// Hosts → Apply Updates in the window, against the sshd fixture's admin
// server: the confirmation lists what each host will upgrade (from its
// facts), the run upgrades as root directly and through sudo -S (the
// password on stdin), per-host results in a run tab, the reboot that is
// needed afterwards, and the active ticket's work log. The package manager
// is the fixture's fake apt-get (first on root's and sudo's PATH there),
// which records what it was asked: this machine is never upgraded.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/fleet/FactsCollector.h"
#include "core/fleet/FactsStore.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/KnownHosts.h"
#include "core/tickets/TicketStore.h"
#include "widgets/fleet/ApplyUpdatesDialog.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunView.h"
#include "widgets/tickets/TicketController.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>

using namespace wb;
using namespace wbtest;

class TestWindowUpdates : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    GroupId m_site = 0;
    HostId m_root = 0;
    HostId m_carol = 0;
    HostId m_current = 0;

    QString fakeLog() const { return fx.dir + QStringLiteral("/run/werkbank-fake-apt.log"); }
    QString rebootFlag() const { return fx.dir + QStringLiteral("/run/werkbank-fake-reboot"); }
    QString rebootRequired() const { return fx.dir + QStringLiteral("/run/reboot-required"); }

    HostId add(const QString &name, const QString &login)
    {
        Host h = fx.keyHost(name, QStringLiteral("127.0.0.1"), fx.adminPort, m_site);
        h.sshUser = login;
        h.knownHostsFile = m_knownHosts;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    static HostFacts factsWith(const QStringList &packages, int security)
    {
        HostFacts facts;
        facts.taken = QDateTime::currentDateTimeUtc().addSecs(-600);
        facts.osId = QStringLiteral("debian");
        facts.packageManager = QStringLiteral("apt");
        facts.updates = int(packages.size());
        facts.securityUpdates = security;
        facts.upgradable = packages;
        facts.rebootRequired = HostFacts::Answer::No;
        return facts;
    }

    // What `command` prints on the admin server as `login` (through the engine, not the window).
    QByteArray runOnAdmin(const QString &login, const QString &command)
    {
        SshTarget target;
        target.endpoint = fx.admin(login, {fx.clientKey()});
        target.options.knownHostsPath = m_knownHosts;
        RunSpec spec;
        spec.command = command;
        spec.unknownKeys = RunSpec::UnknownKeys::Reject;
        spec.useKeychain = false;
        CommandRunner runner({target}, spec);
        QEventLoop loop;
        connect(&runner, &CommandRunner::finished, &loop, &QEventLoop::quit);
        runner.start();
        if (!runner.isFinished())
            loop.exec();
        return runner.result(0).out;
    }

    void removeFixtureFiles()
    {
        for (const QString &path : {fakeLog(), rebootFlag(), rebootRequired()})
            QFile::remove(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowupdates");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(), fx.hostKeyLine(QStringLiteral("admin"))}});
        // Before anything is upgraded: root's apt-get there is the fixture's fake, or the test stops here.
        QCOMPARE(runOnAdmin(QStringLiteral("root"), QStringLiteral("command -v apt-get")), QByteArray("/usr/local/sbin/apt-get\n"));
    }

    void init()
    {
        removeFixtureFiles();
        openWindow();
        m_site = addGroup(QStringLiteral("site"));
        m_root = add(QStringLiteral("root-host"), QStringLiteral("root"));
        m_carol = add(QStringLiteral("carol-host"), QStringLiteral("carol"));
        m_current = add(QStringLiteral("current"), QStringLiteral("root"));
        QVERIFY(editsSettled());
        // Their facts, as a gather left them: two packages each, and one host with nothing to do.
        closeWindow();
        QVERIFY(readBack([&] {
            Workspace stored;
            QString error;
            return stored.open(workspaceLocation())
                   && FactsStore::record(stored.database(), m_root, factsWith({QStringLiteral("fake-tool"), QStringLiteral("fake-lib")}, 1), &error)
                   && FactsStore::record(stored.database(), m_carol, factsWith({QStringLiteral("fake-tool"), QStringLiteral("fake-lib")}, 1), &error)
                   && FactsStore::record(stored.database(), m_current, factsWith({}, 0), &error);
        }));
        QSettings().setValue(QStringLiteral("fleet/factsHours"), 0);
        openWindow();
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
        FactsCollector *facts = m_services->services().facts;
        facts->start();
        QTRY_VERIFY(facts->facts(m_root) && facts->facts(m_carol) && facts->facts(m_current));
    }

    void cleanup()
    {
        closeWindow();
        removeFixtureFiles();
    }

    void updatesAreConfirmedAppliedAndLogged()
    {
        QFile flag(rebootFlag());
        QVERIFY(flag.open(QIODevice::WriteOnly)); // the fake upgrade leaves reboot-required, as a kernel update does
        flag.close();
        Ticket ticket;
        ticket.title = QStringLiteral("patch the site");
        ticket.hostIds = {m_root, m_carol};
        QString error;
        TicketStore tickets = readBack([&] { return TicketStore(m_workspace->database()); });
        QVERIFY2(readBack([&] { return tickets.add(&ticket, &error); }), qPrintable(error));
        auto *ticketController = wbtest::partOf<TicketController>(m_window.get(), "ticketController");
        ticketController->setActiveTicket(ticket.id);
        QTRY_COMPARE(ticketController->activeTicket(), ticket.id);

        QMenu *hostsMenu = m_window->findChild<QMenu *>(QStringLiteral("hostsMenu"));
        QAction *apply = m_window->findChild<QAction *>(QStringLiteral("applyUpdates"));
        QVERIFY(hostsMenu->actions().contains(apply));
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0)); // site: all three
        QStringList plan;
        QList<HostId> chosen;
        whenModal<ApplyUpdatesDialog>([&](ApplyUpdatesDialog *dialog) {
            auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("updatesPlan"));
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(i);
                QStringList packages;
                for (int c = 0; c < item->childCount(); ++c)
                    packages << item->child(c)->text(0);
                plan << item->text(0).section(QLatin1String(" (facts of"), 0, 0) + (packages.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(packages.join(QLatin1Char(','))));
            }
            chosen = dialog->chosenHosts();
            // Enter does not apply: Cancel is the default button.
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("applyUpdatesButton"))->isDefault());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("updatesSudoPassword")), fx.operatorPassword);
            saveScreenshot(dialog, QStringLiteral("fleet-apply-updates"));
            dialog->findChild<QPushButton *>(QStringLiteral("applyUpdatesButton"))->click();
        });
        apply->trigger();
        activate();
        QCOMPARE(plan.size(), 3);
        QVERIFY2(plan.contains(QStringLiteral("root-host: 2 packages with apt, 1 security update [fake-tool,fake-lib]")), qPrintable(plan.join(QLatin1Char('\n'))));
        QVERIFY2(plan.contains(QStringLiteral("current: nothing to upgrade")), qPrintable(plan.join(QLatin1Char('\n'))));
        QCOMPARE(QSet<HostId>(chosen.cbegin(), chosen.cend()), (QSet<HostId>{m_root, m_carol}));

        // A run tab with each host's result.
        auto *run = qobject_cast<RunView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->runner()->isFinished(), 60000);
        QCOMPARE(run->tabTitle(), QStringLiteral("Run: apply updates (done)"));
        QCOMPARE(run->runner()->counts().ok, 2);
        for (int i = 0; i < 2; ++i) {
            const HostRun &result = run->runner()->result(i);
            QVERIFY2(result.out.contains("werkbank: upgrading with apt-get") && result.out.contains("2 upgraded"), result.out.constData());
            QVERIFY(result.out.contains("werkbank: a reboot is required to finish these updates"));
            QVERIFY(!result.out.contains(fx.operatorPassword.toUtf8()) && !result.err.contains(fx.operatorPassword.toUtf8()));
        }
        // The fake recorded two upgrades, both as root (carol's through sudo), and nothing else.
        QFile log(fakeLog());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> asked = log.readAll().trimmed().split('\n');
        QCOMPARE(asked.size(), 2);
        for (const QByteArray &line : asked)
            QCOMPARE(line, QByteArray("apt-get uid=0 -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold upgrade --with-new-pkgs"));
        // The hosts in the run's order (the inventory's).
        const QString both = run->runner()->target(0).endpoint.name + QStringLiteral(", ") + run->runner()->target(1).endpoint.name;
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("A reboot is required on %1").arg(both)),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // The work log of the active ticket.
        QVERIFY(QTest::qWaitFor([&] { return readBack([&] { return tickets.workLog(ticket.id); }).size() == 1; }, 20000));
        QCOMPARE(readBack([&] { return tickets.workLog(ticket.id); }).first().text,
                 QStringLiteral("Ran apply updates on %1 (2 ok, 0 failed). A reboot is required on %1.").arg(both));

        // The facts are gathered again: the Reboot column says so.
        FactsCollector *facts = m_services->services().facts;
        QTRY_VERIFY_WITH_TIMEOUT(facts->facts(m_root)->rebootRequired == HostFacts::Answer::Yes, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!facts->isGathering(), 60000);
    }

    void aWrongSudoPasswordFailsThatHostAlone()
    {
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0));
        whenModal<ApplyUpdatesDialog>([&](ApplyUpdatesDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("updatesSudoPassword")), QStringLiteral("not her password"));
            dialog->findChild<QPushButton *>(QStringLiteral("applyUpdatesButton"))->click();
        });
        m_window->findChild<QAction *>(QStringLiteral("applyUpdates"))->trigger();
        activate();
        auto *run = qobject_cast<RunView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->runner()->isFinished(), 60000);
        QCOMPARE(run->runner()->counts().ok, 1);
        QCOMPARE(run->runner()->counts().failed, 1);
        const int carolIndex = run->runner()->target(0).endpoint.user == QLatin1String("carol") ? 0 : 1;
        const HostRun &carol = run->runner()->result(carolIndex);
        QCOMPARE(run->runner()->result(1 - carolIndex).state, HostRun::State::Done);
        QVERIFY2(carol.err.contains("incorrect password") || carol.err.contains("Sorry"), carol.err.constData());
        QFile log(fakeLog());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().trimmed().split('\n').size(), 1); // root's only
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->services().facts->isGathering(), 60000);
    }

    void cancelChangesNothing()
    {
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0));
        const int tabs = m_window->sessionArea()->tabs()->count();
        whenModal<ApplyUpdatesDialog>([&](ApplyUpdatesDialog *dialog) { dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click(); });
        m_window->findChild<QAction *>(QStringLiteral("applyUpdates"))->trigger();
        activate();
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabs);
        QVERIFY(!QFile::exists(fakeLog()));
    }
};

QTEST_MAIN(TestWindowUpdates)
#include "tst_windowupdates.moc"
