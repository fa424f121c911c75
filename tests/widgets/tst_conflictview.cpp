// Saves based on a stale row (a host, a ticket, a snippet), in the real window, on both engines (the team
// workspace is where two people edit the same row): the save is refused and
// yours and theirs are shown side by side, field by field; Merge, Keep Mine
// and Take Theirs store what was chosen, Back to Editing stores nothing, and
// a row version moved without a field changed is no conflict.
#include "tests/widgets/MainWindowFixture.h"

#include "core/storage/GuiThreadCheck.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/snippets/SnippetStore.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketStore.h"
#include "models/common/ConflictModel.h"
#include "tests/support/TestWorkspaces.h"
#include "widgets/common/ConflictDialog.h"
#include "widgets/inventory/GroupDialog.h"
#include "widgets/inventory/HostDialog.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/SnippetLibraryDialog.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/TicketEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace wb;
using wbtest::partOf;
using wbtest::saveScreenshot;
using wbtest::whenModal;
using wbtest::ModalWatch;
using wbtest::storedInventory;

namespace {
// What the conflict view showed, row by row: "Field|yours|theirs|what changed|ticked side".
QStringList shownRows(ConflictDialog *dialog)
{
    QAbstractItemModel *model = partOf<QTableView>(dialog, "conflictTable")->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ConflictModel::ColumnCount; ++column)
            cells << model->index(row, column).data().toString();
        const bool mine = model->index(row, ConflictModel::MineColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        cells << (mine ? QStringLiteral("mine") : QStringLiteral("theirs"));
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

using ConflictWatch = wbtest::ModalWatch<ConflictDialog>;
} // namespace

class TestConflictView : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT
    wbtest::TestWorkspaces m_workspaces;

    // Opens the host dialog on `id` (Ctrl+E), lets `elsewhere` change the stored
    // host once it is open, types `os`, presses OK and hands the conflict view to
    // `resolve`. False when no conflict view came.
    bool editHostAgainstAChangeElsewhere(HostId id, const std::function<void(Host *)> &elsewhere, const QString &os,
                                         const std::function<void(ConflictDialog *)> &resolve)
    {
        panel()->selectHost(id);
        ConflictWatch watch(resolve);
        whenModal<HostDialog>([&](HostDialog *dialog) {
            changeElsewhere(id, elsewhere);
            auto *osField = dialog->findChild<QLineEdit *>(QStringLiteral("os"));
            osField->selectAll();
            QTest::keyClicks(osField, os);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            if (!QTest::qWaitFor([&] { return watch.seen() && !dialog->isVisible(); }, 10000) && dialog->isVisible())
                dialog->reject();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        activate();
        return editsSettled() && watch.seen();
    }

    // Runs `work` on a connection of its own, as another workbench would.
    template<typename Work>
    auto elsewhere(Work work)
    {
        const GuiThreadSqlAllowed testData;
        Workspace other;
        if (!other.open(workspaceLocation()))
            qFatal("cannot open the workspace a second time");
        return work(other.database());
    }

    Ticket storedTicket(TicketId id)
    {
        Ticket stored;
        QString error;
        if (!elsewhere([&](QSqlDatabase db) { return TicketStore(db).load(id, &stored, &error); }))
            qWarning("%s", qPrintable(error));
        return stored;
    }

    // A ticket stored elsewhere, then opened in an editor of the window.
    TicketEditor *openedTicket(TicketId *id)
    {
        Ticket ticket;
        ticket.title = QStringLiteral("Printer on floor 3 jams");
        ticket.description = QStringLiteral("Paper jam twice a day.");
        ticket.assignee = QStringLiteral("anna");
        QString error;
        if (!elsewhere([&](QSqlDatabase db) { return TicketStore(db).add(&ticket, &error); }))
            qWarning("%s", qPrintable(error));
        *id = ticket.id;
        partOf<TicketController>(m_window.get(), "ticketController")->openTicket(ticket.id);
        auto *editor = qobject_cast<TicketEditor *>(m_window->sessionArea()->tabs()->currentWidget());
        if (!editor || !QTest::qWaitFor([editor, ticket] { return !editor->isBusy() && editor->ticket().rowVersion > 0; }, 10000))
            return nullptr;
        return editor;
    }

    void changeTicketElsewhere(TicketId id, const std::function<void(Ticket *)> &change)
    {
        Ticket ticket = storedTicket(id);
        change(&ticket);
        QString error;
        QVERIFY2(elsewhere([&](QSqlDatabase db) { return TicketStore(db).update(&ticket, &error); }), qPrintable(error));
    }

    // Ctrl+S in the editor, resolving a conflict view with `resolve` if one comes.
    // True once the editor is idle again, with `conflictShown` telling whether one came.
    bool saveWithConflict(TicketEditor *editor, const std::function<void(ConflictDialog *)> &resolve, bool *conflictShown)
    {
        ConflictWatch watch(resolve);
        bool answered = false;
        editor->save([&](bool) { answered = true; });
        const bool idle = QTest::qWaitFor([&] { return answered && !editor->isBusy(); }, 10000);
        *conflictShown = watch.seen();
        return idle;
    }

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_conflictview"); }
    void init() { openWindow(m_workspaces.forCurrentTest()); }
    void cleanup() { closeWindow(); }

    void aHostSavedElsewhereIsShownSideBySideAndMerged()
    {
        const HostId id = addHost(QStringLiteral("db01"), 0);
        QStringList rows;
        QString heading;
        const bool shown = editHostAgainstAChangeElsewhere(id, [](Host *h) {
            h->address = QStringLiteral("10.9.9.9");
            h->owner = QStringLiteral("dba team");
        }, QStringLiteral("Debian 12"), [&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            heading = partOf<QLabel>(conflict, "conflictHeading")->text();
            saveScreenshot(conflict, QStringLiteral("conflict-view"));
            partOf<QPushButton>(conflict, "merge")->click();
        });
        QVERIFY(shown);
        QCOMPARE(heading, QStringLiteral("“db01” was saved elsewhere while you were editing it."));
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("Address|db01.example.org|10.9.9.9|Changed elsewhere|theirs"),
                           QStringLiteral("OS|Debian 12|(empty)|You changed it|mine"),
                           QStringLiteral("Owner|(empty)|dba team|Changed elsewhere|theirs"),
                       }));
        // Both sides' changes are stored; the window shows them; the merge is one undo step.
        const Host stored = storedHost(id);
        QCOMPARE(stored.address, QStringLiteral("10.9.9.9"));
        QCOMPARE(stored.owner, QStringLiteral("dba team"));
        QCOMPARE(stored.os, QStringLiteral("Debian 12"));
        QCOMPARE(m_inventory->host(id)->os, QStringLiteral("Debian 12"));
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void aFieldChangedOnBothSidesIsYoursOnlyWhenYouSaySo_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("storedOs");
        QTest::addColumn<QString>("storedOwner");
        QTest::addColumn<int>("undoSteps");
        QTest::newRow("keep mine") << QStringLiteral("keepMine") << QStringLiteral("Debian 12") << QString() << 1;
        QTest::newRow("take theirs") << QStringLiteral("takeTheirs") << QStringLiteral("Ubuntu 24.04") << QStringLiteral("ops") << 0;
        // Theirs in every field: nothing to write, so no undo step either.
        QTest::newRow("merge, their side ticked") << QStringLiteral("merge") << QStringLiteral("Ubuntu 24.04") << QStringLiteral("ops") << 0;
    }
    void aFieldChangedOnBothSidesIsYoursOnlyWhenYouSaySo()
    {
        QFETCH(QString, button);
        QFETCH(QString, storedOs);
        QFETCH(QString, storedOwner);
        QFETCH(int, undoSteps);
        const HostId id = addHost(QStringLiteral("web07"), 0);
        QStringList rows;
        QString explanation;
        const bool shown = editHostAgainstAChangeElsewhere(id, [](Host *h) {
            h->os = QStringLiteral("Ubuntu 24.04");
            h->owner = QStringLiteral("ops");
        }, QStringLiteral("Debian 12"), [&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            explanation = partOf<QLabel>(conflict, "conflictExplanation")->text();
            auto *table = partOf<QTableView>(conflict, "conflictTable");
            if (button == QLatin1String("merge")) // tick theirs for the OS, as a click on the box does
                table->model()->setData(table->model()->index(0, ConflictModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole);
            partOf<QPushButton>(conflict, button.toLatin1().constData())->click();
        });
        QVERIFY(shown);
        QCOMPARE(rows.first(), QStringLiteral("OS|Debian 12|Ubuntu 24.04|Changed on both sides|mine"));
        QVERIFY2(explanation.startsWith(QStringLiteral("1 field changed on both sides.")), qPrintable(explanation));
        const Host stored = storedHost(id);
        QCOMPARE(stored.os, storedOs);
        QCOMPARE(stored.owner, storedOwner);
        QCOMPARE(m_inventory->host(id)->os, storedOs);
        QCOMPARE(m_window->undoStack()->count(), undoSteps);
    }

    // Escape in the conflict view: back in the host dialog, nothing stored.
    void backToEditingStoresNothingAndKeepsWhatWasTyped()
    {
        const HostId id = addHost(QStringLiteral("db02"), 0);
        panel()->selectHost(id);
        QString typedOs;
        QString error;
        QString stored;
        ConflictWatch watch([](ConflictDialog *conflict) { QTest::keyClick(conflict, Qt::Key_Escape); });
        whenModal<HostDialog>([&](HostDialog *dialog) {
            changeElsewhere(id, [](Host *h) { h->address = QStringLiteral("10.9.9.8"); });
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("os")), QStringLiteral("Debian 12"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            QVERIFY(QTest::qWaitFor([&] { return watch.seen() && ok->isEnabled(); }, 10000));
            QTest::qWait(50);
            typedOs = dialog->findChild<QLineEdit *>(QStringLiteral("os"))->text();
            error = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            auto *storedLabel = dialog->findChild<QLabel *>(QStringLiteral("storedValues"));
            stored = storedLabel->isVisible() ? storedLabel->text() : QString();
            saveScreenshot(dialog, QStringLiteral("host-dialog-stale"));
            dialog->reject();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        activate();
        QVERIFY(editsSettled());
        QVERIFY(watch.seen());
        QCOMPARE(typedOs, QStringLiteral("Debian 12"));
        QVERIFY2(error.contains(QStringLiteral("“db02” was changed elsewhere (address)")), qPrintable(error));
        // The dialog keeps what is stored now beside what was typed; OK saves yours over it.
        QVERIFY2(stored.contains(QStringLiteral("10.9.9.8")) && stored.contains(QStringLiteral("db02.example.org")), qPrintable(stored));
        QCOMPARE(storedHost(id).os, QString());
        QCOMPARE(storedHost(id).address, QStringLiteral("10.9.9.8"));
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void aGroupRenamedElsewhereIsShownBesideYourName_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("stored");
        QTest::newRow("keep mine") << QStringLiteral("keepMine") << QStringLiteral("Rotterdam DC1");
        QTest::newRow("take theirs") << QStringLiteral("takeTheirs") << QStringLiteral("Rotterdam-North");
    }
    void aGroupRenamedElsewhereIsShownBesideYourName()
    {
        QFETCH(QString, button);
        QFETCH(QString, stored);
        const GroupId id = addGroup(QStringLiteral("Rotterdam"));
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0)); // the only group
        QStringList rows;
        ModalWatch<ConflictDialog> watch([&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            partOf<QPushButton>(conflict, button.toLatin1().constData())->click();
        });
        whenModal<GroupDialog>([&](GroupDialog *dialog) {
            {
                const GuiThreadSqlAllowed testData;
                Workspace other;
                QVERIFY(other.open(workspaceLocation()));
                Inventory elsewhere;
                elsewhere.setDatabase(other.database());
                QString error;
                QVERIFY2(elsewhere.load(&error) && elsewhere.renameGroup(id, QStringLiteral("Rotterdam-North"), &error), qPrintable(error));
            }
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Rotterdam DC1"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            if (!QTest::qWaitFor([&] { return watch.seen() && !dialog->isVisible(); }, 10000) && dialog->isVisible())
                dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("rename"))->trigger();
        activate();
        QVERIFY(editsSettled());
        QVERIFY(watch.seen());
        QCOMPARE(rows, QStringList{QStringLiteral("Name|Rotterdam DC1|Rotterdam-North|Changed on both sides|mine")});
        QCOMPARE(m_inventory->group(id)->name, stored);
        QCOMPARE(storedInventory(workspaceLocation()).groups.value(0).name, stored);
    }

    // Two sysadmins change the ticket rules at once: the service levels typed
    // here and the matrix changed elsewhere are both kept by Merge.
    void ticketRulesSavedElsewhereAreMergedNotOverwritten()
    {
        QStringList rows;
        ModalWatch<ConflictDialog> watch([&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            saveScreenshot(conflict, QStringLiteral("conflict-view-rules"));
            partOf<QPushButton>(conflict, "merge")->click();
        });
        bool closed = false;
        whenModal<QDialog>([&](QDialog *dialog) {
            QVERIFY(dialog->objectName() == QStringLiteral("ticketSettings"));
            auto *ok = partOf<QPushButton>(dialog, "saveTicketSettings");
            QVERIFY(QTest::qWaitFor([ok] { return ok->isEnabled(); }, 10000));
            partOf<QSpinBox>(dialog, "slaHours5")->setValue(2);
            PriorityMatrix elsewhereMatrix;
            elsewhereMatrix.set(1, 1, 3);
            QString error;
            QVERIFY2(elsewhere([&](QSqlDatabase db) { return TicketStore(db).setPriorityMatrix(elsewhereMatrix, &error); }),
                     qPrintable(error));
            ok->click();
            closed = QTest::qWaitFor([&] { return watch.seen() && !dialog->isVisible(); }, 10000);
            if (dialog->isVisible())
                dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("ticketSettings"))->trigger();
        activate();
        QVERIFY(watch.seen());
        QVERIFY(closed);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("Priority matrix|urgency 1: 1 ")) && rows.at(0).contains(QStringLiteral("|urgency 1: 3 "))
                     && rows.at(0).endsWith(QStringLiteral("|Changed elsewhere|theirs")),
                 qPrintable(rows.at(0)));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Service levels|P1 120 h, P2 72 h, P3 24 h, P4 8 h, P5 2 h; on the clock|"))
                     && rows.at(1).endsWith(QStringLiteral("|You changed it|mine")),
                 qPrintable(rows.at(1)));
        const auto [matrix, sla] = elsewhere([](QSqlDatabase db) {
            const TicketStore store(db);
            return std::pair{store.priorityMatrix(), store.slaPolicy()};
        });
        QCOMPARE(matrix.priority(1, 1), 3);
        QCOMPARE(sla.hoursFor(5), 2);
    }

    // A category renamed elsewhere while the settings were open: both names,
    // and yours only when you say so.
    void aCategoryRenamedElsewhereIsNotOverwrittenUnasked()
    {
        QStringList rows;
        ModalWatch<ConflictDialog> watch([&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            partOf<QPushButton>(conflict, "keepMine")->click();
        });
        whenModal<QDialog>([&](QDialog *dialog) {
            auto *tree = partOf<QTreeWidget>(dialog, "categoryTree");
            QVERIFY(QTest::qWaitFor([tree] { return tree->topLevelItemCount() > 0; }, 10000));
            const QList<QTreeWidgetItem *> printer = tree->findItems(QStringLiteral("Printer"), Qt::MatchExactly | Qt::MatchRecursive);
            QCOMPARE(printer.size(), 1);
            tree->setCurrentItem(printer.first());
            const qint64 id = printer.first()->data(0, Qt::UserRole).toLongLong();
            QString error;
            QVERIFY2(elsewhere([&](QSqlDatabase db) { return TicketCategories(db).rename(id, QStringLiteral("Printers and copiers"), &error); }),
                     qPrintable(error));
            whenModal<QInputDialog>([](QInputDialog *ask) {
                ask->setTextValue(QStringLiteral("Print"));
                ask->accept();
            });
            partOf<QPushButton>(dialog, "renameCategory")->click();
            QVERIFY(QTest::qWaitFor([&] { return watch.seen() && !tree->findItems(QStringLiteral("Print"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty(); }, 10000));
            dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("ticketSettings"))->trigger();
        activate();
        QVERIFY(watch.seen());
        QCOMPARE(rows, QStringList{QStringLiteral("Name|Print|Printers and copiers|Changed on both sides|mine")});
        const QList<TicketCategory> stored = elsewhere([](QSqlDatabase db) { return TicketCategories(db).list(); });
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(), [](const TicketCategory &c) { return c.name == QStringLiteral("Print"); }));
    }

    // The workspace's known_hosts file, changed by another workbench while the
    // Connection Settings were open: both side by side; Keep Mine stores yours.
    void theWorkspacesKnownHostsFileIsNotOverwrittenUnasked()
    {
        QStringList rows;
        ModalWatch<ConflictDialog> watch([&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            partOf<QPushButton>(conflict, "keepMine")->click();
        });
        whenModal<QDialog>([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("preferencesDialog"));
            auto *path = partOf<QLineEdit>(dialog, "knownHostsPath");
            path->setText(QStringLiteral("/srv/mine_known_hosts"));
            QString error;
            QVERIFY2(elsewhere([&](QSqlDatabase db) {
                         return WorkspaceSettings(db).setValue(WorkspaceSettings::knownHostsKey(), QStringLiteral("/srv/theirs"), &error);
                     }),
                     qPrintable(error));
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("connectionSettings"))->trigger();
        QTRY_VERIFY(watch.seen()); // the save answers after the settings dialog closed
        QTRY_VERIFY(!QApplication::activeModalWidget());
        activate();
        QCOMPARE(rows, QStringList{QStringLiteral("known_hosts file|/srv/mine_known_hosts|/srv/theirs|Changed on both sides|mine")});
        QTRY_COMPARE(elsewhere([](QSqlDatabase db) { return WorkspaceSettings(db).value(WorkspaceSettings::knownHostsKey()); }),
                     QStringLiteral("/srv/mine_known_hosts"));
        QSettings().remove(QStringLiteral("ssh"));
    }

    void aTicketSavedElsewhereIsMergedFieldByField()
    {
        TicketId id = 0;
        TicketEditor *editor = openedTicket(&id);
        QVERIFY(editor);
        changeTicketElsewhere(id, [](Ticket *t) {
            t->title = QStringLiteral("Printer on floor 3 jams (HP M607)");
            t->assignee = QStringLiteral("bram");
        });
        auto *description = partOf<QPlainTextEdit>(editor, "ticketDescription");
        description->moveCursor(QTextCursor::End);
        QTest::keyClicks(description, QStringLiteral(" Tray 2 only."));
        auto *assignee = partOf<QLineEdit>(editor, "ticketAssignee");
        assignee->selectAll();
        QTest::keyClicks(assignee, QStringLiteral("carla"));
        QStringList rows;
        bool conflictShown = false;
        QVERIFY(saveWithConflict(editor, [&](ConflictDialog *conflict) {
            rows = shownRows(conflict);
            saveScreenshot(conflict, QStringLiteral("conflict-view-ticket"));
            partOf<QPushButton>(conflict, "merge")->click();
        }, &conflictShown));
        QVERIFY(conflictShown);
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("Title|Printer on floor 3 jams|Printer on floor 3 jams (HP M607)|Changed elsewhere|theirs"),
                           QStringLiteral("Assignee|carla|bram|Changed on both sides|mine"),
                           QStringLiteral("Description|Paper jam twice a day. Tray 2 only.|Paper jam twice a day.|You changed it|mine"),
                       }));
        const Ticket stored = storedTicket(id);
        QCOMPARE(stored.title, QStringLiteral("Printer on floor 3 jams (HP M607)"));
        QCOMPARE(stored.assignee, QStringLiteral("carla"));
        QCOMPARE(stored.description, QStringLiteral("Paper jam twice a day. Tray 2 only."));
        // The editor shows what is stored now, saved.
        QCOMPARE(editor->ticket().rowVersion, stored.rowVersion);
        QCOMPARE(partOf<QLineEdit>(editor, "ticketTitle")->text(), stored.title);
        QVERIFY(!editor->isModified());
    }

    void takingTheirTicketDropsYourEdits()
    {
        TicketId id = 0;
        TicketEditor *editor = openedTicket(&id);
        QVERIFY(editor);
        changeTicketElsewhere(id, [](Ticket *t) { t->description = QStringLiteral("Jams on tray 2; replaced the roller."); });
        auto *description = partOf<QPlainTextEdit>(editor, "ticketDescription");
        description->setPlainText(QStringLiteral("Still jams."));
        bool conflictShown = false;
        QVERIFY(saveWithConflict(editor, [](ConflictDialog *conflict) { partOf<QPushButton>(conflict, "takeTheirs")->click(); },
                                 &conflictShown));
        QVERIFY(conflictShown);
        QCOMPARE(storedTicket(id).description, QStringLiteral("Jams on tray 2; replaced the roller."));
        QCOMPARE(description->toPlainText(), QStringLiteral("Jams on tray 2; replaced the roller."));
        QVERIFY(!editor->isModified());
    }

    void aSaveElsewhereThatChangedNoFieldIsNoConflict()
    {
        TicketId id = 0;
        TicketEditor *editor = openedTicket(&id);
        QVERIFY(editor);
        const qint64 opened = editor->ticket().rowVersion;
        changeTicketElsewhere(id, [](Ticket *) {});  // saved as it was: the version moves, no field does
        QVERIFY(storedTicket(id).rowVersion > opened);
        auto *description = partOf<QPlainTextEdit>(editor, "ticketDescription");
        description->setPlainText(QStringLiteral("Jams on tray 2 only."));
        bool conflictShown = false;
        QVERIFY(saveWithConflict(editor, [](ConflictDialog *conflict) { conflict->reject(); }, &conflictShown));
        QVERIFY(!conflictShown);
        QCOMPARE(storedTicket(id).description, QStringLiteral("Jams on tray 2 only."));
        QVERIFY(!editor->isModified());
    }

    void aSnippetSavedElsewhereIsMergedFieldByField()
    {
        Snippet snippet;
        snippet.name = QStringLiteral("Disk usage");
        snippet.body = QStringLiteral("df -h");
        QString error;
        QVERIFY2(elsewhere([&](QSqlDatabase db) { return SnippetStore(db).add(&snippet, &error); }), qPrintable(error));
        QStringList rows;
        bool conflictShown = false;
        whenModal<SnippetLibraryDialog>([&](SnippetLibraryDialog *dialog) {
            auto *list = partOf<QTableView>(dialog, "snippetList");
            QVERIFY(QTest::qWaitFor([list] { return list->isEnabled() && list->model()->rowCount() == 1; }, 10000));
            list->selectRow(0);
            Snippet changed = snippet;
            changed.body = QStringLiteral("df -hT");
            QVERIFY2(elsewhere([&](QSqlDatabase db) { return SnippetStore(db).update(&changed, &error); }), qPrintable(error));
            QTest::keyClicks(partOf<QLineEdit>(dialog, "snippetDescription"), QStringLiteral("Free space per file system"));
            ConflictWatch watch([&](ConflictDialog *conflict) {
                rows = shownRows(conflict);
                partOf<QPushButton>(conflict, "merge")->click();
            });
            partOf<QPushButton>(dialog, "saveSnippet")->click();
            QVERIFY(QTest::qWaitFor([&] { return watch.seen() && partOf<QLabel>(dialog, "snippetError")->isHidden()
                                                 && partOf<QPushButton>(dialog, "newSnippet")->isEnabled(); }, 10000));
            conflictShown = watch.seen();
            dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("manageSnippets"))->trigger();
        activate();
        QVERIFY(conflictShown);
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("Description|Free space per file system|(empty)|You changed it|mine"),
                           QStringLiteral("Command|df -h|df -hT|Changed elsewhere|theirs"),
                       }));
        const QList<Snippet> stored = elsewhere([](QSqlDatabase db) { return SnippetStore(db).list(); });
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().description, QStringLiteral("Free space per file system"));
        QCOMPARE(stored.first().body, QStringLiteral("df -hT"));
    }
};

QTEST_MAIN(TestConflictView)
#include "tst_conflictview.moc"
