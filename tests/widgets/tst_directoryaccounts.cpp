// A directory's Accounts tab in the real window, against the slapd the test
// run started (OpenLDAP 2.5 with ppolicy, StartTLS with the test CA): search
// as typed, a reset whose password is shown once and then logs in for real,
// a bulk unlock of three accounts locked by real bad binds, and the audit log
// showing each action.
#include "MainWindowFixture.h"

#include "core/directory/DirectoryKeys.h"
#include "core/secrets/CredentialStore.h"
#include "models/accounts/DirectoryAccountModel.h"
#include "models/audit/AuditLogModel.h"
#include "tests/support/LdapFixture.h"
#include "widgets/accounts/AuditLogDialog.h"
#include "widgets/accounts/DirectoryAccountsView.h"
#include "widgets/accounts/PasswordListDialog.h"
#include "widgets/accounts/PasswordRevealDialog.h"
#include "widgets/accounts/ResetPasswordDialog.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SecretDialog.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/TicketDirectoryLinks.h"
#include "widgets/tickets/TicketEditor.h"
#include "core/tickets/TicketStore.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>

using namespace wb;
using namespace wbtest;
using wb::test::LdapFixture;

class TestDirectoryAccounts : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT

    QString m_prefix;
    DirectoryId m_directory = 0;

    QString uid(const QString &who) const { return m_prefix + who; }

    // Adds the directory through the workspace thread, its bind password to the real keychain.
    void addDirectory()
    {
        Directory d;
        d.name = QStringLiteral("people");
        d.url = LdapFixture::startTlsUrl();
        d.baseDn = LdapFixture::peopleDn();
        d.bindDn = LdapFixture::dnOf(LdapFixture::Who::Helpdesk);
        d.caFile = LdapFixture::caFile();
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addDirectory(&d, &error), qPrintable(error));
        m_directory = d.id;
        bool written = false;
        m_services->credentials().write(bindPasswordKey(d), LdapFixture::passwordOf(LdapFixture::Who::Helpdesk),
                                        [&written](bool ok, QString) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    }

    // Accounts → Manage Accounts… on the selected directory.
    DirectoryAccountsView *openTab()
    {
        panel()->selectDirectory(m_directory);
        m_window->findChild<QAction *>(QStringLiteral("manageAccounts"))->trigger();
        return qobject_cast<DirectoryAccountsView *>(m_window->sessionArea()->tabs()->currentWidget());
    }

    static bool searchFor(DirectoryAccountsView *view, const QString &text)
    {
        QSignalSpy idle(view, &DirectoryAccountsView::idle);
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("accountSearch"));
        search->clear();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return);
        return idle.wait(20000);
    }

    static QModelIndex rowOf(DirectoryAccountsView *view, const QString &login)
    {
        auto *proxy = partOf<QSortFilterProxyModel>(view, "directoryAccountProxy");
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, DirectoryAccountModel::LoginColumn).data().toString() == login)
                return proxy->index(row, 0);
        return {};
    }

    static void select(DirectoryAccountsView *view, const QStringList &logins)
    {
        auto *table = view->findChild<QTableView *>(QStringLiteral("directoryAccountTable"));
        table->clearSelection();
        for (const QString &login : logins)
            table->selectionModel()->select(rowOf(view, login), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = LdapFixture::problem(); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        setUpApplication("tst_directoryaccounts");
        m_prefix = LdapFixture::uniqueName(QStringLiteral("wt"));
        for (const QString &who : {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid"), QStringLiteral("dan")}) {
            QVERIFY(LdapFixture::addPerson(uid(who), QStringLiteral("Old-pass-1234"), true, QStringLiteral("Tester %1").arg(who),
                                           uid(who) + QStringLiteral("@example.test")));
        }
        // Three people locked out by the policy (three bad passwords), as a helpdesk meets them.
        for (const QString &who : {QStringLiteral("bob"), QStringLiteral("cid"), QStringLiteral("dan")}) {
            for (int attempt = 0; attempt < 3; ++attempt)
                LdapFixture::bindWords(LdapFixture::personDn(uid(who)), QStringLiteral("wrong-guess"));
            QVERIFY(!LdapFixture::read(LdapFixture::personDn(uid(who)), QStringLiteral("pwdAccountLockedTime")).isEmpty());
        }
    }
    void init()
    {
        openWindow();
        addDirectory();
    }
    void cleanup() { closeWindow(); }

    void searchResetWithTheOnceShownPasswordBulkUnlockAndTheAuditLog()
    {
        DirectoryAccountsView *view = openTab();
        QVERIFY(view);
        auto *model = partOf<DirectoryAccountModel>(view, "directoryAccountModel");
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A search as typed finds the four, paged in; a hostile one finds nobody and breaks nothing.
        QVERIFY(searchFor(view, QStringLiteral("*)(uid=*")));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!view->hasError());
        QVERIFY(searchFor(view, m_prefix));
        QCOMPARE(model->rowCount(), 4);
        const QModelIndex bob = rowOf(view, uid(QStringLiteral("bob")));
        QVERIFY(bob.isValid());
        QVERIFY(bob.siblingAtColumn(DirectoryAccountModel::LockedColumn).data().toString().startsWith(QLatin1String("since")));
        QCOMPARE(bob.siblingAtColumn(DirectoryAccountModel::DisplayNameColumn).data().toString(), QStringLiteral("Tester bob"));
        // Sortable: by login, descending.
        auto *table = view->findChild<QTableView *>(QStringLiteral("directoryAccountTable"));
        table->sortByColumn(DirectoryAccountModel::LoginColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, DirectoryAccountModel::LoginColumn).data().toString(), uid(QStringLiteral("dan")));
        saveScreenshot(view, QStringLiteral("directory-accounts"));

        // Reset with a generated password: the policy is shown, the password once.
        select(view, {uid(QStringLiteral("ann"))});
        QString policy;
        QString heading;
        whenModal<ResetPasswordDialog>([&policy, &heading](ResetPasswordDialog *dialog) {
            policy = dialog->findChild<QLabel *>(QStringLiteral("passwordPolicy"))->text();
            heading = dialog->findChild<QLabel *>(QStringLiteral("resetHeading"))->text();
            dialog->findChild<QRadioButton *>(QStringLiteral("generatePassword"))->click();
            saveScreenshot(dialog, QStringLiteral("directory-reset"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QString shown;
        whenModal<PasswordRevealDialog>([&shown](PasswordRevealDialog *dialog) {
            shown = dialog->findChild<QLineEdit *>()->text();
            dialog->accept();
        });
        QSignalSpy idle(view, &DirectoryAccountsView::idle);
        view->action(AccountAction::Kind::ResetPassword)->trigger();
        QVERIFY(idle.wait(20000));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(policy.startsWith(QLatin1String("Policy:")), qPrintable(policy));
        QVERIFY2(heading.endsWith(QLatin1String(" in <b>people</b>")), qPrintable(heading));
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        QVERIFY(LdapFixture::canBind(LdapFixture::personDn(uid(QStringLiteral("ann"))), shown));

        // Lock does not apply to nobody-selected; Unlock on the three locked ones at once.
        const QStringList locked = {uid(QStringLiteral("bob")), uid(QStringLiteral("cid")), uid(QStringLiteral("dan"))};
        select(view, locked + QStringList{uid(QStringLiteral("ann"))});
        QVERIFY(view->action(AccountAction::Kind::Unlock)->isEnabled());
        QVERIFY(view->action(AccountAction::Kind::ResetPassword)->isEnabled());  // a bulk reset generates
        idle.clear();
        view->action(AccountAction::Kind::Unlock)->trigger();
        QVERIFY(idle.wait(20000));
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        for (const QString &login : locked) {
            QVERIFY(LdapFixture::read(LdapFixture::personDn(login), QStringLiteral("pwdAccountLockedTime")).isEmpty());
            QVERIFY(LdapFixture::canBind(LdapFixture::personDn(login), QStringLiteral("Old-pass-1234")));
            QTRY_VERIFY(rowOf(view, login).siblingAtColumn(DirectoryAccountModel::LockedColumn).data().toString().isEmpty());
        }
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("directoryAccountsStatus"))->text().startsWith(QLatin1String("3 actions done")));

        // The audit log names each: the reset and the three unlocks, by login and DN.
        QStringList logged;
        whenModal<AuditLogDialog>([&logged](AuditLogDialog *dialog) {
            auto *audit = partOf<AuditLogModel>(dialog, "auditModel");
            if (!QTest::qWaitFor([audit] { return audit->rowCount() >= 4; }, 15000))
                qWarning("the audit log showed fewer than four records");
            for (int row = 0; row < audit->rowCount(); ++row)
                logged << QStringLiteral("%1 %2 %3 %4")
                              .arg(audit->index(row, AuditLogModel::ActionColumn).data().toString(),
                                   audit->index(row, AuditLogModel::AccountColumn).data().toString(),
                                   audit->index(row, AuditLogModel::HostColumn).data().toString(),
                                   audit->index(row, AuditLogModel::ResultColumn).data().toString());
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("auditLog"))->trigger();
        activate();
        for (const QString &login : locked)
            QVERIFY2(logged.contains(QStringLiteral("unlock %1 people ok").arg(login)), qPrintable(logged.join(u'\n')));
        QVERIFY2(logged.contains(QStringLiteral("reset-password %1 people ok").arg(uid(QStringLiteral("ann")))),
                 qPrintable(logged.join(u'\n')));
    }

    // No bind password in the keychain for this address and bind DN: the tab
    // asks for it (never storing it), then logs in with it.
    void withoutAStoredBindPasswordTheTabAsksForIt()
    {
        Directory d;
        d.name = QStringLiteral("people over ldaps");
        d.url = LdapFixture::ldapsUrl();  // another keychain entry than the StartTLS one
        d.baseDn = LdapFixture::peopleDn();
        d.bindDn = LdapFixture::dnOf(LdapFixture::Who::Helpdesk);
        d.caFile = LdapFixture::caFile();
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addDirectory(&d, &error), qPrintable(error));
        panel()->selectDirectory(d.id);
        m_window->findChild<QAction *>(QStringLiteral("manageAccounts"))->trigger();
        auto *view = qobject_cast<DirectoryAccountsView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(view && view->directoryId() == d.id);
        bool asked = false;
        whenModal<SecretDialog>([&asked](SecretDialog *dialog) {
            asked = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), LdapFixture::passwordOf(LdapFixture::Who::Helpdesk));
            dialog->accept();
        });
        QVERIFY(searchFor(view, m_prefix));
        QVERIFY(asked);
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        QCOMPARE(partOf<DirectoryAccountModel>(view, "directoryAccountModel")->rowCount(), 4);
        // Asked for, not kept: the keychain still holds nothing for it.
        bool answered = false;
        std::optional<QString> stored = QStringLiteral("(unread)");
        m_services->credentials().read(bindPasswordKey(d), [&](std::optional<QString> secret, QString) {
            stored = secret;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!stored);
    }

    // Several accounts at once: only generating is offered, each gets its own
    // password, and all are shown once, together.
    void aBulkResetGivesEachAccountItsOwnPasswordShownOnce()
    {
        DirectoryAccountsView *view = openTab();
        QVERIFY(searchFor(view, m_prefix));
        const QStringList two = {uid(QStringLiteral("cid")), uid(QStringLiteral("bob"))};
        select(view, two);
        bool typingOffered = true;
        whenModal<ResetPasswordDialog>([&typingOffered](ResetPasswordDialog *dialog) {
            typingOffered = dialog->findChild<QRadioButton *>(QStringLiteral("typePassword"))->isEnabled();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QMap<QString, QString> shown;
        whenModal<PasswordListDialog>([&shown](PasswordListDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("passwordList"));
            for (int row = 0; row < table->rowCount(); ++row)
                shown.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
            saveScreenshot(dialog, QStringLiteral("directory-bulk-reset"));
            dialog->accept();
        });
        QSignalSpy idle(view, &DirectoryAccountsView::idle);
        view->action(AccountAction::Kind::ResetPassword)->trigger();
        QVERIFY(idle.wait(20000));
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(!typingOffered);
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        QVERIFY(shown.value(two.at(0)) != shown.value(two.at(1)));
        for (const QString &login : two)
            QVERIFY2(LdapFixture::canBind(LdapFixture::personDn(login), shown.value(login)), qPrintable(login));
    }

    // A ticket links the directory from its editor, and an account from the
    // Accounts tab (Link to Active Ticket); an action done in the directory for
    // the active ticket goes into the ticket's work log.
    void theTicketEditorLinksTheDirectoryAndItsActionsAreLogged()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("Bob is locked out");
        QString error;
        QVERIFY2(readBack([&] { return TicketStore(m_workspace->database()).add(&ticket, &error); }), qPrintable(error));
        auto *tickets = m_window->findChild<TicketController *>(QStringLiteral("ticketController"));
        tickets->openTicket(ticket.id);
        TicketEditor *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<TicketEditor *>(m_window->sessionArea()->tabs()->currentWidget())) && !editor->isBusy());
        auto *links = editor->findChild<TicketDirectoryLinks *>();
        QVERIFY(links);

        panel()->selectDirectory(m_directory);
        editor->findChild<QPushButton *>(QStringLiteral("linkDirectory"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(links->shown(), QStringList{QStringLiteral("people")}, 10000);

        // Must change on one account, done for the active ticket.
        tickets->setActiveTicket(ticket.id);
        DirectoryAccountsView *view = openTab();
        QVERIFY(searchFor(view, uid(QStringLiteral("dan"))));
        select(view, {uid(QStringLiteral("dan"))});
        QSignalSpy idle(view, &DirectoryAccountsView::idle);
        view->action(AccountAction::Kind::MustChangePassword)->trigger();
        QVERIFY(idle.wait(20000));
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<WorkLogEntry> log = readBack([&] { return TicketStore(m_workspace->database()).workLog(ticket.id); });
                return std::any_of(log.begin(), log.end(), [&](const WorkLogEntry &entry) {
                    return entry.text.contains(uid(QStringLiteral("dan"))) && entry.text.contains(QLatin1String("people"));
                });
            }(),
            10000);
        // Link to Active Ticket links the selected account itself; the editor shows it with its DN.
        const QString dn = LdapFixture::personDn(uid(QStringLiteral("dan")));
        QAction *link = view->linkToTicketAction();
        QVERIFY(link->isVisible() && link->isEnabled());
        idle.clear();
        link->trigger();
        QVERIFY(idle.wait(10000));
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        QVERIFY(readBack([&] { return TicketStore(m_workspace->database()).directoryLinks(ticket.id); })
                    .contains(TicketStore::DirectoryLink{m_directory, dn}));
        m_window->sessionArea()->tabs()->setCurrentWidget(editor);
        links->reload();
        QTRY_VERIFY_WITH_TIMEOUT(links->shown().contains(QStringLiteral("people — %1").arg(dn)), 10000);

        // Remove unlinks the directory, with its accounts.
        auto *list = editor->findChild<QListWidget *>(QStringLiteral("ticketDirectories"));
        list->setCurrentRow(0);
        editor->findChild<QPushButton *>(QStringLiteral("unlinkDirectory"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(links->shown().isEmpty(), 10000);
        QVERIFY(readBack([&] { return TicketStore(m_workspace->database()).directoryLinks(ticket.id); }).isEmpty());
    }
};

QTEST_MAIN(TestDirectoryAccounts)
#include "tst_directoryaccounts.moc"
