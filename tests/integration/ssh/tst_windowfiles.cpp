// Session → Files in the window, against the sshd fixture: the tab opens in
// the login's home, a folder typed in the path bar, hidden files and the name
// filter, into a folder and back up (Alt+Up, the folder we came from
// selected), names with a newline shown on one line, and a download of a file
// and a folder with its progress and summary.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/ssh/KnownHosts.h"
#include "core/files/RemoteEdit.h"
#include "models/files/RemoteFolderModel.h"
#include "models/files/TransferQueueModel.h"
#include "widgets/files/FileBrowser.h"
#include "widgets/files/PermissionsDialog.h"
#include "widgets/files/TransferConflictDialog.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalView.h"
#include "tests/support/WidgetTestSupport.h"

#include <QAbstractItemModelTester>
#include <climits>
#include <optional>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
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

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    // Session → Files on the host: its tab, or null.
    FileBrowser *openFiles(HostId host)
    {
        panel()->selectHost(host);
        m_window->findChild<QAction *>(QStringLiteral("sessionFiles"))->trigger();
        activate();
        return qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
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
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("2 files downloaded")), qPrintable(status->text()), 20000);
        auto *queue = browser->findChild<QTreeView *>(QStringLiteral("filesQueue"));
        QVERIFY(queue->isVisible());
        new QAbstractItemModelTester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, queue);
        QCOMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(queue->model()->index(0, TransferQueueModel::NameColumn).data().toString(), QStringLiteral("2 items"));
        QCOMPARE(queue->model()->index(0, TransferQueueModel::StatusColumn).data().toString(), QStringLiteral("2 files downloaded"));
        QCOMPARE(queue->model()->index(0, 0).data(TransferQueueModel::ProgressRole).toInt(), 1000);
        QFile a(local.filePath(QStringLiteral("a.txt")));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("alpha"));
        QFile inner(local.filePath(QStringLiteral("sub dir/inner.txt")));
        QVERIFY(inner.open(QIODevice::ReadOnly));
        QCOMPARE(inner.readAll(), QByteArray("inside"));
        QVERIFY(!browser->isWorking());

        // Again: the files are there; the question comes once, answered for both.
        browser->findChild<QToolButton *>(QStringLiteral("filesDownload"))->click();
        TransferConflictDialog *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = browser->findChild<TransferConflictDialog *>()) && question->isVisible(), 20000);
        QVERIFY(!question->findChild<QPushButton *>(QStringLiteral("conflictResume"))->isEnabled()); // same size: nothing to resume
        question->findChild<QCheckBox *>(QStringLiteral("conflictForAll"))->setChecked(true);
        question->findChild<QPushButton *>(QStringLiteral("conflictSkip"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("2 skipped")), 20000);
        QVERIFY2(status->text().startsWith(QLatin1String("0 files downloaded")), qPrintable(status->text()));
        QTRY_VERIFY(!browser->findChild<TransferConflictDialog *>()); // asked once, closed
        QCOMPARE(queue->model()->rowCount(), 2);
        browser->findChild<QPushButton *>(QStringLiteral("filesClearFinished"))->click();
        QCOMPARE(queue->model()->rowCount(), 0);
    }

    // The server drops the session: the tab says so, its controls are off,
    // and Reconnect brings back the folder it showed.
    // Upload (a conflict answered once for both), new folder (Ctrl+Shift+N in
    // the list, not the inventory's), rename (F2), permissions, delete (Delete,
    // asked), a drop from the desktop, a drag onto it, and Cancel Transfer.
    void uploadChangeDropAndDrag()
    {
        const QString work = m_remote.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(work));
        QVERIFY(QFile::setPermissions(work, QFileDevice::Permissions(0x7777)));
        auto *browser = openFiles(m_web1);
        QVERIFY(browser);
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        auto *view = browser->findChild<QTreeView *>(QStringLiteral("filesList"));
        path->setText(work);
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), work.toUtf8(), 20000);

        QTemporaryDir local;
        QVERIFY(writeFile(local.filePath(QStringLiteral("up.txt")), "up"));
        QVERIFY(writeFile(local.filePath(QStringLiteral("-two one.txt")), "two"));
        const QStringList both{local.filePath(QStringLiteral("up.txt")), local.filePath(QStringLiteral("-two one.txt"))};
        browser->setUploadChooser([&](bool) { return both; });
        browser->findChild<QToolButton *>(QStringLiteral("filesUpload"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text() == QLatin1String("2 files uploaded"), qPrintable(status->text()), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(view), (QStringList{QStringLiteral("-two one.txt"), QStringLiteral("up.txt")}), 20000);
        QCOMPARE(readFile(work + QStringLiteral("/up.txt")), QByteArray("up"));

        // Both are there now: one question, "for all", Overwrite.
        QVERIFY(writeFile(local.filePath(QStringLiteral("up.txt")), "up again"));
        QVERIFY(writeFile(local.filePath(QStringLiteral("-two one.txt")), "two again"));
        browser->findChild<QToolButton *>(QStringLiteral("filesUpload"))->click();
        TransferConflictDialog *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = browser->findChild<TransferConflictDialog *>()) && question->isVisible(), 20000);
        QVERIFY(question->findChild<QPushButton *>(QStringLiteral("conflictResume"))->isEnabled()); // shorter there
        saveScreenshot(question, QStringLiteral("files-conflict"));
        question->findChild<QCheckBox *>(QStringLiteral("conflictForAll"))->setChecked(true);
        question->findChild<QPushButton *>(QStringLiteral("conflictOverwrite"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text() == QLatin1String("2 files uploaded"), qPrintable(status->text()), 20000);
        QVERIFY(!browser->findChild<TransferConflictDialog *>());
        QCOMPARE(readFile(work + QStringLiteral("/up.txt")), QByteArray("up again"));
        QCOMPARE(readFile(work + QStringLiteral("/-two one.txt")), QByteArray("two again"));
        m_window->resize(1200, 720);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("files-queue"));

        // Cancel Transfer in the question: the transfer ends as cancelled, nothing copied.
        QVERIFY(writeFile(local.filePath(QStringLiteral("up.txt")), "not sent"));
        browser->findChild<QToolButton *>(QStringLiteral("filesUpload"))->click();
        QTRY_VERIFY_WITH_TIMEOUT((question = browser->findChild<TransferConflictDialog *>()) && question->isVisible(), 20000);
        question->findChild<QPushButton *>(QStringLiteral("conflictCancel"))->click();
        auto *queue = browser->findChild<QTreeView *>(QStringLiteral("filesQueue"));
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->index(2, 0).data(TransferQueueModel::StateRole).toInt(),
                                  int(TransferQueueModel::State::Cancelled), 20000);
        QCOMPARE(readFile(work + QStringLiteral("/up.txt")), QByteArray("up again"));
        QVERIFY(!browser->isWorking());

        // New folder with the list's Ctrl+Shift+N.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *name = browser->findChild<QInputDialog *>(QStringLiteral("filesNameDialog"));
        QVERIFY(name);
        name->setTextValue(QStringLiteral("made here"));
        name->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(work + QStringLiteral("/made here")).isDir(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().data().toString(), QStringLiteral("made here"), 20000);
        QTRY_VERIFY(!browser->findChild<QInputDialog *>(QStringLiteral("filesNameDialog")));

        // Rename with F2: a hostile name is just a name.
        const auto select = [&](const QString &shown) {
            const int row = shownNames(view).indexOf(shown);
            if (row < 0)
                return false;
            view->setCurrentIndex(view->model()->index(row, 0));
            view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        };
        QVERIFY(select(QStringLiteral("up.txt")));
        QTest::keyClick(view, Qt::Key_F2);
        name = browser->findChild<QInputDialog *>(QStringLiteral("filesNameDialog"));
        QVERIFY(name);
        QCOMPARE(name->textValue(), QStringLiteral("up.txt"));
        name->setTextValue(QStringLiteral("$(id);a"));
        name->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(work + QStringLiteral("/$(id);a")), 20000);
        QVERIFY(!QFileInfo::exists(work + QStringLiteral("/up.txt")));
        // A name with a slash is refused before anything is sent.
        QTRY_VERIFY_WITH_TIMEOUT(select(QStringLiteral("$(id);a")), 20000);
        QTest::keyClick(view, Qt::Key_F2);
        name = browser->findChild<QInputDialog *>(QStringLiteral("filesNameDialog"));
        name->setTextValue(QStringLiteral("../escape"));
        name->accept();
        QVERIFY2(status->text().contains(QLatin1Char('/')), qPrintable(status->text()));
        QVERIFY(QFileInfo::exists(work + QStringLiteral("/$(id);a")));

        // Permissions: 600 typed.
        browser->findChild<QAction *>(QStringLiteral("filesPermissions"))->trigger();
        auto *permissions = browser->findChild<PermissionsDialog *>();
        QVERIFY(permissions);
        QVERIFY(permissions->findChild<QCheckBox *>(QStringLiteral("ownerWrite"))->isChecked());
        auto *octal = permissions->findChild<QLineEdit *>(QStringLiteral("permissionsOctal"));
        octal->selectAll();
        QTest::keyClicks(octal, QStringLiteral("600"));
        QVERIFY(!permissions->findChild<QCheckBox *>(QStringLiteral("othersRead"))->isChecked());
        // For several entries, only what was changed: 644 → 600 takes read from group and others, nothing else.
        QCOMPARE(permissions->changed(04755), quint32(04711));
        permissions->accept();
        QTRY_COMPARE_WITH_TIMEOUT(int(QFileInfo(work + QStringLiteral("/$(id);a")).permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0, 20000);

        // Delete with the Delete key: asked, then the folder and the file go.
        QTRY_VERIFY_WITH_TIMEOUT(select(QStringLiteral("made here")), 20000);
        const int two = shownNames(view).indexOf(QStringLiteral("-two one.txt"));
        view->selectionModel()->select(view->model()->index(two, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Delete);
        auto *ask = browser->findChild<QMessageBox *>(QStringLiteral("filesDeleteQuestion"));
        QVERIFY(ask);
        QVERIFY2(ask->text().contains(QLatin1String("2 items")), qPrintable(ask->text()));
        QVERIFY(QFileInfo::exists(work + QStringLiteral("/made here"))); // nothing before the answer
        ask->findChild<QPushButton *>(QStringLiteral("filesDeleteConfirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(work + QStringLiteral("/made here")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(work + QStringLiteral("/-two one.txt")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(view), QStringList{QStringLiteral("$(id);a")}, 20000);

        // A file dropped from the desktop's file manager is uploaded.
        QVERIFY(writeFile(local.filePath(QStringLiteral("dropped.txt")), "dropped"));
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(local.filePath(QStringLiteral("dropped.txt")))});
        const QPoint spot = view->viewport()->rect().center() + QPoint(0, 40); // below the one row
        QDragEnterEvent enter(spot, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(spot, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(spot, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(work + QStringLiteral("/dropped.txt")), QByteArray("dropped"), 20000);

        // A drag onto the desktop: the drop's request for the files fetches them.
        QTRY_VERIFY_WITH_TIMEOUT(select(QStringLiteral("dropped.txt")), 20000);
        std::unique_ptr<QMimeData> dragged(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
        QVERIFY(dragged);
        QVERIFY(dragged->hasFormat(RemoteFolderModel::remoteFilesFormat())); // never dropped back on a file list
        const QList<QUrl> urls = dragged->urls();
        QCOMPARE(urls.size(), 1);
        QVERIFY(urls.first().isLocalFile());
        QCOMPARE(readFile(urls.first().toLocalFile()), QByteArray("dropped"));
        QCOMPARE(dragged->urls(), urls); // fetched once
        QVERIFY(!view->model()->canDropMimeData(dragged.get(), Qt::CopyAction, -1, -1, {}));
    }

    // Edit: the file opens in $VISUAL (here a script that appends a line, as
    // a save would), the save reaches the host; when the host's copy changed
    // meanwhile the save is a question: Keep Theirs leaves it, Upload Mine
    // replaces it.
    void editInTheLocalEditor()
    {
        const QString work = m_remote.filePath(QStringLiteral("edit"));
        QVERIFY(QDir().mkpath(work));
        QVERIFY(QFile::setPermissions(work, QFileDevice::Permissions(0x7777)));
        const QString remoteFile = work + QStringLiteral("/notes $(id).txt");
        QVERIFY(writeFile(remoteFile, "original\n"));
        QVERIFY(QFile::setPermissions(remoteFile, QFileDevice::Permissions(0x6666)));
        QTemporaryDir tools;
        const QString editor = tools.filePath(QStringLiteral("fake-editor"));
        QVERIFY(writeFile(editor, "#!/bin/sh\nprintf 'saved by the editor\\n' >> \"$1\"\n"));
        QVERIFY(QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldVisual = qgetenv("VISUAL");
        qputenv("VISUAL", editor.toUtf8());
        const auto restore = qScopeGuard([&] { qputenv("VISUAL", oldVisual); });

        auto *browser = openFiles(m_web1);
        QVERIFY(browser);
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        auto *view = browser->findChild<QTreeView *>(QStringLiteral("filesList"));
        path->setText(work);
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(view), QStringList{QStringLiteral("notes $(id).txt")}, 20000);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier); // the list's Ctrl+E, not the inventory's Edit
        QTRY_COMPARE_WITH_TIMEOUT(readFile(remoteFile), QByteArray("original\nsaved by the editor\n"), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved notes $(id).txt")), qPrintable(status->text()), 20000);
        auto *edit = browser->findChild<RemoteEdit *>();
        QVERIFY(edit);
        QVERIFY(edit->localPath().startsWith(QDir::tempPath()));
        QVERIFY(!edit->localPath().contains(QLatin1String("..")));
        QVERIFY(!edit->localPath().contains(QLatin1String("$("))); // a plain name for the editor and the desktop
        QCOMPARE(QFileInfo(edit->localPath()).permissions() & 0x0fff, QFile::ReadUser | QFile::WriteUser); // ours alone
        // The host's file keeps its own mode, not the private copy's.
        QCOMPARE(int(QFileInfo(remoteFile).permissions() & 0x0fff),
                 int(QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));

        // Someone changes it on the host; the next save asks.
        QTest::qWait(1100); // another second, so the times differ too
        QVERIFY(writeFile(remoteFile, "changed on the host\n"));
        QVERIFY(writeFile(edit->localPath(), "original\nmy second save\n"));
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = browser->findChild<QMessageBox *>(QStringLiteral("filesEditConflict"))), 20000);
        question->findChild<QPushButton *>(QStringLiteral("filesEditKeepTheirs"))->click();
        QTest::qWait(200);
        QCOMPARE(readFile(remoteFile), QByteArray("changed on the host\n"));
        // Saved again: asked again, and this time it goes.
        QVERIFY(writeFile(edit->localPath(), "original\nmy third save\n"));
        QTRY_VERIFY_WITH_TIMEOUT((question = browser->findChild<QMessageBox *>(QStringLiteral("filesEditConflict"))), 20000);
        question->findChild<QPushButton *>(QStringLiteral("filesEditUploadMine"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(remoteFile), QByteArray("original\nmy third save\n"), 20000);
        // And with the host's copy as it was left, a save goes without a question.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved")), 20000);
        QVERIFY(writeFile(edit->localPath(), "fourth\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(remoteFile), QByteArray("fourth\n"), 20000);
        QVERIFY(!browser->findChild<QMessageBox *>(QStringLiteral("filesEditConflict")));
    }

    // A device without SFTP: the tab says what it cannot do, and what can.
    void aHostWithoutSftpIsExplained()
    {
        Host router = fx.keyHost(QStringLiteral("router1"), QStringLiteral("127.0.0.1"), fx.rekeyedPort);
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_router"));
        writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort).toUtf8(), fx.hostKeyLine(QStringLiteral("rekeyed"))}});
        router.knownHostsFile = knownHosts;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addHost(&router, &error), qPrintable(error));
        QVERIFY(editsSettled());
        auto *browser = openFiles(router.id);
        QVERIFY(browser);
        auto *status = browser->findChild<QLabel *>(QStringLiteral("filesStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("has no SFTP")), qPrintable(status->text()), 20000);
        QVERIFY(status->text().contains(QLatin1String("SCP")));
    }

    // A terminal tab's Files button opens its host's files; on a Files tab it is not shown.
    void aSessionTabOpensItsFiles()
    {
        panel()->selectHost(m_web1);
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_web1);
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("sessionTabFiles"));
        QVERIFY(button);
        QTRY_VERIFY(m_window->sessionArea()->currentSession());
        QVERIFY(button->isVisible());
        button->click();
        auto *browser = qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(browser);
        QCOMPARE(browser->tabTitle(), QStringLiteral("Files: web1"));
        QTRY_VERIFY_WITH_TIMEOUT(!browser->currentFolder().isEmpty(), 20000); // the login's home, through the session's target
        QVERIFY(!button->isVisible());
        if (SessionTab *tab = m_window->sessionArea()->sessionAt(0))
            tab->closeSession();
    }

    // A path Ctrl+clicked in the host's terminal opens its folder in a Files tab with
    // the file selected; the next path goes to the same tab.
    void aPathCtrlClickedInTheTerminalOpensItsFolder()
    {
        panel()->selectHost(m_web1);
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_web1);
        QTRY_VERIFY(m_window->sessionArea()->currentSession());
        SessionTab *tab = m_window->sessionArea()->currentSession();
        QTRY_COMPARE_WITH_TIMEOUT(tab->state(), SessionTab::State::Connected, 20000);
        const QString file = m_remote.filePath(QStringLiteral("a.txt"));
        tab->screen()->sendText(QStringLiteral("clear; echo '%1'\r").arg(file));
        // Where the path shows, as output on a line of its own.
        std::optional<TextMatch> shown;
        QTRY_VERIFY_WITH_TIMEOUT((shown = tab->screen()->search(file, {tab->screen()->lineCount() - 1, INT_MAX}, true))
                                     && tab->screen()->lineText(shown->start.line).trimmed() == file,
                                 20000);
        QTest::qWait(100); // painted
        const int row = shown->start.line - tab->view()->topLine();
        const QSizeF cell = tab->view()->cellSize();
        const QPoint at(int((shown->start.col + 3.5) * cell.width()), int((row + 0.5) * cell.height()));
        const int tabsBefore = m_window->sessionArea()->tabs()->count();
        QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, Qt::ControlModifier, at);
        auto *browser = qobject_cast<FileBrowser *>(m_window->sessionArea()->tabs()->currentWidget());
        QVERIFY(browser);
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabsBefore + 1);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), QFile::encodeName(m_remote.path()), 20000);
        auto *view = wbtest::partOf<QTreeView>(browser, "filesList");
        QTRY_COMPARE(view->currentIndex().data().toString(), QStringLiteral("a.txt"));

        // Back in the terminal, another path (the folder itself, with a slash): the same
        // Files tab, connected by now, goes to its parent with it selected.
        m_window->sessionArea()->tabs()->setCurrentWidget(tab);
        const QString folder = m_remote.path() + QLatin1Char('/');
        tab->screen()->sendText(QStringLiteral("clear; echo '%1'\r").arg(folder));
        QTRY_VERIFY_WITH_TIMEOUT((shown = tab->screen()->search(folder, {tab->screen()->lineCount() - 1, INT_MAX}, true))
                                     && tab->screen()->lineText(shown->start.line).trimmed() == folder,
                                 20000);
        QTest::qWait(100);
        const QPoint atFolder(int((shown->start.col + 3.5) * cell.width()),
                              int((shown->start.line - tab->view()->topLine() + 0.5) * cell.height()));
        QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, Qt::ControlModifier, atFolder);
        QCOMPARE(m_window->sessionArea()->tabs()->currentWidget(), browser);
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabsBefore + 1);
        const QFileInfo remote(m_remote.path());
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), QFile::encodeName(remote.absolutePath()), 20000);
        QTRY_COMPARE(view->currentIndex().data().toString(), remote.fileName());
        tab->closeSession();
    }

    void aLostConnectionOffersReconnect()
    {
        auto *browser = openFiles(m_web1);
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
        auto *browser = openFiles(m_web1);
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

    // The tab in Dutch, for the README's picture.
    void dutch()
    {
        closeWindow();
        useLanguage(QStringLiteral("nl"));
        openWindow(); // the same workspace: web1 is there
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
        auto *browser = openFiles(m_web1);
        QVERIFY(browser);
        auto *path = browser->findChild<QLineEdit *>(QStringLiteral("filesPath"));
        QTRY_VERIFY_WITH_TIMEOUT(!browser->currentFolder().isEmpty(), 20000);
        path->setText(m_remote.path());
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(browser->currentFolder(), m_remote.path().toUtf8(), 20000);
        QCOMPARE(browser->findChild<QToolButton *>(QStringLiteral("filesDownload"))->text(), QStringLiteral("Downloaden"));
        QCOMPARE(browser->tabTitle(), QStringLiteral("Bestanden: web1"));
        m_window->resize(1200, 720);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("files-browser-nl"));
        closeWindow();
        useLanguage(QStringLiteral("en"));
        openWindow();
    }
};

QTEST_MAIN(TestWindowFiles)
#include "tst_windowfiles.moc"
