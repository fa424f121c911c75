// The window's toolbar and Help menu, driven as a user does: the everyday actions on the
// toolbar (hidden and back, remembered on restart), Help → Keyboard Shortcuts listing every
// key the window's actions have, Help → About with the libraries' versions.
#include "tests/widgets/MainWindowFixture.h"

#include "widgets/inventory/ImportDialog.h"
#include "widgets/main/HelpDialogs.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <libssh/libssh.h>

using namespace wb;
using wbtest::saveScreenshot;
using wbtest::whenModal;

namespace {

QStringList visibleRows(QTreeWidget *list, int column)
{
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!list->topLevelItem(i)->isHidden())
            rows << list->topLevelItem(i)->text(column);
    }
    return rows;
}

template<typename T>
T *openDialog(QWidget *window, const char *action, const char *name)
{
    window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
    T *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window->findChild<T *>(QString::fromLatin1(name))) && dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

} // namespace

class TestWindowHelp : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_windowhelp"); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void toolbarHoldsTheEverydayActionsAndCanBeHidden()
    {
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar && toolBar->isVisible());
        QStringList names;
        for (QAction *action : toolBar->actions()) {
            if (!action->isSeparator())
                names << action->objectName();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("openSession"), QStringLiteral("runCommand"), QStringLiteral("manageAccounts"),
                                     QStringLiteral("newTicket"), QStringLiteral("import")}));
        for (QAction *action : toolBar->actions())
            QVERIFY2(action->isSeparator() || !action->icon().isNull(), qPrintable(action->objectName()));
        saveScreenshot(m_window.get(), QStringLiteral("window-toolbar"));

        // The toolbar's Import button opens the import dialog.
        bool imported = false;
        whenModal<ImportDialog>([&imported](ImportDialog *dialog) {
            imported = true;
            dialog->reject();
        });
        auto *importButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("import"))));
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(imported);
        activate();

        // View → Main Toolbar hides it, and the window remembers on restart.
        auto *toggle = m_window->findChild<QAction *>(QStringLiteral("toggleMainToolBar"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!toolBar->isVisible());
        m_window->close(); // saves the layout
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->restoreLayout();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
        m_window->findChild<QAction *>(QStringLiteral("toggleMainToolBar"))->trigger();
        QVERIFY(m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
        m_window->close();
    }

    void keyboardShortcutsListsEveryKeyOfTheMenus()
    {
        // What the menus show with a key, walked independently of the dialog.
        QMap<QString, QString> expected;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    walk(action->menu());
                else if (!action->shortcut().isEmpty())
                    expected.insert(action->shortcut().toString(QKeySequence::NativeText), action->text().remove(QLatin1Char('&')));
            }
        };
        for (QAction *top : m_window->menuBar()->actions())
            walk(top->menu());
        QVERIFY(expected.size() >= 15);

        auto *dialog = openDialog<ShortcutsDialog>(m_window.get(), "helpShortcuts", "shortcutsDialog");
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        const QStringList keys = visibleRows(list, 1);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            bool listed = false;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                listed = listed || (list->topLevelItem(i)->text(1).split(QStringLiteral(", ")).contains(it.key()));
            QVERIFY2(listed, qPrintable(it.key() + QStringLiteral(" (") + it.value() + QLatin1Char(')')));
        }
        // A row says which menu the action is in.
        bool addHostRow = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(0) == QStringLiteral("Add Host"))
                addHostRow = item->text(1) == QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)
                             && item->text(2).contains(QStringLiteral("Edit"));
        }
        QVERIFY(addHostRow);
        // The terminal's own keys are listed, and which window keys still work from a terminal.
        const auto row = [&](const QString &action, const QString &menu) -> const QTreeWidgetItem * {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(0) == action && list->topLevelItem(i)->text(2).contains(menu))
                    return list->topLevelItem(i);
            return nullptr;
        };
        const QTreeWidgetItem *copy = row(QStringLiteral("Copy"), QStringLiteral("Terminal"));
        QVERIFY(copy);
        QCOMPARE(copy->text(1), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText));
        const QTreeWidgetItem *scroll = row(QStringLiteral("Scroll Up a Page"), QStringLiteral("Terminal"));
        QVERIFY(scroll && scroll->text(1).contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp).toString(QKeySequence::NativeText)));
        const QTreeWidgetItem *run = row(QStringLiteral("Run Command"), QStringLiteral("Session"));
        QVERIFY(run);
        QCOMPARE(run->text(3), QStringLiteral("Yes")); // Ctrl+Shift+X: the terminal leaves it to the window
        const QTreeWidgetItem *addHost = row(QStringLiteral("Add Host"), QStringLiteral("Edit"));
        QVERIFY(addHost->text(3).startsWith(QStringLiteral("No"))); // Ctrl+N is the shell's
        saveScreenshot(dialog, QStringLiteral("keyboard-shortcuts"));

        // The filter narrows the list to what matches every word.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter")), QStringLiteral("run command"));
        QCOMPARE(visibleRows(list, 0), QStringList{QStringLiteral("Run Command")});
        QCOMPARE(visibleRows(list, 1), QStringList{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X).toString(QKeySequence::NativeText)});
        dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"))->clear();
        QCOMPARE(visibleRows(list, 0).size(), list->topLevelItemCount());
        dialog->close();
    }

    void aboutNamesTheLibrariesInUse()
    {
        auto *dialog = openDialog<AboutDialog>(m_window.get(), "helpAbout", "aboutDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutText"))->text().contains(QCoreApplication::applicationVersion()));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("aboutLibraries"));
        QMap<QString, QString> versions;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            versions.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(versions.keys(), (QStringList{QStringLiteral("OpenLDAP (libldap)"), QStringLiteral("PostgreSQL (libpq)"),
                                               QStringLiteral("Qt"), QStringLiteral("QtKeychain"), QStringLiteral("libssh"),
                                               QStringLiteral("libvterm")}));
        QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(versions.value(QStringLiteral("libssh")), QString::fromLatin1(ssh_version(0)));
        for (const QString &version : versions)
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(version).hasMatch(), qPrintable(version));
        saveScreenshot(dialog, QStringLiteral("about"));

        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("aboutCopy")), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Werkbank ") + QCoreApplication::applicationVersion() + QLatin1Char('\n')), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\nlibssh ") + QString::fromLatin1(ssh_version(0))), qPrintable(copied));
        dialog->close();
    }
};

QTEST_MAIN(TestWindowHelp)
#include "tst_windowhelp.moc"
