// Session tabs in the real main window, against the sshd fixture: open from
// the inventory, trust a key through the dialog, type into a real shell,
// check the cells, full-screen programs, reconnect, closing, the keychain.
// Runs on many hosts from the same window are in tst_runtabs.
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "tests/support/TestServices.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalView.h"

#include <QApplication>
#include <QComboBox>
#include <QStatusBar>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestSessionTabs : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for reading back
    Inventory *m_inventory = nullptr;
    std::unique_ptr<MainWindow> m_window;
    HostId m_keyHost = 0;
    HostId m_passwordHost = 0;

    SessionArea *area() const { return m_window->sessionArea(); }
    QString knownHosts() const { return QDir::homePath() + QStringLiteral("/.ssh/known_hosts"); }

    HostId addHost(const QString &name, AuthMethod auth, const QString &identity = {},
                   const QString &address = QStringLiteral("127.0.0.1"), quint16 port = 0, HostId jump = 0)
    {
        Host host;
        host.name = name;
        host.address = address;
        host.port = port ? port : fx.port;
        host.jumpHostId = jump;
        host.sshUser = fx.user;
        host.authMethod = auth;
        host.identityFile = identity;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&host, &error))
            qFatal("%s", qPrintable(error));
        return host.id;
    }

    // Opens a session to the key host, trusting the key if asked, and waits for a prompt.
    SessionTab *openKeySession()
    {
        if (!QFile::exists(knownHosts()))
            whenModal<QDialog>([](QDialog *dialog) {
                if (auto *save = dialog->findChild<QPushButton *>(QStringLiteral("acceptAndSave")))
                    save->click();
            });
        m_window->inventoryPanel()->selectHost(m_keyHost);
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_keyHost);
        SessionTab *tab = area()->currentSession();
        if (!tab)
            return nullptr;
        if (!QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected
                                          && screenText(tab->screen()).contains(QLatin1Char('$')); }, 15000))
            return nullptr;
        return tab;
    }

    static int sshThreads() { return countThreadsNamed(QStringLiteral("ssh:")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_services = std::make_unique<AppServices>();
        m_workspace = test::openServices(*m_services, m_dir.filePath(QStringLiteral("sessions.sqlite")));
        QVERIFY(m_workspace);
        m_inventory = &m_services->inventory();
        m_keyHost = addHost(QStringLiteral("keyhost"), AuthMethod::KeyFile, fx.clientKey());
        m_passwordHost = addHost(QStringLiteral("pwhost"), AuthMethod::Password);
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QFile::remove(knownHosts());
    }

    void cleanup()
    {
        // Close every tab without questions (the test decides what was asked).
        while (area()->tabs()->count() > 0) {
            if (SessionTab *tab = area()->sessionAt(0); tab && tab->isLive())
                whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
            area()->closeTab(0);
        }
    }

    void unknownKeyDialogThenColoursAndWideCharacters()
    {
        QVERIFY(!QFile::exists(knownHosts()));
        QString shownText;
        whenModal<QDialog>([&](QDialog *dialog) {
            shownText = dialog->findChild<QLabel *>(QStringLiteral("hostKeyText"))->text();
            saveScreenshot(dialog, QStringLiteral("host-key-unknown"));
            dialog->findChild<QPushButton *>(QStringLiteral("acceptAndSave"))->click();
        });
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_keyHost);
        SessionTab *tab = area()->currentSession();
        QVERIFY(tab);
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
        QVERIFY2(shownText.contains(fx.fingerprint(QStringLiteral("main"))), qPrintable(shownText));
        QVERIFY(QFile::exists(knownHosts()));
        // The prompt, with the cursor after it: the shell reads its line editor's input now.
        QVERIFY2(QTest::qWaitFor([&] {
                     const TerminalScreen *screen = tab->screen();
                     const QString line = screen->lineText(screen->scrollbackSize() + screen->cursor().line);
                     return line.trimmed().endsWith(QLatin1Char('$'));
                 }, 10000),
                 qPrintable(screenText(tab->screen())));

        // Typed through the view's key handling, run by a real bash on the server.
        typeLine(tab->view(), QStringLiteral("printf '\\033[1;31mRED\\033[0m \\343\\201\\202X \\033[38;5;208mO\\033[48;2;1;2;3mT\\033[0m\\n'"));
        QVERIFY2(QTest::qWaitFor([&] { return rowStartingWith(tab->screen(), QStringLiteral("RED ")) >= 0; }, 10000),
                 qPrintable(screenText(tab->screen())));
        const TerminalScreen *screen = tab->screen();
        const int row = rowStartingWith(screen, QStringLiteral("RED "));
        QCOMPARE(screen->cell(row, 0).ch, U'R');
        QCOMPARE(screen->cell(row, 0).fg, TerminalColor::indexed(1));
        QVERIFY(screen->cell(row, 0).attrs & CellAttr::Bold);
        QCOMPARE(screen->cell(row, 3).fg, TerminalColor{});
        QCOMPARE(screen->cell(row, 4).ch, U'\u3042'); // あ, two cells wide
        QCOMPARE(screen->cell(row, 4).width, 2);
        QCOMPARE(screen->cell(row, 6).ch, U'X');
        QCOMPARE(screen->cell(row, 8).fg, TerminalColor::indexed(208));
        QCOMPARE(screen->cell(row, 9).bg, TerminalColor::rgb(1, 2, 3));

        typeLine(tab->view(), QStringLiteral("echo TERM=$TERM"));
        QVERIFY(QTest::qWaitFor([&] { return rowStartingWith(tab->screen(), QStringLiteral("TERM=xterm-256color")) >= 0; }, 10000));

        // The remote title names the tab.
        typeLine(tab->view(), QStringLiteral("printf '\\033]0;remote-title\\007'"));
        QVERIFY(QTest::qWaitFor([&] { return area()->tabs()->tabText(area()->tabs()->indexOf(tab)) == QStringLiteral("remote-title"); }, 10000));
    }

    void inventoryJumpHostCarriesTheSession()
    {
        // keyhost's key is trusted by now; inner's is not.
        const HostId inner = addHost(QStringLiteral("inner"), AuthMethod::KeyFile, fx.clientKey(),
                                     QStringLiteral("127.0.0.2"), fx.innerPort, m_keyHost);
        QString error;
        const qint64 offset = QFileInfo(fx.log(QStringLiteral("main"))).size();
        QString asked;
        whenModal<QDialog>([&](QDialog *dialog) {
            asked = dialog->findChild<QLabel *>(QStringLiteral("hostKeyText"))->text();
            dialog->findChild<QPushButton *>(QStringLiteral("acceptOnce"))->click();
        });
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(inner);
        SessionTab *tab = area()->currentSession();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
        QVERIFY2(asked.contains(QStringLiteral("inner")) && asked.contains(fx.fingerprint(QStringLiteral("inner"))), qPrintable(asked));
        QFile log(fx.log(QStringLiteral("main")));
        QVERIFY(log.open(QIODevice::ReadOnly) && log.seek(offset));
        QVERIFY(log.readAll().contains(QStringLiteral("target 127.0.0.2 port %1").arg(fx.innerPort).toUtf8()));
        RemovedItems removed;
        QVERIFY2(wb::test::InventoryEdits(*m_services).remove({}, {inner}, &removed, &error), qPrintable(error));
    }

    void changedKeyWarnsAndOnlyRemovingTheOldEntryGoesOn()
    {
        const HostId rekeyed = addHost(QStringLiteral("rekeyed"), AuthMethod::KeyFile, fx.clientKey(),
                                       QStringLiteral("127.0.0.1"), fx.rekeyedPort);
        QString error;
        { // known_hosts remembers another key for this server
            QFile file(knownHosts());
            QVERIFY(file.open(QIODevice::Append));
            file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(fx.rekeyedPort).toUtf8() + fx.hostKeyLine(QStringLiteral("main")) + '\n');
        }
        QString warning;
        bool acceptOffered = true;
        whenModal<QDialog>([&](QDialog *dialog) {
            warning = dialog->findChild<QLabel *>(QStringLiteral("hostKeyText"))->text();
            acceptOffered = dialog->findChild<QPushButton *>(QStringLiteral("acceptOnce"))
                            || dialog->findChild<QPushButton *>(QStringLiteral("acceptAndSave"));
            saveScreenshot(dialog, QStringLiteral("host-key-changed"));
            // Removing asks once more; then the session starts over and asks about the new key.
            whenModal<QMessageBox>([&](QMessageBox *box) {
                whenModal<QDialog>([](QDialog *next) {
                    if (auto *once = next->findChild<QPushButton *>(QStringLiteral("acceptOnce")))
                        once->click();
                });
                box->button(QMessageBox::Yes)->click();
            });
            dialog->findChild<QPushButton *>(QStringLiteral("removeOldKey"))->click();
        });
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(rekeyed);
        SessionTab *tab = area()->currentSession();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 20000));
        QVERIFY(!acceptOffered);
        QVERIFY2(warning.contains(fx.fingerprint(QStringLiteral("rekeyed"))) && warning.contains(fx.fingerprint(QStringLiteral("main"))),
                 qPrintable(warning));
        // Only that server's entry went; the others stay trusted.
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(fx.rekeyedPort),
                                                    QStringLiteral("-f"), knownHosts()});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 1);
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(fx.port),
                                                    QStringLiteral("-f"), knownHosts()});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);
        RemovedItems removed;
        QVERIFY2(wb::test::InventoryEdits(*m_services).remove({}, {rekeyed}, &removed, &error), qPrintable(error));
    }

    void bellMarksABackgroundTab()
    {
        SessionTab *first = openKeySession();
        QVERIFY(first);
        SessionTab *second = openKeySession();
        QVERIFY(second);
        QCOMPARE(area()->currentSession(), second);
        typeLine(first->view(), QStringLiteral("sleep 0.3; printf 'bell\\a\\n'"));
        // Typed into the hidden tab's view directly; its bell must show on the tab bar.
        QVERIFY(QTest::qWaitFor([&] { return first->hasUnseenBell(); }, 10000));
        const int index = area()->tabs()->indexOf(first);
        QCOMPARE(area()->tabs()->tabBar()->tabTextColor(index), QColor(0xc6, 0x28, 0x28));
        area()->tabs()->setCurrentWidget(first);
        QVERIFY(QTest::qWaitFor([&] { return !first->hasUnseenBell(); }, 2000));
        QCOMPARE(area()->tabs()->tabBar()->tabTextColor(index), QColor());
    }

    void fullScreenProgramLeavesNoGarbage()
    {
        SessionTab *tab = openKeySession();
        QVERIFY(tab);
        TerminalScreen *screen = tab->screen();
        typeLine(tab->view(), QStringLiteral("clear; echo before-vi"));
        QVERIFY(QTest::qWaitFor([&] { return rowStartingWith(screen, QStringLiteral("before-vi")) == 0
                                             && screenText(screen).count(QLatin1Char('$')) >= 1; }, 10000));
        QTest::qWait(200);
        const QString before = screenText(screen);
        // -n: no swap file, so a vi killed in an earlier run leaves no "swap file found" question behind.
        const QString file = QStringLiteral("/tmp/werkbank-vi-%1").arg(QCoreApplication::applicationPid());
        typeLine(tab->view(), QStringLiteral("vi -n -u NONE %1").arg(file));
        QVERIFY(QTest::qWaitFor([&] { return screen->isAltScreen() && screenText(screen).contains(QLatin1Char('~')); }, 10000));
        QTest::keyClicks(tab->view(), QStringLiteral(":q!"));
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !screen->isAltScreen(); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return screenText(screen).count(QLatin1Char('$')) >= 2; }, 10000));
        // Exactly what was there, plus the command line and a fresh prompt: no editor remains.
        const QString after = screenText(screen);
        QVERIFY2(after.startsWith(before.trimmed()), qPrintable(after));
        for (const QString &line : after.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1Char('~')), qPrintable(after)); // vi's empty-line markers
        QVERIFY(after.contains(QStringLiteral("vi -n -u NONE %1").arg(file)));
    }

    void resizingTheWindowResizesThePty()
    {
        SessionTab *tab = openKeySession();
        QVERIFY(tab);
        m_window->resize(1500, 950);
        QVERIFY(QTest::qWaitFor([&] { return tab->screen()->cols() > 0; }, 2000));
        QTest::qWait(100);
        const int rows = tab->screen()->rows();
        const int cols = tab->screen()->cols();
        typeLine(tab->view(), QStringLiteral("clear; stty size"));
        const QString expected = QStringLiteral("%1 %2").arg(rows).arg(cols);
        QVERIFY2(QTest::qWaitFor([&] { return rowStartingWith(tab->screen(), expected) >= 0; }, 10000),
                 qPrintable(screenText(tab->screen()) + QStringLiteral("\nexpected ") + expected));
        m_window->resize(1400, 900);
    }

    void exitShowsStatusAndReconnectWorks()
    {
        SessionTab *tab = openKeySession();
        QVERIFY(tab);
        typeLine(tab->view(), QStringLiteral("exit 7"));
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Closed; }, 10000));
        QCOMPARE(tab->statusText(), QStringLiteral("The session ended (exit status 7)."));
        const int index = area()->tabs()->indexOf(tab);
        QVERIFY(area()->tabs()->tabText(index).endsWith(QStringLiteral("(closed)")));
        QVERIFY(tab->findChild<QPushButton *>(QStringLiteral("reconnectButton"))->isVisible());

        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
        QVERIFY(!tab->findChild<QWidget *>(QStringLiteral("sessionBanner"))->isVisible());
    }

    // A host whose server stops answering (frozen: SIGSTOP, its TCP connection open):
    // after its ServerAliveCountMax silent intervals the tab says so and Reconnect works.
    void aServerThatStopsAnsweringEndsTheTabWithReconnect()
    {
        Host host;
        host.name = QStringLiteral("freezes");
        host.address = QStringLiteral("127.0.0.1");
        host.port = fx.sparePort;
        host.sshUser = fx.user;
        host.authMethod = AuthMethod::KeyFile;
        host.identityFile = fx.clientKey();
        host.sshOptions = {QStringLiteral("ServerAliveInterval 1"), QStringLiteral("ServerAliveCountMax 2")};
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&host, &error), qPrintable(error));
        auto trustIfAsked = [] {
            whenModal<QDialog>([](QDialog *dialog) {
                if (auto *save = dialog->findChild<QPushButton *>(QStringLiteral("acceptAndSave")))
                    save->click();
            });
        };
        trustIfAsked();
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(host.id);
        SessionTab *tab = area()->currentSession();
        QVERIFY(tab);
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected
                                             && screenText(tab->screen()).contains(QLatin1Char('$')); }, 15000));
        QVERIFY(fx.signalSessions(QStringLiteral("spare"), SIGSTOP) > 0);
        const bool ended = QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Failed; }, 8000);
        fx.signalSessions(QStringLiteral("spare"), SIGCONT);
        fx.killSessions(QStringLiteral("spare"));
        QVERIFY(ended);
        QVERIFY2(tab->statusText().endsWith(QStringLiteral("no answer from the server for 2 × 1 s")), qPrintable(tab->statusText()));
        QVERIFY(tab->findChild<QPushButton *>(QStringLiteral("reconnectButton"))->isVisible());
        tab->findChild<QPushButton *>(QStringLiteral("reconnectButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
    }

    void closingALiveTabAsksFirst()
    {
        SessionTab *first = openKeySession();
        QVERIFY(first);
        SessionTab *second = openKeySession(); // several sessions per host
        QVERIFY(second);
        QCOMPARE(area()->tabs()->count(), 2);
        QCOMPARE(sshThreads(), 2);

        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!area()->closeTab(1));
        QCOMPARE(area()->tabs()->count(), 2);
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
        QVERIFY(area()->closeTab(1));
        QCOMPARE(area()->tabs()->count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return sshThreads() == 1; }, 5000));

        // A closed session goes without a question.
        typeLine(first->view(), QStringLiteral("exit"));
        QVERIFY(QTest::qWaitFor([&] { return !first->isLive(); }, 10000));
        QVERIFY(area()->closeTab(0));
        QCOMPARE(area()->tabs()->count(), 0);
        // Its thread ends on its own (nobody waits for it), and soon.
        QVERIFY(QTest::qWaitFor([&] { return sshThreads() == 0; }, 5000));
    }

    void passwordThroughTheDialogIsRememberedAndNeverWritten()
    {
        CredentialStore store;
        const QString key = QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port);
        bool removed = false;
        store.remove(key, [&](bool, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 5000));

        whenModal<QDialog>([&](QDialog *dialog) {
            saveScreenshot(dialog, QStringLiteral("password-dialog"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit")), fx.password);
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"))->setChecked(true);
            dialog->accept();
        });
        // The password host offers no key; the fixture's server accepts the password.
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_passwordHost);
        SessionTab *tab = area()->currentSession();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
        std::optional<QString> stored;
        bool read = false;
        QVERIFY(QTest::qWaitFor([&] {
            read = false;
            store.read(key, [&](std::optional<QString> secret, const QString &) { stored = secret; read = true; });
            return QTest::qWaitFor([&] { return read; }, 5000) && stored == fx.password;
        }, 5000));

        // Reconnecting asks nobody: the keychain answers.
        typeLine(tab->view(), QStringLiteral("exit"));
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Closed; }, 10000));
        tab->reconnect();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
        QVERIFY(!tab->findChild<QDialog *>(QStringLiteral("secretDialog")));
        m_window->saveLayout();

        // Every file the app could have written: settings, workspace, known_hosts, caches.
        int files = 0;
        QCOMPARE(filesContaining(fx.password.toUtf8(), m_dir.path(), &files), QStringList());
        QVERIFY(files >= 3); // at least the workspace, the settings and known_hosts were looked at
        store.remove(key);
    }

    void connectionSettingsApplyToNewSessions()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Host mute;
        mute.name = QStringLiteral("mute");
        mute.address = QStringLiteral("127.0.0.1");
        mute.port = silent.serverPort();
        QString error;
        QVERIFY(wb::test::InventoryEdits(*m_services).addHost(&mute, &error));
        const QString workspaceKnownHosts = m_dir.filePath(QStringLiteral("workspace_known_hosts"));

        whenModal<QDialog>([&](QDialog *dialog) {
            dialog->findChild<QSpinBox *>(QStringLiteral("connectTimeout"))->setValue(1);
            dialog->findChild<QSpinBox *>(QStringLiteral("keepalive"))->setValue(15);
            QLineEdit *path = dialog->findChild<QLineEdit *>(QStringLiteral("knownHostsPath"));
            path->clear();
            QTest::keyClicks(path, workspaceKnownHosts);
            saveScreenshot(dialog, QStringLiteral("connection-settings"));
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
        QTRY_VERIFY(m_services->services().connectionSettings->isSettled()); // stored off the GUI thread
        const SshSettings saved = readBack([&] { return SshSettings::load(m_workspace->database()); });
        QCOMPARE(saved.connectTimeoutSeconds, 1);
        QCOMPARE(saved.keepaliveSeconds, 15);
        QCOMPARE(saved.knownHostsPath, workspaceKnownHosts);

        // The timeout: a server that never speaks fails after one second.
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(mute.id);
        SessionTab *tab = area()->currentSession();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Failed; }, 5000));
        QCOMPARE(tab->statusText(),
                 QStringLiteral("mute (127.0.0.1:%1): connect failed: no answer within 1 second").arg(mute.port));

        // The workspace's known_hosts: the key saved in ~/.ssh does not count there.
        QVERIFY(QFile::exists(knownHosts()));
        const QByteArray userFile = [&] { QFile f(knownHosts()); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        bool asked = false;
        whenModal<QDialog>([&](QDialog *dialog) {
            asked = true;
            dialog->findChild<QPushButton *>(QStringLiteral("acceptAndSave"))->click();
        });
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_keyHost);
        tab = area()->currentSession();
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Connected; }, 15000));
        QVERIFY(asked);
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(fx.port),
                                                    QStringLiteral("-f"), workspaceKnownHosts});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);
        QFile user(knownHosts());
        QVERIFY(user.open(QIODevice::ReadOnly));
        QCOMPARE(user.readAll(), userFile);

        error = test::saveConnectionSettings(m_services->services(), SshSettings{});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        RemovedItems removed;
        QVERIFY2(wb::test::InventoryEdits(*m_services).remove({}, {mute.id}, &removed, &error), qPrintable(error));
    }

    // Connection Settings → Log sessions: each session's output in a file of
    // its own named by host and time; plain text without escapes, or raw; a
    // password typed at a prompt (not echoed) is never in it.
    void sessionLogHasTheOutputNotTheTypedPassword()
    {
        const QString folder = m_dir.filePath(QStringLiteral("session logs"));
        const auto setLog = [&](SshSettings::SessionLog mode) {
            whenModal<QDialog>([&](QDialog *dialog) {
                auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("sessionLog"));
                combo->setCurrentIndex(combo->findData(int(mode)));
                QLineEdit *path = dialog->findChild<QLineEdit *>(QStringLiteral("sessionLogFolder"));
                QVERIFY(path->isEnabled());
                path->clear();
                QTest::keyClicks(path, folder);
                dialog->accept();
            });
            m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
            QTRY_VERIFY(m_services->services().connectionSettings->isSettled());
        };
        const auto logsIn = [](const QString &dir) { return QDir(dir).entryList({QStringLiteral("keyhost-*.log")}, QDir::Files, QDir::Name); };
        const auto logOf = [&](const QStringList &before) -> QByteArray {
            for (const QString &name : logsIn(folder)) {
                QFile file(QDir(folder).filePath(name));
                if (before.contains(name))
                    continue;
                if (!file.open(QIODevice::ReadOnly) || (file.permissions() & (QFile::ReadGroup | QFile::ReadOther)))
                    return "<unreadable or readable by others>";
                return file.readAll();
            }
            return "<no new log in " + QFile::encodeName(folder) + ">";
        };

        setLog(SshSettings::SessionLog::Plain);
        QCOMPARE(readBack([&] { return SshSettings::loadUser(); }).sessionLog, SshSettings::SessionLog::Plain);
        SessionTab *tab = openKeySession();
        QVERIFY(tab);
        QVERIFY(tab->target().options.sessionLogFolder.isEmpty()); // the terminal's alone: its Files tab and root runs take the target
        typeLine(tab->view(), QStringLiteral("read -s -p 'Secret: ' pw; echo \"read ${#pw} characters\""));
        // The prompt on a row of its own (the typed command line holds "Secret: " too): read -s may
        // flush what is typed before it turns echo off.
        QVERIFY(QTest::qWaitFor([&] { return rowStartingWith(tab->screen(), QStringLiteral("Secret:")) >= 0; }, 10000));
        typeLine(tab->view(), QStringLiteral("hunter2-typed"));
        QVERIFY(QTest::qWaitFor([&] { return screenText(tab->screen()).contains(QLatin1String("read 13 characters")); }, 10000));
        typeLine(tab->view(), QStringLiteral("printf '\\033[1;31mred\\033[0m done\\n'"));
        QVERIFY(QTest::qWaitFor([&] { return screenText(tab->screen()).contains(QLatin1String("red done")); }, 10000));
        typeLine(tab->view(), QStringLiteral("exit"));
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Closed; }, 10000));
        QByteArray log = logOf({});
        QVERIFY2(log.contains("Secret: ") && log.contains("read 13 characters\n") && log.contains("red done\n"), log.constData());
        QVERIFY2(!log.contains("hunter2"), log.constData());
        QVERIFY(!log.contains('\x1b'));
        QVERIFY(!log.contains('\r'));

        // Raw: as the host sent it, escapes and all.
        const QStringList before = logsIn(folder);
        QTest::qWait(1100); // another second: another name
        setLog(SshSettings::SessionLog::Raw);
        tab = openKeySession();
        QVERIFY(tab);
        typeLine(tab->view(), QStringLiteral("printf '\\033[1;31mred\\033[0m raw\\n'; exit"));
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Closed; }, 10000));
        log = logOf(before);
        QVERIFY2(log.contains("\x1b[1;31mred\x1b[0m raw\r\n"), log.constData());

        // Off in the settings, on for this host (its own choice, in the inventory): logged as plain text.
        QString error = test::saveConnectionSettings(m_services->services(), SshSettings{});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Host host = *m_inventory->host(m_keyHost);
        host.sessionLog = QStringLiteral("on");
        QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(host, &error), qPrintable(error));
        const QStringList beforeHost = logsIn(SshSettings::defaultSessionLogFolder());
        QTest::qWait(1100);
        tab = openKeySession();
        QVERIFY(tab);
        typeLine(tab->view(), QStringLiteral("echo per-host; exit"));
        QVERIFY(QTest::qWaitFor([&] { return tab->state() == SessionTab::State::Closed; }, 10000));
        QCOMPARE(logsIn(SshSettings::defaultSessionLogFolder()).size(), beforeHost.size() + 1); // the default folder, as none is named
        host = *m_inventory->host(m_keyHost);
        host.sessionLog.clear();
        QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(host, &error), qPrintable(error));
    }

    void forgetSavedPasswordsRemovesTheKeychainEntry()
    {
        CredentialStore store;
        const QString key = QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port);
        bool written = false;
        store.write(key, fx.password, [&](bool ok, const QString &) { written = ok; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));
        m_window->inventoryPanel()->selectHost(m_passwordHost);
        m_window->findChild<QAction *>(QStringLiteral("forgetPasswords"))->trigger();
        bool gone = false;
        QVERIFY(QTest::qWaitFor([&] {
            bool read = false;
            store.read(key, [&](std::optional<QString> secret, const QString &) { gone = !secret; read = true; });
            return QTest::qWaitFor([&] { return read; }, 5000) && gone;
        }, 5000));
    }

    void forgetSavedPasswordsAlsoForgetsJumpHostsAndKeyPassphrases()
    {
        const HostId jump = addHost(QStringLiteral("forget-jump"), AuthMethod::Password, {}, QStringLiteral("127.0.0.1"), fx.port);
        const HostId behind = addHost(QStringLiteral("forget-behind"), AuthMethod::KeyFile, fx.protectedKey(),
                                      QStringLiteral("127.0.0.2"), fx.innerPort, jump);
        CredentialStore store;
        const QStringList keys = {
            QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port),        // the jump host's password
            QStringLiteral("%1@127.0.0.2:%2").arg(fx.user).arg(fx.innerPort),   // the host's own
            keychainKeyForKeyFile(fx.protectedKey()),                           // its key's passphrase
        };
        auto readBack = [&](const QString &key) {
            std::optional<QString> found;
            bool read = false;
            store.read(key, [&](std::optional<QString> secret, const QString &) { found = secret; read = true; });
            return QTest::qWaitFor([&] { return read; }, 5000) ? found : std::optional<QString>(QStringLiteral("(unread)"));
        };
        for (const QString &key : keys) {
            bool written = false;
            store.write(key, QStringLiteral("secret-of-") + key, [&](bool ok, const QString &) { written = ok; });
            QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));
            QVERIFY(readBack(key).has_value());
        }
        m_window->inventoryPanel()->selectHost(behind);
        m_window->findChild<QAction *>(QStringLiteral("forgetPasswords"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_window->statusBar()->currentMessage().contains(QStringLiteral("passphrases")); }, 10000));
        for (const QString &key : keys)
            QVERIFY2(!readBack(key).has_value(), qPrintable(key));
        RemovedItems removed;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).remove({}, {behind, jump}, &removed, &error), qPrintable(error));
    }

    void screenshotOfTwoSessions()
    {
        SessionTab *ls = openKeySession();
        QVERIFY(ls);
        typeLine(ls->view(), QStringLiteral("cd /etc && ls --color=always -la | head -60"));
        SessionTab *top = openKeySession();
        QVERIFY(top);
        typeLine(top->view(), QStringLiteral("top -d 1"));
        QVERIFY(QTest::qWaitFor([&] { return screenText(top->screen()).contains(QStringLiteral("PID")); }, 10000));
        area()->tabs()->setCurrentWidget(ls);
        QTest::qWait(300);
        saveScreenshot(m_window.get(), QStringLiteral("sessions-ls"));
        area()->tabs()->setCurrentWidget(top);
        QTest::qWait(1200);
        saveScreenshot(m_window.get(), QStringLiteral("sessions-top"));
        QTest::keyClick(top->view(), Qt::Key_Q);
        QVERIFY(QTest::qWaitFor([&] { return rowStartingWith(top->screen(), QStringLiteral("top - ")) < 0; }, 10000));
    }
};

QTEST_MAIN(TestSessionTabs)
#include "tst_sessiontabs.moc"
