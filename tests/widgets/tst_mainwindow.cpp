// Editing the inventory in the real main window (offscreen): dialogs, shortcuts,
// drag and drop, the context menu, undo, and edits the workspace refuses.
#include "tests/widgets/MainWindowFixture.h"

#include "core/inventory/HostServices.h"
#include "core/tickets/TicketStore.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/inventory/HostDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <csignal>

#include <sys/resource.h>

using namespace wb;
using wbtest::saveScreenshot;
using wbtest::visibleNames;
using wbtest::whenModal;

class TestMainWindow : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_mainwindow"); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void addHostThroughDialogThenFindItThroughFilter()
    {
        const GroupId site = addGroup(QStringLiteral("Amsterdam"));
        addHost(QStringLiteral("ams-db01"), site);
        whenModal<HostDialog>([](HostDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("ams-web07"));
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("address"));
            address->selectAll();
            QTest::keyClicks(address, QStringLiteral("10.10.1.17"));
            auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("port"));
            port->selectAll();
            QTest::keyClicks(port, QStringLiteral("2222"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tags")), QStringLiteral("web, prod"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("hostKeyAlias")), QStringLiteral("ams-web07-vip"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("knownHostsFile")), QStringLiteral("~/.ssh/known_hosts.ams"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("macAddress")), QStringLiteral("52-54-00-AB-CD-EF"));
            auto *log = dialog->findChild<QComboBox *>(QStringLiteral("hostSessionLog"));
            log->setCurrentIndex(log->findData(QStringLiteral("off")));
            auto *forwards = dialog->findChild<QPlainTextEdit *>(QStringLiteral("hostPortForwards"));
            auto *warning = dialog->findChild<QLabel *>(QStringLiteral("hostForwardWarning"));
            forwards->setFocus();
            QTest::keyClicks(forwards, QStringLiteral("-L8080:db.internal:5432"));
            QVERIFY(warning->isHidden());
            QTest::keyClick(forwards, Qt::Key_Return);
            QTest::keyClicks(forwards, QStringLiteral("-D 0.0.0.0:1080"));
            QVERIFY(!warning->isHidden()); // a proxy the whole network may use: said
            QVERIFY2(warning->text().contains(QLatin1String("-D 0.0.0.0:1080")), qPrintable(warning->text()));
            auto *sshOptions = dialog->findChild<QPlainTextEdit *>(QStringLiteral("hostSshOptions"));
            auto *agentWarning = dialog->findChild<QLabel *>(QStringLiteral("hostSshOptionsWarning"));
            sshOptions->setFocus();
            QTest::keyClicks(sshOptions, QStringLiteral("connecttimeout=5"));
            QTest::keyClick(sshOptions, Qt::Key_Return);
            QTest::keyClicks(sshOptions, QStringLiteral("ForwardAgent no"));
            QVERIFY(agentWarning->isHidden()); // off, as by default: nothing to say
            QTest::keyClick(sshOptions, Qt::Key_Backspace);
            QTest::keyClick(sshOptions, Qt::Key_Backspace);
            QTest::keyClicks(sshOptions, QStringLiteral("Yes"));
            QVERIFY(!agentWarning->isHidden()); // on for this host: what it risks is said
            QVERIFY2(agentWarning->text().contains(QLatin1String("root")), qPrintable(agentWarning->text()));
            auto *desktop = dialog->findChild<QComboBox *>(QStringLiteral("hostRemoteDesktop"));
            auto *desktopPort = dialog->findChild<QSpinBox *>(QStringLiteral("hostRemoteDesktopPort"));
            QVERIFY(!desktopPort->isEnabled());
            desktop->setCurrentIndex(desktop->findData(int(RemoteDesktop::Protocol::Rdp)));
            QVERIFY(desktopPort->isEnabled());
            desktopPort->setValue(3390);
            auto *group = dialog->findChild<QComboBox *>(QStringLiteral("group"));
            group->setCurrentIndex(group->findText(QStringLiteral("Amsterdam"), Qt::MatchContains));
            saveScreenshot(dialog, QStringLiteral("host-dialog"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));

        QCOMPARE(m_inventory->hostCount(), 2);
        const HostId id = m_inventory->findHost(site, QStringLiteral("ams-web07"));
        QVERIFY(id != 0);
        QCOMPARE(m_inventory->host(id)->address, QStringLiteral("10.10.1.17"));
        QCOMPARE(m_inventory->host(id)->port, 2222);
        QCOMPARE(m_inventory->host(id)->tags, (QStringList{QStringLiteral("web"), QStringLiteral("prod")}));
        QCOMPARE(storedHostCount(), 2);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add host ams-web07"));
        undo();
        QVERIFY(!m_inventory->host(id));
        QCOMPARE(storedHostCount(), 1);
        redo(); // back under the same id
        QCOMPARE(m_inventory->host(id)->address, QStringLiteral("10.10.1.17"));
        QCOMPARE(storedHostCount(), 2);
        {
            Inventory reread; // what the workspace file holds, not the window's copy
            reread.setDatabase(m_workspace->database());
            QString error;
            QVERIFY2(reread.load(&error), qPrintable(error));
            const Host *stored = reread.host(id);
            QVERIFY(stored);
            QCOMPARE(stored->hostKeyAlias, QStringLiteral("ams-web07-vip"));
            QCOMPARE(stored->knownHostsFile, QStringLiteral("~/.ssh/known_hosts.ams")); // as written, expanded at connect time
            QCOMPARE(stored->macAddress, QStringLiteral("52:54:00:ab:cd:ef")); // stored in one spelling
            QCOMPARE(stored->sessionLog, QStringLiteral("off"));
            QCOMPARE(stored->portForwards, (QStringList{QStringLiteral("-L 8080:db.internal:5432"), QStringLiteral("-D 0.0.0.0:1080")}));
            QCOMPARE(stored->remoteDesktop, QStringLiteral("rdp:3390"));
            QCOMPARE(stored->sshOptions, (QStringList{QStringLiteral("ConnectTimeout 5"), QStringLiteral("ForwardAgent yes")}));
        }

        // Ctrl+F goes to the filter; typing narrows the tree to the new host.
        activate();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QLineEdit *filter = wbtest::partOf<QLineEdit>(panel(), "filter");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("web07"));
        QCOMPARE(visibleNames(panel()->view()->model()), (QStringList{QStringLiteral("Amsterdam"), QStringLiteral("ams-web07")}));
        QVERIFY(panel()->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 of 2 hosts match")));
        saveScreenshot(m_window.get(), QStringLiteral("filtered"));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(visibleNames(panel()->view()->model()).size(), 3);
    }

    void refusedHostKeepsDialogOpenWithReason()
    {
        addHost(QStringLiteral("web01"), 0);
        bool sawError = false;
        whenModal<HostDialog>([&sawError](HostDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("web01"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([ok] { return ok->isEnabled(); }));  // the workspace thread has answered
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
            saveScreenshot(dialog, QStringLiteral("host-dialog-refused"));
            sawError = dialog->isVisible() && error->isVisible() && error->text().contains(QStringLiteral("already a host named “web01”"));
            // What was typed is still there after the refusal.
            sawError = sawError && dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text() == QStringLiteral("web01");
            dialog->reject();
        });
        panel()->addHostAction()->trigger();
        QVERIFY(sawError);
        QCOMPARE(m_inventory->hostCount(), 1);
    }

    // An SSH option libssh cannot take is refused with the reason, and what was typed stays.
    void aBadSshOptionKeepsTheDialogOpenWithTheReason()
    {
        QString shown;
        whenModal<HostDialog>([&shown](HostDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("legacy01"));
            auto *sshOptions = dialog->findChild<QPlainTextEdit *>(QStringLiteral("hostSshOptions"));
            sshOptions->setFocus();
            QTest::keyClicks(sshOptions, QStringLiteral("Ciphers +aes128-cbc"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([ok] { return ok->isEnabled(); }));
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
            if (dialog->isVisible() && error->isVisible() && sshOptions->toPlainText() == QLatin1String("Ciphers +aes128-cbc"))
                shown = error->text();
            dialog->reject();
        });
        panel()->addHostAction()->trigger();
        QVERIFY2(shown.contains(QLatin1String("full list")), qPrintable(shown));
        QCOMPARE(m_inventory->hostCount(), 0);
    }

    void deleteAsksForConfirmationAndCtrlZBringsItBack()
    {
        const GroupId site = addGroup(QStringLiteral("Rotterdam"));
        const HostId a = addHost(QStringLiteral("rtm-a"), site);
        addHost(QStringLiteral("rtm-b"), site);
        const HostId c = addHost(QStringLiteral("loose"), 0);
        QTreeView *view = panel()->view();
        view->expandAll();
        auto *proxy = wbtest::partOf<InventoryFilterProxy>(panel(), "inventoryProxy");
        auto *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");
        view->selectionModel()->select(proxy->mapFromSource(model->indexForGroup(site)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(proxy->mapFromSource(model->indexForHost(c)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setFocus();

        // Cancel first: nothing happens.
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            saveScreenshot(box, QStringLiteral("confirm-delete"));
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(editsSettled());
        activate();
        view->setFocus();
        QCOMPARE(question, QStringLiteral("Delete 2 selected items? The selected groups hold 2 hosts."));
        QCOMPARE(m_inventory->hostCount(), 3);

        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(editsSettled());
        activate();
        QCOMPARE(m_inventory->hostCount(), 0);
        QCOMPARE(storedHostCount(), 0);

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(editsSettled());
        QCOMPARE(m_inventory->hostCount(), 3);
        QCOMPARE(m_inventory->host(a)->groupId, site);
        QCOMPARE(storedHostCount(), 3);
        QCOMPARE(visibleNames(proxy), (QStringList{QStringLiteral("Rotterdam"), QStringLiteral("rtm-a"), QStringLiteral("rtm-b"), QStringLiteral("loose")}));

        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QVERIFY(editsSettled());
        QCOMPARE(m_inventory->hostCount(), 0);
    }

    // A workspace that cannot be written (a full disk; here the process may
    // not grow a file, as RLIMIT_FSIZE does it): the dialog says why and stays
    // open with what was typed; once the disk has room, OK saves it.
    void aWorkspaceThatCannotBeWrittenKeepsTheDialogOpen()
    {
        const rlimit before = [] { rlimit l{}; getrlimit(RLIMIT_FSIZE, &l); return l; }();
        const auto restore = qScopeGuard([before] {
            setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, SIG_DFL);
        });
        std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of ending the process
        QString refusal;
        bool stayedOpen = false;
        whenModal<HostDialog>([&](HostDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("full01"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("address")), QStringLiteral("10.0.0.9"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            const rlimit full{1, before.rlim_max};
            setrlimit(RLIMIT_FSIZE, &full);
            ok->click();
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
            if (QTest::qWaitFor([&] { return error->isVisible() && ok->isEnabled(); }, 10000))
                refusal = error->text();
            stayedOpen = dialog->isVisible();
            setrlimit(RLIMIT_FSIZE, &before); // room again
            ok->click();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY2(!refusal.isEmpty(), "the dialog showed no reason");
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("disk"), Qt::CaseInsensitive), qPrintable(refusal));
        QVERIFY(editsSettled());
        const HostId id = m_inventory->findHost(0, QStringLiteral("full01"));
        QVERIFY2(id != 0, "the second OK did not save the host");
        QCOMPARE(storedHostCount(), 1);
        QCOMPARE(m_window->undoStack()->count(), 1); // the refused attempt left no step
    }

    void dropMoveIsUndoable()
    {
        const GroupId from = addGroup(QStringLiteral("from"));
        const GroupId to = addGroup(QStringLiteral("to"));
        const HostId h = addHost(QStringLiteral("mover"), from);
        auto *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");
        std::unique_ptr<QMimeData> mime(model->mimeData({model->indexForHost(h)}));
        // Through the proxy, as the view does.
        auto *proxy = wbtest::partOf<InventoryFilterProxy>(panel(), "inventoryProxy");
        proxy->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, proxy->mapFromSource(model->indexForGroup(to)));
        QVERIFY(editsSettled());
        QCOMPARE(m_inventory->host(h)->groupId, to);
        QCOMPARE(m_window->undoStack()->count(), 1);
        undo();
        QCOMPARE(m_inventory->host(h)->groupId, from);
    }

    void kindMenuShowsOnlyChosenKinds()
    {
        const GroupId site = addGroup(QStringLiteral("Edge"));
        const HostId fw = addHost(QStringLiteral("fw01"), site);
        Host firewall = *m_inventory->host(fw);
        firewall.kind = HostKind::Firewall;
        QString error;
        QVERIFY(wb::test::InventoryEdits(*m_services).updateHost(firewall, &error));
        addHost(QStringLiteral("srv01"), site);
        auto *kinds = panel()->findChild<QToolButton *>(QStringLiteral("kindFilter"));
        QAction *firewalls = nullptr;
        for (QAction *action : kinds->menu()->actions())
            if (action->data().toInt() == int(HostKind::Firewall))
                firewalls = action;
        QVERIFY(firewalls);
        firewalls->trigger();
        QCOMPARE(visibleNames(panel()->view()->model()), (QStringList{QStringLiteral("Edge"), QStringLiteral("fw01")}));
        QCOMPARE(kinds->text(), QStringLiteral("Kinds (1)"));
        firewalls->trigger();
        QCOMPARE(visibleNames(panel()->view()->model()).size(), 3);
    }

    void editHostWithCtrlEThenUndo()
    {
        const HostId id = addHost(QStringLiteral("db01"), 0);
        panel()->selectHost(id);
        whenModal<HostDialog>([](HostDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("os")), QStringLiteral("Debian 12"));
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(int(HostKind::Workstation)));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        activate();
        QCOMPARE(m_inventory->host(id)->os, QStringLiteral("Debian 12"));
        QCOMPARE(m_inventory->host(id)->kind, HostKind::Workstation);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit host db01"));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(editsSettled());
        QCOMPARE(m_inventory->host(id)->os, QString());
        QCOMPARE(m_inventory->host(id)->kind, HostKind::Server);
    }

    void addGroupThenRenameWithF2()
    {
        whenModal<GroupDialog>([](GroupDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Amsterdm"));
            dialog->accept();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        activate();
        const GroupId id = m_inventory->findGroup(0, QStringLiteral("Amsterdm"));
        QVERIFY(id != 0);
        // The new group is selected, so F2 renames it.
        QCOMPARE(panel()->selectedGroups(), QList<GroupId>{id});
        panel()->view()->setFocus();
        whenModal<GroupDialog>([](GroupDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Amsterdam"));
            dialog->accept();
        });
        QTest::keyClick(panel()->view(), Qt::Key_F2);
        activate();
        QCOMPARE(m_inventory->group(id)->name, QStringLiteral("Amsterdam"));
        undo();
        QCOMPARE(m_inventory->group(id)->name, QStringLiteral("Amsterdm"));

        // Undoing the add takes along what the group gained since; redo brings both back.
        const HostId inside = addHost(QStringLiteral("ams-db01"), id);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add group Amsterdm"));
        undo();
        QVERIFY(!m_inventory->group(id));
        QVERIFY(!m_inventory->host(inside));
        redo();
        QCOMPARE(m_inventory->group(id)->name, QStringLiteral("Amsterdm"));
        QCOMPARE(m_inventory->host(inside)->groupId, id);
        QCOMPARE(storedHostCount(), 1);
    }

    void contextMenuOffersTheInventoryActions()
    {
        const HostId id = addHost(QStringLiteral("web01"), 0);
        panel()->selectHost(id);
        QStringList offered;
        wbtest::whenPopup([&offered](QMenu *menu) {
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    offered << action->text();
            menu->close();
        });
        QTreeView *view = panel()->view();
        const QRect rect = view->visualRect(view->currentIndex());
        Q_EMIT view->customContextMenuRequested(rect.center());
        QCOMPARE(offered, (QStringList{QStringLiteral("&Open Session"), QStringLiteral("F&iles…"), QStringLiteral("R&un Command…"), QStringLiteral("Run S&nippet"), QStringLiteral("&Manage Accounts…"),
                                       QStringLiteral("New &Ticket for Selected Hosts…"), QStringLiteral("Check &Reachability Now"), QStringLiteral("Gather &Facts"), QStringLiteral("A&pply Updates…"), QStringLiteral("&Wake"), QStringLiteral("&Logs…"), QStringLiteral("Add &Host…"), QStringLiteral("Add &Group…"), QStringLiteral("Add Director&y…"), QStringLiteral("&Edit…"),
                                       QStringLiteral("Ren&ame…"), QStringLiteral("&Delete…"), QStringLiteral("E&xpand All"),
                                       QStringLiteral("&Collapse All")}));
    }

    void deleteThenUndoBringsBackTheHostsTicketLinks()
    {
        const HostId web = addHost(QStringLiteral("web01"), 0);
        const HostId db = addHost(QStringLiteral("db01"), 0);
        TicketStore tickets = readBack([&] { return TicketStore(m_workspace->database()); });
        Ticket ticket;
        ticket.title = QStringLiteral("Website down");
        ticket.hostIds = {web, db};
        QString error;
        QVERIFY2(readBack([&] { return tickets.add(&ticket, &error); }), qPrintable(error));

        panel()->selectHost(web);
        panel()->view()->setFocus();
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(panel()->view(), Qt::Key_Delete);
        QVERIFY(editsSettled());
        activate();
        QVERIFY(!m_inventory->host(web));
        Ticket stored;
        QVERIFY(tickets.load(ticket.id, &stored, &error));
        QCOMPARE(stored.hostIds, QList<qint64>{db});

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(editsSettled());
        QVERIFY(m_inventory->host(web));
        QVERIFY(tickets.load(ticket.id, &stored, &error));
        QCOMPARE(stored.hostIds, (QList<qint64>{qMin(web, db), qMax(web, db)}));
    }

    void undoAndRedoWaitForTheEditBeforeThemAndNameTheirStep()
    {
        const HostId id = addHost(QStringLiteral("web01"), 0);
        auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("undo"));
        auto *redoAction = m_window->findChild<QAction *>(QStringLiteral("redo"));
        QVERIFY(!undoAction->isEnabled());
        QCOMPARE(undoAction->text(), QStringLiteral("&Undo"));
        panel()->selectHost(id);
        panel()->view()->setFocus();
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(panel()->view(), Qt::Key_Delete);
        // The delete is on its way to the workspace thread: an undo now would take the wrong step.
        QVERIFY(m_services->inventoryEditor().isBusy());
        QVERIFY(!undoAction->isEnabled());
        activate();
        QVERIFY(editsSettled());
        QVERIFY(undoAction->isEnabled());
        QCOMPARE(undoAction->text(), QStringLiteral("&Undo Delete host web01"));
        QVERIFY(!m_inventory->host(id));

        undoAction->trigger();
        QVERIFY(!undoAction->isEnabled() && !redoAction->isEnabled());  // while the step runs
        QVERIFY(editsSettled());
        QVERIFY(m_inventory->host(id));
        QCOMPARE(redoAction->text(), QStringLiteral("&Redo Delete host web01"));
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QVERIFY(editsSettled());
        QVERIFY(!m_inventory->host(id));
        QCOMPARE(storedHostCount(), 0);
    }

    void anUndoWhoseWriteIsRefusedIsDroppedWithAMessage()
    {
        const HostId id = addHost(QStringLiteral("db01"), 0);
        panel()->selectHost(id);
        whenModal<HostDialog>([](HostDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("os")), QStringLiteral("Debian 12"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        activate();
        QCOMPARE(m_window->undoStack()->count(), 1);
        changeElsewhere(id, [](Host *h) { h->owner = QStringLiteral("Team DB"); });

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(editsSettled());
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Could not undo “Edit host db01”")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // Neither half: the other change stays, and so does ours.
        QCOMPARE(storedHost(id).owner, QStringLiteral("Team DB"));
        QCOMPARE(storedHost(id).os, QStringLiteral("Debian 12"));
        QCOMPARE(m_inventory->host(id)->owner, QStringLiteral("Team DB"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
