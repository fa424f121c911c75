// Hosts → Logs in the window, against the sshd fixture: the source dialog,
// a log tab following a file the test writes to (tail -F, this machine has
// no running journal), hostile lines shown as text, filters, pause and
// resume, find, copy, export, the ring's cap, and Dutch.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/widgets/MainWindowFixture.h"

#include "core/fleet/LogStream.h"
#include "core/ssh/KnownHosts.h"
#include "models/fleet/LogModel.h"
#include "widgets/fleet/LogSourceDialog.h"
#include "widgets/fleet/LogView.h"
#include "widgets/main/SessionArea.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

class TestWindowLogs : public QObject, wbtest::MainWindowFixture
{
    Q_OBJECT
    SshFixture fx;
    QString m_knownHosts;
    QString m_log;
    HostId m_web1 = 0;
    HostId m_web2 = 0;

    HostId add(const QString &name, GroupId group)
    {
        Host h = fx.keyHost(name, QStringLiteral("127.0.0.1"), fx.port, group);
        h.knownHostsFile = m_knownHosts;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    bool append(const QByteArray &lines)
    {
        QFile file(m_log);
        return file.open(QIODevice::Append) && file.write(lines) == lines.size();
    }

    // Hosts → Logs on a host (or, with 0, the group of both), following m_log from its last 100 lines.
    LogView *openLogTab(HostId host)
    {
        panel()->view()->clearSelection();
        if (host)
            panel()->selectHost(host);
        else
            panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0)); // site, the only top-level group
        QString shownHosts;
        whenModal<LogSourceDialog>([&](LogSourceDialog *dialog) {
            shownHosts = dialog->findChild<QLabel *>()->text();
            dialog->findChild<QRadioButton *>(QStringLiteral("logFileChoice"))->setChecked(true);
            auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("logFile"));
            path->setText(m_log);
            dialog->findChild<QComboBox *>(QStringLiteral("logStart"))->setCurrentIndex(0); // the last 100 lines
            saveScreenshot(dialog, QStringLiteral("fleet-logs-source"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_window->findChild<QAction *>(QStringLiteral("hostLogs"))->trigger();
        activate();
        return qobject_cast<LogView *>(m_window->sessionArea()->tabs()->currentWidget());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        setUpApplication("tst_windowlogs");
        // The fixture's login (not root) reads the log in the test's folder.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
    }

    void init()
    {
        m_log = m_dir.filePath(QStringLiteral("%1.log").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(append("2026-12-07T09:00:00Z service started\n"
                       "2026-12-07T09:00:02Z \x1b]0;pwned\x07\x1b[2Jcleared your screen\n"
                       "2026-12-07T09:00:04Z ERROR disk is on fire\n"));
        QVERIFY(QFile::setPermissions(m_log, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        openWindow();
        const GroupId site = addGroup(QStringLiteral("site"));
        m_web1 = add(QStringLiteral("web1"), site);
        m_web2 = add(QStringLiteral("web2"), site);
        QVERIFY(editsSettled());
    }

    void cleanup() { closeWindow(); }

    void aLogTabFollowsAFile()
    {
        QMenu *hosts = m_window->findChild<QMenu *>(QStringLiteral("hostsMenu"));
        QAction *logs = m_window->findChild<QAction *>(QStringLiteral("hostLogs"));
        QVERIFY(hosts->actions().contains(logs));
        QCOMPARE(logs->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+J")));
        LogView *view = openLogTab(0);
        QVERIFY(view);
        QCOMPARE(view->tabTitle(), QStringLiteral("Logs: web1, web2"));
        LogModel *model = view->model();
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, view);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 20000); // three lines from each host, merged by time
        QCOMPARE(model->index(0, LogModel::HostColumn).data().toString().left(3), QStringLiteral("web"));
        for (int row = 1; row < 6; ++row)
            QVERIFY(model->line(row - 1).time <= model->line(row).time);
        // A hostile line is text: every control visible.
        const QString hostile = model->index(2, LogModel::MessageColumn).data().toString();
        QVERIFY2(hostile.endsWith(QLatin1String("^[]0;pwned^G^[[2Jcleared your screen")), qPrintable(hostile));
        QCOMPARE(m_window->windowTitle().contains(QLatin1String("pwned")), false);

        // New lines come as the file grows.
        QVERIFY(append("2026-12-07T09:01:00Z ERROR second fire\n"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, 10000);
        auto *status = view->findChild<QLabel *>(QStringLiteral("logStatus"));
        QVERIFY2(status->text().contains(QLatin1String("8 of 8 lines shown")) && status->text().contains(QLatin1String("following")),
                 qPrintable(status->text()));

        // The filters: a regular expression, a unit, and a half-typed expression keeps what was shown.
        auto *pattern = view->findChild<QLineEdit *>(QStringLiteral("logPattern"));
        QTest::keyClicks(pattern, QStringLiteral("error"));
        QCOMPARE(model->rowCount(), 4);
        pattern->setText(QStringLiteral("fire("));
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(pattern->toolTip().startsWith(QLatin1String("Not a regular expression")));
        pattern->clear();
        QCOMPARE(model->rowCount(), 8);
        auto *unit = view->findChild<QLineEdit *>(QStringLiteral("logUnit"));
        unit->setText(QStringLiteral("no such unit"));
        QCOMPARE(model->rowCount(), 0);
        unit->setText(QStringLiteral("aLogTabFollows"));
        QCOMPARE(model->rowCount(), 8);
        auto *priority = view->findChild<QComboBox *>(QStringLiteral("logPriority"));
        priority->setCurrentIndex(priority->findData(3));
        QCOMPARE(model->rowCount(), 8); // a file's lines have no priority: they pass
        priority->setCurrentIndex(0);

        // Pause holds new lines back; Resume shows them.
        auto *pause = view->findChild<QPushButton *>(QStringLiteral("logPause"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(view->isPaused());
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        QVERIFY(append("2026-12-07T09:02:00Z while paused\n"));
        QTRY_COMPARE_WITH_TIMEOUT(view->heldBack(), 2, 10000);
        QCOMPARE(model->rowCount(), 8);
        QVERIFY(status->text().contains(QLatin1String("paused: 2 new lines held back")));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(view->heldBack(), 0);

        // Find (Ctrl+F, Enter, F3) moves through the rows, wrapping around.
        auto *lines = view->findChild<QTreeView *>(QStringLiteral("logLines"));
        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_F, Qt::ControlModifier);
        auto *find = view->findChild<QLineEdit *>(QStringLiteral("logFind"));
        QVERIFY(find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("on fire"));
        QTest::keyClick(find, Qt::Key_Return);
        const int first = lines->currentIndex().row();
        QVERIFY(model->index(first, LogModel::MessageColumn).data().toString().contains(QLatin1String("on fire")));
        QTest::keyClick(find, Qt::Key_F3);
        const int second = lines->currentIndex().row();
        QVERIFY(second != first);
        QVERIFY(model->index(second, LogModel::MessageColumn).data().toString().contains(QLatin1String("on fire")));

        // Copy: the selected lines, as werkbank-cli logs prints them.
        lines->setFocus();
        lines->selectionModel()->select(model->index(first, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(lines, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String(" - ")) && copied.contains(QLatin1String(".log: 2026-12-07T09:00:04Z ERROR disk is on fire\n")),
                 qPrintable(copied));
        QVERIFY(copied.contains(QLatin1String("web")));

        // Export: the rows shown, written off the GUI thread.
        const QString exported = m_dir.filePath(QStringLiteral("exported.log"));
        bool done = false;
        QString exportError = QStringLiteral("not yet");
        view->exportTo(exported, [&](const QString &error) {
            done = true;
            exportError = error;
        });
        QTRY_VERIFY(done);
        QCOMPARE(exportError, QString());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> written = file.readAll().split('\n');
        QCOMPARE(written.size(), 11); // ten lines and the end
        QVERIFY(written.at(0).contains("service started"));
        QVERIFY(!written.join().contains('\x1b'));
        m_window->resize(1600, 800);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("fleet-logs"));

        // The ring's cap: the oldest lines leave.
        model->setCapacity(5);
        QVERIFY(append("2026-12-07T09:03:00Z one more\n"));
        QTRY_COMPARE_WITH_TIMEOUT(model->droppedCount(), qint64(7), 10000);
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(model->index(4, LogModel::MessageColumn).data().toString().endsWith(QLatin1String("one more")));

        // Closing the tab ends the stream.
        QPointer<LogStream> stream = view->stream();
        m_window->sessionArea()->closeTab(m_window->sessionArea()->tabs()->indexOf(view));
        QTRY_VERIFY(stream.isNull());
    }

    void nothingSelectedSaysWhatToDo()
    {
        panel()->view()->clearSelection();
        panel()->view()->setCurrentIndex({});
        const int tabs = m_window->sessionArea()->tabs()->count();
        m_window->findChild<QAction *>(QStringLiteral("hostLogs"))->trigger();
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabs);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("whose logs to follow")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void aMissingFileIsSaid()
    {
        m_log = m_dir.filePath(QStringLiteral("no-such.log"));
        LogView *view = openLogTab(m_web1);
        QVERIFY(view);
        auto *problems = view->findChild<QLabel *>(QStringLiteral("logProblems"));
        QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible() && problems->text().contains(QLatin1String("No such file")), 20000);
        QVERIFY(problems->text().startsWith(QLatin1String("web1: ")));
    }

    void dutch()
    {
        closeWindow();
        useLanguage(QStringLiteral("nl"));
        openWindow(); // the same workspace: web1 and web2 are there
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
        LogView *view = openLogTab(m_web1);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 20000);
        QCOMPARE(view->tabTitle(), QStringLiteral("Logs: web1"));
        QCOMPARE(view->findChild<QPushButton *>(QStringLiteral("logPause"))->text(), QStringLiteral("&Pauzeren"));
        QCOMPARE(view->model()->headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Bericht"));
        m_window->resize(1600, 800);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("fleet-logs-nl"));
        closeWindow();
        useLanguage(QStringLiteral("en"));
        openWindow();
    }
};

QTEST_MAIN(TestWindowLogs)
#include "tst_windowlogs.moc"
