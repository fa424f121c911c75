// Account actions through the Accounts view in the real main window against
// the fixture's admin host (root by key, or carol through sudo): a password
// reset typed twice and checked by logging in with it, confirmations that
// change nothing when declined, an action that outlives its tab, group and
// expiry actions, errors kept in the view, the sudo question answered through
// the GUI, and the audit log dialog over the records these tests wrote. The
// view itself and generated passwords are in tst_accountsview.cpp.
#include "tests/integration/ssh/AccountsViewTestSupport.h"

#include "core/tickets/TicketStore.h"
#include "models/audit/AuditLogModel.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/accounts/AuditLogDialog.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/accounts/ExpiryDialog.h"
#include "widgets/accounts/ResetPasswordDialog.h"
#include "widgets/session/SecretDialog.h"
#include "widgets/tickets/TicketController.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>

using namespace wb;
using namespace wbtest;

namespace {

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

} // namespace

class TestAccountActions : public QObject, AccountsWindowTest
{
    Q_OBJECT
    qint64 m_ticket = 0; // the ticket the typed reset is done for


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
    void initTestCase() { setUpWindow(); }
    void cleanupTestCase() { tearDownWindow(2); } // the one typed for alice, the one set through sudo

    void resetTypedTwiceLogsInAndIsAuditedWithoutTheSecret()
    {
        // Done for a ticket about this host: audited with it, and logged in its work log.
        Ticket ticket;
        ticket.title = QStringLiteral("alice cannot log in");
        ticket.hostIds = {m_admin};
        QString ticketError;
        QVERIFY2(readBack([&] { return TicketStore(m_workspace->database()).add(&ticket, &ticketError); }), qPrintable(ticketError));
        m_ticket = ticket.id;
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->setActiveTicket(m_ticket);
        QTRY_COMPARE(wbtest::partOf<TicketController>(m_window.get(), "ticketController")->activeTicket(), m_ticket); // once the ticket is known to be there
        // The ticket is open in an editor meanwhile: its work log shows the action as it is logged.
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->openTicket(m_ticket);
        auto *editorLog = m_window->findChild<QTextBrowser *>(QStringLiteral("ticketWorkLog"));
        QVERIFY(editorLog);
        QVERIFY(!editorLog->toPlainText().contains(QStringLiteral("reset-password")));
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
        QCOMPARE(partOf<QLabel>(view, "accountsStatus")->text(), QStringLiteral("Resetting the password of alice on admin…"));
        saveScreenshot(m_window.get(), QStringLiteral("accounts-busy"));

        PasswordRevealDialog *reveal = waitForReveal(view);
        QVERIFY2(reveal, qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QPointer<PasswordRevealDialog> revealed(reveal);
        auto *field = reveal->findChild<QLineEdit *>(QStringLiteral("revealedPassword"));
        QCOMPARE(field->text(), password);
        QVERIFY(field->isReadOnly());
        reveal->findChild<QPushButton *>(QStringLiteral("copyPassword"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QVERIFY(wbtest::partOf<wb::ClipboardGuard>(view, "clipboardGuard")->isGuarding());
        saveScreenshot(reveal, QStringLiteral("accounts-password-shown"));
        reveal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(revealed.isNull()); // gone, field and all
        // Shown once: no widget left anywhere holds it.
        QCOMPARE(widgetsShowing(password), QStringList());

        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QCOMPARE(partOf<QLabel>(view, "accountsStatus")->text(), QStringLiteral("Reset the password of alice on admin."));
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
        QVERIFY(record.succeeded());
        QCOMPARE(record.ticketId, m_ticket);
        QCOMPARE(record.operatorName, AuditLog::currentOperator());
        QVERIFY(!AuditLog::toCsv(after).contains(password.toUtf8()));
        const QList<WorkLogEntry> log = readBack([&] { return TicketStore(m_workspace->database()).workLog(m_ticket); });
        QVERIFY(!log.isEmpty());
        QVERIFY2(log.first().text.startsWith(QStringLiteral("Account alice on admin: reset-password done")), qPrintable(log.first().text));
        QVERIFY(!log.first().isPublic);
        for (const WorkLogEntry &entry : log)
            QVERIFY(!entry.text.contains(password));
        QTRY_VERIFY2(editorLog->toPlainText().contains(QStringLiteral("Account alice on admin: reset-password done")),
                     qPrintable(editorLog->toPlainText()));
        SessionArea *area = m_window->sessionArea();
        for (int i = area->tabs()->count() - 1; i >= 0; --i) {
            if (area->ticketAt(i))
                QVERIFY(area->closeTab(i));
        }
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->setActiveTicket(0);
        // Copy the clipboard away so the next test starts clean.
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
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
        QVERIFY2(!view->hasError(), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
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
        // Quitting now would wait for its outcome; its intent is on record
        // (written on the workspace thread before anything is sent).
        QVERIFY(m_pending->count() >= 1);
        QTRY_COMPARE(int(audit().size()), records + 1); // (whether its outcome is in yet depends on the host)
        QTRY_VERIFY_WITH_TIMEOUT(audit().first().outcome != AuditRecord::Outcome::None, 30000);
        QCOMPARE(int(audit().size()), records + 1); // the same action, not a second line
        QCOMPARE(audit().first().action, QStringLiteral("disable"));
        QVERIFY(audit().first().succeeded());
        QTRY_COMPARE(m_pending->count(), 0);
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
        const QString error = partOf<QLabel>(view, "accountsError")->text();
        QVERIFY2(error.startsWith(QStringLiteral("admin: add-to-group failed for bob")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(partOf<QLabel>(view, "accountsError")->isVisible());
        saveScreenshot(m_window.get(), QStringLiteral("accounts-error"));
        QVERIFY(!audit().first().succeeded());
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
        QVERIFY2(!view->hasError(), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QCOMPARE(shown(view, QStringLiteral("bob")).expiry, day);
        QCOMPARE(wbtest::partOf<wb::AccountModel>(view, "accountModel")->index(wbtest::partOf<wb::AccountModel>(view, "accountModel")->rowOf(QStringLiteral("bob")), AccountModel::ExpiryColumn).data().toString(),
                 QLocale().toString(day, QLocale::ShortFormat)); // as the UI language writes a date
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
        QVERIFY2(partOf<QLabel>(view, "accountsError")->text().contains(QStringLiteral("carol")), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QCOMPARE(wbtest::partOf<wb::AccountModel>(view, "accountModel")->rowCount(), 0);
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
        QVERIFY2(!view->hasError(), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
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
        QVERIFY2(reveal, qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QCOMPARE(reveal->findChild<QLineEdit *>(QStringLiteral("revealedPassword"))->text(), password);
        reveal->reject();
        QVERIFY(settles(view));
        QVERIFY2(!view->hasError(), qPrintable(partOf<QLabel>(view, "accountsError")->text()));
        QVERIFY(!visibleChild<SecretDialog>(view)); // not asked again
        QVERIFY(shown(view, QStringLiteral("bob")).mustChange);
        QVERIFY(onAdmin(fx, m_knownHosts, QStringLiteral("chage -l bob")).contains(QStringLiteral("password must be changed")));
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.at(0).action, QStringLiteral("must-change"));
        QCOMPARE(records.at(1).action, QStringLiteral("reset-password"));
        QCOMPARE(records.at(1).host, QStringLiteral("admin-carol"));
        QVERIFY(records.at(1).succeeded());
        QVERIFY(asRootOnAdmin(fx, m_knownHosts, QStringLiteral("chage -d $(( $(date +%s) / 86400 )) bob")).succeeded());
    }

    // Last: the dialog shows the records the tests above wrote (eleven, alice's reset under its ticket among them).
    void auditLogDialogFiltersAndExports()
    {
        const QString target = m_dir.filePath(QStringLiteral("audit-export.csv"));
        int all = -1;
        int aliceRows = -1;
        QStringList aliceAccounts;
        QString summary;
        inDialog<AuditLogDialog>([&](AuditLogDialog *dialog) {
            auto *summaryLine = dialog->findChild<QLabel *>(QStringLiteral("auditSummary"));
            QVERIFY(QTest::qWaitFor([&] { return summaryLine->text().endsWith(QStringLiteral(" records")); }, 10000));
            all = wbtest::partOf<AuditLogModel>(dialog, "auditModel")->rowCount();
            saveScreenshot(dialog, QStringLiteral("audit-log-all"));
            QTest::keyClicks(wbtest::partOf<QLineEdit>(dialog, "auditAccountFilter"), QStringLiteral("ALI"));
            (void)QTest::qWaitFor([&] { return wbtest::partOf<AuditLogModel>(dialog, "auditModel")->rowCount() < all; }, 3000);
            aliceRows = wbtest::partOf<AuditLogModel>(dialog, "auditModel")->rowCount();
            for (int row = 0; row < aliceRows; ++row)
                aliceAccounts << wbtest::partOf<AuditLogModel>(dialog, "auditModel")->recordAt(row).account;
            saveScreenshot(dialog, QStringLiteral("audit-log"));
            whenModal<QFileDialog>([target](QFileDialog *files) {
                files->selectFile(target);
                QMetaObject::invokeMethod(files, "accept");
            });
            dialog->findChild<QPushButton *>(QStringLiteral("exportAudit"))->click();
            (void)QTest::qWaitFor([&] { return summaryLine->text().startsWith(QStringLiteral("Exported ")); }, 10000);
            summary = summaryLine->text();
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
        QVERIFY(csv.contains(QStringLiteral(",admin,alice,reset-password,ok,,%1").arg(m_ticket).toUtf8()));
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY(!csv.contains(secret.toUtf8()));
    }
};

QTEST_MAIN(TestAccountActions)
#include "tst_accountactions.moc"
