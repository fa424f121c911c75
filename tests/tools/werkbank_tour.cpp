// werkbank_tour: pictures of the real window's main views in one language,
// for docs/screenshots/ (issue 14 asks for them in Dutch). It builds the app's
// own AppServices on a workspace of its own (the demo inventory, two of the
// sshd fixture's servers as a "Lab" group, a few tickets) and saves
//   main-window-LANG.png  the inventory and the ticket pane
//   session-LANG.png      a terminal tab on a fixture server
//   run-LANG.png          a run's results on the Lab hosts
//   accounts-LANG.png     the accounts of the fixture's admin server
//   directory-accounts-LANG.png  a search in the slapd fixture's directory
//   ticket-editor-LANG.png  a ticket in its editor
// Run inside the fixtures, on Xvfb for real fonts:
//   xvfb-run -a -s "-screen 0 1600x1000x24" ./tests/fixtures/with-fixtures.sh
//     ./build/tests/tools/werkbank_tour --lang nl --out docs/screenshots
#include "app/AppServices.h"
#include "app/WindowAssembly.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/Importers.h"
#include "core/snippets/Snippet.h"
#include "core/ssh/KnownHosts.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"
#include "core/terminal/TerminalScreen.h"
#include "core/tickets/TicketStore.h"
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "core/directory/DirectoryKeys.h"
#include "core/secrets/CredentialStore.h"
#include "tests/support/LdapFixture.h"
#include "tests/support/TestServices.h"
#include "widgets/accounts/AccountController.h"
#include "widgets/accounts/AccountsView.h"
#include "widgets/accounts/DirectoryAccountsView.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunController.h"
#include "widgets/run/RunView.h"
#include "widgets/session/SessionController.h"
#include "widgets/session/SessionTab.h"
#include "widgets/tickets/TicketController.h"
#include "widgets/tickets/TicketEditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace wb;

namespace {

[[noreturn]] void stop(const QString &why)
{
    std::fprintf(stderr, "werkbank_tour: %s\n", qPrintable(why));
    std::exit(1);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("the UI language"), QStringLiteral("code"), QStringLiteral("nl"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("where the pictures go"), QStringLiteral("dir"), QStringLiteral("."));
    parser.addOptions({language, out});
    parser.addHelpOption();
    parser.process(app);
    QStandardPaths::setTestModeEnabled(true); // the window's layout goes to settings: not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("WerkbankTest"));
    QCoreApplication::setApplicationName(QStringLiteral("werkbank_tour"));
    const QString lang = installTranslations(app, parser.value(language));
    const QDir outDir(parser.value(out));
    if (!outDir.exists() && !QDir().mkpath(outDir.path()))
        stop(QStringLiteral("cannot make %1").arg(outDir.path()));

    wbtest::SshFixture fx;
    if (!fx.present() || fx.adminPort == 0)
        stop(QStringLiteral("the sshd fixture is not running: run this through tests/fixtures/with-fixtures.sh"));

    QTemporaryDir dir;
    AppServices services;
    std::unique_ptr<Workspace> workspace = test::openServices(services, dir.filePath(QStringLiteral("tour.sqlite")));
    if (!workspace)
        stop(QStringLiteral("cannot open the tour's workspace"));
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    wbtest::writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))},
                                         {KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(), fx.hostKeyLine(QStringLiteral("admin"))}});
    SshSettings settings;
    settings.knownHostsPath = knownHosts;
    if (const QString error = test::saveConnectionSettings(services.services(), settings); !error.isEmpty())
        stop(error);

    // The demo inventory, and the Lab: two names for the fixture's servers.
    QString error;
    test::InventoryEdits edits(services);
    const ImportResult demo = Importers::importFile(ImportFormat::Csv, QStringLiteral(WERKBANK_SOURCE_DIR "/tests/fixtures/demo-inventory.csv"));
    if (!edits.run([&demo](Inventory &inventory, QString *why) {
            ApplyStats stats;
            return ImportApplier::apply(inventory, demo, 0, false, &stats, why);
        }, &error))
        stop(error);
    Group lab{0, 0, QStringLiteral("Lab")};
    if (!edits.addGroup(&lab, &error))
        stop(error);
    Host web = fx.keyHost(QStringLiteral("lab-web01"), QStringLiteral("127.0.0.1"), fx.port, lab.id);
    Host admin = fx.keyHost(QStringLiteral("lab-admin01"), QStringLiteral("127.0.0.1"), fx.adminPort, lab.id);
    admin.sshUser = QStringLiteral("root");
    if (!edits.addHost(&web, &error) || !edits.addHost(&admin, &error))
        stop(error);

    // The slapd fixture's directory, with people a helpdesk would search for; two locked out.
    using wb::test::LdapFixture;
    if (const QString problem = LdapFixture::problem(); !problem.isEmpty())
        stop(problem);
    const QList<std::tuple<QString, QString, bool>> people = {
        {QStringLiteral("avries"), QStringLiteral("Anna de Vries"), false}, {QStringLiteral("bjansen"), QStringLiteral("Bram Jansen"), true},
        {QStringLiteral("cbakker"), QStringLiteral("Carla Bakker"), false}, {QStringLiteral("dvisser"), QStringLiteral("Daan Visser"), true},
        {QStringLiteral("esmit"), QStringLiteral("Eva Smit"), false},       {QStringLiteral("fmeijer"), QStringLiteral("Floor Meijer"), false}};
    for (const auto &[uid, name, locked] : people) {
        LdapFixture::addPerson(uid, QStringLiteral("Tour-pass-2026"), true, name, uid + QStringLiteral("@example.test"));
        for (int attempt = 0; locked && attempt < 3; ++attempt)
            LdapFixture::bindWords(LdapFixture::personDn(uid), QStringLiteral("wrong"));
    }
    Group directories{0, 0, QStringLiteral("Directories")};
    if (!edits.addGroup(&directories, &error))
        stop(error);
    Directory people_{};
    people_.name = QStringLiteral("example.test");
    people_.groupId = directories.id;
    people_.url = LdapFixture::startTlsUrl();
    people_.baseDn = LdapFixture::peopleDn();
    people_.bindDn = LdapFixture::dnOf(LdapFixture::Who::Helpdesk);
    people_.caFile = LdapFixture::caFile();
    people_.kind = DirectoryKind::OpenLdap;
    if (!edits.addDirectory(&people_, &error))
        stop(error);
    bool stored = false;
    services.credentials().write(bindPasswordKey(people_), LdapFixture::passwordOf(LdapFixture::Who::Helpdesk),
                                 [&stored](bool ok, QString) { stored = ok; });
    if (!waitFor([&] { return stored; }))
        stop(QStringLiteral("the keychain did not take the bind password"));

    // A few tickets, one about a Lab host.
    TicketId aboutWeb = 0;
    for (const auto &[title, urgency, impact] : {std::tuple{QStringLiteral("VPN drops every hour"), 4, 4},
                                                 std::tuple{QStringLiteral("Printer on the 2nd floor jams"), 2, 2},
                                                 std::tuple{QStringLiteral("lab-web01 disk almost full"), 4, 3}}) {
        Ticket ticket;
        ticket.title = title;
        ticket.urgency = urgency;
        ticket.impact = impact;
        ticket.categoryId = 6; // a built-in category: shown in the UI language
        if (title.startsWith(QLatin1String("lab-web01")))
            ticket.hostIds = {web.id};
        if (!readBack([&] { return TicketStore(workspace->database()).add(&ticket, &error); }))
            stop(error);
        aboutWeb = ticket.id;
    }

    const std::unique_ptr<MainWindow> assembled = assembleMainWindow(test::withoutConnectionReuse(services.services()));
    MainWindow &window = *assembled;
    window.resize(1500, 880);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        stop(QStringLiteral("the window did not show"));
    const auto snap = [&](const QString &name) {
        QTest::qWait(400); // the last paints
        const QString path = outDir.filePath(QStringLiteral("%1-%2.png").arg(name, lang));
        if (!window.grab().save(path, "PNG"))
            stop(QStringLiteral("cannot write %1").arg(path));
        std::printf("%s\n", qPrintable(path));
    };
    window.inventoryPanel()->view()->expandAll();
    snap(QStringLiteral("main-window"));

    window.findChild<SessionController *>(QStringLiteral("sessionController"))->openSession(web.id);
    SessionTab *session = window.sessionArea()->currentSession();
    if (!session || !waitFor([&] { return wbtest::screenText(session->screen()).contains(QLatin1Char('$')); }))
        stop(QStringLiteral("the session did not reach a prompt"));
    session->screen()->sendText(QStringLiteral("ls -l --color=always /etc | head -n 20\r"));
    QTest::qWait(800);
    snap(QStringLiteral("session"));

    window.inventoryPanel()->selectHost(web.id);
    Snippet uptime;
    uptime.name = QStringLiteral("Uptime");
    uptime.body = QStringLiteral("uname -sr; uptime");
    window.findChild<RunController *>(QStringLiteral("runController"))->runSnippet(uptime);
    auto *run = qobject_cast<RunView *>(window.sessionArea()->tabs()->currentWidget());
    if (!run || !waitFor([&] { return !run->isRunning(); }))
        stop(QStringLiteral("the run did not finish"));
    snap(QStringLiteral("run"));

    window.inventoryPanel()->selectHost(admin.id);
    window.findChild<AccountController *>(QStringLiteral("accountController"))->manageAccounts();
    AccountsView *accounts = nullptr;
    if (!waitFor([&] { return (accounts = qobject_cast<AccountsView *>(window.sessionArea()->tabs()->currentWidget())); })
        || !waitFor([&] { return !accounts->isBusy(); }) || accounts->hasError())
        stop(QStringLiteral("the accounts did not list"));
    snap(QStringLiteral("accounts"));

    window.findChild<AccountController *>(QStringLiteral("accountController"))->manageDirectory(people_.id);
    auto *directory = qobject_cast<DirectoryAccountsView *>(window.sessionArea()->tabs()->currentWidget());
    if (!directory)
        stop(QStringLiteral("the directory's accounts did not open"));
    directory->findChild<QLineEdit *>(QStringLiteral("accountSearch"))->clear();  // everyone
    directory->search();
    if (!waitFor([&] { return !directory->isBusy(); }) || directory->hasError())
        stop(QStringLiteral("the directory search failed: %1").arg(directory->tabToolTip()));
    directory->findChild<QTableView *>(QStringLiteral("directoryAccountTable"))->selectRow(1);
    snap(QStringLiteral("directory-accounts"));

    window.findChild<TicketController *>(QStringLiteral("ticketController"))->openTicket(aboutWeb);
    auto *editor = qobject_cast<TicketEditor *>(window.sessionArea()->tabs()->currentWidget());
    if (!editor || !waitFor([&] { return !editor->isBusy(); }))
        stop(QStringLiteral("the ticket did not open"));
    snap(QStringLiteral("ticket-editor"));
    return 0;
}
