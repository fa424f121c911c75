// The real main window (offscreen) as a whole: its layout restored on restart,
// Dutch menus, the empty session area, and tab names.
#include "tests/widgets/MainWindowFixture.h"

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
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace wb;
using wbtest::saveScreenshot;
using wbtest::visibleNames;
using wbtest::whenModal;

class TestWindowLayout : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_windowlayout"); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void layoutIsRestoredOnRestart()
    {
        const GroupId a = addGroup(QStringLiteral("A"));
        const GroupId a1 = addGroup(QStringLiteral("A1"), a);
        const GroupId b = addGroup(QStringLiteral("B"));
        addGroup(QStringLiteral("B1"), b);
        const HostId host = addHost(QStringLiteral("deep"), a1);
        auto *proxy = wbtest::partOf<InventoryFilterProxy>(panel(), "inventoryProxy");
        auto *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");
        panel()->view()->collapseAll();
        panel()->view()->expand(proxy->mapFromSource(model->indexForGroup(a)));
        panel()->view()->expand(proxy->mapFromSource(model->indexForGroup(a1)));
        panel()->selectHost(host);

        auto *ticketDock = m_window->findChild<QDockWidget *>(QStringLiteral("ticketDock"));
        QVERIFY(ticketDock->isVisible());
        ticketDock->hide();
        m_window->resize(1111, 777);
        m_window->close();  // saves

        const std::unique_ptr<MainWindow> againWindow = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        MainWindow &again = *againWindow;
        again.restoreLayout();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("ticketDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("inventoryDock"))->isVisible());
        QCOMPARE(again.size(), QSize(1111, 777));
        InventoryPanel *restored = again.inventoryPanel();
        auto isExpanded = [restored](GroupId id) {
            return restored->view()->isExpanded(wbtest::partOf<InventoryFilterProxy>(restored, "inventoryProxy")->mapFromSource(wbtest::partOf<InventoryModel>(restored, "inventoryModel")->indexForGroup(id)));
        };
        QVERIFY(isExpanded(a));
        QVERIFY(isExpanded(a1));
        QVERIFY(!isExpanded(b));
        QCOMPARE(restored->selectedHosts(), QList<HostId>{host});
        again.findChild<QDockWidget *>(QStringLiteral("ticketDock"))->show();
        again.close();
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
        const std::unique_ptr<MainWindow> dutchWindow = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        MainWindow &dutch = *dutchWindow;
        QStringList titles;
        for (QAction *action : dutch.menuBar()->actions())
            titles << action->text();
        // "&Accounts" and "&Tickets" are Dutch as well as English.
        QCOMPARE(titles, (QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"), QStringLiteral("Sess&ie"),
                                      QStringLiteral("Ho&sts"), QStringLiteral("&Accounts"), QStringLiteral("&Tickets"), QStringLiteral("Beel&d"),
                                      QStringLiteral("&Help")}));
        QCOMPARE(dutch.findChild<QDockWidget *>(QStringLiteral("inventoryDock"))->windowTitle(), QStringLiteral("Inventaris"));
        // Back to English for whatever runs next.
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        installTranslations(*qApp, QStringLiteral("en"));
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
            QVERIFY2(wb::test::InventoryEdits(*m_services).updateHost(h, &error), qPrintable(error));
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

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
