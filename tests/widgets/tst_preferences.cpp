// Edit → Preferences (Ctrl+,) driven as a user does: every page stores where its settings
// always lived, Restore Defaults resets only the page shown, the terminal's look reaches
// the open sessions at once, and the workspace page leads to Ticket Settings.
#include "tests/widgets/MainWindowFixture.h"

#include "core/i18n/Translations.h"
#include "core/targets/ConnectionSettings.h"
#include "widgets/accounts/AccountPreferences.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/main/SessionArea.h"
#include "widgets/preferences/PreferencesDialog.h"
#include "widgets/run/RunPreferences.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalSettings.h"
#include "widgets/terminal/TerminalView.h"
#include "widgets/tickets/TicketSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>

using namespace wb;
using wbtest::inDialog;
using wbtest::partOf;
using wbtest::saveScreenshot;

namespace {

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void showPage(PreferencesDialog *dialog, int row)
{
    partOf<QListWidget>(dialog, "preferencesPages")->setCurrentRow(row);
}

} // namespace

class TestPreferences : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

    QAction *preferences() const { return m_window->findChild<QAction *>(QStringLiteral("preferences")); }

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_preferences"); }
    void init()
    {
        QSettings().clear();
        openWindow();
    }
    void cleanup()
    {
        closeWindow();
        QSettings().clear();
    }

    void everyPageStoresWhereItsSettingsLive()
    {
        QCOMPARE(preferences()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(preferences()));
        bool shown = false;
        inDialog<PreferencesDialog>([&](PreferencesDialog *dialog) {
            shown = true;
            QCOMPARE(dialog->currentPage(), PreferencesDialog::Page::Connection);
            partOf<QSpinBox>(dialog, "connectTimeout")->setValue(25);
            partOf<QSpinBox>(dialog, "keepalive")->setValue(0);
            showPage(dialog, int(PreferencesDialog::Page::Terminal));
            partOf<QCheckBox>(dialog, "terminalSystemFont")->setChecked(false);
            partOf<QDoubleSpinBox>(dialog, "terminalFontSize")->setValue(13);
            choose(partOf<QComboBox>(dialog, "terminalColorScheme"), QStringLiteral("light"));
            partOf<QSpinBox>(dialog, "scrollbackLines")->setValue(500);
            choose(partOf<QComboBox>(dialog, "cursorShape"), int(TerminalCursorShape::Bar));
            partOf<QCheckBox>(dialog, "altSendsEscape")->setChecked(false);
            partOf<QCheckBox>(dialog, "confirmPaste")->setChecked(false);
            partOf<QCheckBox>(dialog, "terminalBlink")->setChecked(false);
            saveScreenshot(dialog, QStringLiteral("preferences-terminal"));
            showPage(dialog, int(PreferencesDialog::Page::Runs));
            partOf<QSpinBox>(dialog, "runConcurrency")->setValue(8);
            partOf<QSpinBox>(dialog, "runTimeout")->setValue(120);
            showPage(dialog, int(PreferencesDialog::Page::Accounts));
            partOf<QSpinBox>(dialog, "clipboardClearSeconds")->setValue(45);
            partOf<QSpinBox>(dialog, "passwordLength")->setValue(24);
            partOf<QCheckBox>(dialog, "useSymbols")->setChecked(false);
            showPage(dialog, int(PreferencesDialog::Page::Language));
            choose(partOf<QComboBox>(dialog, "language"), QStringLiteral("nl"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(shown);
        activate();

        ConnectionSettings *connection = m_services->services().connectionSettings;
        QTRY_VERIFY(connection->isSettled());
        QCOMPARE(connection->current().connectTimeoutSeconds, 25);
        QCOMPARE(connection->current().keepaliveSeconds, 0);
        QCOMPARE(SshSettings::loadUser().connectTimeoutSeconds, 25);
        const TerminalSettings terminal = TerminalSettings::load();
        QCOMPARE(terminal.colorScheme, QStringLiteral("light"));
        QCOMPARE(terminal.fontPointSize, 13.0);
        QVERIFY(!terminal.fontFamily.isEmpty());
        QCOMPARE(terminal.scrollbackLines, 500);
        QCOMPARE(terminal.cursorShape, TerminalCursorShape::Bar);
        QVERIFY(!terminal.altSendsEscape);
        QVERIFY(!terminal.confirmPaste);
        QVERIFY(!terminal.blink);
        QCOMPARE(RunPreferences::load().concurrency, 8);
        QCOMPARE(RunPreferences::load().timeoutSeconds, 120);
        const AccountPreferences accounts = AccountPreferences::load();
        QCOMPARE(accounts.clipboardClearSeconds, 45);
        QCOMPARE(accounts.generator.length, 24);
        QVERIFY(!accounts.generator.symbols);
        QVERIFY(accounts.generator.digits);
        QCOMPARE(savedLanguage(), QStringLiteral("nl"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("next starts")));
        // Applied where they are used: a new clipboard guard waits as long.
        QCOMPARE(ClipboardGuard().delay(), 45000);

        // Opened again, the dialog shows what is stored.
        inDialog<PreferencesDialog>([](PreferencesDialog *dialog) {
            QCOMPARE(partOf<QSpinBox>(dialog, "connectTimeout")->value(), 25);
            QCOMPARE(partOf<QComboBox>(dialog, "terminalColorScheme")->currentData().toString(), QStringLiteral("light"));
            QCOMPARE(partOf<QSpinBox>(dialog, "runConcurrency")->value(), 8);
            QCOMPARE(partOf<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("nl"));
        });
        preferences()->trigger();
        activate();
    }

    void restoreDefaultsResetsOnlyThePageShownAndCancelStoresNothing()
    {
        RunPreferences runs;
        runs.concurrency = 5;
        runs.save();
        TerminalSettings terminal;
        terminal.colorScheme = QStringLiteral("light");
        terminal.scrollbackLines = 2000;
        terminal.save();
        inDialog<PreferencesDialog>([](PreferencesDialog *dialog) {
            showPage(dialog, int(PreferencesDialog::Page::Terminal));
            auto *restore = partOf<QPushButton>(dialog, "restoreDefaults");
            QVERIFY(restore->isEnabled());
            restore->click();
            QCOMPARE(partOf<QComboBox>(dialog, "terminalColorScheme")->currentData().toString(), QStringLiteral("dark"));
            QCOMPARE(partOf<QSpinBox>(dialog, "scrollbackLines")->value(), 10000);
            QVERIFY(partOf<QCheckBox>(dialog, "terminalSystemFont")->isChecked());
            QCOMPARE(partOf<QSpinBox>(dialog, "runConcurrency")->value(), 5); // another page: untouched
            showPage(dialog, int(PreferencesDialog::Page::Workspace));
            QVERIFY(!restore->isEnabled()); // the team's settings have no defaults of one person's
            dialog->reject();
        });
        preferences()->trigger();
        activate();
        QCOMPARE(TerminalSettings::load().colorScheme, QStringLiteral("light"));
        QCOMPARE(TerminalSettings::load().scrollbackLines, 2000);
        QCOMPARE(RunPreferences::load().concurrency, 5);
    }

    void theTerminalsLookReachesOpenSessionsAtOnce()
    {
        // Port 1 on loopback: the session fails at once, but its tab and terminal stay.
        const HostId id = addHost(QStringLiteral("web01"), 0);
        Host h = *m_inventory->host(id);
        h.address = QStringLiteral("127.0.0.1");
        h.port = 1;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(h, &error), qPrintable(error));
        panel()->selectHost(id);
        panel()->openSelectedSessions();
        SessionTab *tab = m_window->sessionArea()->sessionAt(0);
        QVERIFY(tab);
        const TerminalColorScheme dark = TerminalColorScheme::byId(QStringLiteral("dark"));
        QCOMPARE(tab->view()->backgroundColor(), QColor::fromRgb(dark.background));

        inDialog<PreferencesDialog>([](PreferencesDialog *dialog) {
            showPage(dialog, int(PreferencesDialog::Page::Terminal));
            choose(partOf<QComboBox>(dialog, "terminalColorScheme"), QStringLiteral("light"));
            choose(partOf<QComboBox>(dialog, "cursorShape"), int(TerminalCursorShape::Underline));
            partOf<QSpinBox>(dialog, "scrollbackLines")->setValue(300);
            partOf<QPushButton>(dialog, "applyPreferences")->click(); // Apply: stored and shown, the dialog stays
            QVERIFY(dialog->isVisible());
        });
        preferences()->trigger();
        activate();
        const TerminalColorScheme light = TerminalColorScheme::byId(QStringLiteral("light"));
        QCOMPARE(tab->view()->backgroundColor(), QColor::fromRgb(light.background));
        QCOMPARE(tab->view()->palette().color(QPalette::Window), QColor::fromRgb(light.background));
        QCOMPARE(tab->view()->cursorShape(), TerminalCursorShape::Underline);
        QCOMPARE(tab->view()->settings().scrollbackLines, 300);
        saveScreenshot(m_window.get(), QStringLiteral("terminal-light"));

        // A session opened afterwards looks the same.
        panel()->openSelectedSessions();
        QTRY_COMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("sessionTabs"))->count(), 2);
        QCOMPARE(m_window->sessionArea()->sessionAt(1)->view()->backgroundColor(), QColor::fromRgb(light.background));
    }

    void preferencesReopenOnTheirLastPageAndConnectionSettingsOnTheirs()
    {
        inDialog<PreferencesDialog>([](PreferencesDialog *dialog) { showPage(dialog, int(PreferencesDialog::Page::Runs)); });
        preferences()->trigger();
        activate();
        bool shown = false;
        inDialog<PreferencesDialog>([&](PreferencesDialog *dialog) {
            shown = true;
            QCOMPARE(dialog->currentPage(), PreferencesDialog::Page::Runs);
        });
        preferences()->trigger();
        activate();
        QVERIFY(shown);
        shown = false;
        inDialog<PreferencesDialog>([&](PreferencesDialog *dialog) {
            shown = true;
            QCOMPARE(dialog->currentPage(), PreferencesDialog::Page::Connection);
            QVERIFY(partOf<QSpinBox>(dialog, "connectTimeout")->isVisible());
        });
        m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
        activate();
        QVERIFY(shown);
    }

    void anAppliedChangeTakenBackIsStoredBack()
    {
        ConnectionSettings *connection = m_services->services().connectionSettings;
        QTRY_VERIFY(connection->isSettled());
        inDialog<PreferencesDialog>([](PreferencesDialog *dialog) {
            showPage(dialog, int(PreferencesDialog::Page::Connection));
            partOf<QSpinBox>(dialog, "connectTimeout")->setValue(40);
            partOf<QPushButton>(dialog, "applyPreferences")->click(); // its save may still be on its way
            partOf<QSpinBox>(dialog, "connectTimeout")->setValue(10);
            dialog->accept();
        });
        preferences()->trigger();
        activate();
        QTRY_VERIFY(connection->isSettled());
        QCOMPARE(connection->current().connectTimeoutSeconds, 10);
        QCOMPARE(SshSettings::loadUser().connectTimeoutSeconds, 10);
    }

    void restoreDefaultsOnEveryPersonalPage()
    {
        inDialog<PreferencesDialog>([](PreferencesDialog *dialog) {
            partOf<QLineEdit>(dialog, "knownHostsPath")->setText(QStringLiteral("/srv/team_known_hosts"));
            const QList<std::pair<PreferencesDialog::Page, std::function<void()>>> pages = {
                {PreferencesDialog::Page::Connection, [dialog] { partOf<QSpinBox>(dialog, "connectTimeout")->setValue(99); }},
                {PreferencesDialog::Page::Runs, [dialog] { partOf<QSpinBox>(dialog, "runConcurrency")->setValue(3); }},
                {PreferencesDialog::Page::Accounts, [dialog] { partOf<QSpinBox>(dialog, "clipboardClearSeconds")->setValue(99); }},
                {PreferencesDialog::Page::Language, [dialog] { choose(partOf<QComboBox>(dialog, "language"), QStringLiteral("en")); }},
            };
            for (const auto &[page, change] : pages) {
                showPage(dialog, int(page));
                change();
                partOf<QPushButton>(dialog, "restoreDefaults")->click();
            }
            QCOMPARE(partOf<QSpinBox>(dialog, "connectTimeout")->value(), SshSettings{}.connectTimeoutSeconds);
            QCOMPARE(partOf<QSpinBox>(dialog, "runConcurrency")->value(), RunPreferences{}.concurrency);
            QCOMPARE(partOf<QSpinBox>(dialog, "clipboardClearSeconds")->value(), AccountPreferences{}.clipboardClearSeconds);
            QCOMPARE(partOf<QComboBox>(dialog, "language")->currentData().toString(), QString());
            // The workspace's file is not one person's default.
            QCOMPARE(partOf<QLineEdit>(dialog, "knownHostsPath")->text(), QStringLiteral("/srv/team_known_hosts"));
        });
        preferences()->trigger();
        activate();
    }

    void theWorkspacePageLeadsToTicketSettings()
    {
        bool ticketSettingsShown = false;
        inDialog<PreferencesDialog>([&](PreferencesDialog *dialog) {
            showPage(dialog, int(PreferencesDialog::Page::Workspace));
            auto *button = partOf<QPushButton>(dialog, "openTicketSettings");
            QVERIFY(button->isVisible() && button->isEnabled());
            inDialog<TicketSettingsDialog>([&](TicketSettingsDialog *ticketSettings) {
                ticketSettingsShown = true;
                QCOMPARE(ticketSettings->parentWidget(), dialog); // over Preferences, not behind it
            });
            button->click();
            // Where the role may not change them, the button is off as the menu's action is.
            QAction *action = m_window->findChild<QAction *>(QStringLiteral("ticketSettings"));
            action->setEnabled(false);
            QVERIFY(!button->isEnabled());
            action->setEnabled(true);
        });
        preferences()->trigger();
        activate();
        QVERIFY(ticketSettingsShown);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
