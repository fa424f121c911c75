// Tickets on a real SQLite workspace: what is stored comes back across a
// reopen; the workflow, priority matrix and SLA are applied on save; the
// work log stamps the first response; FTS5 finds words in title,
// description, work log and solution, and a user's words are never FTS syntax.
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceThread.h"
#include "core/i18n/Translations.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketSave.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketCategoryNames.h"
#include "core/tickets/TicketStore.h"

#include "tests/support/TestWorkspaces.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace wb;
using S = TicketStatus;

class TestTicketStore : public QObject
{
    Q_OBJECT

    wbtest::TestWorkspaces m_workspaces;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    int m_files = 0;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

    TicketStore store() const
    {
        TicketStore tickets(m_workspace->database());
        tickets.setClock([this] { return m_now; });
        return tickets;
    }
    TicketCategories categories() const { return TicketCategories(m_workspace->database()); }
    void reopen()
    {
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->open(m_path), qPrintable(m_workspace->errorString()));
    }
    Ticket added(const QString &title, int urgency = 3, int impact = 3, const QString &description = {})
    {
        Ticket ticket;
        ticket.title = title;
        ticket.urgency = urgency;
        ticket.impact = impact;
        ticket.description = description;
        QString error;
        if (!store().add(&ticket, &error))
            qWarning("add failed: %s", qPrintable(error));
        return ticket;
    }
    QList<TicketId> ids(const QList<Ticket> &tickets)
    {
        QList<TicketId> list;
        for (const Ticket &t : tickets)
            list << t.id;
        return list;
    }
    QList<TicketId> found(const QString &words)
    {
        TicketQuery query;
        query.view = TicketQuery::View::All;
        query.order = TicketQuery::Order::Newest;
        query.text = words;
        QString error;
        const QList<Ticket> tickets = store().list(query, &error);
        if (!error.isEmpty())
            qWarning("search failed: %s", qPrintable(error));
        return ids(tickets);
    }
    qint64 addHost(const QString &name)
    {
        Inventory inventory;
        inventory.setDatabase(m_workspace->database());
        QString error;
        inventory.load(&error);
        Host host;
        host.name = name;
        host.address = name + QStringLiteral(".example.org");
        if (!inventory.addHost(&host, &error))
            qWarning("addHost failed: %s", qPrintable(error));
        return host.id;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_workspaces.create(QStringLiteral("tickets-%1").arg(++m_files));
        reopen();
    }
    void cleanup() { m_workspace.reset(); }

    void storedTicketComesBackWhole()
    {
        const qint64 web = addHost(QStringLiteral("web01"));
        const qint64 db = addHost(QStringLiteral("db01"));
        Ticket ticket;
        ticket.title = QStringLiteral("  Cannot log in to the VPN  ");
        ticket.description = QStringLiteral("Since this morning.\nError 809.");
        ticket.requester = {QStringLiteral("Anna de Vries"), QStringLiteral("anna@example.org"), QStringLiteral("+31 20 555 0100")};
        ticket.categoryId = 2; // Account / Password, a default
        ticket.urgency = 4;
        ticket.impact = 2;
        ticket.hostIds = {db, web, web};
        QString error;
        QVERIFY2(store().add(&ticket, &error), qPrintable(error));
        QVERIFY(ticket.id > 0);
        QCOMPARE(ticket.title, QStringLiteral("Cannot log in to the VPN"));
        QCOMPARE(ticket.status, S::New);
        QCOMPARE(ticket.priority, 3);                     // GLPI: urgency 4, impact 2
        QCOMPARE(ticket.created, m_now);
        QCOMPARE(ticket.due, m_now.addSecs(24 * 3600));   // priority 3: 24 hours on the clock
        reopen();
        Ticket back;
        QVERIFY2(store().load(ticket.id, &back, &error), qPrintable(error));
        QCOMPARE(back.title, ticket.title);
        QCOMPARE(back.description, ticket.description);
        QCOMPARE(back.requester.email, QStringLiteral("anna@example.org"));
        QCOMPARE(back.requester.phone, QStringLiteral("+31 20 555 0100"));
        QCOMPARE(back.categoryId, 2);
        QCOMPARE(back.priority, 3);
        QCOMPARE(back.due, ticket.due);
        QCOMPARE(back.created, m_now);
        QVERIFY(!back.firstResponse.isValid());
        QCOMPARE(back.hostIds, (QList<qint64>{std::min(web, db), std::max(web, db)}));
        QCOMPARE(back.rowVersion, 1);
        QCOMPARE(categories().path(back.categoryId), QStringLiteral("Account / Password"));
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("urgency");
        QTest::addColumn<QString>("says");
        QTest::newRow("no title") << QStringLiteral("   ") << QString() << 3 << QStringLiteral("needs a title");
        QTest::newRow("title with a line break") << QStringLiteral("a\nb") << QString() << 3 << QStringLiteral("line break");
        QTest::newRow("very long title") << QString(201, QLatin1Char('x')) << QString() << 3 << QStringLiteral("200 characters");
        QTest::newRow("urgency 0") << QStringLiteral("ok") << QString() << 0 << QStringLiteral("go from 1");
        QTest::newRow("urgency 6") << QStringLiteral("ok") << QString() << 6 << QStringLiteral("go from 1");
        QTest::newRow("bad e-mail") << QStringLiteral("ok") << QStringLiteral("anna at example") << 3 << QStringLiteral("not an e-mail");
    }

    void refusalsSayWhy()
    {
        QFETCH(QString, title);
        QFETCH(QString, email);
        QFETCH(int, urgency);
        QFETCH(QString, says);
        Ticket ticket;
        ticket.title = title;
        ticket.requester.email = email;
        ticket.urgency = urgency;
        ticket.priorityOverridden = urgency != 3; // the level itself is checked, not only the matrix's answer
        ticket.priority = urgency;
        QString error;
        QVERIFY(!store().add(&ticket, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(store().count(TicketQuery{TicketQuery::View::All}), 0);
    }

    void workflowIsEnforcedAndStamped()
    {
        Ticket ticket = added(QStringLiteral("Printer on 3rd floor jams"));
        QString error;
        ticket.status = S::Closed;
        QVERIFY(!store().update(&ticket, &error));
        QVERIFY2(error.contains(QStringLiteral("resolved")), qPrintable(error));
        ticket.status = S::Assigned;
        QVERIFY(!store().update(&ticket, &error)); // nobody named
        ticket.assignee = QStringLiteral("jan");
        m_now = m_now.addSecs(600);
        QVERIFY2(store().update(&ticket, &error), qPrintable(error));
        QCOMPARE(ticket.firstResponse, m_now); // leaving New is the first response
        QCOMPARE(ticket.rowVersion, 2);
        Ticket nobody = ticket;
        nobody.assignee.clear();
        QVERIFY(!store().update(&nobody, &error)); // still Assigned: it keeps someone
        QVERIFY2(error.contains(QStringLiteral("assignee")), qPrintable(error));
        ticket.status = S::Resolved;
        QVERIFY(!store().update(&ticket, &error));
        QVERIFY2(error.contains(QStringLiteral("solution")), qPrintable(error));
        ticket.solution = QStringLiteral("Replaced the fuser unit.");
        m_now = m_now.addSecs(3600);
        QVERIFY2(store().update(&ticket, &error), qPrintable(error));
        QCOMPARE(ticket.resolved, m_now);
        Ticket blank = ticket;
        blank.solution = QStringLiteral("  ");
        QVERIFY(!store().update(&blank, &error)); // resolved: the solution stays
        QVERIFY2(error.contains(QStringLiteral("solution")), qPrintable(error));
        ticket.status = S::Closed;
        m_now = m_now.addSecs(60);
        QVERIFY2(store().update(&ticket, &error), qPrintable(error));
        QCOMPARE(ticket.closed, m_now);
        ticket.status = S::Assigned;
        QVERIFY(!store().update(&ticket, &error));
        QVERIFY2(error.contains(QStringLiteral("reopened")), qPrintable(error));
        ticket.status = S::InProgress; // reopen
        QVERIFY2(store().update(&ticket, &error), qPrintable(error));
        Ticket back;
        QVERIFY(store().load(ticket.id, &back, &error));
        QCOMPARE(back.status, S::InProgress);
        QVERIFY(!back.resolved.isValid());
        QVERIFY(!back.closed.isValid());
        QCOMPARE(back.firstResponse, ticket.firstResponse);
        QCOMPARE(back.solution, QStringLiteral("Replaced the fuser unit.")); // kept for the next resolve
    }

    void staleCopyIsRefused()
    {
        Ticket mine = added(QStringLiteral("Mail quota"));
        Ticket theirs = mine;
        QString error;
        theirs.description = QStringLiteral("theirs");
        QVERIFY(store().update(&theirs, &error));
        mine.description = QStringLiteral("mine");
        QVERIFY(!store().update(&mine, &error));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        Ticket back;
        QVERIFY(store().load(mine.id, &back, &error));
        QCOMPARE(back.description, QStringLiteral("theirs"));
    }

    void priorityFollowsMatrixUnlessOverridden()
    {
        QString error;
        PriorityMatrix matrix;
        QVERIFY(matrix.set(2, 2, 5));
        QVERIFY(store().setPriorityMatrix(matrix, &error));
        reopen();
        Ticket ticket = added(QStringLiteral("Low and low, yet urgent here"), 2, 2);
        QCOMPARE(ticket.priority, 5);                    // the workspace's own matrix
        QCOMPARE(ticket.due, m_now.addSecs(4 * 3600));   // and the SLA of priority 5
        ticket.priorityOverridden = true;
        ticket.priority = 1;
        QVERIFY2(store().update(&ticket, &error), qPrintable(error));
        QCOMPARE(ticket.priority, 1);
        QCOMPARE(ticket.due, ticket.created.addSecs(120 * 3600)); // due again from the new priority
        ticket.urgency = 5;
        QVERIFY(store().update(&ticket, &error));
        QCOMPARE(ticket.priority, 1);                    // overridden: urgency no longer moves it
        ticket.priorityOverridden = false;
        QVERIFY(store().update(&ticket, &error));
        QCOMPARE(ticket.priority, PriorityMatrix().priority(5, 2));
    }

    void slaFromTheWorkspace()
    {
        SlaPolicy policy;
        policy.businessHoursOnly = true;
        QVERIFY(policy.setHours(3, 9));
        QString error;
        QVERIFY(store().setSlaPolicy(policy, &error));
        QCOMPARE(store().slaPolicy().toString(), policy.toString());
        m_now = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::LocalTime).toUTC(); // Saturday
        const Ticket ticket = added(QStringLiteral("Weekend ticket"));
        QCOMPARE(ticket.due, QDateTime(QDate(2026, 12, 7), QTime(17, 0), Qt::LocalTime).toUTC()); // Monday's nine hours
        SlaPolicy broken = policy;
        broken.workingDays.fill(false);
        QVERIFY(!store().setSlaPolicy(broken, &error));
        QVERIFY(!error.isEmpty());
    }

    void workLogStampsFirstResponse()
    {
        Ticket ticket = added(QStringLiteral("Laptop will not boot"));
        WorkLogEntry entry;
        entry.ticketId = ticket.id;
        entry.author = QStringLiteral("jan");
        entry.text = QStringLiteral("Called the user; BIOS beeps three times.");
        entry.minutes = 15;
        entry.isPublic = true;
        QString error;
        m_now = m_now.addSecs(300);
        QVERIFY2(store().addWorkLog(&entry, &error), qPrintable(error));
        QCOMPARE(entry.at, m_now);
        WorkLogEntry second{0, ticket.id, QStringLiteral("piet"), {}, QStringLiteral("Ordered RAM."), 5, false};
        m_now = m_now.addSecs(300);
        QVERIFY(store().addWorkLog(&second, &error));
        reopen();
        const QList<WorkLogEntry> log = store().workLog(ticket.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).text, entry.text);
        QCOMPARE(log.at(0).minutes, 15);
        QVERIFY(log.at(0).isPublic);
        QVERIFY(!log.at(1).isPublic);
        QCOMPARE(log.at(1).author, QStringLiteral("piet"));
        Ticket back;
        QVERIFY(store().load(ticket.id, &back, &error));
        QCOMPARE(back.firstResponse, entry.at); // the first entry, not the second
        WorkLogEntry empty{0, ticket.id, QStringLiteral("jan"), {}, QStringLiteral("  "), 0, false};
        QVERIFY(!store().addWorkLog(&empty, &error));
        WorkLogEntry orphan{0, 99999, QStringLiteral("jan"), {}, QStringLiteral("text"), 0, false};
        QVERIFY(!store().addWorkLog(&orphan, &error));
        QVERIFY2(error.contains(QStringLiteral("#99999")), qPrintable(error));
    }

    void fullTextSearch()
    {
        const Ticket vpn = added(QStringLiteral("VPN drops every hour"), 3, 3, QStringLiteral("Client shows error 809"));
        const Ticket printer = added(QStringLiteral("Printer offline"), 3, 3, QStringLiteral("Toner low"));
        Ticket mail = added(QStringLiteral("Outlook asks for the password"));
        WorkLogEntry entry{0, printer.id, QStringLiteral("jan"), {}, QStringLiteral("Firmware upgraded; the spooler restarted."), 10, false};
        QString error;
        QVERIFY(store().addWorkLog(&entry, &error));
        mail.status = S::Resolved;
        mail.solution = QStringLiteral("Re-created the Exchange profile.");
        QVERIFY2(store().update(&mail, &error), qPrintable(error));

        QCOMPARE(found(QStringLiteral("vpn")), QList<TicketId>{vpn.id});              // title, any case
        QCOMPARE(found(QStringLiteral("809")), QList<TicketId>{vpn.id});              // description
        QCOMPARE(found(QStringLiteral("spooler")), QList<TicketId>{printer.id});      // work log
        QCOMPARE(found(QStringLiteral("exchange profile")), QList<TicketId>{mail.id}); // solution, all words
        QCOMPARE(found(QStringLiteral("print*")), QList<TicketId>{printer.id});       // prefix
        QCOMPARE(found(QStringLiteral("printer vpn")), QList<TicketId>{});            // every word must match
        // What FTS5 would read as syntax is matched as words, never an error.
        for (const QString &hostile : {QStringLiteral("\"vpn"), QStringLiteral("title:vpn"), QStringLiteral("NEAR(vpn error)"),
                                       QStringLiteral("vpn OR printer"), QStringLiteral("-vpn"), QStringLiteral("***"),
                                       QStringLiteral("'; DROP TABLE tickets; --"), QStringLiteral("^vpn")}) {
            TicketQuery query{TicketQuery::View::All};
            query.text = hostile;
            error.clear();
            store().list(query, &error);
            QVERIFY2(error.isEmpty(), qPrintable(hostile + QStringLiteral(": ") + error));
        }
        QCOMPARE(found(QStringLiteral("vpn OR printer")), QList<TicketId>{}); // OR is a word here
        QCOMPARE(store().count(TicketQuery{TicketQuery::View::All}), 3);      // nothing dropped
        // Diacritics fold: "e-mail" typed as "é-mail" still finds it.
        const Ticket accent = added(QStringLiteral("Café wifi password"));
        QCOMPARE(found(QStringLiteral("cafe")), QList<TicketId>{accent.id});
        // Deleting a ticket takes it out of the index.
        QVERIFY(store().remove(vpn.id, &error));
        QCOMPARE(found(QStringLiteral("vpn")), QList<TicketId>{});
    }

    // Host names and e-mail addresses are what a helpdesk searches for most:
    // both engines split them into their words and find the whole as a phrase.
    void hostNamesAndAddressesAreFoundWholeAndByTheirParts()
    {
        const Ticket web = added(QStringLiteral("Disk full on web01.example.com"), 3, 3,
                                 QStringLiteral("Reported by j.de.vries@example.org at 09:12"));
        const Ticket other = added(QStringLiteral("web02.example.com slow"), 3, 3, QStringLiteral("ask piet@example.org"));
        Ticket logged = added(QStringLiteral("Backup failed"));
        WorkLogEntry entry;
        entry.ticketId = logged.id;
        entry.author = QStringLiteral("anna");
        entry.text = QStringLiteral("db-03.corp.local ran out of inodes");
        QString error;
        QVERIFY2(store().addWorkLog(&entry, &error), qPrintable(error));

        QCOMPARE(found(QStringLiteral("web01.example.com")), QList<TicketId>{web.id});
        QCOMPARE(found(QStringLiteral("WEB01.Example.COM")), QList<TicketId>{web.id});
        QCOMPARE(found(QStringLiteral("web01")), QList<TicketId>{web.id});
        QCOMPARE(found(QStringLiteral("example.com")), (QList<TicketId>{other.id, web.id}));
        QCOMPARE(found(QStringLiteral("web0*")), (QList<TicketId>{other.id, web.id}));
        QCOMPARE(found(QStringLiteral("web01.exa*")), QList<TicketId>{web.id});
        QCOMPARE(found(QStringLiteral("example.com.web01")), QList<TicketId>{}); // the parts in their order
        QCOMPARE(found(QStringLiteral("j.de.vries@example.org")), QList<TicketId>{web.id});
        QCOMPARE(found(QStringLiteral("piet@example.org")), QList<TicketId>{other.id});
        QCOMPARE(found(QStringLiteral("vries")), QList<TicketId>{web.id});
        QCOMPARE(found(QStringLiteral("db-03.corp.local")), QList<TicketId>{logged.id}); // in the work log
        QCOMPARE(found(QStringLiteral("inodes db-03")), QList<TicketId>{logged.id});
        QCOMPARE(found(QStringLiteral("09:12")), QList<TicketId>{web.id});
    }

    void viewsAndOrder()
    {
        const qint64 web = addHost(QStringLiteral("web01"));
        Ticket low = added(QStringLiteral("low"), 1, 1);                // priority 1
        Ticket high = added(QStringLiteral("high"), 5, 5);              // priority 5
        Ticket mid = added(QStringLiteral("mid"), 3, 3);                // priority 3
        Ticket done = added(QStringLiteral("done"), 3, 3);
        QString error;
        mid.assignee = QStringLiteral("jan");
        mid.status = S::Assigned;
        mid.hostIds = {web};
        QVERIFY(store().update(&mid, &error));
        done.solution = QStringLiteral("fixed");
        done.status = S::Resolved;
        done.hostIds = {web};
        QVERIFY(store().update(&done, &error));

        auto view = [&](TicketQuery::View v, TicketQuery::Order order = TicketQuery::Order::PriorityThenDue) {
            TicketQuery query{v, order, QStringLiteral("jan")};
            return ids(store().list(query));
        };
        QCOMPARE(view(TicketQuery::View::AllOpen), (QList<TicketId>{high.id, mid.id, low.id}));
        QCOMPARE(view(TicketQuery::View::Mine), QList<TicketId>{mid.id});
        QCOMPARE(view(TicketQuery::View::Unassigned), (QList<TicketId>{high.id, low.id}));
        QCOMPARE(view(TicketQuery::View::ResolvedThisWeek), QList<TicketId>{done.id});
        QCOMPARE(view(TicketQuery::View::AllOpen, TicketQuery::Order::Due), (QList<TicketId>{high.id, mid.id, low.id}));
        QCOMPARE(view(TicketQuery::View::All, TicketQuery::Order::Newest), (QList<TicketId>{done.id, mid.id, high.id, low.id}));
        QCOMPARE(view(TicketQuery::View::Overdue), QList<TicketId>{});
        m_now = m_now.addSecs(5 * 3600); // past priority 5's four hours only
        QCOMPARE(view(TicketQuery::View::Overdue), QList<TicketId>{high.id});
        QVERIFY(high.isOverdue(m_now));
        QVERIFY(!done.isOverdue(m_now.addYears(1))); // resolved tickets are never overdue

        TicketQuery page{TicketQuery::View::AllOpen};
        page.offset = 1;
        page.limit = 1;
        QCOMPARE(ids(store().list(page)), QList<TicketId>{mid.id});
        TicketQuery onHost{TicketQuery::View::All};
        onHost.hostId = web;
        QCOMPARE(store().count(onHost), 2);
        QCOMPARE(store().openTicketsPerHost(), (QHash<qint64, int>{{web, 1}}));
        QCOMPARE(store().list(TicketQuery{TicketQuery::View::Mine, TicketQuery::Order::Due, QStringLiteral("jan")}).first().hostIds,
                 QList<qint64>{web});
    }

    void categoriesAreAnEditableTree()
    {
        QString error;
        const QList<TicketCategory> defaults = categories().list(&error);
        QStringList names;
        for (const TicketCategory &c : defaults)
            names << c.name;
        for (const QString &name : {QStringLiteral("Account"), QStringLiteral("Password"), QStringLiteral("Hardware"), QStringLiteral("Software"),
                                    QStringLiteral("Network"), QStringLiteral("Printer"), QStringLiteral("E-mail")})
            QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(','))));
        TicketCategory vpn{0, 6, QStringLiteral(" VPN "), {}};
        QVERIFY2(categories().add(&vpn, &error), qPrintable(error));
        QCOMPARE(categories().path(vpn.id), QStringLiteral("Network / VPN"));
        TicketCategory twice{0, 6, QStringLiteral("VPN"), {}};
        QVERIFY(!categories().add(&twice, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        TicketCategory slash{0, 0, QStringLiteral("a/b"), {}};
        QVERIFY(!categories().add(&slash, &error));
        QVERIFY(categories().rename(vpn.id, QStringLiteral("Remote access"), &error));
        QCOMPARE(categories().path(vpn.id), QStringLiteral("Network / Remote access"));
        Ticket ticket;
        ticket.title = QStringLiteral("Tunnel down");
        ticket.categoryId = vpn.id;
        QVERIFY(store().add(&ticket, &error));
        QVERIFY(categories().remove(6, &error)); // Network, and Remote access below it
        QCOMPARE(categories().path(vpn.id), QString());
        Ticket back;
        QVERIFY(store().load(ticket.id, &back, &error));
        QCOMPARE(back.categoryId, 0); // the ticket stays, without a category
        ticket = back;
        ticket.categoryId = 4242;
        QVERIFY(!store().update(&ticket, &error));
        QVERIFY2(error.contains(QStringLiteral("category")), qPrintable(error));
    }

    // The categories a workspace comes with are stored in English and shown in
    // the UI language; one the user made or renamed shows as written.
    void builtInCategoriesShowInTheUiLanguage()
    {
        QString error;
        QTranslator dutch;
        QVERIFY(loadTranslation(dutch, QStringLiteral("nl")));
        QCOMPARE(categories().path(2), QStringLiteral("Account / Password"));
        QCoreApplication::installTranslator(&dutch);
        const auto english = qScopeGuard([&dutch] { QCoreApplication::removeTranslator(&dutch); });
        QCOMPARE(categories().path(2), QStringLiteral("Account / Wachtwoord"));
        QCOMPARE(categories().path(2, CategoryNames::Stored), QStringLiteral("Account / Password"));
        QCOMPARE(categories().paths().value(6), QStringLiteral("Netwerk"));
        QCOMPARE(categories().paths(nullptr, CategoryNames::Stored).value(6), QStringLiteral("Network"));
        // Siblings sort by what a Dutch reader sees: Rechten, Toegang (Access), Wachtwoord (Password).
        TicketCategory rights{0, 1, QStringLiteral("Rechten"), {}};
        QVERIFY2(categories().add(&rights, &error), qPrintable(error));
        QList<TicketCategory> underAccount;
        for (const TicketCategory &category : categories().list())
            if (category.parentId == 1)
                underAccount << category;
        QCOMPARE(underAccount.constFirst().name, QStringLiteral("Access")); // as stored, by English name
        TicketCategoryNames::sortAsShown(&underAccount);
        QStringList shownOrder;
        for (const TicketCategory &category : std::as_const(underAccount))
            shownOrder << TicketCategoryNames::shown(category);
        QCOMPARE(shownOrder, (QStringList{QStringLiteral("Rechten"), QStringLiteral("Toegang"), QStringLiteral("Wachtwoord")}));
        TicketCategory vpn{0, 6, QStringLiteral("VPN"), {}};
        QVERIFY2(categories().add(&vpn, &error), qPrintable(error));
        QCOMPARE(categories().path(vpn.id), QStringLiteral("Netwerk / VPN"));
        QVERIFY2(categories().rename(7, QStringLiteral("Printers & scanners"), &error), qPrintable(error));
        QCOMPARE(categories().path(7), QStringLiteral("Printers & scanners"));
        QCOMPARE(categories().path(7, CategoryNames::Stored), QStringLiteral("Printers & scanners"));
        for (const TicketCategory &category : categories().list())
            if (category.id == 7 || category.id == vpn.id)
                QCOMPARE(category.builtin, QString());
        // A built-in one's shown name is taken too: no second “Netwerk” beside it.
        TicketCategory twin{0, 0, QStringLiteral("netwerk"), {}};
        QVERIFY(!categories().add(&twin, &error));
        QVERIFY2(error.contains(QStringLiteral("al een categorie “netwerk”")), qPrintable(error)); // said in Dutch
        QVERIFY(!categories().rename(4, QStringLiteral("Netwerk"), &error)); // Hardware, renamed onto it
        QVERIFY(categories().rename(6, QStringLiteral("Netwerk"), &error)); // itself: now the user's, as written
        QCOMPARE(categories().path(6, CategoryNames::Stored), QStringLiteral("Netwerk"));
        // Based on the name the user saw: refused once it was renamed since, never overwritten.
        QVERIFY(!categories().rename(7, QStringLiteral("Printing"), &error, QStringLiteral("Printer")));
        QVERIFY2(error.contains(QStringLiteral("“Printer”")), qPrintable(error));
        QCOMPARE(categories().path(7, CategoryNames::Stored), QStringLiteral("Printers & scanners"));
        QVERIFY2(categories().rename(7, QStringLiteral("Printing"), &error, QStringLiteral("Printers & scanners")), qPrintable(error));
        QCOMPARE(categories().path(7, CategoryNames::Stored), QStringLiteral("Printing"));
    }

    // Ticket Settings' way, through the workspace thread: the rules come back
    // as one value, and a refused save stores neither the SLA nor the matrix.
    void theRulesAreReadAndSavedAsOne()
    {
        WorkspaceThread thread(m_path);
        AsyncTicketStore tickets(&thread);
        QObject asker;
        PriorityMatrix matrix;
        matrix.set(2, 2, 5);
        SlaPolicy sla;
        sla.setHours(5, 2);
        QString saveError = QStringLiteral("unset");
        tickets.saveRules(&asker, matrix, sla, [&](const QString &error) { saveError = error; });
        QTRY_COMPARE(saveError, QString());

        PriorityMatrix other = matrix;
        other.set(1, 1, 1);
        SlaPolicy noDays = sla;
        noDays.businessHoursOnly = true;
        noDays.workingDays.fill(false);
        saveError = QStringLiteral("unset");
        tickets.saveRules(&asker, other, noDays, [&](const QString &error) { saveError = error; });
        QTRY_VERIFY(saveError != QStringLiteral("unset"));
        QVERIFY2(saveError.contains(QStringLiteral("working day")), qPrintable(saveError));

        TicketRules rules;
        bool read = false;
        tickets.rules(&asker, [&](const TicketRules &answer, const QString &error) {
            QVERIFY(error.isEmpty());
            rules = answer;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(rules.matrix.priority(2, 2), 5);
        QCOMPARE(rules.matrix.priority(1, 1), PriorityMatrix().priority(1, 1)); // the refused save left it
        QCOMPARE(rules.sla.hoursFor(5), 2);
        QVERIFY(!rules.sla.businessHoursOnly);
    }

    // Resolve and publish is one transaction: when the article cannot be
    // stored, the ticket is not resolved either; when it can, both are.
    void resolvingAndPublishingAreStoredTogetherOrNotAtAll()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("Mail queue grows");
        QString error;
        QVERIFY(store().add(&ticket, &error));
        ticket.status = TicketStatus::Resolved;
        ticket.solution = QStringLiteral("Postfix had a full disk; rotated its logs.");
        const PublishRequest publish{true, {QStringLiteral("mail"), QStringLiteral(" postfix ")}};

        QSqlQuery sabotage(m_workspace->database());
        QVERIFY(sabotage.exec(QStringLiteral("ALTER TABLE kb_articles RENAME TO kb_articles_away")));
        TicketSaveResult result;
        QVERIFY(!saveTicket(m_workspace->database(), ticket, publish, &result, &error));
        QVERIFY(!error.isEmpty());
        Ticket stored;
        QVERIFY(store().load(ticket.id, &stored, &error));
        QCOMPARE(stored.status, TicketStatus::New); // not resolved without its article
        QVERIFY(sabotage.exec(QStringLiteral("ALTER TABLE kb_articles_away RENAME TO kb_articles")));

        error.clear();
        QVERIFY2(saveTicket(m_workspace->database(), ticket, publish, &result, &error), qPrintable(error));
        QCOMPARE(result.ticket.status, TicketStatus::Resolved);
        QVERIFY(result.article.id > 0);
        QCOMPARE(result.article.tags, (QStringList{QStringLiteral("mail"), QStringLiteral("postfix")}));
        QVERIFY(store().load(ticket.id, &stored, &error));
        QCOMPARE(stored.status, TicketStatus::Resolved);
        // Saved again while resolved: nothing more is published.
        TicketSaveResult again;
        QVERIFY2(saveTicket(m_workspace->database(), result.ticket, publish, &again, &error), qPrintable(error));
        QCOMPARE(again.article.id, 0);
        QCOMPARE(KnowledgeBase(m_workspace->database()).search(QStringLiteral("postfix")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTicketStore)
#include "tst_ticketstore.moc"
