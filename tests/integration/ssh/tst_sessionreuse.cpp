// Connection reuse as a user meets it, in the real main window against the
// sshd fixture: a closed session tab's connection carries the next run, a new
// tab opens on a kept connection without logging in again, and Connection
// Settings sets how long connections are kept (or turns reuse off).
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/ssh/SshPool.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "core/terminal/TerminalScreen.h"
#include "models/run/RunResultsModel.h"
#include "tests/support/TestServices.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunView.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalView.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestSessionReuse : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for reading back
    Inventory *m_inventory = nullptr;
    SshPool *m_pool = nullptr; // the composition root's
    std::unique_ptr<MainWindow> m_window;
    HostId m_host = 0;

    SessionArea *area() const { return m_window->sessionArea(); }

    SessionTab *openSession()
    {
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_host);
        SessionTab *tab = area()->currentSession();
        if (!tab || !QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected
                                                  && screenText(tab->screen()).contains(QLatin1Char('$')); }, 15000))
            return nullptr;
        return tab;
    }

    RunView *runCommand(const QString &command)
    {
        m_window->inventoryPanel()->selectHost(m_host);
        whenModal<QDialog>([command](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("runCommandText")), command);
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("runCommand"))->trigger();
        return waitForRun(area());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        QDir().mkpath(QDir::homePath() + QStringLiteral("/.ssh"));
        writeKnownHosts(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"),
                        {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        m_services = std::make_unique<AppServices>();
        m_workspace = test::openServices(*m_services, m_dir.filePath(QStringLiteral("reuse.sqlite")));
        QVERIFY(m_workspace);
        m_inventory = &m_services->inventory();
        Host host = fx.keyHost(QStringLiteral("web01"), QStringLiteral("127.0.0.1"), fx.port);
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&host, &error), qPrintable(error));
        m_host = host.id;
        // The connection settings are the user's (QSettings): start from the defaults even
        // when an earlier run in this home (ctest --repeat) changed them.
        QSettings().remove(QStringLiteral("ssh"));
        m_window = assembleMainWindow(m_services->services());
        m_pool = m_services->services().connectionPool;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_pool->idleSeconds(), 300); // five minutes unless the user says otherwise
    }

    void closedTabHandsItsConnectionToTheNextRun()
    {
        const int logins = fx.acceptedLogins(QStringLiteral("main"));
        SessionTab *tab = openSession();
        QVERIFY(tab);
        QVERIFY(!tab->connection()->isReused());
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
        QVERIFY(area()->closeTab(area()->tabs()->indexOf(tab)));
        QVERIFY(QTest::qWaitFor([&] { return m_pool->idleCount() == 1; }, 5000));

        RunView *run = runCommand(QStringLiteral("echo reused"));
        QVERIFY(run);
        QCOMPARE(run->runner()->reusedCount(), 1);
        QAbstractItemModel *table = partOf<QTableView>(run, "runTable")->model();
        QCOMPARE(table->index(0, RunResultsModel::StateColumn).data().toString(), QStringLiteral("done"));
        QCOMPARE(table->index(0, RunResultsModel::OutputColumn).data().toString(), QStringLiteral("reused"));
        QCOMPARE(m_pool->idleCount(), 1); // back again
        QTest::qWait(200);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), logins + 1); // one login for the tab and the run
    }

    // A logged terminal's connection goes to the pool; the run that takes it
    // next is not written into the terminal's log.
    void aClosedTabsLogTakesNothingElse()
    {
        SshSettings settings;
        settings.sessionLog = SshSettings::SessionLog::Plain;
        settings.sessionLogFolder = m_dir.filePath(QStringLiteral("logs"));
        QString error = test::saveConnectionSettings(m_services->services(), settings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SessionTab *tab = openSession();
        QVERIFY(tab);
        typeLine(tab->view(), QStringLiteral("echo in-the-tab"));
        QVERIFY(QTest::qWaitFor([&] { return screenText(tab->screen()).count(QLatin1String("in-the-tab")) >= 2; }, 10000));
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
        QVERIFY(area()->closeTab(area()->tabs()->indexOf(tab)));
        QVERIFY(QTest::qWaitFor([&] { return m_pool->idleCount() >= 1; }, 5000));
        RunView *run = runCommand(QStringLiteral("echo from-the-run"));
        QVERIFY(run);
        QCOMPARE(run->runner()->reusedCount(), 1);
        QTest::qWait(200);
        const QStringList logs = QDir(settings.sessionLogFolder).entryList({QStringLiteral("web01-*.log")}, QDir::Files);
        QCOMPARE(logs.size(), 1);
        QFile log(QDir(settings.sessionLogFolder).filePath(logs.first()));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("in-the-tab"), text.constData());
        QVERIFY2(!text.contains("from-the-run"), text.constData());
        QCOMPARE(int(QFileInfo(settings.sessionLogFolder).permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0); // its folder is ours alone
        error = test::saveConnectionSettings(m_services->services(), SshSettings{});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void newTabOpensOnAKeptConnection()
    {
        QVERIFY(QTest::qWaitFor([&] { return m_pool->idleCount() == 1; }, 5000));
        const int logins = fx.acceptedLogins(QStringLiteral("main"));
        SessionTab *tab = openSession();
        QVERIFY(tab);
        QVERIFY(tab->connection()->isReused());
        QCOMPARE(m_pool->idleCount(), 0);
        typeLine(tab->view(), QStringLiteral("echo answer-$((6*7))"));
        QVERIFY(QTest::qWaitFor([&] { return screenText(tab->screen()).contains(QStringLiteral("answer-42")); }, 10000));
        // `exit` ends the shell; the connection stays for the next one.
        typeLine(tab->view(), QStringLiteral("exit"));
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Closed; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return m_pool->idleCount() == 1; }, 5000));
        QCOMPARE(fx.acceptedLogins(QStringLiteral("main")), logins);
    }

    void connectionSettingsSetTheIdleTimeOrTurnReuseOff()
    {
        whenModal<QDialog>([](QDialog *dialog) {
            auto *reuse = dialog->findChild<QSpinBox *>(QStringLiteral("reuseIdle"));
            QCOMPARE(reuse->value(), 5);
            QCOMPARE(reuse->suffix(), QStringLiteral(" min"));
            saveScreenshot(dialog, QStringLiteral("connection-settings-reuse"));
            reuse->setValue(0);
            QCOMPARE(reuse->text(), QStringLiteral("Off"));
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
        QCOMPARE(readBack([&] { return SshSettings::load(m_workspace->database()); }).reuseIdleSeconds, 0);
        QTRY_COMPARE(m_pool->idleSeconds(), 0); // once the workspace's part is stored too
        QCOMPARE(m_pool->idleCount(), 0); // what was kept is closed at once

        RunView *run = runCommand(QStringLiteral("true"));
        QVERIFY(run);
        QCOMPARE(run->runner()->reusedCount(), 0);
        QCOMPARE(m_pool->idleCount(), 0);

        whenModal<QDialog>([](QDialog *dialog) {
            dialog->findChild<QSpinBox *>(QStringLiteral("reuseIdle"))->setValue(10);
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
        QCOMPARE(readBack([&] { return SshSettings::load(m_workspace->database()); }).reuseIdleSeconds, 600);
        QTRY_COMPARE(m_pool->idleSeconds(), 600);
    }
};

QTEST_MAIN(TestSessionReuse)
#include "tst_sessionreuse.moc"
