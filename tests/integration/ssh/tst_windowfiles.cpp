// Session → Files in the window, against the sshd fixture: the tab opens in
// the login's home, a folder typed in the path bar, hidden files and the name
// filter, into a folder and back up (Alt+Up, the folder we came from
// selected), names with a newline shown on one line, and a download of a file
// and a folder with its progress and summary.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/ssh/KnownHosts.h"
#include "models/files/RemoteFolderModel.h"
#include "widgets/files/FileBrowser.h"
#include "widgets/main/SessionArea.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

class TestWindowFiles : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    QTemporaryDir m_remote;
    HostId m_web1 = 0;

    static QStringList shownNames(QTreeView *view)
    {
        QStringList names;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            names << view->model()->index(row, 0).data().toString();
        return names;
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowfiles");
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        QVERIFY(QFile::setPermissions(m_remote.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                           | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QDir().mkpath(m_remote.filePath(QStringLiteral("sub dir"))));
        QVERIFY(writeFile(m_remote.filePath(QStringLiteral("sub dir/inner.txt")), "inside"));
        QVERIFY(writeFile(m_remote.filePath(QStringLiteral("a.txt")), "alpha"));
        QVERIFY(writeFile(m_remote.filePath(QStringLiteral(".hidden")), "h"));
        QVERIFY(writeFile(m_remote.filePath(QStringLiteral("line\nbreak")), "n"));
        for (const QString &name : {QStringLiteral("sub dir/inner.txt"), QStringLiteral("a.txt"), QStringLiteral(".hidden"), QStringLiteral("line\nbreak")})
            QVERIFY(QFile::setPermissions(m_remote.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(m_remote.filePath(QStringLiteral("sub dir")), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                                        | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                                                        | QFileDevice::ExeOther));
    }

    void init()
    {
        openWindow();
        const GroupId site = addGroup(QStringLiteral("site"));
        Host h = fx.keyHost(QStringLiteral("web1"), QStringLiteral("127.0.0.1"), fx.port, site);
        h.knownHostsFile = m_knownHosts;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&h, &error), qPrintable(error));
        m_web1 = h.id;
        QVERIFY(editsSettled());
    }

    void cleanup() { closeWindow(); }

    void browseAndDownload()
    {
        QMenu *session = m_window->findChild<QMenu *>(QStringLiteral("sessionMenu"));
        QAction *files = m_window->findChild<QAction *>(QStringLiteral("sessionFiles"));
        QVERIFY(session->actions().contains(files));
        QCOMPARE(files->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        panel()->selectHost(m_web1);
        files->trigger();
        activate();
        auto *browser = qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(browser);
        QCOMPARE(browser->tabTitle(), QStringLiteral("Files: web1"));
        auto *view = browser->findChild<QTreeView *>(QStringLiteral("filesList"));
        new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        // The login's home first.
        QTRY_VERIFY_WITH_TIMEOUT(!browser->currentFolder().isEmpty(), 20000);
        QCOMPARE(path->text(), fx.dir + QStringLiteral("/home/") + fx.user);

        path->setText(m_remote.path());
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), m_remote.path().toUtf8(), 20000);
        QCOMPARE(shownNames(view), (QStringList{QStringLiteral("sub dir"), QStringLiteral("a.txt"), QStringLiteral("line^Jbreak")}));
        QVERIFY2(status->text().contains(QLatin1Char('3')), qPrintable(status->text()));
        m_window->resize(1200, 720);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("files-browser"));

        auto *hidden = browser->findChild<QToolButton *>(QStringLiteral("filesHidden"));
        hidden->click();
        QVERIFY(shownNames(view).contains(QStringLiteral(".hidden")));
        hidden->click();
        auto *filter = browser->findChild<QLineEdit *>(QStringLiteral("filesFilter"));
        QTest::keyClicks(filter, QStringLiteral("SUB"));
        QCOMPARE(shownNames(view), QStringList{QStringLiteral("sub dir")});
        filter->clear();

        // Into the folder (Enter on it), and back up with Alt+Up.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), (m_remote.path() + QStringLiteral("/sub dir")).toUtf8(), 20000);
        QCOMPARE(shownNames(view), QStringList{QStringLiteral("inner.txt")});
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), m_remote.path().toUtf8(), 20000);
        QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("sub dir"));

        // A file and a folder downloaded (the folder chooser answered here).
        QTemporaryDir local;
        browser->setFolderChooser([&] { return local.path(); });
        view->clearSelection();
        view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        browser->findChild<QToolButton *>(QStringLiteral("filesDownload"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Downloaded")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("2 files")), qPrintable(status->text()));
        QFile a(local.filePath(QStringLiteral("a.txt")));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("alpha"));
        QFile inner(local.filePath(QStringLiteral("sub dir/inner.txt")));
        QVERIFY(inner.open(QIODevice::ReadOnly));
        QCOMPARE(inner.readAll(), QByteArray("inside"));
        QVERIFY(!browser->isWorking());

        // Again: the files are there, and the summary says which were not downloaded.
        browser->findChild<QToolButton *>(QStringLiteral("filesDownload"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("not downloaded")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("exists already")), qPrintable(status->text()));
    }

    // The server drops the session: the tab says so, its controls are off,
    // and Reconnect brings back the folder it showed.
    void aLostConnectionOffersReconnect()
    {
        panel()->selectHost(m_web1);
        m_window->findChild<QAction *>(QStringLiteral("sessionFiles"))->trigger();
        activate();
        auto *browser = qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(browser);
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        // Typed at once (before the session is ready, or just after): opened, trailing slash and all.
        path->setText(m_remote.path() + QStringLiteral("/sub dir/"));
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), (m_remote.path() + QStringLiteral("/sub dir")).toUtf8(), 20000);
        QVERIFY(fx.killSessions(QStringLiteral("main")) > 0);
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        auto *reconnect = browser->findChild<QToolButton *>(QStringLiteral("filesReconnect"));
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), 20000);
        QVERIFY2(status->text().startsWith(QLatin1String("Disconnected")), qPrintable(status->text()));
        QVERIFY(!browser->findChild<QToolButton *>(QStringLiteral("filesDownload"))->isEnabled());
        QVERIFY(!browser->isWorking());
        reconnect->click();
        QTRY_VERIFY_WITH_TIMEOUT(!reconnect->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(browser->findChild<QToolButton *>(QStringLiteral("filesDownload"))->isEnabled(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("1 item")), 20000);
        QCOMPARE(browser->currentFolder(), (m_remote.path() + QStringLiteral("/sub dir")).toUtf8());
        // Up from there goes to the parent, never to the same folder.
        auto *view = browser->findChild<QTreeView *>(QStringLiteral("filesList"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), m_remote.path().toUtf8(), 20000);
    }

    void aMissingFolderIsSaid()
    {
        panel()->selectHost(m_web1);
        m_window->findChild<QAction *>(QStringLiteral("sessionFiles"))->trigger();
        activate();
        auto *browser = qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(browser);
        QTRY_VERIFY_WITH_TIMEOUT(!browser->currentFolder().isEmpty(), 20000);
        const QByteArray home = browser->currentFolder();
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        path->setText(QStringLiteral("/no/such/folder"));
        QTest::keyClick(path, Qt::Key_Return);
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("No such file"), Qt::CaseInsensitive), 20000);
        QCOMPARE(browser->currentFolder(), home); // where it was, and the path bar says so
        QCOMPARE(path->text(), QString::fromUtf8(home));
    }
};

QTEST_MAIN(TestWindowFiles)
#include "tst_windowfiles.moc"
