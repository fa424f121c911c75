// Importing into and exporting from the real main window (offscreen): the
// preview of a file with bad lines, one undo step per import, cancelling.
#include "tests/widgets/MainWindowFixture.h"

#include "core/tickets/TicketStore.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/inventory/HostDialog.h"
#include "widgets/inventory/InventoryController.h"

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

class TestWindowImport : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_windowimport"); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void importDialogShowsBadLinesAndImportsOnlyWhenAllowed()
    {
        const QString csv = m_dir.filePath(QStringLiteral("import.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,address,port,group\nweb01,10.0.0.1,22,site\nweb02,10.0.0.2,99999,site\nweb03,10.0.0.3,,site\n");
        file.close();

        ImportDialog dialog(&m_services->inventoryEditor(), 0, m_window.get());
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
        // The import runs on the workspace thread; the window stays responsive meanwhile.
        QVERIFY(dialog.isImporting());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_inventory->hostCount(), 2);
        QCOMPARE(storedHostCount(), 2);
        QVERIFY(visibleNames(panel()->view()->model()).contains(QStringLiteral("web03")));
        QVERIFY(dialog.summary().contains(QStringLiteral("2 added")));
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
        wbtest::partOf<InventoryController>(m_window.get(), "inventoryController")->exportHosts();
        // Written on the workspace thread; the status bar says when.
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 1 host to")));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.contains(QStringLiteral("web01,web01.example.org")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral(",site")));
    }

    void anImportIsOneUndoStep()
    {
        const HostId web01 = addHost(QStringLiteral("web01"), 0);
        {
            Host h = *m_inventory->host(web01);
            h.owner = QStringLiteral("Team Web");
            QString error;
            QVERIFY(wb::test::InventoryEdits(*m_services).updateHost(h, &error));
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
        QVERIFY(editsSettled());
        QCOMPARE(m_inventory->hostCount(), 1);
        QCOMPARE(m_inventory->groupCount(), 0);
        QCOMPARE(m_inventory->host(web01)->address, before.address);
        QCOMPARE(storedHostCount(), 1);
        QCOMPARE(storedHost(web01).address, before.address);
        QCOMPARE(storedHost(web01).owner, QStringLiteral("Team Web"));
        QCOMPARE(visibleNames(wbtest::partOf<InventoryFilterProxy>(panel(), "inventoryProxy")), QStringList{QStringLiteral("web01")});

        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QVERIFY(editsSettled());
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
};

QTEST_MAIN(TestWindowImport)
#include "tst_windowimport.moc"
