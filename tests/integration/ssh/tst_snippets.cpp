// The snippet library in the real main window, against the sshd fixture:
// written in the library dialog, run from the inventory's context menu on the
// selected hosts and groups, saved from the Run Command dialog, refused when
// the name is taken, deleted only after asking.
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/snippets/SnippetStore.h"
#include "core/ssh/KnownHosts.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "core/tickets/TicketStore.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "models/run/RunResultsModel.h"
#include "tests/support/TestServices.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunCommandDialog.h"
#include "widgets/run/RunController.h"
#include "widgets/run/RunView.h"
#include "widgets/run/SaveSnippetDialog.h"
#include "widgets/run/SnippetLibraryDialog.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/tickets/TicketController.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

namespace {

// Several lines, so it goes to `sh -s` on standard input: $0 says which shell read it.
const QStringList kAnswerLines = {
    QStringLiteral("answer=$((6*7))"),
    QStringLiteral("echo \"answer=$answer\""),
    QStringLiteral("printf '%s\\n' 'a \"quoted\" string, $HOME stays' \"shell=$0\""),
};
const QByteArray kAnswerOutput = "answer=42\na \"quoted\" string, $HOME stays\nshell=sh\n";

QStringList column(const QAbstractItemModel *model, int col = 0)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, col).data().toString();
    return texts;
}

void clickRow(QTableView *view, const QString &name)
{
    const int row = int(column(view->model()).indexOf(name));
    QVERIFY2(row >= 0, qPrintable(name));
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// The library dialog reads and writes off the GUI thread: until the list is
// in (it is enabled then) and until a save or delete is answered (New is
// enabled again), there is nothing to check.
bool settled(QDialog *dialog)
{
    auto *list = dialog->findChild<QTableView *>(QStringLiteral("snippetList"));
    auto *newButton = dialog->findChild<QPushButton *>(QStringLiteral("newSnippet"));
    return QTest::qWaitFor([=] { return list->isEnabled() && newButton->isEnabled(); }, 10000);
}

// Until a snippet menu lists `name` (its list is read off the GUI thread).
bool menuOffers(QMenu *menu, const QString &name)
{
    return QTest::qWaitFor([=] {
        const QList<QAction *> actions = menu->actions();
        return std::any_of(actions.begin(), actions.end(), [&](QAction *a) { return a->text() == name; });
    }, 10000);
}

} // namespace

class TestSnippets : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for reading back
    Inventory *m_inventory = nullptr;
    std::unique_ptr<MainWindow> m_window;
    HostId m_alpha = 0;
    HostId m_beta = 0;
    GroupId m_lab = 0;

    SessionArea *area() const { return m_window->sessionArea(); }
    InventoryPanel *panel() const { return m_window->inventoryPanel(); }
    QList<Snippet> stored() const { return readBack([&] { return SnippetStore(m_workspace->database()).list(); }); }
    QStringList storedNames() const
    {
        QStringList names;
        for (const Snippet &s : stored())
            names << s.name;
        return names;
    }

    HostId addHost(const QString &name, const QString &address, quint16 port, GroupId group = 0)
    {
        Host host = fx.keyHost(name, address, port, group);
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&host, &error))
            qFatal("%s", qPrintable(error));
        return host.id;
    }

    // Selects exactly these inventory rows, as ctrl+clicks would.
    void selectRows(const QList<QModelIndex> &sourceRows)
    {
        QItemSelectionModel *selection = panel()->view()->selectionModel();
        selection->clear();
        for (const QModelIndex &source : sourceRows) {
            const QModelIndex index = wbtest::partOf<InventoryFilterProxy>(panel(), "inventoryProxy")->mapFromSource(source);
            QVERIFY(index.isValid());
            selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    void openContextMenu()
    {
        QTreeView *view = panel()->view();
        Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
    }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_services = std::make_unique<AppServices>();
        m_workspace = test::openServices(*m_services, m_dir.filePath(QStringLiteral("snippets.sqlite")));
        QVERIFY(m_workspace);
        m_inventory = &m_services->inventory();
        Group lab;
        lab.name = QStringLiteral("lab");
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).addGroup(&lab, &error), qPrintable(error));
        m_lab = lab.id;
        m_alpha = addHost(QStringLiteral("alpha"), QStringLiteral("127.0.0.1"), fx.port);
        m_beta = addHost(QStringLiteral("beta"), QStringLiteral("127.0.0.2"), fx.innerPort, m_lab);
        addHost(QStringLiteral("gamma"), QStringLiteral("127.0.0.1"), fx.port); // never selected: must not run

        // A workspace known_hosts that trusts both servers, so no run stops to ask.
        SshSettings settings;
        settings.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(settings.knownHostsPath,
                        {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                         {KnownHosts::hostField(QStringLiteral("127.0.0.2"), fx.innerPort).toUtf8(), fx.hostKeyLine(QStringLiteral("inner"))}});
        error = test::saveConnectionSettings(m_services->services(), settings);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        panel()->view()->expandAll();
    }

    void libraryDialogCreatesSnippetsAndListsThem()
    {
        panel()->view()->selectionModel()->clear();
        bool runOffered = true;
        QString error = QStringLiteral("unset");
        QStringList afterSave;
        QStringList afterShortcuts;
        inDialog<SnippetLibraryDialog>([&](SnippetLibraryDialog *dialog) {
            QVERIFY(settled(dialog));
            runOffered = dialog->findChild<QPushButton *>(QStringLiteral("runSnippet"))->isVisible();
            dialog->findChild<QPushButton *>(QStringLiteral("newSnippet"))->click();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("snippetName")), QStringLiteral("Answer"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("snippetDescription")),
                             QStringLiteral("Prints the answer and a quoted string"));
            auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("snippetBody"));
            for (int i = 0; i < kAnswerLines.size(); ++i) {
                if (i > 0)
                    QTest::keyClick(body, Qt::Key_Return);
                QTest::keyClicks(body, kAnswerLines.at(i));
            }
            saveScreenshot(dialog, QStringLiteral("snippet-library"));
            dialog->findChild<QPushButton *>(QStringLiteral("saveSnippet"))->click();
            QVERIFY(settled(dialog));
            error = dialog->findChild<QLabel *>(QStringLiteral("snippetError"))->text();
            auto *list = dialog->findChild<QTableView *>(QStringLiteral("snippetList"));
            afterSave = column(list->model());

            // The same with the keyboard: Ctrl+N, type, Ctrl+S.
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTest::keyClick(dialog, Qt::Key_N, Qt::ControlModifier);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("snippetName")), QStringLiteral("Kernel"));
            QTest::keyClicks(body, QStringLiteral("uname -r"));
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            QVERIFY(settled(dialog));
            afterShortcuts = column(list->model());
        });
        action("manageSnippets")->trigger();

        QVERIFY(!runOffered); // nothing selected: nothing to run on
        QCOMPARE(error, QString());
        QCOMPARE(afterSave, QStringList{QStringLiteral("Answer")});
        QCOMPARE(afterShortcuts, (QStringList{QStringLiteral("Answer"), QStringLiteral("Kernel")}));
        const QList<Snippet> snippets = stored();
        QCOMPARE(snippets.size(), 2);
        QCOMPARE(snippets.at(0).description, QStringLiteral("Prints the answer and a quoted string"));
        QCOMPARE(snippets.at(0).body, kAnswerLines.join(QLatin1Char('\n')));
        QVERIFY(snippets.at(0).isScript());
        QCOMPARE(snippets.at(1).body, QStringLiteral("uname -r"));
    }

    void duplicateNameIsRefusedAndWhatWasTypedStays()
    {
        QString error;
        bool errorShown = false;
        QString name;
        QString body;
        int rows = -1;
        QString switchQuestion;
        QString nameAfterCancel;
        bool selectionAfterCancel = true;
        bool closed = false;
        inDialog<SnippetLibraryDialog>([&](SnippetLibraryDialog *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(settled(dialog));
            QTest::keyClick(dialog, Qt::Key_N, Qt::ControlModifier);
            auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("snippetName"));
            auto *bodyEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("snippetBody"));
            QTest::keyClicks(nameEdit, QStringLiteral("answer"));
            QTest::keyClicks(bodyEdit, QStringLiteral("echo another answer"));
            dialog->findChild<QPushButton *>(QStringLiteral("saveSnippet"))->click();
            QVERIFY(settled(dialog));
            auto *label = dialog->findChild<QLabel *>(QStringLiteral("snippetError"));
            error = label->text();
            errorShown = label->isVisible();
            name = nameEdit->text();
            body = bodyEdit->toPlainText();
            auto *list = dialog->findChild<QTableView *>(QStringLiteral("snippetList"));
            rows = list->model()->rowCount();
            saveScreenshot(dialog, QStringLiteral("snippet-duplicate"));

            // Picking another snippet asks first; Cancel keeps the edits.
            whenModal<QMessageBox>([&](QMessageBox *box) {
                switchQuestion = box->text();
                box->button(QMessageBox::Cancel)->click();
            });
            clickRow(list, QStringLiteral("Kernel"));
            nameAfterCancel = nameEdit->text();
            selectionAfterCancel = list->selectionModel()->hasSelection();

            // Closing asks too; Discard closes without storing anything.
            whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
            dialog->reject();
            closed = !dialog->isVisible();
        });
        action("manageSnippets")->trigger();

        QCOMPARE(error, QStringLiteral("A snippet named “Answer” already exists."));
        QVERIFY(errorShown);
        QCOMPARE(name, QStringLiteral("answer"));
        QCOMPARE(body, QStringLiteral("echo another answer"));
        QCOMPARE(rows, 2);
        QCOMPARE(switchQuestion, QStringLiteral("Save the new snippet?"));
        QCOMPARE(nameAfterCancel, QStringLiteral("answer"));
        QVERIFY(!selectionAfterCancel); // back on the new, unsaved snippet
        QVERIFY(closed);
        QCOMPARE(storedNames(), (QStringList{QStringLiteral("Answer"), QStringLiteral("Kernel")}));
    }

    void runSnippetFromTheContextMenuOnSelectedHostsAndGroups()
    {
        InventoryModel *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");
        selectRows({model->indexForHost(m_alpha), model->indexForGroup(m_lab)});
        QCOMPARE(panel()->selectedHostIdsWithGroups().size(), 2);
        QStringList offered;
        QVERIFY(menuOffers(m_window->findChild<QMenu *>(QStringLiteral("runSnippetMenu")), QStringLiteral("Kernel")));
        choosePopupPath({QStringLiteral("Run Snippet"), QStringLiteral("Answer")}, &offered);
        openContextMenu();
        QCOMPARE(offered, (QStringList{QStringLiteral("Answer"), QStringLiteral("Kernel"), QStringLiteral("Manage Snippets…")}));

        RunView *run = waitForRun(area());
        QVERIFY(run);
        QCOMPARE(run->runner()->size(), 2);
        QStringList hosts;
        for (int i = 0; i < run->runner()->size(); ++i) {
            hosts << run->runner()->target(i).endpoint.name;
            const HostRun &result = run->runner()->result(i);
            QVERIFY2(result.succeeded(), qPrintable(hosts.last() + QStringLiteral(": ") + result.failure.message()
                                                    + QString::fromUtf8(result.err)));
            QCOMPARE(result.out, kAnswerOutput);
        }
        hosts.sort();
        QCOMPARE(hosts, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        const QAbstractItemModel *table = partOf<QTableView>(run, "runTable")->model();
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->index(row, RunResultsModel::OutputColumn).data().toString(), QStringLiteral("answer=42"));
        saveScreenshot(m_window.get(), QStringLiteral("snippet-run"));
    }

    void enterInTheLibraryRunsTheSelectedSnippet()
    {
        InventoryModel *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");
        selectRows({model->indexForHost(m_alpha), model->indexForHost(m_beta)});
        QString runText;
        QString loaded;
        inDialog<SnippetLibraryDialog>([&](SnippetLibraryDialog *dialog) {
            QVERIFY(settled(dialog));
            runText = dialog->findChild<QPushButton *>(QStringLiteral("runSnippet"))->text();
            auto *list = dialog->findChild<QTableView *>(QStringLiteral("snippetList"));
            clickRow(list, QStringLiteral("Kernel"));
            loaded = dialog->findChild<QPlainTextEdit *>(QStringLiteral("snippetBody"))->toPlainText();
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Return);
        });
        const int tabs = area()->tabs()->count();
        action("manageSnippets")->trigger();

        QCOMPARE(runText, QStringLiteral("&Run on 2 hosts"));
        QCOMPARE(loaded, QStringLiteral("uname -r"));
        QCOMPARE(area()->tabs()->count(), tabs + 1);
        RunView *run = waitForRun(area());
        QVERIFY(run);
        QCOMPARE(run->runner()->size(), 2);
        for (int i = 0; i < run->runner()->size(); ++i) {
            QVERIFY(run->runner()->result(i).succeeded());
            QVERIFY(run->runner()->result(i).out.endsWith('\n'));
            QCOMPARE(run->runner()->result(i).out, run->runner()->result(0).out); // one kernel, one line
        }
    }

    void saveAsSnippetFromTheRunCommandDialog()
    {
        selectRows({wbtest::partOf<InventoryModel>(panel(), "inventoryModel")->indexForHost(m_alpha)});
        const QString typed = QStringLiteral("df -h / | tail -n 1");
        QString refused;
        bool stayedOpen = false;
        QString keptName;
        QString keptBody;
        QStringList offered;
        QString filled;
        inDialog<RunCommandDialog>([&](RunCommandDialog *dialog) {
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("runCommandText"));
            QTest::keyClicks(text, typed);
            inDialog<SaveSnippetDialog>([&](SaveSnippetDialog *save) {
                auto *name = save->findChild<QLineEdit *>(QStringLiteral("snippetName"));
                QTest::keyClicks(name, QStringLiteral("kernel")); // taken, in another case
                QTest::keyClicks(save->findChild<QLineEdit *>(QStringLiteral("snippetDescription")), QStringLiteral("Root file system"));
                auto *saveButton = save->findChild<QPushButton *>(QStringLiteral("saveSnippet"));
                saveButton->click();
                QVERIFY(!saveButton->isEnabled()); // until the answer is in
                QVERIFY(QTest::qWaitFor([=] { return saveButton->isEnabled(); }, 10000));
                refused = save->findChild<QLabel *>(QStringLiteral("snippetError"))->text();
                stayedOpen = save->isVisible();
                keptName = name->text();
                keptBody = save->findChild<QPlainTextEdit *>(QStringLiteral("snippetBody"))->toPlainText();
                saveScreenshot(save, QStringLiteral("snippet-save-as"));
                name->clear();
                QTest::keyClicks(name, QStringLiteral("Root disk"));
                save->findChild<QPushButton *>(QStringLiteral("saveSnippet"))->click();
            });
            dialog->findChild<QPushButton *>(QStringLiteral("saveAsSnippet"))->click();

            // And back: the Snippets button fills the text from a saved one.
            QVERIFY(menuOffers(dialog->findChild<QMenu *>(QStringLiteral("runCommandSnippets")), QStringLiteral("Root disk")));
            choosePopupPath({QStringLiteral("Answer")}, &offered);
            dialog->findChild<QPushButton *>(QStringLiteral("snippetsButton"))->showMenu();
            filled = text->toPlainText();
            dialog->reject();
        });
        action("runCommand")->trigger();

        QCOMPARE(refused, QStringLiteral("A snippet named “Kernel” already exists."));
        QVERIFY(stayedOpen);
        QCOMPARE(keptName, QStringLiteral("kernel"));
        QCOMPARE(keptBody, typed);
        QCOMPARE(offered, (QStringList{QStringLiteral("Answer"), QStringLiteral("Kernel"), QStringLiteral("Root disk")}));
        QCOMPARE(filled, kAnswerLines.join(QLatin1Char('\n')));
        const QList<Snippet> snippets = stored();
        QCOMPARE(snippets.size(), 3);
        QCOMPARE(snippets.at(2).name, QStringLiteral("Root disk"));
        QCOMPARE(snippets.at(2).description, QStringLiteral("Root file system"));
        QCOMPARE(snippets.at(2).body, typed);
    }

    void deletingAsksFirstThenRemoves()
    {
        panel()->view()->selectionModel()->clear();
        QString question;
        QStringList afterNo;
        QStringList afterYes;
        QString nowShown;
        inDialog<SnippetLibraryDialog>([&](SnippetLibraryDialog *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(settled(dialog));
            auto *list = dialog->findChild<QTableView *>(QStringLiteral("snippetList"));
            clickRow(list, QStringLiteral("Kernel"));
            list->setFocus();
            whenModal<QMessageBox>([&](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            QTest::keyClick(list, Qt::Key_Delete);
            afterNo = column(list->model());
            whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            dialog->findChild<QPushButton *>(QStringLiteral("deleteSnippet"))->click();
            QVERIFY(settled(dialog));
            afterYes = column(list->model());
            nowShown = dialog->findChild<QLineEdit *>(QStringLiteral("snippetName"))->text();
        });
        action("manageSnippets")->trigger();

        QCOMPARE(question, QStringLiteral("Delete the snippet “Kernel”? This cannot be undone."));
        QCOMPARE(afterNo, (QStringList{QStringLiteral("Answer"), QStringLiteral("Kernel"), QStringLiteral("Root disk")}));
        QCOMPARE(afterYes, (QStringList{QStringLiteral("Answer"), QStringLiteral("Root disk")}));
        QCOMPARE(nowShown, QStringLiteral("Root disk")); // the one that took its place
        QCOMPARE(storedNames(), (QStringList{QStringLiteral("Answer"), QStringLiteral("Root disk")}));
    }

    // Last: with an active ticket about alpha, a run and a session on alpha go
    // into its work log; work on hosts it does not name does not.
    void activeTicketLogsRunsAndSessionsOnItsHosts()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("alpha misbehaves");
        ticket.hostIds = {m_alpha};
        QString error;
        TicketStore tickets = readBack([&] { return TicketStore(m_workspace->database()); });
        QVERIFY2(readBack([&] { return tickets.add(&ticket, &error); }), qPrintable(error));
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->setActiveTicket(ticket.id);
        QTRY_COMPARE(wbtest::partOf<TicketController>(m_window.get(), "ticketController")->activeTicket(), ticket.id);
        InventoryModel *model = wbtest::partOf<InventoryModel>(panel(), "inventoryModel");

        selectRows({model->indexForHost(m_alpha)});
        wbtest::partOf<RunController>(m_window.get(), "runController")->runSnippet(Snippet{0, QStringLiteral("Uptime"), {}, QStringLiteral("uptime"), 0});
        QVERIFY(waitForRun(area()));
        selectRows({model->indexForGroup(m_lab)}); // beta only: not this ticket's host
        wbtest::partOf<RunController>(m_window.get(), "runController")->runSnippet(Snippet{0, QStringLiteral("Uptime"), {}, QStringLiteral("uptime"), 0});
        QVERIFY(waitForRun(area()));
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_alpha); // logged once it is connected, with the outcome
        QVERIFY(QTest::qWaitFor([&] { return readBack([&] { return tickets.workLog(ticket.id); }).size() == 2; }, 20000));
        // A run that fails on alpha, then "Run again on failed": both logged.
        selectRows({model->indexForHost(m_alpha)});
        wbtest::partOf<RunController>(m_window.get(), "runController")->runSnippet(Snippet{0, QStringLiteral("Fails"), {}, QStringLiteral("test -e /nonexistent"), 0});
        RunView *failing = waitForRun(area());
        QVERIFY(failing);
        QCOMPARE(failing->runner()->counts().failed, 1);
        failing->findChild<QPushButton *>(QStringLiteral("rerunFailed"))->click();
        RunView *again = waitForRun(area());
        QVERIFY(again && again != failing);
        QVERIFY(QTest::qWaitFor([&] { return readBack([&] { return tickets.workLog(ticket.id); }).size() == 4; }, 20000));

        const QList<WorkLogEntry> log = readBack([&] { return tickets.workLog(ticket.id); });
        QStringList texts;
        for (const WorkLogEntry &entry : log)
            texts << entry.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("Ran uptime on alpha (1 ok, 0 failed)."),
                                     QStringLiteral("Opened an SSH session to alpha as %1.").arg(fx.user),
                                     QStringLiteral("Ran test on alpha (0 ok, 1 failed)."),
                                     QStringLiteral("Ran test on alpha (0 ok, 1 failed).")}));
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->setActiveTicket(0);
        wbtest::partOf<SessionController>(m_window.get(), "sessionController")->openSession(m_alpha);
        SessionTab *tab = area()->currentSession();
        QVERIFY(tab);
        QVERIFY(QTest::qWaitFor([tab] { return tab->state() == SessionTab::State::Connected; }, 20000));
        QCOMPARE(readBack([&] { return tickets.workLog(ticket.id); }).size(), 4); // no active ticket: nothing more
    }
};

QTEST_MAIN(TestSnippets)
#include "tst_snippets.moc"
