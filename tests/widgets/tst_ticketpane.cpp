// The ticket pane in the real window on a real workspace: a ticket created
// through the editor is found by search, worked (work log, status steps the
// workflow allows, a refused resolve that keeps what was typed), resolved
// with its solution published, made the active ticket; closing an edited
// ticket asks first.
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketStore.h"
#include "models/inventory/InventoryModel.h"
#include "models/tickets/TicketTableModel.h"
#include "tests/support/TestServices.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/TicketEditor.h"
#include "widgets/tickets/TicketPanel.h"
#include "widgets/tickets/TicketSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace wb;
using wbtest::saveScreenshot;
using wbtest::partOf;
using wbtest::whenModal;

class TestTicketPane : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for reading back
    Inventory *m_inventory = nullptr;
    std::unique_ptr<MainWindow> m_window;
    HostId m_web = 0;

    TicketPanel *panel() const { return m_window->ticketPanel(); }
    // The editor in the current tab, once it has read its ticket.
    TicketEditor *currentEditor() const
    {
        auto *editor = qobject_cast<TicketEditor *>(m_window->sessionArea()->tabs()->currentWidget());
        if (editor && !QTest::qWaitFor([editor] { return !editor->isBusy(); }, 5000))
            qWarning("the ticket editor is still busy");
        return editor;
    }
    // Saves as Ctrl+S does and waits for the answer: true when it was stored.
    static bool saveAndWait(TicketEditor *editor)
    {
        bool answered = false;
        bool stored = false;
        editor->save([&](bool ok) {
            answered = true;
            stored = ok;
        });
        return QTest::qWaitFor([&] { return answered; }, 5000) && stored;
    }
    // Until the panel's view has loaded (its pager answers on another thread).
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !wbtest::partOf<TicketTableModel>(panel(), "ticketModel")->isLoading(); }, 10000);
    }
    QStringList listedTitles() const
    {
        QStringList titles;
        QAbstractItemModel *model = partOf<QTableView>(panel(), "ticketTable")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->index(row, TicketTableModel::TitleColumn).data().toString();
        return titles;
    }
    void chooseStatus(TicketEditor *editor, TicketStatus status)
    {
        QComboBox *box = partOf<QComboBox>(editor, "ticketStatus");
        box->setCurrentIndex(box->findData(int(status)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WerkbankTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ticketpane"));
        installTranslations(*qApp, QStringLiteral("en"));
        m_services = std::make_unique<AppServices>();
        m_workspace = test::openServices(*m_services, m_dir.filePath(QStringLiteral("tickets.sqlite")));
        QVERIFY(m_workspace);
        m_inventory = &m_services->inventory();
        QString error;
        Host web;
        web.name = QStringLiteral("web01");
        web.address = QStringLiteral("web01.example.org");
        QVERIFY(wb::test::InventoryEdits(*m_services).addHost(&web, &error));
        m_web = web.id;
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void emptyPaneOffersANewTicket()
    {
        QVERIFY(settled());
        auto *pages = panel()->findChild<QStackedWidget *>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("ticketsEmptyState"));
        saveScreenshot(m_window.get(), QStringLiteral("tickets-empty"));
    }

    void createdThroughTheEditorAndFoundBySearch()
    {
        partOf<QTableView>(panel(), "ticketTable")->setFocus();
        QTest::keyClick(partOf<QTableView>(panel(), "ticketTable"), Qt::Key_N, Qt::ControlModifier); // Ctrl+N in the pane: a ticket, not a host
        TicketEditor *editor = currentEditor();
        QVERIFY2(editor, "Ctrl+N in the ticket pane opens an editor tab");
        QCOMPARE(m_inventory->hostCount(), 1);
        QTest::keyClicks(partOf<QLineEdit>(editor, "ticketTitle"), QStringLiteral("VPN drops every hour"));
        QTest::keyClicks(partOf<QPlainTextEdit>(editor, "ticketDescription"), QStringLiteral("Client shows error 809 after about an hour."));
        auto *urgency = editor->findChild<QComboBox *>(QStringLiteral("ticketUrgency"));
        auto *impact = editor->findChild<QComboBox *>(QStringLiteral("ticketImpact"));
        urgency->setCurrentIndex(urgency->findData(5));
        impact->setCurrentIndex(impact->findData(4));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("ticketPriority"))->text().contains(QStringLiteral("Very high")));
        QVERIFY(editor->isModified());
        QTest::keySequence(partOf<QLineEdit>(editor, "ticketTitle"), QKeySequence::Save);
        QTRY_VERIFY(!editor->isModified());
        QVERIFY(editor->ticketId() > 0);
        QCOMPARE(editor->ticket().priority, 5);
        QVERIFY(editor->ticket().due.isValid());
        const int tab = m_window->sessionArea()->tabs()->indexOf(editor);
        QCOMPARE(m_window->sessionArea()->tabs()->tabText(tab), QStringLiteral("#%1 VPN drops every hour").arg(editor->ticketId()));

        QVERIFY(settled());
        QCOMPARE(listedTitles(), QStringList{QStringLiteral("VPN drops every hour")});
        panel()->setSearchText(QStringLiteral("809"));   // a word of the description
        QVERIFY(settled());
        QCOMPARE(listedTitles(), QStringList{QStringLiteral("VPN drops every hour")});
        panel()->setSearchText(QStringLiteral("printer"));
        QVERIFY(settled());
        QVERIFY(listedTitles().isEmpty());
        QVERIFY(panel()->findChild<QStackedWidget *>()->currentWidget()->objectName() == QStringLiteral("ticketsEmptyState"));
        panel()->setSearchText(QString());
        QVERIFY(settled());
        panel()->sortBy(TicketTableModel::DueColumn);
        QVERIFY(settled());
        QCOMPARE(wbtest::partOf<TicketTableModel>(panel(), "ticketModel")->query().order, TicketQuery::Order::Due);
        QCOMPARE(partOf<QTableView>(panel(), "ticketTable")->horizontalHeader()->sortIndicatorSection(), int(TicketTableModel::DueColumn));
        panel()->sortBy(TicketTableModel::PriorityColumn);
        QVERIFY(settled());
        // Opening it again from the pane shows the tab that is open.
        const int tabs = m_window->sessionArea()->tabs()->count();
        partOf<QTableView>(panel(), "ticketTable")->setCurrentIndex(partOf<QTableView>(panel(), "ticketTable")->model()->index(0, 0));
        QTest::keyClick(partOf<QTableView>(panel(), "ticketTable"), Qt::Key_Return);
        QCOMPARE(m_window->sessionArea()->tabs()->count(), tabs);
        QCOMPARE(currentEditor(), editor);
        saveScreenshot(m_window.get(), QStringLiteral("tickets-editor"));
    }

    void workedLoggedResolvedAndPublished()
    {
        TicketEditor *editor = currentEditor();
        QVERIFY(editor);
        const TicketId id = editor->ticketId();
        // The status offers only what the workflow allows from New.
        QStringList offered;
        for (int i = 0; i < partOf<QComboBox>(editor, "ticketStatus")->count(); ++i)
            offered << partOf<QComboBox>(editor, "ticketStatus")->itemText(i);
        QVERIFY(!offered.join(QLatin1Char(' ')).contains(QStringLiteral("Closed")));
        QVERIFY(offered.join(QLatin1Char(' ')).contains(QStringLiteral("Resolved")));

        QTest::keyClicks(partOf<QPlainTextEdit>(editor, "workLogEntry"), QStringLiteral("Called the user; the VPN client is 4.2."));
        QTest::keyClick(partOf<QPlainTextEdit>(editor, "workLogEntry"), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(partOf<QPlainTextEdit>(editor, "workLogEntry")->toPlainText().isEmpty());
        QVERIFY(editor->findChild<QTextBrowser *>(QStringLiteral("ticketWorkLog"))->toPlainText().contains(QStringLiteral("client is 4.2")));
        Ticket stored;
        QString error;
        QVERIFY(readBack([&] { return TicketStore(m_workspace->database()).load(id, &stored, &error); }));
        QVERIFY(stored.firstResponse.isValid()); // the first entry is the first response

        chooseStatus(editor, TicketStatus::Resolved);
        QVERIFY(!saveAndWait(editor)); // no solution yet: refused, and what was chosen stays
        auto *message = editor->findChild<QLabel *>(QStringLiteral("ticketError"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("solution")), qPrintable(message->text()));
        QCOMPARE(partOf<QComboBox>(editor, "ticketStatus")->currentData().toInt(), int(TicketStatus::Resolved));
        QTest::keyClicks(partOf<QPlainTextEdit>(editor, "ticketSolution"), QStringLiteral("Updated the VPN client to 4.3; the rekey timer was the cause."));
        partOf<QCheckBox>(editor, "ticketPublish")->setChecked(true);
        QTest::keyClicks(partOf<QLineEdit>(editor, "ticketPublishTags"), QStringLiteral("vpn, rekey"));
        QVERIFY(saveAndWait(editor));
        QCOMPARE(editor->ticket().status, TicketStatus::Resolved);
        const QList<Article> articles = readBack([&] { return KnowledgeBase(m_workspace->database()).search(QStringLiteral("rekey")); });
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().sourceTicketId, id);
        QCOMPARE(articles.first().tags, (QStringList{QStringLiteral("vpn"), QStringLiteral("rekey")}));

        // A new ticket with a similar title is pointed at the article.
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->newTicket();
        TicketEditor *second = currentEditor();
        QVERIFY(second && second != editor);
        QTest::keyClicks(partOf<QLineEdit>(second, "ticketTitle"), QStringLiteral("VPN keeps dropping"));
        QVERIFY(QTest::qWaitFor([second] { return partOf<QListWidget>(second, "articleSuggestions")->count() > 0
                                                  && partOf<QListWidget>(second, "articleSuggestions")->item(0)->flags() != Qt::NoItemFlags; }, 3000));
        QCOMPARE(partOf<QListWidget>(second, "articleSuggestions")->item(0)->text(), QStringLiteral("VPN drops every hour"));
        saveScreenshot(m_window.get(), QStringLiteral("tickets-suggestion"));
    }

    void knowledgeBaseIsSearchedAndRead()
    {
        QAction *kb = m_window->findChild<QAction *>(QStringLiteral("knowledgeBase"));
        QVERIFY(kb);
        QStringList newest, found, none;
        QString read;
        QString noneCount;
        wbtest::inDialog<KnowledgeBaseDialog>([&](KnowledgeBaseDialog *dialog) {
            auto *count = dialog->findChild<QLabel *>(QStringLiteral("kbCount"));
            auto *results = dialog->findChild<QListWidget *>(QStringLiteral("kbResults"));
            auto *reader = dialog->findChild<QTextBrowser *>(QStringLiteral("kbReader"));
            QVERIFY(QTest::qWaitFor([&] { return count->text() == QStringLiteral("1 article, newest first"); }, 5000));
            for (int i = 0; i < results->count(); ++i)
                newest << results->item(i)->text();
            // Typed word by word: only the last search's answer is shown.
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("kbSearch")), QStringLiteral("rekey"));
            QVERIFY(QTest::qWaitFor([&] { return count->text() == QStringLiteral("1 article with all of these words"); }, 5000));
            for (int i = 0; i < results->count(); ++i)
                found << results->item(i)->text();
            QVERIFY(QTest::qWaitFor([&] { return !reader->toPlainText().isEmpty(); }, 5000));
            read = reader->toPlainText();
            saveScreenshot(dialog, QStringLiteral("knowledge-base"));
            dialog->findChild<QLineEdit *>(QStringLiteral("kbSearch"))->setText(QStringLiteral("toner NEAR(\""));
            QVERIFY(QTest::qWaitFor([&] { return count->text().startsWith(QStringLiteral("0 articles")); }, 5000));
            noneCount = count->text();
            for (int i = 0; i < results->count(); ++i)
                none << results->item(i)->text();
        });
        kb->trigger();
        QCOMPARE(newest, QStringList{QStringLiteral("VPN drops every hour")}); // published by the resolve above
        QCOMPARE(found, QStringList{QStringLiteral("VPN drops every hour")});
        QVERIFY2(read.contains(QStringLiteral("rekey timer was the cause")), qPrintable(read));
        QVERIFY(read.contains(QStringLiteral("from ticket #")));
        QVERIFY(none.isEmpty()); // words, never FTS syntax: no match and no error
        QCOMPARE(noneCount, QStringLiteral("0 articles with all of these words"));
    }

    void closingAnEditedTicketAsks()
    {
        TicketEditor *second = currentEditor();
        QVERIFY(second && second->isModified());
        SessionArea *area = m_window->sessionArea();
        const int index = area->tabs()->indexOf(second);
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!area->closeTab(index));
        QCOMPARE(area->tabs()->indexOf(second), index); // still there, text kept
        QCOMPARE(partOf<QLineEdit>(second, "ticketTitle")->text(), QStringLiteral("VPN keeps dropping"));
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
        QPointer<TicketEditor> closing(second);
        QVERIFY(!area->closeTab(index)); // not yet: once it is stored
        QTRY_VERIFY(closing.isNull());
        TicketQuery all{TicketQuery::View::All};
        QCOMPARE(readBack([&] { return TicketStore(m_workspace->database()).count(all); }), 2); // saved on the way out
    }

    void settingsChangeTheRules()
    {
        QAction *settings = m_window->findChild<QAction *>(QStringLiteral("ticketSettings"));
        QVERIFY(settings);
        bool checked = false;
        wbtest::inDialog<TicketSettingsDialog>([&](TicketSettingsDialog *dialog) {
            auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("saveTicketSettings"));
            QVERIFY(QTest::qWaitFor([ok] { return ok->isEnabled(); }, 5000)); // the rules are in
            saveScreenshot(dialog, QStringLiteral("ticket-settings"));
            auto *cell = partOf<QComboBox>(dialog, "priorityCell22"); // urgency 2, impact 2
            QCOMPARE(cell->currentData().toInt(), 2); // GLPI's default
            cell->setCurrentIndex(cell->findData(5));
            partOf<QSpinBox>(dialog, "slaHours5")->setValue(2);
            auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("categoryTree"));
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("settingsError"));
            // Siblings in name order, a child that sorts before its parent (Access, Account) included.
            QTRY_VERIFY(!tree->findItems(QStringLiteral("Account"), Qt::MatchExactly).isEmpty());
            QTreeWidgetItem *account = tree->findItems(QStringLiteral("Account"), Qt::MatchExactly).constFirst();
            QCOMPARE(account->childCount(), 2);
            QCOMPARE(account->child(0)->text(0), QStringLiteral("Access"));
            QCOMPARE(account->child(1)->text(0), QStringLiteral("Password"));
            dialog->addCategory(QStringLiteral("VPN"), false);
            QVERIFY(QTest::qWaitFor([tree] { return !tree->findItems(QStringLiteral("VPN"), Qt::MatchExactly).isEmpty(); }, 5000));
            QVERIFY(!error->isVisible());
            dialog->addCategory(QStringLiteral("VPN"), false); // once at the top
            QVERIFY(QTest::qWaitFor([error] { return error->isVisible(); }, 5000));
            QCOMPARE(tree->findItems(QStringLiteral("VPN"), Qt::MatchExactly).size(), 1);
            // Business hours without a working day: refused, the dialog stays with the choices.
            auto *business = dialog->findChild<QCheckBox *>();
            for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
                if (box->text().contains(QStringLiteral("business")))
                    business = box;
                else
                    box->setChecked(false);
            }
            business->setChecked(true);
            ok->click();
            QVERIFY(QTest::qWaitFor([error] { return error->text().contains(QStringLiteral("working day")); }, 5000));
            QVERIFY(dialog->isVisible());
            business->setChecked(false);
            ok->click();
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000));
            checked = true;
        });
        settings->trigger();
        QVERIFY(checked);
        const GuiThreadSqlAllowed readingBack; // the window is done with: what it stored is checked
        const TicketStore store(m_workspace->database());
        QCOMPARE(store.priorityMatrix().priority(2, 2), 5);
        QCOMPARE(store.slaPolicy().hoursFor(5), 2);
        QStringList names;
        for (const TicketCategory &category : TicketCategories(m_workspace->database()).list())
            names << category.name;
        QVERIFY(names.contains(QStringLiteral("VPN")));
        // A ticket saved now follows the new matrix and SLA.
        Ticket ticket;
        ticket.title = QStringLiteral("Low and low, urgent by our rules");
        ticket.urgency = 2;
        ticket.impact = 2;
        QString error;
        TicketStore writer(m_workspace->database());
        QVERIFY(writer.add(&ticket, &error));
        QCOMPARE(ticket.priority, 5);
        QCOMPARE(ticket.due, ticket.created.addSecs(2 * 3600));
    }

    void activeTicketCollectsTheWork()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("web01 is slow");
        ticket.hostIds = {m_web};
        QString error;
        QVERIFY(readBack([&] { return TicketStore(m_workspace->database()).add(&ticket, &error); }));
        panel()->reload();
        QVERIFY(settled());
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->openTicket(ticket.id);
        TicketEditor *editor = currentEditor();
        QCOMPARE(editor->ticketId(), ticket.id);
        QCOMPARE(partOf<QLineEdit>(editor, "ticketTitle")->text(), QStringLiteral("web01 is slow"));
        editor->findChild<QPushButton *>(QStringLiteral("makeActive"))->click();
        QTRY_COMPARE(wbtest::partOf<TicketController>(m_window.get(), "ticketController")->activeTicket(), ticket.id);
        QVERIFY(panel()->findChild<QWidget *>(QStringLiteral("activeTicketBar"))->isVisible());
        saveScreenshot(m_window.get(), QStringLiteral("tickets-active"));
        // The inventory marks the host with its open ticket.
        InventoryModel *tree = wbtest::partOf<InventoryModel>(m_window->inventoryPanel(), "inventoryModel");
        const QModelIndex web = tree->indexForHost(m_web);
        QVERIFY(QTest::qWaitFor([&] { return web.data(InventoryModel::OpenTicketsRole).toInt() == 1; }, 5000));
        QVERIFY(web.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 open ticket")));
        // Resolving it ends the logging.
        partOf<QPlainTextEdit>(editor, "ticketSolution")->setPlainText(QStringLiteral("Raised the PHP worker count."));
        chooseStatus(editor, TicketStatus::Resolved);
        QVERIFY(saveAndWait(editor));
        QCOMPARE(wbtest::partOf<TicketController>(m_window.get(), "ticketController")->activeTicket(), 0);
        QVERIFY(!panel()->findChild<QWidget *>(QStringLiteral("activeTicketBar"))->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return web.data(InventoryModel::OpenTicketsRole).toInt() == 0; }, 5000));
    }

    // Last (it closes the window): quitting with an edited ticket asks once;
    // Save stores it first, and the window closes when it is stored.
    void quittingSavesEditedTicketsFirst()
    {
        wbtest::partOf<TicketController>(m_window.get(), "ticketController")->newTicket();
        TicketEditor *editor = currentEditor();
        QVERIFY(editor);
        QTest::keyClicks(partOf<QLineEdit>(editor, "ticketTitle"), QStringLiteral("Saved on the way out"));
        QVERIFY(editor->isModified());
        QString question;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Save)->click();
        });
        QVERIFY(!m_window->close()); // not yet: the ticket is being stored
        QCOMPARE(question, QStringLiteral("1 ticket has changes that are not saved."));
        QTRY_VERIFY(!m_window->isVisible());
        TicketQuery query{TicketQuery::View::All};
        query.text = QStringLiteral("way out");
        QCOMPARE(readBack([&] { return TicketStore(m_workspace->database()).count(query); }), 1);
    }

    // After the window closed: the columns chosen in the header's menu come
    // back in the next window, stored as plain numbers that a fresh start can
    // read (a QList<int> was stored under a type name the next start did not know).
    void chosenColumnsComeBackInTheNextWindow()
    {
        auto *table = partOf<QTableView>(panel(), "ticketTable");
        QVERIFY(table->isColumnHidden(TicketTableModel::StatusColumn));
        QVERIFY(!table->isColumnHidden(TicketTableModel::PriorityColumn));
        for (const QString &column : {QStringLiteral("Status"), QStringLiteral("Priority")}) {
            wbtest::choosePopupPath({column});
            Q_EMIT table->horizontalHeader()->customContextMenuRequested(QPoint(5, 5));
        }
        QVERIFY(!table->isColumnHidden(TicketTableModel::StatusColumn));
        QVERIFY(table->isColumnHidden(TicketTableModel::PriorityColumn));

        m_window.reset(); // the panel keeps its state as it goes
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QString stored = QString::fromUtf8(file.readAll());
        const qsizetype at = stored.indexOf(QStringLiteral("hiddenColumns="));
        QVERIFY2(at >= 0, qPrintable(stored));
        QVERIFY2(!stored.mid(at, stored.indexOf(QLatin1Char('\n'), at) - at).contains(QStringLiteral("@Variant")), qPrintable(stored));

        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        table = partOf<QTableView>(panel(), "ticketTable");
        QVERIFY(!table->isColumnHidden(TicketTableModel::StatusColumn));
        QVERIFY(table->isColumnHidden(TicketTableModel::PriorityColumn));
        QVERIFY(table->isColumnHidden(TicketTableModel::DueColumn)); // hidden from the start, still hidden
        QVERIFY(!table->isColumnHidden(TicketTableModel::TitleColumn));
    }
};

QTEST_MAIN(TestTicketPane)
#include "tst_ticketpane.moc"
