// The window on a team workspace: who you are and your role in the status bar,
// what the role may not do switched off with a tooltip saying why (Run Command
// and Run Snippet not offered at all); File → Open Team Workspace…; and the
// start-up against the fixture's real PostgreSQL: the password asked for,
// refused when wrong, remembered in the real keychain and not asked again; a
// server that is down gets a sentence and the choice to open another.
#include "app/AppServices.h"
#include "app/WorkspaceStartup.h"
#include "core/secrets/CredentialStore.h"
#include "core/snippets/SnippetStore.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/TeamRoles.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/tickets/KnowledgeBase.h"
#include "tests/support/CliTestSupport.h"
#include "tests/support/TestWorkspaces.h"
#include "tests/widgets/MainWindowFixture.h"
#include "widgets/inventory/InventoryController.h"
#include "widgets/main/WorkspaceDialogs.h"
#include "widgets/run/RunController.h"
#include "widgets/run/SnippetLibraryDialog.h"
#include "widgets/run/SnippetMenu.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"
#include "widgets/tickets/TicketEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

class TestTeamWindow : public QObject, public MainWindowFixture
{
    Q_OBJECT

    TestWorkspaces m_team{TestWorkspaces::Engine::PostgreSql};

    QAction *action(const char *name) const { return partOf<QAction>(m_window.get(), name); }

    // A team workspace with its roles, and a helpdesk login with a password.
    QString teamWorkspaceFor(const QString &name, QString *login)
    {
        const QString owner = m_team.create(name);
        Workspace ws;
        if (!ws.open(owner))
            return {};
        TeamRoles roles(ws.database());
        m_team.dropRoleLater(roles.roleName(TeamRole::Helpdesk));
        m_team.dropRoleLater(roles.roleName(TeamRole::Sysadmin));
        QString error;
        *login = QStringLiteral("wbt_%1_%2").arg(QCoreApplication::applicationPid()).arg(name);
        m_team.dropRoleLater(*login);
        if (!roles.setUp(&error) || !roles.grant(*login, TeamRole::Helpdesk, QStringLiteral("Corr3ct-h0rse"), &error))
            qWarning("%s", qPrintable(error));
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(*login, qEnvironmentVariable("WERKBANK_PG_PORT"), owner.section(QLatin1Char('/'), -1));
    }
    // Writes through a store on a connection of its own, as another workbench
    // would; the error, empty when it was stored.
    template <typename Store>
    QString writeElsewhere(const std::function<bool(Store &, QString *)> &write)
    {
        const GuiThreadSqlAllowed testData;
        Workspace other;
        if (!other.open(workspaceLocation()))
            return other.errorString();
        Store store(other.database());
        QString error;
        return write(store, &error) ? QString() : error;
    }
    static void typePassword(WorkspacePasswordDialog *dialog, const QString &password, bool remember)
    {
        auto *field = partOf<QLineEdit>(dialog, "workspacePassword");
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, password);
        partOf<QCheckBox>(dialog, "rememberWorkspacePassword")->setChecked(remember);
        dialog->accept();
    }

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_teamwindow"); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void aHelpdeskLoginSeesItsRoleAndMayNotChangeTheInventory()
    {
        addGroup(QStringLiteral("Amsterdam"));
        m_window->setIdentity({true, QStringLiteral("anna"), TeamRole::Helpdesk});
        auto *label = partOf<QLabel>(m_window.get(), "workspaceIdentity");
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("anna · Helpdesk"));
        QVERIFY(label->toolTip().contains(QStringLiteral("with the role Helpdesk")));
        QTest::qWait(20); // the status bar lays out its new part
        saveScreenshot(m_window.get(), QStringLiteral("team-helpdesk-window"));

        for (const char *name : {"addHost", "addGroup", "edit", "rename", "delete"}) {
            QVERIFY2(!action(name)->isEnabled(), name);
            QVERIFY2(action(name)->toolTip().contains(QStringLiteral("(Helpdesk) may not change the inventory")), name);
        }
        // Selecting a group does not bring Delete back, and its shortcut does nothing.
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0));
        QVERIFY(!action("delete")->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!m_window->findChild<InventoryController *>()->importAction()->isEnabled());
        QVERIFY(!m_window->findChild<RunController *>()->runAction()->isVisible());
        QVERIFY(!m_window->findChild<RunController *>()->snippetMenu()->menuAction()->isVisible());
        QVERIFY(panel()->view()->dragDropMode() == QAbstractItemView::NoDragDrop);

        // A sysadmin (or a role that changed) gets all of it back.
        m_window->setIdentity({true, QStringLiteral("bert"), TeamRole::Sysadmin});
        QCOMPARE(label->text(), QStringLiteral("bert · Sysadmin"));
        QVERIFY(action("addHost")->isEnabled());
        QVERIFY(!action("addHost")->toolTip().contains(QStringLiteral("may not")));
        QVERIFY(m_window->findChild<RunController *>()->runAction()->isVisible());
        QVERIFY(m_window->findChild<InventoryController *>()->importAction()->isEnabled());
        QVERIFY(panel()->view()->dragDropMode() == QAbstractItemView::DragDrop);
    }

    void aPersonalWorkspaceShowsNoRole()
    {
        m_window->setIdentity({false, QStringLiteral("anna"), TeamRole::Owner});
        QVERIFY(!partOf<QLabel>(m_window.get(), "workspaceIdentity")->isVisible());
        QVERIFY(action("addHost")->isEnabled());
    }

    void openTeamWorkspaceChecksTheAddressAndHandsItOn()
    {
        QSettings().remove(QStringLiteral("workspaces"));
        RecentWorkspaces::remember(QStringLiteral("postgresql://anna@db1.example.com/helpdesk"));
        RecentWorkspaces::remember(QStringLiteral("postgresql://anna:secret@db2.example.com/helpdesk")); // refused: a password
        RecentWorkspaces::remember(QStringLiteral("/home/anna/personal.sqlite"));                         // not a team workspace
        QCOMPARE(RecentWorkspaces::list(), QStringList{QStringLiteral("postgresql://anna@db1.example.com/helpdesk")});

        QSignalSpy requested(m_window.get(), &MainWindow::openWorkspaceRequested);
        inDialog<OpenTeamWorkspaceDialog>([](OpenTeamWorkspaceDialog *dialog) {
            auto *address = partOf<QComboBox>(dialog, "workspaceAddress");
            auto *open = partOf<QDialogButtonBox>(dialog, "openTeamWorkspaceButtons")->button(QDialogButtonBox::Open);
            QCOMPARE(address->currentText(), QStringLiteral("postgresql://anna@db1.example.com/helpdesk")); // the last one
            address->setCurrentText(QStringLiteral("postgresql://anna:secret@db/helpdesk"));
            QVERIFY(!open->isEnabled());
            QVERIFY(partOf<QLabel>(dialog, "addressProblem")->text().contains(QStringLiteral("password")));
            address->setCurrentText(QStringLiteral("host=db1,db2 dbname=helpdesk target_session_attrs=read-write"));
            QVERIFY(open->isEnabled());
            QVERIFY(partOf<QLabel>(dialog, "addressProblem")->text().isEmpty());
            saveScreenshot(dialog, QStringLiteral("open-team-workspace"));
            open->click();
        });
        action("openTeamWorkspace")->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("host=db1,db2 dbname=helpdesk target_session_attrs=read-write"));
    }

    void startupAsksForThePasswordRemembersItAndKnowsTheRole()
    {
        QString login;
        const QString address = teamWorkspaceFor(QStringLiteral("startup"), &login);
        QVERIFY(!address.isEmpty());
        std::optional<WorkspaceIdentity> opened;
        {
            AppServices services;
            services.open(address);
            WorkspaceStartup startup(services, [&](const WorkspaceIdentity &identity) { opened = identity; });
            int asked = 0;
            // First a wrong password, then the right one, remembered.
            inDialog<WorkspacePasswordDialog>([&](WorkspacePasswordDialog *dialog) {
                ++asked;
                QVERIFY(!partOf<QLabel>(dialog, "passwordQuestion")->text().contains(QStringLiteral("did not accept")));
                typePassword(dialog, QStringLiteral("wrong-h0rse"), false);
                inDialog<WorkspacePasswordDialog>([&](WorkspacePasswordDialog *again) {
                    ++asked;
                    QVERIFY(partOf<QLabel>(again, "passwordQuestion")->text().contains(QStringLiteral("did not accept")));
                    saveScreenshot(again, QStringLiteral("team-password"));
                    typePassword(again, QStringLiteral("Corr3ct-h0rse"), true);
                });
            });
            startup.attempt();
            QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
            QCOMPARE(asked, 2);
            QCOMPARE(opened->login, login);
            QCOMPARE(opened->role, TeamRole::Helpdesk);
            QVERIFY(opened->team);
            QTRY_VERIFY(services.services().pendingWork->isEmpty()); // the keychain write is done
        }
        QVERIFY(RecentWorkspaces::list().contains(WorkspaceLocation::parse(address).displayText()));
        // The next start finds it in the keychain: no question.
        opened.reset();
        {
            AppServices services;
            services.open(address);
            WorkspaceStartup startup(services, [&](const WorkspaceIdentity &identity) { opened = identity; });
            startup.attempt();
            QTRY_VERIFY_WITH_TIMEOUT(opened.has_value() || QApplication::activeModalWidget(), 20000);
            QVERIFY2(!QApplication::activeModalWidget(), "asked again for a remembered password");
            QCOMPARE(opened->role, TeamRole::Helpdesk);
        }
        // Never in the settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("Corr3ct-h0rse")), qPrintable(key));
        CredentialStore keychain;
        bool removed = false;
        keychain.remove(QStringLiteral("postgresql:") + WorkspaceLocation::parse(address).displayText(),
                        [&](bool, const QString &) { removed = true; });
        QTRY_VERIFY(removed);
    }

    // The server stops in the middle of an edit (its own server, not the one
    // the other tests share): a banner, the text kept, and once the server is
    // back the banner goes and the ticket is saved, without a restart.
    void aLostServerKeepsTheEditAndSavesWhenItIsBack()
    {
        closeWindow();
        QTemporaryDir serverDir;
        const QString fixture = QStringLiteral(WERKBANK_SOURCE_DIR "/tests/fixtures/postgres-fixture.sh");
        auto fixtureDoes = [&](const QString &command) {
            QProcess process;
            process.start(QStringLiteral("bash"), {fixture, command, serverDir.path()});
            process.waitForFinished(60000);
            if (process.exitCode() != 0)
                qWarning("postgres-fixture.sh %s: %s", qPrintable(command), process.readAllStandardError().constData());
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        const QString exports = fixtureDoes(QStringLiteral("start"));
        const auto stopServer = qScopeGuard([&] { fixtureDoes(QStringLiteral("stop")); });
        const QString port = QRegularExpression(QStringLiteral("WERKBANK_PG_PORT=(\\d+)")).match(exports).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(exports));
        const QString address = QStringLiteral("postgresql://wb@127.0.0.1:%1/postgres").arg(port);
        {
            Workspace ws;
            QVERIFY2(ws.create(address), qPrintable(ws.errorString()));
        }
        m_services = std::make_unique<AppServices>();
        QVERIFY(test::openServices(*m_services, address));
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        m_window->findChild<TicketController *>()->newTicket();
        TicketEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<TicketEditor *>()) != nullptr);
        QTRY_VERIFY(!editor->isBusy());
        auto *title = partOf<QLineEdit>(editor, "ticketTitle");
        QTest::keyClicks(title, QStringLiteral("Printer on floor 3 jams"));
        auto *banner = partOf<QLabel>(m_window.get(), "workspaceUnreachable");
        QVERIFY(!banner->isVisible());

        fixtureDoes(QStringLiteral("stop"));
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->text().startsWith(QStringLiteral("Team workspace unreachable — retrying")), qPrintable(banner->text()));
        QTRY_VERIFY(!editor->isBusy());
        QCOMPARE(title->text(), QStringLiteral("Printer on floor 3 jams")); // nothing typed is lost
        QVERIFY(editor->isModified());
        QTest::keyClicks(title, QStringLiteral(" again")); // and typing goes on
        saveScreenshot(m_window.get(), QStringLiteral("team-unreachable"));

        fixtureDoes(QStringLiteral("resume"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 10000); // saved by itself
        QVERIFY(editor->ticketId() > 0);
        Workspace check;
        QVERIFY2(check.open(address), qPrintable(check.errorString()));
        QSqlQuery q(check.database());
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM tickets")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Printer on floor 3 jams again"));
        closeWindow();
    }

    // Another workbench (here werkbank-cli, a process of its own) saves hosts,
    // a ticket and a work-log line: this window shows each within a second,
    // without reloading, and keeps the groups the user had open.
    void changesSavedElsewhereAppearWithinASecond()
    {
        closeWindow();
        const QString address = m_team.create(QStringLiteral("live"));
        m_services = std::make_unique<AppServices>();
        QVERIFY(test::openServices(*m_services, address));
        m_inventory = &m_services->inventory();
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        bool loaded = false;
        m_services->inventoryEditor().load(m_window.get(), [&](bool, const QString &) { loaded = true; });
        QTRY_VERIFY(loaded);
        auto otherWorkbench = [&](const QStringList &arguments) {
            const CliResult r = runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), address} + arguments);
            if (r.code != 0)
                qWarning("werkbank-cli %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(r.err));
            return r;
        };
        const QString csv = writeFile(QStringLiteral("live.csv"), "name,address,group\nweb01,192.0.2.10,Amsterdam\n");
        QElapsedTimer clock;
        QCOMPARE(otherWorkbench({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv}).code, 0);
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory->hostCount() == 1, 1000);
        qInfo("a host imported elsewhere showed after %lld ms", clock.elapsed());
        panel()->view()->expandAll();
        QCOMPARE(otherWorkbench({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                                 writeFile(QStringLiteral("more.csv"), "name,address,group\nweb02,192.0.2.11,Amsterdam\n")})
                     .code,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory->hostCount() == 2, 1000);
        QTRY_VERIFY(panel()->view()->isExpanded(panel()->view()->model()->index(0, 0))); // still open

        auto *tickets = m_window->findChild<QAbstractItemModel *>(QStringLiteral("ticketModel"));
        QVERIFY(tickets);
        const CliResult made = otherWorkbench({QStringLiteral("ticket"), QStringLiteral("new"), QStringLiteral("--title"),
                                               QStringLiteral("web01 is slow"), QStringLiteral("--json")});
        QCOMPARE(made.code, 0);
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowCount() == 1, 1000);
        qInfo("a ticket made elsewhere showed after %lld ms", clock.elapsed());
        const QString id = QString::number(QJsonDocument::fromJson(made.out.toUtf8()).object().value(QStringLiteral("id")).toInt());
        m_window->findChild<TicketController *>()->openTicket(id.toLongLong());
        TicketEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<TicketEditor *>()) != nullptr);
        QTRY_VERIFY(!editor->isBusy());
        QCOMPARE(otherWorkbench({QStringLiteral("ticket"), QStringLiteral("comment"), id, QStringLiteral("--text"),
                                 QStringLiteral("restarted php-fpm")})
                     .code,
                 0);
        clock.restart();
        auto *log = partOf<QTextBrowser>(editor, "ticketWorkLog");
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("restarted php-fpm")), 1000);
        qInfo("a work-log line written elsewhere showed after %lld ms", clock.elapsed());
        closeWindow();
    }

    // A snippet saved by another workbench shows in an open library at once;
    // one being edited here is left as typed.
    void theSnippetLibraryFollowsChangesSavedElsewhere()
    {
        closeWindow();
        openWindow(m_team.create(QStringLiteral("snippets")));
        const auto elsewhere = [this](const std::function<bool(SnippetStore &, QString *)> &write) { return writeElsewhere(write); };
        Snippet disk;
        disk.name = QStringLiteral("Disk usage");
        disk.body = QStringLiteral("df -h");
        bool seenNew = false, seenChange = false, keptTyping = false;
        whenModal<SnippetLibraryDialog>([&](SnippetLibraryDialog *dialog) {
            auto *list = partOf<QTableView>(dialog, "snippetList");
            auto *body = partOf<QPlainTextEdit>(dialog, "snippetBody");
            QVERIFY(QTest::qWaitFor([list] { return list->isEnabled(); }, 10000));
            QCOMPARE(elsewhere([&](SnippetStore &store, QString *error) { return store.add(&disk, error); }), QString());
            QElapsedTimer clock;
            clock.start();
            seenNew = QTest::qWaitFor([list] { return list->model()->rowCount() == 1; }, 1000);
            qInfo("a snippet saved elsewhere showed after %lld ms", clock.elapsed());
            QVERIFY(QTest::qWaitFor([body] { return body->toPlainText() == QStringLiteral("df -h"); }, 1000));
            Snippet changed = disk;
            changed.body = QStringLiteral("df -hT");
            QCOMPARE(elsewhere([&](SnippetStore &store, QString *error) { return store.update(&changed, error); }), QString());
            seenChange = QTest::qWaitFor([body] { return body->toPlainText() == QStringLiteral("df -hT"); }, 1000);
            // Typing here: a change elsewhere does not replace it.
            QTest::keyClicks(partOf<QLineEdit>(dialog, "snippetDescription"), QStringLiteral("Free space"));
            changed.body = QStringLiteral("df -h /");
            QCOMPARE(elsewhere([&](SnippetStore &store, QString *error) { return store.update(&changed, error); }), QString());
            QTest::qWait(500);
            keptTyping = partOf<QLineEdit>(dialog, "snippetDescription")->text() == QStringLiteral("Free space")
                         && body->toPlainText() == QStringLiteral("df -hT");
            whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
            dialog->reject();
        });
        action("manageSnippets")->trigger();
        QVERIFY(seenNew);
        QVERIFY(seenChange);
        QVERIFY(keptTyping);
    }

    // An article published or changed by another workbench shows in an open
    // knowledge base, the one being read staying chosen.
    void theKnowledgeBaseFollowsArticlesSavedElsewhere()
    {
        closeWindow();
        openWindow(m_team.create(QStringLiteral("kb")));
        const auto elsewhere = [this](const std::function<bool(KnowledgeBase &, QString *)> &write) { return writeElsewhere(write); };
        Article vpn;
        vpn.title = QStringLiteral("VPN drops every hour");
        vpn.body = QStringLiteral("Renew the client certificate.");
        QCOMPARE(elsewhere([&](KnowledgeBase &kb, QString *error) { return kb.add(&vpn, error); }), QString());
        bool seenNew = false, seenChange = false, keptChoice = false;
        whenModal<KnowledgeBaseDialog>([&](KnowledgeBaseDialog *dialog) {
            auto *results = partOf<QListWidget>(dialog, "kbResults");
            auto *reader = partOf<QTextBrowser>(dialog, "kbReader");
            QVERIFY(QTest::qWaitFor([results] { return results->count() == 1; }, 10000));
            Article printer;
            printer.title = QStringLiteral("Printer shows offline");
            printer.body = QStringLiteral("Restart the spooler.");
            QCOMPARE(elsewhere([&](KnowledgeBase &kb, QString *error) { return kb.add(&printer, error); }), QString());
            seenNew = QTest::qWaitFor([results] { return results->count() == 2; }, 1000);
            // The VPN article is being read; it is changed elsewhere and stays chosen, with its new text.
            results->setCurrentRow(results->row(results->findItems(vpn.title, Qt::MatchExactly).value(0)));
            QVERIFY(QTest::qWaitFor([reader] { return reader->toPlainText().contains(QStringLiteral("client certificate")); }, 5000));
            vpn.body = QStringLiteral("Renew the client certificate and restart the tunnel.");
            QCOMPARE(elsewhere([&](KnowledgeBase &kb, QString *error) { return kb.update(&vpn, error); }), QString());
            seenChange = QTest::qWaitFor([reader] { return reader->toPlainText().contains(QStringLiteral("restart the tunnel")); }, 1000);
            keptChoice = results->currentItem() && results->currentItem()->text() == vpn.title;
            dialog->reject();
        });
        action("knowledgeBase")->trigger();
        QVERIFY(seenNew);
        QVERIFY(seenChange);
        QVERIFY(keptChoice);
    }

    void aServerThatIsDownOffersAnotherWorkspace()
    {
        const QString other = m_team.create(QStringLiteral("other"));
        std::optional<WorkspaceIdentity> opened;
        AppServices services;
        services.open(QStringLiteral("postgresql://%1@127.0.0.1:1/nothing").arg(qEnvironmentVariable("WERKBANK_PG_SUPERUSER")));
        WorkspaceStartup startup(services, [&](const WorkspaceIdentity &identity) { opened = identity; });
        QString sentence;
        inDialog<QMessageBox>([&](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("workspaceOpenFailed"));
            sentence = box->informativeText();
            saveScreenshot(box, QStringLiteral("team-server-down"));
            inDialog<OpenTeamWorkspaceDialog>([&](OpenTeamWorkspaceDialog *dialog) {
                partOf<QComboBox>(dialog, "workspaceAddress")->setCurrentText(other);
                partOf<QDialogButtonBox>(dialog, "openTeamWorkspaceButtons")->button(QDialogButtonBox::Open)->click();
            });
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().contains(QStringLiteral("Another")))
                    button->click();
            }
        });
        startup.attempt();
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY2(sentence.contains(QStringLiteral("Connection refused")), qPrintable(sentence));
        QCOMPARE(opened->role, TeamRole::Owner);
        QCOMPARE(services.path(), other);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
