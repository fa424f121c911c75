// Edit as Root in the file tab, on the fixture's admin host (its /etc a
// private copy) logged in as carol, who may sudo with her password: the
// list's Ctrl+Alt+E asks for the password (none in the keychain), the file
// opens in $VISUAL (a script that appends a line, as a save would), and the
// save reaches the host through sudo with the file's owner and mode kept.
#include "tests/integration/ssh/AccountTestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/files/RemoteEdit.h"
#include "core/ssh/KnownHosts.h"
#include "widgets/files/FileBrowser.h"
#include "widgets/main/SessionArea.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

class TestWindowEdit : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    HostId m_admin = 0;

    QString onHost(const QString &command) { return onAdmin(fx, m_knownHosts, command); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present() && fx.adminPort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowedit");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
    }

    void init()
    {
        QCOMPARE(onHost(QStringLiteral("printf 'port = 1\\n' > /etc/werkbank-window-edit.conf && chown root:adm /etc/werkbank-window-edit.conf"
                                       " && chmod 640 /etc/werkbank-window-edit.conf && echo made")),
                 QStringLiteral("made"));
        openWindow();
        Host h = fx.keyHost(QStringLiteral("admin"), QStringLiteral("127.0.0.1"), fx.adminPort);
        h.sshUser = QStringLiteral("carol");
        h.knownHostsFile = m_knownHosts;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&h, &error), qPrintable(error));
        m_admin = h.id;
        QVERIFY(editsSettled());
    }

    void cleanup()
    {
        closeWindow();
        onHost(QStringLiteral("rm -f /etc/werkbank-window-edit.conf /etc/.werkbank-edit.*"));
    }

    void editAsRootThroughSudo()
    {
        QTemporaryDir tools;
        const QString editor = tools.filePath(QStringLiteral("fake-editor"));
        QFile script(editor);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf 'saved by the editor\\n' >> \"$1\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldVisual = qgetenv("VISUAL");
        qputenv("VISUAL", editor.toUtf8());
        const auto restore = qScopeGuard([&] { qputenv("VISUAL", oldVisual); });

        panel()->selectHost(m_admin);
        m_window->findChild<QAction *>(QStringLiteral("sessionFiles"))->trigger();
        activate();
        auto *browser = qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(browser);
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        auto *view = browser->findChild<QTreeView *>(QStringLiteral("filesList"));
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(!browser->currentFolder().isEmpty(), 20000);
        path->setText(QStringLiteral("/etc"));
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), QByteArray("/etc"), 20000);
        QModelIndex file;
        QTRY_VERIFY_WITH_TIMEOUT(
            (file = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("werkbank-window-edit.conf"), 1,
                                         Qt::MatchExactly).value(0)).isValid(),
            20000);
        view->setFocus();
        view->setCurrentIndex(file);
        auto *editAsRoot = browser->findChild<QAction *>(QStringLiteral("filesEditAsRoot"));
        QVERIFY(editAsRoot && editAsRoot->isEnabled());
        QList<QAction *> offered;
        whenPopup([&offered](QMenu *menu) {
            offered = menu->actions();
            menu->close();
        });
        Q_EMIT view->customContextMenuRequested(view->visualRect(file).center());
        QTRY_VERIFY(offered.contains(editAsRoot));

        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
        // No password in the keychain for carol: asked.
        QInputDialog *asked = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((asked = browser->findChild<QInputDialog *>(QStringLiteral("filesSudoPassword"))), 30000);
        QTRY_VERIFY(asked->isVisible());
        QCOMPARE(asked->textEchoMode(), QLineEdit::Password);
        saveScreenshot(asked, QStringLiteral("files-edit-as-root-password"));
        asked->setTextValue(fx.operatorPassword);
        asked->accept();
        QTRY_COMPARE_WITH_TIMEOUT(onHost(QStringLiteral("cat /etc/werkbank-window-edit.conf")),
                                  QStringLiteral("port = 1\nsaved by the editor"), 30000);
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' /etc/werkbank-window-edit.conf")), QStringLiteral("root:adm 640"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved werkbank-window-edit.conf")), qPrintable(status->text()), 20000);
    }
};

QTEST_MAIN(TestWindowEdit)
#include "tst_windowedit.moc"
