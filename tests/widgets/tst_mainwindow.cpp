#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "tests/support/TestServices.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/inventory/HostDialog.h"
#include "widgets/inventory/ImportDialog.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QToolButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace wb;
using wbtest::saveScreenshot;
using wbtest::whenModal;

namespace {

QStringList visibleNames(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        names << index.data().toString();
        names << visibleNames(model, index);
    }
    return names;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    Workspace *m_workspace = nullptr;
    Inventory *m_inventory = nullptr;
    std::unique_ptr<MainWindow> m_window;

    // The offscreen platform does not hand activation back to the window when
    // a modal dialog closes, as a desktop would; window shortcuts need it.
    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    InventoryPanel *panel() const { return m_window->inventoryPanel(); }
    QString path() const { return m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())); }

    int storedHostCount()
    {
        Workspace other;
        if (!other.open(path()))
            return -1;
        Inventory fresh;
        fresh.setDatabase(other.database());
        QString error;
        fresh.load(&error);
        return fresh.hostCount();
    }

    GroupId addGroup(const QString &name, GroupId parent = 0)
    {
        Group g{0, parent, name};
        QString error;
        if (!m_inventory->addGroup(&g, &error))
            qFatal("%s", qPrintable(error));
        return g.id;
    }
    HostId addHost(const QString &name, GroupId group)
    {
        Host h;
        h.name = name;
        h.address = name + QStringLiteral(".example.org");
        h.groupId = group;
        QString error;
        if (!m_inventory->addHost(&h, &error))
            qFatal("%s", qPrintable(error));
        return h.id;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    // Changes a host through a second connection to the workspace, as
    // werkbank-cli or another window would, behind this window's back.
    void changeElsewhere(HostId id, const std::function<void(Host *)> &change)
    {
        Workspace other;
        QVERIFY(other.open(path()));
        Inventory elsewhere;
        elsewhere.setDatabase(other.database());
        QString error;
        QVERIFY2(elsewhere.load(&error), qPrintable(error));
        Host h = *elsewhere.host(id);
        change(&h);
        QVERIFY2(elsewhere.updateHost(h, &error), qPrintable(error));
    }

    Host storedHost(HostId id)
    {
        Workspace other;
        if (!other.open(path()))
            return {};
        Inventory fresh;
        fresh.setDatabase(other.database());
        QString error;
        fresh.load(&error);
        return fresh.host(id) ? *fresh.host(id) : Host();
    }

    // File → Import with `file`; `act` runs on the dialog once its preview is ready.
    void importThroughTheWindow(const QString &file, const std::function<void(ImportDialog *)> &act)
    {
        whenModal<ImportDialog>([file, act](ImportDialog *dialog) {
            QObject::connect(dialog, &ImportDialog::previewReady, dialog, [dialog, act] { act(dialog); });
            dialog->setFile(file);
        });
        m_window->findChild<QAction *>(QStringLiteral("import"))->trigger();
        activate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WerkbankTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void init()
    {
        m_services = std::make_unique<AppServices>();
        QVERIFY(m_services->open(path()));
        m_workspace = &m_services->workspace();
        m_inventory = &m_services->inventory();
        m_window = std::make_unique<MainWindow>(test::withoutConnectionReuse(m_services->services()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        activate();
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
    }

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
        {
            Inventory reread; // what the workspace file holds, not the window's copy
            reread.setDatabase(m_workspace->database());
            QString error;
            QVERIFY2(reread.load(&error), qPrintable(error));
            const Host *stored = reread.host(id);
            QVERIFY(stored);
            QCOMPARE(stored->hostKeyAlias, QStringLiteral("ams-web07-vip"));
            QCOMPARE(stored->knownHostsFile, QStringLiteral("~/.ssh/known_hosts.ams")); // as written, expanded at connect time
        }

        // Ctrl+F goes to the filter; typing narrows the tree to the new host.
        activate();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QLineEdit *filter = panel()->filterEdit();
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
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
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

    void deleteAsksForConfirmationAndCtrlZBringsItBack()
    {
        const GroupId site = addGroup(QStringLiteral("Rotterdam"));
        const HostId a = addHost(QStringLiteral("rtm-a"), site);
        addHost(QStringLiteral("rtm-b"), site);
        const HostId c = addHost(QStringLiteral("loose"), 0);
        QTreeView *view = panel()->view();
        view->expandAll();
        auto *proxy = panel()->proxy();
        auto *model = panel()->model();
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
        activate();
        view->setFocus();
        QCOMPARE(question, QStringLiteral("Delete 2 selected items? The selected groups hold 2 hosts."));
        QCOMPARE(m_inventory->hostCount(), 3);

        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(view, Qt::Key_Delete);
        activate();
        QCOMPARE(m_inventory->hostCount(), 0);
        QCOMPARE(storedHostCount(), 0);

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_inventory->hostCount(), 3);
        QCOMPARE(m_inventory->host(a)->groupId, site);
        QCOMPARE(storedHostCount(), 3);
        QCOMPARE(visibleNames(proxy), (QStringList{QStringLiteral("Rotterdam"), QStringLiteral("rtm-a"), QStringLiteral("rtm-b"), QStringLiteral("loose")}));

        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(m_inventory->hostCount(), 0);
    }

    void dropMoveIsUndoable()
    {
        const GroupId from = addGroup(QStringLiteral("from"));
        const GroupId to = addGroup(QStringLiteral("to"));
        const HostId h = addHost(QStringLiteral("mover"), from);
        auto *model = panel()->model();
        std::unique_ptr<QMimeData> mime(model->mimeData({model->indexForHost(h)}));
        // Through the proxy, as the view does.
        auto *proxy = panel()->proxy();
        proxy->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, proxy->mapFromSource(model->indexForGroup(to)));
        QCOMPARE(m_inventory->host(h)->groupId, to);
        QCOMPARE(m_window->undoStack()->count(), 1);
        m_window->undoStack()->undo();
        QCOMPARE(m_inventory->host(h)->groupId, from);
    }

    void importDialogShowsBadLinesAndImportsOnlyWhenAllowed()
    {
        const QString csv = m_dir.filePath(QStringLiteral("import.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,address,port,group\nweb01,10.0.0.1,22,site\nweb02,10.0.0.2,99999,site\nweb03,10.0.0.3,,site\n");
        file.close();

        ImportDialog dialog(m_inventory, 0, m_window.get());
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.show();
        dialog.setFile(csv);
        QVERIFY(ready.wait(5000));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("2 hosts found")));
        auto *issues = dialog.findChild<QListWidget *>(QStringLiteral("issues"));
        QVERIFY(issues->count() >= 1);
        QVERIFY2(issues->item(0)->text().startsWith(QStringLiteral("Line 3: ")), qPrintable(issues->item(0)->text()));
        QVERIFY(issues->item(0)->text().contains(QStringLiteral("99999")));
        QVERIFY(issues->item(0)->toolTip().contains(QStringLiteral("import.csv:3")));

        saveScreenshot(&dialog, QStringLiteral("import-dialog"));
        dialog.findChild<QCheckBox *>(QStringLiteral("skipBadLines"))->setChecked(true);
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        // The import runs on a worker thread; the window stays responsive meanwhile.
        QVERIFY(dialog.isImporting());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_inventory->hostCount(), 2);
        QCOMPARE(storedHostCount(), 2);
        QVERIFY(visibleNames(panel()->view()->model()).contains(QStringLiteral("web03")));
        QVERIFY(dialog.summary().contains(QStringLiteral("2 added")));
    }

    void layoutIsRestoredOnRestart()
    {
        const GroupId a = addGroup(QStringLiteral("A"));
        const GroupId a1 = addGroup(QStringLiteral("A1"), a);
        const GroupId b = addGroup(QStringLiteral("B"));
        addGroup(QStringLiteral("B1"), b);
        const HostId host = addHost(QStringLiteral("deep"), a1);
        auto *proxy = panel()->proxy();
        auto *model = panel()->model();
        panel()->view()->collapseAll();
        panel()->view()->expand(proxy->mapFromSource(model->indexForGroup(a)));
        panel()->view()->expand(proxy->mapFromSource(model->indexForGroup(a1)));
        panel()->selectHost(host);

        auto *ticketDock = m_window->findChild<QDockWidget *>(QStringLiteral("ticketDock"));
        QVERIFY(ticketDock->isVisible());
        ticketDock->hide();
        m_window->resize(1111, 777);
        m_window->close();  // saves

        MainWindow again(test::withoutConnectionReuse(m_services->services()));
        again.restoreLayout();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("ticketDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("inventoryDock"))->isVisible());
        QCOMPARE(again.size(), QSize(1111, 777));
        InventoryPanel *restored = again.inventoryPanel();
        auto isExpanded = [restored](GroupId id) {
            return restored->view()->isExpanded(restored->proxy()->mapFromSource(restored->model()->indexForGroup(id)));
        };
        QVERIFY(isExpanded(a));
        QVERIFY(isExpanded(a1));
        QVERIFY(!isExpanded(b));
        QCOMPARE(restored->selectedHosts(), QList<HostId>{host});
        again.findChild<QDockWidget *>(QStringLiteral("ticketDock"))->show();
        again.close();
    }

    void kindMenuShowsOnlyChosenKinds()
    {
        const GroupId site = addGroup(QStringLiteral("Edge"));
        const HostId fw = addHost(QStringLiteral("fw01"), site);
        Host firewall = *m_inventory->host(fw);
        firewall.kind = HostKind::Firewall;
        QString error;
        QVERIFY(m_inventory->updateHost(firewall, &error));
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
        m_window->undoStack()->undo();
        QCOMPARE(m_inventory->group(id)->name, QStringLiteral("Amsterdm"));
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
        QCOMPARE(offered, (QStringList{QStringLiteral("&Open Session"), QStringLiteral("Run &Command…"), QStringLiteral("Run S&nippet"), QStringLiteral("&Manage Accounts…"),
                                       QStringLiteral("New &Ticket for Selected Hosts…"), QStringLiteral("Add &Host…"), QStringLiteral("Add &Group…"), QStringLiteral("&Edit…"),
                                       QStringLiteral("&Rename…"), QStringLiteral("&Delete…"), QStringLiteral("E&xpand All"),
                                       QStringLiteral("&Collapse All")}));
    }

    void exportWritesTheChosenFile()
    {
        const GroupId site = addGroup(QStringLiteral("site"));
        addHost(QStringLiteral("web01"), site);
        const QString target = m_dir.filePath(QStringLiteral("exported.csv"));
        whenModal<QFileDialog>([target](QFileDialog *dialog) {
            dialog->selectFile(target);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        m_window->exportHosts();
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.contains(QStringLiteral("web01,web01.example.org")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral(",site")));
    }

    void sessionAreaEmptyStateOffersNextSteps()
    {
        auto *text = m_window->findChild<QLabel *>(QStringLiteral("emptyText"));
        QVERIFY(text->text().contains(QStringLiteral("Your inventory is empty")));
        addHost(QStringLiteral("one"), 0);
        QVERIFY(text->text().contains(QStringLiteral("1 host in 0 groups")));
    }

    void dutchMainWindowShowsTranslatedMenus()
    {
        m_window.reset();
        const QString language = installTranslations(*qApp, QStringLiteral("nl"));
        QCOMPARE(language, QStringLiteral("nl"));
        MainWindow dutch(test::withoutConnectionReuse(m_services->services()));
        QStringList titles;
        for (QAction *action : dutch.menuBar()->actions())
            titles << action->text();
        // "&Accounts" and "&Tickets" are Dutch as well as English.
        QCOMPARE(titles, (QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"), QStringLiteral("&Sessie"),
                                      QStringLiteral("&Accounts"), QStringLiteral("&Tickets"), QStringLiteral("Beel&d"),
                                      QStringLiteral("&Help")}));
        QCOMPARE(dutch.findChild<QDockWidget *>(QStringLiteral("inventoryDock"))->windowTitle(), QStringLiteral("Inventaris"));
        // Back to English for whatever runs next.
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void anImportIsOneUndoStep()
    {
        const HostId web01 = addHost(QStringLiteral("web01"), 0);
        {
            Host h = *m_inventory->host(web01);
            h.owner = QStringLiteral("Team Web");
            QString error;
            QVERIFY(m_inventory->updateHost(h, &error));
        }
        const Host before = *m_inventory->host(web01);
        const QString csv = writeFile(QStringLiteral("undo-import.csv"),
                                      "name,address,group\nweb01,10.0.0.9,\nweb02,10.0.0.2,site\nweb03,10.0.0.3,site\n");
        importThroughTheWindow(csv, [](ImportDialog *dialog) {
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        });
        QTRY_COMPARE(m_inventory->hostCount(), 3);
        QCOMPARE(m_inventory->host(web01)->address, QStringLiteral("10.0.0.9"));
        QCOMPARE(m_inventory->host(web01)->owner, QStringLiteral("Team Web"));  // the CSV has no owner column
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Import undo-import.csv"));

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_inventory->hostCount(), 1);
        QCOMPARE(m_inventory->groupCount(), 0);
        QCOMPARE(m_inventory->host(web01)->address, before.address);
        QCOMPARE(storedHostCount(), 1);
        QCOMPARE(storedHost(web01).address, before.address);
        QCOMPARE(storedHost(web01).owner, QStringLiteral("Team Web"));
        QCOMPARE(visibleNames(panel()->proxy()), QStringList{QStringLiteral("web01")});

        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(m_inventory->hostCount(), 3);
        QCOMPARE(storedHostCount(), 3);
        QCOMPARE(storedHost(web01).address, QStringLiteral("10.0.0.9"));
        QVERIFY(m_inventory->findHost(m_inventory->findGroupByPath(QStringLiteral("site")), QStringLiteral("web03")));
    }

    void cancellingARunningImportLeavesTheWorkspaceAsItWas()
    {
        addHost(QStringLiteral("keep01"), 0);
        QByteArray rows = "name,address,group\n";
        for (int i = 0; i < 3000; ++i)
            rows += QStringLiteral("host%1,10.1.%2.%3,bulk\n").arg(i).arg(i / 250).arg(i % 250 + 1).toUtf8();
        const QString csv = writeFile(QStringLiteral("cancel.csv"), rows);
        bool cancelEnabled = false;
        importThroughTheWindow(csv, [&cancelEnabled](ImportDialog *dialog) {
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
            QPushButton *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
            cancelEnabled = dialog->isImporting() && cancel->isEnabled();
            cancel->click();
        });
        QVERIFY(cancelEnabled);
        QCOMPARE(m_inventory->hostCount(), 1);
        QCOMPARE(m_inventory->groupCount(), 0);
        QCOMPARE(storedHostCount(), 1);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(m_window->statusBar()->currentMessage()));
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
        activate();
        QVERIFY(!m_inventory->host(web));
        Ticket stored;
        QVERIFY(tickets.load(ticket.id, &stored, &error));
        QCOMPARE(stored.hostIds, QList<qint64>{db});

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(m_inventory->host(web));
        QVERIFY(tickets.load(ticket.id, &stored, &error));
        QCOMPARE(stored.hostIds, (QList<qint64>{qMin(web, db), qMax(web, db)}));
    }

    void anEditBasedOnAStaleRowIsRefusedAndTheDialogShowsBoth()
    {
        const HostId id = addHost(QStringLiteral("db01"), 0);
        panel()->selectHost(id);
        QString error;
        bool stayedOpen = false;
        QString stored;
        QString typedOs;
        whenModal<HostDialog>([&](HostDialog *dialog) {
            // Written behind the window's back after the dialog opened.
            changeElsewhere(id, [](Host *h) { h->address = QStringLiteral("10.9.9.9"); });
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("os")), QStringLiteral("Debian 12"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            stayedOpen = dialog->isVisible();
            error = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            auto *storedLabel = dialog->findChild<QLabel *>(QStringLiteral("storedValues"));
            stored = storedLabel->isVisible() ? storedLabel->text() : QString();
            typedOs = dialog->findChild<QLineEdit *>(QStringLiteral("os"))->text();
            saveScreenshot(dialog, QStringLiteral("host-dialog-stale"));
            dialog->reject();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        activate();
        QVERIFY(stayedOpen);
        QVERIFY2(error.contains(QStringLiteral("“db01” was changed elsewhere (address)")), qPrintable(error));
        QVERIFY2(stored.contains(QStringLiteral("10.9.9.9")) && stored.contains(QStringLiteral("db01.example.org")),
                 qPrintable(stored));
        QCOMPARE(typedOs, QStringLiteral("Debian 12"));
        // The view shows what is stored; nothing typed was written.
        QCOMPARE(m_inventory->host(id)->address, QStringLiteral("10.9.9.9"));
        QCOMPARE(storedHost(id).os, QString());
        QCOMPARE(m_window->undoStack()->count(), 0);
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
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Could not undo “Edit host db01”")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // Neither half: the other change stays, and so does ours.
        QCOMPARE(storedHost(id).owner, QStringLiteral("Team DB"));
        QCOMPARE(storedHost(id).os, QStringLiteral("Debian 12"));
        QCOMPARE(m_inventory->host(id)->owner, QStringLiteral("Team DB"));
    }

    void aSessionTabNamesASharedHostNameByItsPath()
    {
        // Port 1 on loopback: the session fails at once, but the tab is named first.
        const HostId inA = addHost(QStringLiteral("web01"), addGroup(QStringLiteral("siteA")));
        addHost(QStringLiteral("web01"), addGroup(QStringLiteral("siteB")));
        const HostId db = addHost(QStringLiteral("db01"), 0);
        for (HostId id : {inA, db}) {
            Host h = *m_inventory->host(id);
            h.address = QStringLiteral("127.0.0.1");
            h.port = 1;
            QString error;
            QVERIFY2(m_inventory->updateHost(h, &error), qPrintable(error));
        }
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sessionTabs"));
        QVERIFY(tabs);
        for (HostId id : {inA, db}) {
            panel()->selectHost(id);
            panel()->openSelectedSessions();
        }
        QCOMPARE(tabs->count(), 2);
        QVERIFY2(tabs->tabText(0).startsWith(QStringLiteral("siteA/web01")), qPrintable(tabs->tabText(0)));
        QVERIFY2(tabs->tabToolTip(0).contains(QStringLiteral("siteA/web01")), qPrintable(tabs->tabToolTip(0)));
        QVERIFY2(tabs->tabText(1).startsWith(QStringLiteral("db01")), qPrintable(tabs->tabText(1)));
        QTRY_VERIFY(tabs->tabText(0).contains(QStringLiteral("(closed)")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
