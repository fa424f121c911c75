// Directories in the window's inventory, against the slapd the test run
// started: Add Directory… with Test Connection (which fills in the kind the
// server reports), the bind password into the real keychain, the tree node
// and kind:directory, edit and delete, each undoable.
#include "MainWindowFixture.h"

#include "core/directory/DirectoryKeys.h"
#include "core/secrets/CredentialStore.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "tests/support/LdapFixture.h"
#include "widgets/inventory/DirectoryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace wb;
using namespace wbtest;
using wb::test::LdapFixture;

class TestWindowDirectories : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT

    static void fill(DirectoryDialog *dialog, const QString &name, const QString &password)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), name);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("url")), LdapFixture::startTlsUrl());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("baseDn")), LdapFixture::peopleDn());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bindDn")), LdapFixture::dnOf(LdapFixture::Who::Helpdesk));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bindPassword")), password);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("caFile")), LdapFixture::caFile());
    }

    // Clicks Test Connection and waits for the answer; true when it logged in.
    static bool testConnection(DirectoryDialog *dialog)
    {
        QSignalSpy tested(dialog, &DirectoryDialog::connectionTested);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
        if (!tested.wait(20000))
            return false;
        return tested.first().first().toBool();
    }

    std::optional<QString> keychainHolds(const QString &key)
    {
        bool answered = false;
        std::optional<QString> found;
        m_services->credentials().read(key, [&](std::optional<QString> secret, QString) {
            found = secret;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            return QStringLiteral("(no answer)");
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = LdapFixture::problem(); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        setUpApplication("tst_windowdirectories");
    }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void addDirectoryTestsTheConnectionStoresThePasswordAndUndoes()
    {
        const GroupId site = addGroup(QStringLiteral("Amsterdam"));
        const QString password = LdapFixture::passwordOf(LdapFixture::Who::Helpdesk);
        QString kindAfterTest;
        bool loggedIn = false;
        whenModal<DirectoryDialog>([&](DirectoryDialog *dialog) {
            fill(dialog, QStringLiteral("people"), password);
            auto *group = dialog->findChild<QComboBox *>(QStringLiteral("group"));
            group->setCurrentIndex(group->findText(QStringLiteral("Amsterdam"), Qt::MatchContains));
            loggedIn = testConnection(dialog);
            kindAfterTest = dialog->findChild<QComboBox *>(QStringLiteral("kind"))->currentText();
            saveScreenshot(dialog, QStringLiteral("directory-dialog"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        panel()->addDirectoryAction()->trigger();
        QVERIFY(editsSettled());
        activate();
        QVERIFY(loggedIn);
        QCOMPARE(kindAfterTest, QStringLiteral("LDAP with password policy"));

        QCOMPARE(m_inventory->directoryCount(), 1);
        const DirectoryId id = m_inventory->findDirectory(QStringLiteral("people"));
        const Directory stored = *m_inventory->directory(id);
        QCOMPARE(stored.groupId, site);
        QCOMPARE(stored.kind, DirectoryKind::OpenLdap);
        QCOMPARE(stored.url, LdapFixture::startTlsUrl());
        QCOMPARE(storedInventory(workspaceLocation()).directories.size(), 1);
        // The password went to the keychain, and nowhere into the workspace.
        QTRY_COMPARE(keychainHolds(bindPasswordKey(stored)), std::optional<QString>(password));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));

        // In the tree under its group, selected; kind:directory finds it.
        auto *proxy = wbtest::partOf<InventoryFilterProxy>(panel(), "inventoryProxy");
        auto *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");
        QCOMPARE(model->indexForDirectory(id).parent(), model->indexForGroup(site));
        QCOMPARE(panel()->selectedDirectories(), QList<DirectoryId>{id});
        addHost(QStringLiteral("web01"), site);
        QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("filter")), QStringLiteral("kind:directory"));
        QCOMPARE(visibleNames(proxy), (QStringList{QStringLiteral("Amsterdam"), QStringLiteral("people")}));
        m_window->findChild<QLineEdit *>(QStringLiteral("filter"))->clear();

        // Ctrl+Z takes the new directory away, Ctrl+Shift+Z puts it back.
        undo();
        QCOMPARE(m_inventory->directoryCount(), 0);
        QVERIFY(storedInventory(workspaceLocation()).directories.isEmpty());
        redo();
        QCOMPARE(m_inventory->directory(id)->name, QStringLiteral("people"));
    }

    void editAndDeleteAreUndoable()
    {
        Directory d;
        d.name = QStringLiteral("corp");
        d.url = LdapFixture::ldapsUrl();
        d.baseDn = LdapFixture::peopleDn();
        d.bindDn = LdapFixture::dnOf(LdapFixture::Who::Helpdesk);
        d.caFile = LdapFixture::caFile();
        QString error;
        auto edits = wb::test::InventoryEdits(*m_services);
        QVERIFY2(edits.addDirectory(&d, &error), qPrintable(error));
        panel()->selectDirectory(d.id);
        panel()->view()->setFocus();

        // Edit: the kind chosen by hand and domain controllers typed; the
        // password field left empty keeps the keychain's.
        whenModal<DirectoryDialog>([](DirectoryDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("corp"));
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(int(DirectoryKind::ActiveDirectory)));
            auto *controllers = dialog->findChild<QPlainTextEdit *>(QStringLiteral("domainControllers"));
            QVERIFY(controllers->isEnabled());
            controllers->setPlainText(QStringLiteral("dc1.example.org\ndc2.example.org:636\n"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(editsSettled());
        activate();
        QCOMPARE(m_inventory->directory(d.id)->kind, DirectoryKind::ActiveDirectory);
        QCOMPARE(m_inventory->directory(d.id)->domainControllers,
                 (QStringList{QStringLiteral("dc1.example.org"), QStringLiteral("dc2.example.org:636")}));
        undo();
        QCOMPARE(m_inventory->directory(d.id)->kind, DirectoryKind::Detect);
        QVERIFY(m_inventory->directory(d.id)->domainControllers.isEmpty());

        // Delete asks, names the directory, and Ctrl+Z brings it back.
        panel()->selectDirectory(d.id);
        panel()->view()->setFocus();
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(panel()->view(), Qt::Key_Delete);
        QVERIFY(editsSettled());
        activate();
        QVERIFY2(question.startsWith(QStringLiteral("Delete directory “corp”?")), qPrintable(question));
        QCOMPARE(m_inventory->directoryCount(), 0);
        undo();
        QCOMPARE(m_inventory->directory(d.id)->name, QStringLiteral("corp"));
    }

    void aWrongBindPasswordIsSaidInWordsAndNothingIsSaved()
    {
        QString status;
        whenModal<DirectoryDialog>([&status](DirectoryDialog *dialog) {
            fill(dialog, QStringLiteral("people"), QStringLiteral("not-the-password"));
            QVERIFY(!testConnection(dialog));
            status = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            dialog->reject();
        });
        panel()->addDirectoryAction()->trigger();
        activate();
        QVERIFY2(status.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(status));
        QCOMPARE(m_inventory->directoryCount(), 0);
    }
};

QTEST_MAIN(TestWindowDirectories)
#include "tst_windowdirectories.moc"
