// A directory's Accounts tab on Active Directory (the Samba AD fixture, over
// LDAPS): no Lock button (AD has no manual lock), the state of the selected
// account on each domain controller (the real DC plus a recorded one where
// the account is locked), and "must change" on an account whose password
// never expires: said, and cleared when the user agrees.
#include "MainWindowFixture.h"

#include "core/directory/DirectoryAccountBackend.h"
#include "core/directory/DirectoryKeys.h"
#include "core/secrets/CredentialStore.h"
#include "models/accounts/DirectoryAccountModel.h"
#include "tests/support/RecordedDomainControllers.h"
#include "tests/support/SambaFixture.h"
#include "widgets/accounts/DirectoryAccountsView.h"
#include "widgets/main/SessionArea.h"

#include <QLineEdit>
#include <QAbstractButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace wb;
using namespace wbtest;
using wb::test::SambaFixture;

class TestDirectoryAccountsAd : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT

    QString m_login;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = SambaFixture::problem(); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        setUpApplication("tst_directoryaccounts_ad");
        m_login = SambaFixture::uniqueName(QStringLiteral("win"));
        QVERIFY(SambaFixture::addPerson(m_login, QStringLiteral("Initial#Pass1"), QStringLiteral("Window Tester")));
        // "Password never expires" (0x10000) on an enabled account.
        QVERIFY(SambaFixture::modifyLdif(QStringLiteral("dn: %1\nchangetype: modify\nreplace: userAccountControl\n"
                                                        "userAccountControl: 66048\n")
                                             .arg(SambaFixture::personDn(m_login))));
    }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void lockoutPerControllerAndMustChangeWithNeverExpires()
    {
        Directory d;
        d.name = QStringLiteral("corp");
        d.url = QStringLiteral("ldaps://127.0.0.1");
        d.baseDn = SambaFixture::usersDn();
        d.bindDn = SambaFixture::adminUpn();
        d.caFile = SambaFixture::caFile();
        d.kind = DirectoryKind::ActiveDirectory;
        d.domainControllers = {QStringLiteral("127.0.0.1"), QStringLiteral("dc2.example.test")};
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addDirectory(&d, &error), qPrintable(error));
        bool written = false;
        m_services->credentials().write(bindPasswordKey(d), SambaFixture::adminPassword(), [&written](bool ok, QString) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

        panel()->selectDirectory(d.id);
        m_window->findChild<QAction *>(QStringLiteral("manageAccounts"))->trigger();
        auto *view = qobject_cast<DirectoryAccountsView *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(view);
        // dc2 is a recorded DC where the account is locked after three bad passwords.
        const QDateTime lockedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
        DirectoryAccountBackend *backend = view->backend();
        backend->setDomainControllerReader([backend, lockedAt](const QString &server, const QString &dn) -> AccountReply * {
            if (server == QLatin1String("dc2.example.test"))
                return wb::test::recordedReply(backend, wb::test::domainControllerEntry(dn, 3, lockedAt, {}));
            return backend->readOnDomainController(server, dn);
        });

        QSignalSpy idle(view, &DirectoryAccountsView::idle);
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("accountSearch"));
        QTest::keyClicks(search, m_login);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(idle.wait(20000));
        auto *model = partOf<DirectoryAccountModel>(view, "directoryAccountModel");
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, DirectoryAccountModel::MustChangeColumn).data().toString(), QStringLiteral("never expires"));
        // Active Directory has no manual lock: no button for one.
        QVERIFY(!view->action(AccountAction::Kind::Lock)->isVisible());

        // The one account selected: each DC asked, shown below the table, locked on dc2.
        auto *controllers = view->findChild<QTreeWidget *>(QStringLiteral("domainControllers"));
        QTRY_VERIFY_WITH_TIMEOUT(controllers->isVisible() && controllers->topLevelItemCount() == 2, 15000);
        QCOMPARE(controllers->topLevelItem(0)->text(1), QStringLiteral("no"));
        QVERIFY2(controllers->topLevelItem(1)->text(1).startsWith(QLatin1String("since")), qPrintable(controllers->topLevelItem(1)->text(1)));
        QCOMPARE(controllers->topLevelItem(1)->text(2), QStringLiteral("3"));
        QVERIFY(model->accountAt(0).locked);
        QCOMPARE(model->accountAt(0).lockedOn, QStringLiteral("dc2.example.test"));
        saveScreenshot(view, QStringLiteral("directory-accounts-ad"));

        // Must change: never-expires is said, and cleared with it.
        QString offered;
        whenModal<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        idle.clear();
        view->action(AccountAction::Kind::MustChangePassword)->trigger();
        QVERIFY(idle.wait(20000));
        QVERIFY2(!view->hasError(), qPrintable(view->tabToolTip()));
        QVERIFY2(offered.contains(QLatin1String("never expires")), qPrintable(offered));
        const QString dn = SambaFixture::personDn(m_login);
        QCOMPARE(SambaFixture::read(dn, QStringLiteral("pwdLastSet")), QStringList{QStringLiteral("0")});
        QCOMPARE(SambaFixture::read(dn, QStringLiteral("userAccountControl")), QStringList{QStringLiteral("512")});
        QTRY_COMPARE(model->index(0, DirectoryAccountModel::MustChangeColumn).data().toString(), QStringLiteral("yes"));
    }
};

QTEST_MAIN(TestDirectoryAccountsAd)
#include "tst_directoryaccounts_ad.moc"
