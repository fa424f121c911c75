// The Accounts view in the real main window against the fixture's admin host
// (root by key, or carol through sudo): opened from the menu for the
// selected inventory host, a password reset driven through the real dialogs
// and checked by logging in with it, confirmations that change nothing when
// declined, errors kept in the view, the clipboard emptied after the delay,
// the sudo question answered through the GUI, and the audit log dialog.
#include "AccountTestSupport.h"
#include "SshFixture.h"
#include "../../support/WidgetTestSupport.h"

#include "AccountModel.h"
#include "AuditLogModel.h"
#include "InventoryPanel.h"
#include "MainWindow.h"
#include "SessionArea.h"
#include "accounts/AccountsView.h"
#include "accounts/AuditLogDialog.h"
#include "accounts/ClipboardGuard.h"
#include "accounts/ExpiryDialog.h"
#include "accounts/PasswordRevealDialog.h"
#include "accounts/ResetPasswordDialog.h"
#include "audit/AuditLog.h"
#include "i18n/Translations.h"
#include "inventory/Inventory.h"
#include "session/SecretDialog.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshPool.h"
#include "ssh/SshSettings.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

namespace {

QStringList names(const AccountsView *view)
{
    QStringList list;
    const QAbstractItemModel *model = view->proxy();
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, AccountModel::NameColumn).data().toString();
    return list;
}

AccountStatus shown(const AccountsView *view, const QString &name)
{
    const int row = view->model()->rowOf(name);
    return row < 0 ? AccountStatus{} : view->model()->accountAt(row);
}

// Every line edit and label in the application that shows `secret`.
QStringList widgetsShowing(const QString &secret)
{
    QStringList found;
    for (QWidget *widget : QApplication::allWidgets()) {
        const auto *edit = qobject_cast<QLineEdit *>(widget);
        const auto *label = qobject_cast<QLabel *>(widget);
        if ((edit && edit->text().contains(secret)) || (label && label->text().contains(secret)))
            found << widget->objectName() + QLatin1Char('@') + QString::fromLatin1(widget->metaObject()->className());
    }
    return found;
}

template<typename T>
T *visibleChild(QObject *parent, const QString &name = {})
{
    for (T *child : parent->findChildren<T *>(name))
        if (child->isVisible())
            return child;
    return nullptr;
}

} // namespace

class TestAccountsView : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<SshPool> m_pool; // outlives the window, as in the app
    std::unique_ptr<MainWindow> m_window;
    HostId m_admin = 0;
    HostId m_adminAsCarol = 0;
    QStringList m_secrets; // every password set here: none may reach a file

    SessionArea *area() const { return m_window->sessionArea(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QList<AuditRecord> audit() const { return AuditLog(m_workspace->database()).list(); }

    // The offscreen platform does not hand activation back to the window when
    // a dialog closes, as a desktop would; shortcuts need it. On Xvfb without
    // a window manager the X server may never confirm it: Qt's own idea of
    // the active window is what shortcuts go by.
    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        (void)QTest::qWaitForWindowActive(m_window.get(), 1000); // no window manager on Xvfb: may stay inactive
        QCOMPARE(QApplication::activeWindow(), m_window.get());
    }

    HostId addAdminHost(const QString &name, const QString &login)
    {
        Host host = fx.keyHost(name, QStringLiteral("127.0.0.1"), fx.adminPort);
        host.sshUser = login;
        QString error;
        if (!m_inventory->addHost(&host, &error))
            qFatal("%s", qPrintable(error));
        return host.id;
    }

    // Selects the host in the inventory and chooses Accounts → Manage Accounts….
    AccountsView *openAccounts(HostId id)
    {
        activate();
        m_window->inventoryPanel()->selectHost(id);
        action("manageAccounts")->trigger();
        return qobject_cast<AccountsView *>(area()->tabs()->currentWidget());
    }

    static bool settles(AccountsView *view) { return QTest::qWaitFor([view] { return !view->isBusy(); }, 30000); }

    void clickRow(AccountsView *view, const QString &name)
    {
        QTableView *table = view->table();
        const int row = int(names(view).indexOf(name));
        QVERIFY2(row >= 0, qPrintable(name + QStringLiteral(" not in ") + names(view).join(QLatin1Char(' '))));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(view->proxy()->index(row, 0)).center());
        QCOMPARE(view->selectedAccount(), name);
    }

    // A key on the accounts table, as the user presses it with the table focused.
    void press(AccountsView *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        view->table()->setFocus();
        QTest::keyClick(view->table(), key, modifiers);
    }

    PasswordRevealDialog *waitForReveal(AccountsView *view)
    {
        PasswordRevealDialog *reveal = nullptr;
        (void)QTest::qWaitFor([&] { return (reveal = visibleChild<PasswordRevealDialog>(view)) != nullptr; }, 30000);
        return reveal;
    }

    SecretDialog *waitForSudoQuestion(AccountsView *view)
    {
        SecretDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = visibleChild<SecretDialog>(view, QStringLiteral("sudoPasswordDialog"))) != nullptr; }, 30000);
        return dialog;
    }

    // Types both password fields of the reset dialog and presses its OK button.
    static void typeTwiceAndAccept(ResetPasswordDialog *dialog, const QString &password)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPassword")), password);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword")), password);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present() && fx.adminPort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        QSettings().remove(QStringLiteral("accounts"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("accounts.sqlite"))));
        m_inventory = std::make_unique<Inventory>();
        m_inventory->setDatabase(m_workspace->database());
        SshSettings settings;
        settings.knownHostsPath = m_knownHosts;
        QString error;
        QVERIFY2(settings.save(m_workspace->database(), &error), qPrintable(error));
        m_admin = addAdminHost(QStringLiteral("admin"), QStringLiteral("root"));
        m_adminAsCarol = addAdminHost(QStringLiteral("admin-carol"), QStringLiteral("carol"));
        m_pool = std::make_unique<SshPool>();
        m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace->path());
        m_window->setConnectionPool(m_pool.get());
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Known starting points whatever ran before on this host: alice and bob
        // unlocked, enabled, bob in no extra group, alice to change at the next login.
        QVERIFY(asRootOnAdmin(fx, m_knownHosts, QStringLiteral(
            "for u in alice bob; do usermod -U $u 2>/dev/null; chage -E -1 $u; done; gpasswd -d bob helpdesk >/dev/null 2>&1; "
            "chage -d $(( $(date +%s) / 86400 )) bob && chage -d 0 alice")).succeeded());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_pool.reset();
        // No password set here reached a file: workspace, its WAL, settings, anything under HOME or XDG.
        int read = 0;
        for (const QString &secret : std::as_const(m_secrets)) {
            const QStringList found = filesContaining(secret.toUtf8(), m_dir.path(), &read);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }
        QVERIFY(read > 0);
        QVERIFY(m_secrets.size() >= 3);
    }

    void menuOpensTheHostsAccountsAsATab()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(view);
        QCOMPARE(area()->tabs()->tabText(area()->tabs()->currentIndex()), QStringLiteral("Accounts — admin"));
        QCOMPARE(action("manageAccounts")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(view->isBusy());                 // the listing runs without blocking the window
        QVERIFY(view->busyBar()->isVisible());
        QCOMPARE(view->statusLine()->text(), QStringLiteral("Listing the accounts on admin…"));
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(view->errorLine()->text()));
        QVERIFY(!view->busyBar()->isVisible());
        const QStringList listed = names(view);
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")})
            QVERIFY2(listed.contains(name), qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY(!listed.contains(QStringLiteral("root"))); // people only, until asked
        QVERIFY(shown(view, QStringLiteral("alice")).mustChange);
        QCOMPARE(view->model()->index(view->model()->rowOf(QStringLiteral("alice")), AccountModel::MustChangeColumn).data().toString(),
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
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [&offered, &enabled, poll] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions()) {
                    if (a->isSeparator())
                        continue;
                    offered << a->text().remove(QLatin1Char('&'));
                    if (a->isEnabled())
                        enabled << a->text().remove(QLatin1Char('&'));
                }
                menu->close();
                return;
            }
            QTimer::singleShot(10, *poll);
        };
        QTimer::singleShot(0, *poll);
        QTableView *table = view->table();
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
        QVERIFY(view->filterEdit()->hasFocus());
        QTest::keyClicks(view->filterEdit(), QStringLiteral("ALI"));
        QCOMPARE(names(view), QStringList{QStringLiteral("alice")});
        QTest::keyClick(view->filterEdit(), Qt::Key_Escape);
        QVERIFY(view->filterEdit()->text().isEmpty());
        QVERIFY(names(view).size() >= 4);

        view->showSystemBox()->click();
        QVERIFY(view->isBusy());
        QVERIFY(settles(view));
        QVERIFY(names(view).contains(QStringLiteral("root")));
        QVERIFY(names(view).contains(QStringLiteral("nobody")));
        saveScreenshot(m_window.get(), QStringLiteral("accounts-system"));
        view->table()->horizontalHeader()->resizeSection(AccountModel::FullNameColumn, 233);
        view->table()->sortByColumn(AccountModel::UidColumn, Qt::DescendingOrder);
        QVERIFY(area()->closeTab(area()->tabs()->indexOf(view)));

        AccountsView *again = openAccounts(m_admin);
        QVERIFY(again != nullptr);
        QVERIFY(again->showSystemBox()->isChecked());
        QCOMPARE(again->table()->horizontalHeader()->sectionSize(AccountModel::FullNameColumn), 233);
        QCOMPARE(again->table()->horizontalHeader()->sortIndicatorSection(), int(AccountModel::UidColumn));
        QVERIFY(settles(again));
        QCOMPARE(names(again).last(), QStringLiteral("root")); // UID 0, sorted by number, descending
        again->showSystemBox()->click();
        QVERIFY(settles(again));
        QVERIFY(!names(again).contains(QStringLiteral("root")));
        again->table()->sortByColumn(AccountModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(!QSettings().value(QStringLiteral("accounts/showSystemAccounts")).toBool());
    }

    void resetTypedTwiceLogsInAndIsAuditedWithoutTheSecret()
    {
        m_window->setActiveTicket(42);
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        QVERIFY(shown(view, QStringLiteral("alice")).mustChange);
        clickRow(view, QStringLiteral("alice"));
        const QString password = QStringLiteral("Gui-reset 'x' $(id) %1").arg(QDateTime::currentMSecsSinceEpoch());
        m_secrets << password;
        const int records = int(audit().size());

        QString heading;
        bool okAtFirst = true;
        bool okAfterOne = true;
        QString mismatch;
        bool okWhenMatching = false;
        inDialog<ResetPasswordDialog>([&](ResetPasswordDialog *dialog) {
            heading = dialog->findChild<QLabel *>(QStringLiteral("resetHeading"))->text();
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okAtFirst = ok->isEnabled();
            auto *first = dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"));
            auto *second = dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword"));
            QCOMPARE(first->echoMode(), QLineEdit::Password);
            QTest::keyClicks(first, password);
            okAfterOne = ok->isEnabled();
            QTest::keyClicks(second, password.left(5) + QStringLiteral("typo"));
            mismatch = dialog->findChild<QLabel *>(QStringLiteral("passwordProblem"))->text();
            second->clear();
            QTest::keyClicks(second, password);
            okWhenMatching = ok->isEnabled() && dialog->findChild<QLabel *>(QStringLiteral("passwordProblem"))->text().isEmpty();
            saveScreenshot(dialog, QStringLiteral("accounts-reset-dialog"));
            ok->click();
        });
        press(view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // Reset Password…
        QCOMPARE(heading, QStringLiteral("New password for <b>alice</b> on <b>admin</b>"));
        QVERIFY(!okAtFirst);
        QVERIFY(!okAfterOne);
        QCOMPARE(mismatch, QStringLiteral("The two passwords differ."));
        QVERIFY(okWhenMatching);
        QVERIFY(view->isBusy());
        QCOMPARE(view->statusLine()->text(), QStringLiteral("Resetting the password of alice on admin…"));
        saveScreenshot(m_window.get(), QStringLiteral("accounts-busy"));

        PasswordRevealDialog *reveal = waitForReveal(view);
        QVERIFY2(reveal, qPrintable(view->errorLine()->text()));
        QPointer<PasswordRevealDialog> revealed(reveal);
        auto *field = reveal->findChild<QLineEdit *>(QStringLiteral("revealedPassword"));
        QCOMPARE(field->text(), password);
        QVERIFY(field->isReadOnly());
        reveal->findChild<QPushButton *>(QStringLiteral("copyPassword"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QVERIFY(view->clipboardGuard()->isGuarding());
        saveScreenshot(reveal, QStringLiteral("accounts-password-shown"));
        reveal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(revealed.isNull()); // gone, field and all
        // Shown once: no widget left anywhere holds it.
        QCOMPARE(widgetsShowing(password), QStringList());

        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(view->errorLine()->text()));
        QCOMPARE(view->statusLine()->text(), QStringLiteral("Reset the password of alice on admin."));
        // The row was read again: a reset clears "must change".
        QVERIFY(!shown(view, QStringLiteral("alice")).mustChange);
        QVERIFY(shown(view, QStringLiteral("alice")).lastChange.isValid());
        QVERIFY(logsIn(fx, m_knownHosts, QStringLiteral("alice"), password));

        const QList<AuditRecord> after = audit();
        QCOMPARE(after.size(), records + 1);
        const AuditRecord &record = after.first();
        QCOMPARE(record.action, QStringLiteral("reset-password"));
        QCOMPARE(record.account, QStringLiteral("alice"));
        QCOMPARE(record.host, QStringLiteral("admin"));
        QVERIFY(record.succeeded);
        QCOMPARE(record.ticketId, 42);
        QCOMPARE(record.operatorName, AuditLog::currentOperator());
        QVERIFY(!AuditLog::toCsv(after).contains(password.toUtf8()));
        m_window->setActiveTicket(0);
        // Copy the clipboard away so the next test starts clean.
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    }

    void generatedPasswordIsShownOnceAndTheClipboardEmptiedAfterTheDelay()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        view->clipboardGuard()->setDelay(600);
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
        QVERIFY2(reveal, qPrintable(view->errorLine()->text()));
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
        QVERIFY(!view->clipboardGuard()->isGuarding());
        QVERIFY(settles(view));
        QVERIFY(logsIn(fx, m_knownHosts, QStringLiteral("bob"), password));
        QCOMPARE(audit().first().action, QStringLiteral("reset-password"));
        QCOMPARE(audit().first().account, QStringLiteral("bob"));
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

    void lockAsksNamingAccountAndHostAndNoChangesNothing()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        clickRow(view, QStringLiteral("bob"));
        const QString before = onAdmin(fx, m_knownHosts, QStringLiteral("cat /etc/passwd /etc/shadow /etc/group | sha256sum"));
        QVERIFY(before.size() >= 64);
        const int records = int(audit().size());
        QString question;
        QString detail;
        QString defaultButton;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            detail = box->informativeText();
            defaultButton = box->defaultButton()->text();
            saveScreenshot(box, QStringLiteral("accounts-confirm-lock"));
            box->button(QMessageBox::Cancel)->click();
        });
        press(view, Qt::Key_L, Qt::ControlModifier); // Lock
        QCOMPARE(question, QStringLiteral("Lock the password of “bob” on admin?"));
        QVERIFY(detail.contains(QStringLiteral("SSH keys keep working")));
        QCOMPARE(defaultButton, QStringLiteral("Cancel"));
        QVERIFY(!view->isBusy());
        QCOMPARE(audit().size(), records); // nothing was done, so nothing is recorded
        QCOMPARE(onAdmin(fx, m_knownHosts, QStringLiteral("cat /etc/passwd /etc/shadow /etc/group | sha256sum")), before);
        QCOMPARE(shown(view, QStringLiteral("bob")).password, AccountStatus::Password::Set);

        // Disable asks too; this time the answer is yes.
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        press(view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(question, QStringLiteral("Disable the account “bob” on admin?"));
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(view->errorLine()->text()));
        QVERIFY(shown(view, QStringLiteral("bob")).disabled);
        QVERIFY(view->action(AccountAction::Kind::Enable)->isEnabled());
        QVERIFY(!view->action(AccountAction::Kind::Disable)->isEnabled());
        QCOMPARE(audit().first().action, QStringLiteral("disable"));
        // Enable asks nothing.
        press(view, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(settles(view));
        QVERIFY(!shown(view, QStringLiteral("bob")).disabled);
        QCOMPARE(audit().first().action, QStringLiteral("enable"));
    }

    void closingTheTabDuringAnActionStillAuditsIt()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        clickRow(view, QStringLiteral("bob"));
        const int records = int(audit().size());
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        press(view, Qt::Key_D, Qt::ControlModifier); // Disable
        QVERIFY(view->isActing());
        QVERIFY(area()->closeTab(area()->tabs()->indexOf(view))); // no question: the action goes on without the tab
        QTRY_COMPARE_WITH_TIMEOUT(int(audit().size()), records + 1, 30000);
        QCOMPARE(audit().first().action, QStringLiteral("disable"));
        QVERIFY(audit().first().succeeded);
        const QString expires = onAdmin(fx, m_knownHosts, QStringLiteral("chage -l bob")).split(QLatin1Char('\n'))
                                    .filter(QStringLiteral("Account expires")).value(0);
        QVERIFY2(expires.endsWith(QStringLiteral(": Jan 02, 1970")), qPrintable(expires));
        QVERIFY(asRootOnAdmin(fx, m_knownHosts, QStringLiteral("chage -E -1 bob")).succeeded());
    }

    void groupActionsAndAFailureShownInTheView()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        clickRow(view, QStringLiteral("bob"));
        QStringList offered;
        inDialog<QDialog>([&](QDialog *dialog) {
            auto *group = dialog->findChild<QComboBox *>(QStringLiteral("groupName"));
            for (int i = 0; i < group->count(); ++i)
                offered << group->itemText(i);
            QTest::keyClicks(group->lineEdit(), QStringLiteral("nosuchgroup"));
            dialog->accept();
        });
        press(view, Qt::Key_G, Qt::ControlModifier); // Add to Group…
        QVERIFY(!offered.contains(QStringLiteral("bob"))); // he is in his own group already
        QVERIFY(settles(view));
        QVERIFY(view->hasError());
        const QString error = view->errorLine()->text();
        QVERIFY2(error.startsWith(QStringLiteral("admin: add-to-group failed for bob")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(view->errorLine()->isVisible());
        saveScreenshot(m_window.get(), QStringLiteral("accounts-error"));
        QVERIFY(!audit().first().succeeded);
        QCOMPARE(audit().first().error, error);

        // A group that exists: added, then removed after a confirmation naming all three.
        inDialog<QDialog>([&](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QComboBox *>(QStringLiteral("groupName"))->lineEdit(), QStringLiteral("helpdesk"));
            dialog->accept();
        });
        press(view, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(settles(view));
        QVERIFY(!view->hasError()); // the earlier error went away with the new action
        QVERIFY(shown(view, QStringLiteral("bob")).groups.contains(QStringLiteral("helpdesk")));
        QString question;
        inDialog<QDialog>([&](QDialog *dialog) {
            auto *group = dialog->findChild<QComboBox *>(QStringLiteral("groupName"));
            QCOMPARE(group->currentText(), QStringLiteral("helpdesk"));
            whenModal<QMessageBox>([&](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
            });
            dialog->accept();
        });
        press(view, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(question, QStringLiteral("Take “bob” on admin out of the group “helpdesk”?"));
        QVERIFY(settles(view));
        QVERIFY(!shown(view, QStringLiteral("bob")).groups.contains(QStringLiteral("helpdesk")));
        QVERIFY(!onAdmin(fx, m_knownHosts, QStringLiteral("id -nG bob")).split(QLatin1Char(' ')).contains(QStringLiteral("helpdesk")));
    }

    void expiryIsSetThroughTheDialogAndCleared()
    {
        AccountsView *view = openAccounts(m_admin);
        QVERIFY(settles(view));
        clickRow(view, QStringLiteral("bob"));
        QVERIFY(!view->action(AccountAction::Kind::ClearExpiry)->isEnabled());
        const QDate day = QDate::currentDate().addDays(45);
        QDate offered;
        QDate earliest;
        inDialog<ExpiryDialog>([&](ExpiryDialog *dialog) {
            offered = dialog->dateEdit()->date();
            earliest = dialog->dateEdit()->minimumDate();
            dialog->dateEdit()->setDate(day);
            saveScreenshot(dialog, QStringLiteral("accounts-expiry"));
            dialog->accept();
        });
        press(view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // Set Expiry…
        QCOMPARE(offered, QDate::currentDate().addDays(30));
        QCOMPARE(earliest, QDate::currentDate());
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(view->errorLine()->text()));
        QCOMPARE(shown(view, QStringLiteral("bob")).expiry, day);
        QCOMPARE(view->model()->index(view->model()->rowOf(QStringLiteral("bob")), AccountModel::ExpiryColumn).data().toString(),
                 day.toString(Qt::ISODate));
        QVERIFY(!shown(view, QStringLiteral("bob")).disabled);
        QVERIFY(view->action(AccountAction::Kind::ClearExpiry)->isEnabled());
        press(view, Qt::Key_T, Qt::ControlModifier | Qt::AltModifier); // Clear Expiry
        QVERIFY(settles(view));
        QVERIFY(!shown(view, QStringLiteral("bob")).expiry.isValid());
        const QString expires = onAdmin(fx, m_knownHosts, QStringLiteral("chage -l bob")).split(QLatin1Char('\n'))
                                    .filter(QStringLiteral("Account expires")).value(0);
        QVERIFY2(expires.endsWith(QStringLiteral(": never")), qPrintable(expires));
        QCOMPARE(audit().at(0).action, QStringLiteral("clear-expiry"));
        QCOMPARE(audit().at(1).action, QStringLiteral("expire"));
    }

    void sudoPasswordIsAskedThroughTheGui()
    {
        AccountsView *view = openAccounts(m_adminAsCarol);
        QVERIFY(view);
        // No password yet: sudo's question comes to the user; Cancel ends it with the reason on show.
        SecretDialog *asked = waitForSudoQuestion(view);
        QVERIFY(asked);
        const QString question = asked->findChild<QLabel *>(QStringLiteral("secretQuestion"))->text();
        QVERIFY2(question.contains(QStringLiteral("<b>carol</b>")) && question.contains(QStringLiteral("<b>admin-carol</b>")),
                 qPrintable(question));
        QVERIFY(!asked->findChild<QCheckBox *>(QStringLiteral("rememberSecret"))); // a sudo password is not stored
        saveScreenshot(asked, QStringLiteral("accounts-sudo-prompt"));
        asked->reject();
        QVERIFY(settles(view));
        QVERIFY(view->hasError());
        QVERIFY2(view->errorLine()->text().contains(QStringLiteral("carol")), qPrintable(view->errorLine()->text()));
        QCOMPARE(view->model()->rowCount(), 0);
        saveScreenshot(m_window.get(), QStringLiteral("accounts-sudo-cancelled"));

        // F5: asked again; a wrong answer is one try and asked once more; the right one lists.
        press(view, Qt::Key_F5);
        asked = waitForSudoQuestion(view);
        QVERIFY(asked);
        QVERIFY(!asked->findChild<QLabel *>(QStringLiteral("secretRetry")));
        QTest::keyClicks(asked->findChild<QLineEdit *>(QStringLiteral("secretEdit")), QStringLiteral("wrong-") + fx.operatorPassword);
        asked->accept();
        SecretDialog *again = nullptr;
        (void)QTest::qWaitFor([&] {
            again = visibleChild<SecretDialog>(view, QStringLiteral("sudoPasswordDialog"));
            return again && again->findChild<QLabel *>(QStringLiteral("secretRetry"));
        }, 30000);
        QVERIFY(again && again->findChild<QLabel *>(QStringLiteral("secretRetry")));
        QCOMPARE(again->findChild<QLabel *>(QStringLiteral("secretRetry"))->text(),
                 QStringLiteral("sudo did not accept that password. Try again."));
        QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("secretEdit")), fx.operatorPassword);
        again->accept();
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(view->errorLine()->text()));
        QVERIFY(names(view).contains(QStringLiteral("bob")));
        QCOMPARE(shown(view, QStringLiteral("bob")).password, AccountStatus::Password::Set); // shadow read: sudo ran it

        // An action on the same tab goes through sudo with the password given, and "must change" follows the reset.
        clickRow(view, QStringLiteral("bob"));
        const QString password = QStringLiteral("Sudo-gui %1").arg(QDateTime::currentMSecsSinceEpoch());
        m_secrets << password;
        inDialog<ResetPasswordDialog>([&](ResetPasswordDialog *dialog) {
            dialog->findChild<QCheckBox *>(QStringLiteral("mustChangeAfterReset"))->click();
            typeTwiceAndAccept(dialog, password);
        });
        press(view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        PasswordRevealDialog *reveal = waitForReveal(view);
        QVERIFY2(reveal, qPrintable(view->errorLine()->text()));
        QCOMPARE(reveal->findChild<QLineEdit *>(QStringLiteral("revealedPassword"))->text(), password);
        reveal->reject();
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(view->errorLine()->text()));
        QVERIFY(!visibleChild<SecretDialog>(view)); // not asked again
        QVERIFY(shown(view, QStringLiteral("bob")).mustChange);
        QVERIFY(onAdmin(fx, m_knownHosts, QStringLiteral("chage -l bob")).contains(QStringLiteral("password must be changed")));
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.at(0).action, QStringLiteral("must-change"));
        QCOMPARE(records.at(1).action, QStringLiteral("reset-password"));
        QCOMPARE(records.at(1).host, QStringLiteral("admin-carol"));
        QVERIFY(records.at(1).succeeded);
        QVERIFY(asRootOnAdmin(fx, m_knownHosts, QStringLiteral("chage -d $(( $(date +%s) / 86400 )) bob")).succeeded());
    }

    void auditLogDialogFiltersAndExports()
    {
        const QString target = m_dir.filePath(QStringLiteral("audit-export.csv"));
        int all = -1;
        int aliceRows = -1;
        QStringList aliceAccounts;
        QString summary;
        inDialog<AuditLogDialog>([&](AuditLogDialog *dialog) {
            all = dialog->model()->rowCount();
            saveScreenshot(dialog, QStringLiteral("audit-log-all"));
            QTest::keyClicks(dialog->accountFilter(), QStringLiteral("ALI"));
            (void)QTest::qWaitFor([&] { return dialog->model()->rowCount() < all; }, 3000);
            aliceRows = dialog->model()->rowCount();
            for (int row = 0; row < aliceRows; ++row)
                aliceAccounts << dialog->model()->recordAt(row).account;
            saveScreenshot(dialog, QStringLiteral("audit-log"));
            whenModal<QFileDialog>([target](QFileDialog *files) {
                files->selectFile(target);
                QMetaObject::invokeMethod(files, "accept");
            });
            dialog->findChild<QPushButton *>(QStringLiteral("exportAudit"))->click();
            summary = dialog->findChild<QLabel *>(QStringLiteral("auditSummary"))->text();
        });
        action("auditLog")->trigger();
        QCOMPARE(all, int(audit().size()));
        QVERIFY(all >= 11);
        QVERIFY(aliceRows >= 1);
        aliceAccounts.removeDuplicates();
        QCOMPARE(aliceAccounts, QStringList{QStringLiteral("alice")});
        QVERIFY2(summary.startsWith(QStringLiteral("Exported ")), qPrintable(summary));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("time,operator,host,account,action,result,error,ticket"));
        QCOMPARE(int(csv.count('\n')), aliceRows + 1);
        QVERIFY(csv.contains(",admin,alice,reset-password,ok,,42"));
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY(!csv.contains(secret.toUtf8()));
    }
};

QTEST_MAIN(TestAccountsView)
#include "tst_accountsview.moc"
