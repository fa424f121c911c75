// The Accounts view in the real main window against the fixture's admin host
// (root by key): opened from the menu for the selected inventory host, its
// actions following the selected account, the filter and the system-account
// toggle kept across tabs, a generated password shown once and the clipboard
// emptied after the delay. Resets typed by hand, the other actions, sudo
// through the GUI and the audit log dialog are in tst_accountactions.cpp.
#include "tests/integration/ssh/AccountsViewTestSupport.h"

#include "core/accounts/LinuxSshAccountBackend.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/accounts/ResetPasswordDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace wb;
using namespace wbtest;

class TestAccountsView : public QObject, AccountsWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpWindow(); }
    void cleanupTestCase() { tearDownWindow(2); } // the generated ones

    void menuOpensTheHostsAccountsAsATab()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(view);
        QCOMPARE(area()->tabs()->tabText(area()->tabs()->currentIndex()), QStringLiteral("Accounts — admin"));
        QCOMPARE(action("manageAccounts")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(view->isBusy());                 // the listing runs without blocking the window
        QVERIFY(partOf<QProgressBar>(view, "accountsBusy")->isVisible());
        QCOMPARE(partOf<QLabel>(view, "accountsStatus")->text(), QStringLiteral("Listing the accounts on admin…"));
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QVERIFY(!partOf<QProgressBar>(view, "accountsBusy")->isVisible());
        const QStringList listed = names(view);
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")})
            QVERIFY2(listed.contains(name), qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY(!listed.contains(QStringLiteral("root"))); // people only, until asked
        QVERIFY(shown(view, QStringLiteral("alice")).mustChange);
        QCOMPARE(wbtest::partOf<wb::AccountModel>(view, "accountModel")->index(wbtest::partOf<wb::AccountModel>(view, "accountModel")->rowOf(QStringLiteral("alice")), AccountModel::MustChangeColumn).data().toString(),
                 QStringLiteral("yes"));
        // Nothing selected: no action applies; Refresh does.
        QVERIFY(!view->action(AccountAction::Kind::ResetPassword)->isEnabled());
        QVERIFY(view->refreshAction()->isEnabled());
        saveScreenshot(m_window.get(), QStringLiteral("accounts-view"));

        // The same host again: its tab comes to the front instead of a second one.
        const int tabs = area()->tabs()->count();
        QCOMPARE(openAccounts(m_admin), view);
        QCOMPARE(area()->tabs()->count(), tabs);
    }

    void actionsFollowTheSelectedAccount()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        clickRow(view, QStringLiteral("bob"));
        using Kind = AccountAction::Kind;
        QVERIFY(view->action(Kind::ResetPassword)->isEnabled());
        QVERIFY(view->action(Kind::Lock)->isEnabled());
        QVERIFY(!view->action(Kind::Unlock)->isEnabled()); // bob's password is not locked
        QVERIFY(view->action(Kind::Disable)->isEnabled());
        QVERIFY(!view->action(Kind::Enable)->isEnabled());
        QVERIFY(!view->action(Kind::ClearExpiry)->isEnabled()); // bob does not expire
        clickRow(view, QStringLiteral("alice"));
        QVERIFY(!view->action(Kind::MustChangePassword)->isEnabled()); // she must already

        // The context menu offers every action with the same state.
        QStringList offered;
        QStringList enabled;
        whenPopup([&offered, &enabled](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                offered << a->text().remove(QLatin1Char('&'));
                if (a->isEnabled())
                    enabled << a->text().remove(QLatin1Char('&'));
            }
            menu->close();
        });
        QTableView *table = partOf<QTableView>(view, "accountsTable");
        Q_EMIT table->customContextMenuRequested(table->visualRect(table->currentIndex()).center());
        QCOMPARE(offered, (QStringList{QStringLiteral("Reset Password…"), QStringLiteral("Must Change at Next Login"),
                                       QStringLiteral("Lock"), QStringLiteral("Unlock"), QStringLiteral("Disable"),
                                       QStringLiteral("Enable"), QStringLiteral("Reset Failed Logins"),
                                       QStringLiteral("Set Expiry…"), QStringLiteral("Clear Expiry"),
                                       QStringLiteral("Add to Group…"), QStringLiteral("Remove from Group…"),
                                       QStringLiteral("Refresh")}));
        QVERIFY(enabled.contains(QStringLiteral("Reset Password…")));
        QVERIFY(!enabled.contains(QStringLiteral("Must Change at Next Login")));
        QVERIFY(!enabled.contains(QStringLiteral("Unlock")));
        QVERIFY(enabled.contains(QStringLiteral("Refresh")));
    }

    void filterAndSystemToggleAreKeptAcrossTabs()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        // Ctrl+F in the table means this filter, not the inventory's.
        press(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(partOf<QLineEdit>(view, "accountFilter")->hasFocus());
        QTest::keyClicks(partOf<QLineEdit>(view, "accountFilter"), QStringLiteral("ALI"));
        QCOMPARE(names(view), QStringList{QStringLiteral("alice")});
        QTest::keyClick(partOf<QLineEdit>(view, "accountFilter"), Qt::Key_Escape);
        QVERIFY(partOf<QLineEdit>(view, "accountFilter")->text().isEmpty());
        QVERIFY(names(view).size() >= 4);

        partOf<QCheckBox>(view, "showSystemAccounts")->click();
        QVERIFY(view->isBusy());
        QVERIFY(settles(view));
        QVERIFY(names(view).contains(QStringLiteral("root")));
        QVERIFY(names(view).contains(QStringLiteral("nobody")));
        saveScreenshot(m_window.get(), QStringLiteral("accounts-system"));
        partOf<QTableView>(view, "accountsTable")->horizontalHeader()->resizeSection(AccountModel::FullNameColumn, 233);
        partOf<QTableView>(view, "accountsTable")->sortByColumn(AccountModel::UidColumn, Qt::DescendingOrder);
        QVERIFY(area()->closeTab(area()->tabs()->indexOf(view)));

        AccountsView *again = openAccounts(m_admin);
        QVERIFY(again != nullptr);
        QVERIFY(partOf<QCheckBox>(again, "showSystemAccounts")->isChecked());
        QCOMPARE(partOf<QTableView>(again, "accountsTable")->horizontalHeader()->sectionSize(AccountModel::FullNameColumn), 233);
        QCOMPARE(partOf<QTableView>(again, "accountsTable")->horizontalHeader()->sortIndicatorSection(), int(AccountModel::UidColumn));
        QVERIFY(settles(again));
        QCOMPARE(names(again).last(), QStringLiteral("root")); // UID 0, sorted by number, descending
        partOf<QCheckBox>(again, "showSystemAccounts")->click();
        QVERIFY(settles(again));
        QVERIFY(!names(again).contains(QStringLiteral("root")));
        partOf<QTableView>(again, "accountsTable")->sortByColumn(AccountModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(!QSettings().value(QStringLiteral("accounts/showSystemAccounts")).toBool());
    }

    void generatedPasswordIsShownOnceAndTheClipboardEmptiedAfterTheDelay()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        wbtest::partOf<wb::ClipboardGuard>(view, "clipboardGuard")->setDelay(600);
        clickRow(view, QStringLiteral("bob"));
        bool okEnabled = false;
        int defaultLength = 0;
        inDialog<ResetPasswordDialog>([&](ResetPasswordDialog *dialog) {
            dialog->findChild<QRadioButton *>(QStringLiteral("generatePassword"))->click();
            auto *length = dialog->findChild<QSpinBox *>(QStringLiteral("passwordLength"));
            defaultLength = length->value();
            length->setValue(24);
            dialog->findChild<QCheckBox *>(QStringLiteral("easyToRead"))->click();
            okEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            saveScreenshot(dialog, QStringLiteral("accounts-reset-generate"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        view->action(AccountAction::Kind::ResetPassword)->trigger(); // from the toolbar
        QCOMPARE(defaultLength, 16);
        QVERIFY(okEnabled);

        PasswordRevealDialog *reveal = waitForReveal(view);
        QVERIFY2(reveal, qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        const QString password = reveal->findChild<QLineEdit *>(QStringLiteral("revealedPassword"))->text();
        m_secrets << password;
        QCOMPARE(password.size(), 24);
        for (const QChar c : QStringLiteral("0Oo1lIi|5S2Z8B`'\""))
            QVERIFY2(!password.contains(c), qPrintable(password)); // easy to read aloud
        reveal->findChild<QPushButton *>(QStringLiteral("copyPassword"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        reveal->reject();
        // Still there right after, gone once the delay has passed.
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        QVERIFY(!wbtest::partOf<wb::ClipboardGuard>(view, "clipboardGuard")->isGuarding());
        QVERIFY(settles(view));
        QVERIFY(logsIn(fx, m_knownHosts, QStringLiteral("bob"), password));
        QCOMPARE(audit().first().action, QStringLiteral("reset-password"));
        QCOMPARE(audit().first().account, QStringLiteral("bob"));
    }

    void generatedPasswordIsShownWhenItMayHaveBeenSet()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        clickRow(view, QStringLiteral("bob"));
        // The host's chpasswd waits for the account lock; Werkbank stops waiting first,
        // after the password went out: it may have been set, or not.
        auto *backend = view->findChild<LinuxSshAccountBackend *>();
        QVERIFY(backend);
        backend->setTimeout(2500);
        QVERIFY(holdShadowLock(fx, m_knownHosts, m_dir.filePath(QStringLiteral("lock-held")), 6));
        inDialog<ResetPasswordDialog>([&](ResetPasswordDialog *dialog) {
            dialog->findChild<QRadioButton *>(QStringLiteral("generatePassword"))->click();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        view->action(AccountAction::Kind::ResetPassword)->trigger();
        QVERIFY(m_pending->count() >= 1); // quitting now would wait for it (the job, and its audit rows on their way)

        PasswordRevealDialog *reveal = waitForReveal(view);
        backend->setTimeout(60000);
        QVERIFY2(reveal, qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        const QString password = reveal->findChild<QLineEdit *>(QStringLiteral("revealedPassword"))->text();
        m_secrets << password;
        QCOMPARE(password.size(), 16);
        QCOMPARE(reveal->windowTitle(), QStringLiteral("Password May Have Been Set"));
        const QString heading = reveal->findChild<QLabel *>(QStringLiteral("revealHeading"))->text();
        QVERIFY2(heading.contains(QStringLiteral("may have this password now, or still the old one")), qPrintable(heading));
        QVERIFY(reveal->findChild<QLabel *>(QStringLiteral("revealNote"))->text().contains(QStringLiteral("only this once")));
        saveScreenshot(reveal, QStringLiteral("accounts-password-maybe-set"));
        reveal->reject();
        QVERIFY(settles(view));
        QVERIFY2(partOf<QLabel>(view, "accountsError")->text().contains(QStringLiteral("may have been made")), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QCOMPARE(m_pending->count(), 0);
        const AuditRecord record = audit().first();
        QCOMPARE(record.action, QStringLiteral("reset-password"));
        QCOMPARE(record.outcome, AuditRecord::Outcome::Unknown);
        QCOMPARE(record.target.id, m_admin);
        QCOMPARE(record.target.path, QStringLiteral("admin"));
        QCOMPARE(record.target.address, QStringLiteral("127.0.0.1:%1").arg(fx.adminPort));
        QCOMPARE(record.target.login, QStringLiteral("root"));
        // Once the lock was free the host did set it: the password shown is the one bob has.
        QVERIFY(QTest::qWaitFor([&] { return logsIn(fx, m_knownHosts, QStringLiteral("bob"), password); }, 20000));
    }

    void clipboardKeepsWhatTheUserCopiedSince()
    {
        ClipboardGuard guard;
        guard.setDelay(200);
        guard.copy(QStringLiteral("first-secret"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("first-secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QSignalSpy expired(&guard, &ClipboardGuard::expired);
        QVERIFY(expired.wait(3000));
        QCOMPARE(expired.at(0).at(0).toBool(), false); // not ours any more: left alone
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
        {
            ClipboardGuard shortLived;
            shortLived.copy(QStringLiteral("second-secret"));
        } // going away takes it off at once
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestAccountsView)
#include "tst_accountsview.moc"
