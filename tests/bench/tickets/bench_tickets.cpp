// Ticket benchmark: a million generated tickets with work logs.
//
//   bench_tickets generate PATH [--tickets N]   writes the workspace (setup)
//   bench_tickets measure PATH                  the figures, in a fresh process
//
// PATH is a file, or a team workspace's address (an empty database there is
// laid out first; tests/bench/team/team.sh does this on a PostgreSQL of its own).
//
// Prints, one per line, "BENCH <name> <value> <unit>":
//   generate_s              writing the workspace with its FTS index (setup, not a target)
//   first_rows_ms           the real ticket pane (TicketPanel, offscreen): from opening it on
//                           the workspace to its first page of rows (All open, by priority and
//                           due date), read by TicketPager on its own thread and connection
//                           (median of 5, each a new pane: a cold connection)
//   fts_<word>_ms           a search typed into the pane (all tickets, newest first) once it
//                           shows its rows and their count: from the search to the first
//                           rows (median of 5); words: a host name, a medium word, a word in
//                           most resolved tickets, and two words
//   count_all_ms            counting every ticket, as the pane's "N tickets" does (reported)
//   fts_<word>_store_ms     the same query straight on TicketStore::list
//   fts_<word>_by_priority_ms  the same words, every match sorted by priority (not a target:
//                           what re-sorting a search costs)
//   sort_priority_ms        re-sorting the loaded view from newest to priority (median of 5)
//   sort_due_ms             the same to due date
//   peak_rss_mb             peak resident memory of the measuring process
// Targets (issue 6): first rows <= 300 ms, FTS <= 50 ms, RSS <= 300 MB.
#include "core/storage/Workspace.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/TicketPager.h"
#include "core/tickets/TicketStore.h"
#include "models/tickets/TicketTableModel.h"
#include "tests/bench/BenchReport.h"
#include "widgets/tickets/TicketPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace wb;
using wbbench::bench;
using wbbench::median;

namespace {

const char *const subjects[] = {"VPN", "Printer", "Outlook", "Password", "Laptop", "Wifi", "Teams", "Disk", "Backup",
                                "Certificate", "Monitor", "Phone", "SAP", "Citrix", "Badge", "Firewall", "DNS", "Share"};
const char *const problems[] = {"does not start", "is slow", "shows an error", "asks for the password again",
                                "cannot connect", "is full", "expired", "is locked", "keeps crashing", "is missing"};
const char *const fixes[] = {"Restarted the service.", "Cleared the cache and signed in again.", "Replaced the cable.",
                             "Renewed the certificate.", "Reset the password and unlocked the account.",
                             "Extended the volume by 20 GB.", "Reinstalled the driver.", "Moved the user to the right group."};

QString sqlArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items)
        quoted << QLatin1Char('\'') + item.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return QStringLiteral("ARRAY[%1]").arg(quoted.join(QLatin1Char(',')));
}
template <std::size_t N>
QString sqlArray(const char *const (&items)[N])
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromLatin1(item);
    return sqlArray(list);
}

// The same tickets and work logs on PostgreSQL, made by the server itself
// (one row per round trip through QPSQL would take most of an hour). The
// search documents are built in one statement afterwards, as the triggers
// would have built them row by row (setup, run as the workspace's owner).
int generatePostgres(QSqlDatabase db, int count, const PriorityMatrix &matrix, const SlaPolicy &sla)
{
    QStringList priorities, hours;
    for (int urgency = 1; urgency <= 5; ++urgency)
        for (int impact = 1; impact <= 5; ++impact)
            priorities << QString::number(matrix.priority(urgency, impact));
    for (int priority = 1; priority <= 5; ++priority)
        hours << QString::number(sla.hoursFor(priority));
    const QString iso = QStringLiteral("to_char((%1) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    const QStringList statements{
        QStringLiteral("ALTER TABLE tickets DISABLE TRIGGER USER"),
        QStringLiteral("ALTER TABLE ticket_worklog DISABLE TRIGGER USER"),
        QStringLiteral("DROP INDEX ticket_search_doc"),
        QStringLiteral(
            "INSERT INTO tickets (title, description, requester_name, requester_email, category_id, urgency, impact, priority,"
            " status, assignee, due_at, solution, created_at, first_response_at, resolved_at, closed_at)"
            " SELECT subject || ' ' || problem || ' on ' || host,"
            "  'User reports that ' || lower(subject) || ' ' || problem || ' since this morning. Host ' || host || ', ticket ' || i || '.',"
            "  'User ' || floor(random() * 5000)::int, 'user' || floor(random() * 5000)::int || '@example.org',"
            "  1 + floor(random() * 8)::int, urgency, impact, priority, status,"
            "  CASE WHEN status = 'new' THEN '' ELSE (%4)[1 + floor(random() * 5)::int] END,"
            "  %5, CASE WHEN fate < 9 THEN (%3)[1 + floor(random() * %6)::int] ELSE '' END,"
            "  %7, CASE WHEN status = 'new' THEN NULL ELSE %8 END,"
            "  CASE WHEN fate < 9 THEN %9 END, CASE WHEN fate < 6 THEN %10 END"
            " FROM (SELECT i, subject, problem, host, urgency, impact, (%11)[(urgency - 1) * 5 + impact] AS priority, fate, created,"
            "        CASE WHEN fate < 6 THEN 'closed' WHEN fate < 9 THEN 'resolved'"
            "             ELSE (ARRAY['new', 'assigned', 'in-progress', 'pending'])[1 + floor(random() * 4)::int] END AS status"
            "       FROM (SELECT i, (%1)[1 + floor(random() * %12)::int] AS subject, (%2)[1 + floor(random() * %13)::int] AS problem,"
            "              'ws' || lpad(floor(random() * 20000)::int::text, 5, '0') AS host,"
            "              1 + floor(random() * 5)::int AS urgency, 1 + floor(random() * 5)::int AS impact,"
            "              floor(random() * 10)::int AS fate,"
            "              now() - interval '365 days' + (i::double precision * 365 / %14) * interval '1 day' AS created"
            "             FROM generate_series(1, %14) AS i) g) t")
            .arg(sqlArray(subjects), sqlArray(problems), sqlArray(fixes),
                 sqlArray({QStringLiteral("jan"), QStringLiteral("piet"), QStringLiteral("anna"), QStringLiteral("fatima"), QStringLiteral("sven")}),
                 iso.arg(QStringLiteral("created + (ARRAY[%1])[priority] * interval '1 hour'").arg(hours.join(QLatin1Char(',')))),
                 QString::number(std::size(fixes)), iso.arg(QStringLiteral("created")), iso.arg(QStringLiteral("created + interval '30 minutes'")),
                 iso.arg(QStringLiteral("created + interval '2 hours'")))
            .arg(iso.arg(QStringLiteral("created + interval '3 days'")), QStringLiteral("ARRAY[%1]").arg(priorities.join(QLatin1Char(','))),
                 QString::number(std::size(subjects)), QString::number(std::size(problems)), QString::number(count)),
        // 0..3 lines per ticket, 1.5 on average; the first names the host.
        QStringLiteral(
            "INSERT INTO ticket_worklog (ticket_id, author, at, text, minutes, public)"
            " SELECT t.id, (ARRAY['jan', 'piet', 'anna', 'fatima', 'sven'])[1 + floor(random() * 5)::int],"
            "  to_char((t.created_at::timestamptz + e * interval '10 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
            "  CASE WHEN e = 1 THEN 'Called the user about ' || substring(t.title from 'ws[0-9]+') || '.'"
            "       ELSE (%1)[1 + floor(random() * %2)::int] END,"
            "  5 * (1 + floor(random() * 6)::int), floor(random() * 2)::int"
            " FROM tickets t CROSS JOIN LATERAL generate_series(1, floor(random() * 4)::int + (t.id * 0)::int) AS e")
            .arg(sqlArray(fixes), QString::number(std::size(fixes))),
        QStringLiteral(
            "INSERT INTO ticket_search (ticket_id, worklog, doc)"
            " SELECT t.id, coalesce(w.texts, ''), to_tsvector('simple', wb_search_words(t.title || ' ' || t.description || ' '"
            "  || t.solution || coalesce(w.texts, '')))"
            " FROM tickets t LEFT JOIN (SELECT ticket_id, string_agg(' ' || text, '' ORDER BY id) AS texts FROM ticket_worklog"
            "  GROUP BY ticket_id) w ON w.ticket_id = t.id"),
        QStringLiteral("CREATE INDEX ticket_search_doc ON ticket_search USING gin(doc)"),
        QStringLiteral("ALTER TABLE tickets ENABLE TRIGGER USER"),
        QStringLiteral("ALTER TABLE ticket_worklog ENABLE TRIGGER USER"),
    };
    if (!db.transaction())
        return 1;
    for (const QString &statement : statements) {
        QElapsedTimer step;
        step.start();
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(q.lastError().text()), qPrintable(statement.left(200)));
            db.rollback();
            return 1;
        }
        std::fprintf(stderr, "%.1f s: %s\n", step.elapsed() / 1000.0, qPrintable(statement.left(60)));
    }
    if (!db.commit())
        return 1;
    QSqlQuery(db).exec(QStringLiteral("VACUUM ANALYZE"));
    return 0;
}

int generate(const QString &path, int count)
{
    const GuiThreadSqlAllowed tool; // the generator writes straight into the workspace
    Workspace workspace;
    if (!workspace.open(path) && !(workspace.engine() == SqlEngine::PostgreSql && workspace.create(path))) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.errorString()));
        return 1;
    }
    QSqlDatabase db = workspace.database();
    QElapsedTimer clock;
    clock.start();
    if (workspace.engine() == SqlEngine::PostgreSql) {
        const TicketStore store(db);
        const int result = generatePostgres(db, count, store.priorityMatrix(), store.slaPolicy());
        bench("generate_s", clock.elapsed() / 1000.0, "s");
        return result;
    }
    auto *random = QRandomGenerator::global();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const TicketStore store(db);
    const PriorityMatrix matrix = store.priorityMatrix();
    const SlaPolicy sla = store.slaPolicy();
    QSqlQuery ticket(db);
    ticket.prepare(QStringLiteral(
        "INSERT INTO tickets (title, description, requester_name, requester_email, category_id, urgency, impact, priority,"
        " status, assignee, due_at, solution, created_at, first_response_at, resolved_at, closed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO ticket_worklog (ticket_id, author, at, text, minutes, public) VALUES (?, ?, ?, ?, ?, ?)"));
    static const char *const statuses[] = {"new", "assigned", "in-progress", "pending"};
    const QStringList agents = {QStringLiteral("jan"), QStringLiteral("piet"), QStringLiteral("anna"), QStringLiteral("fatima"),
                                QStringLiteral("sven"), QString()};
    db.transaction();
    for (int i = 1; i <= count; ++i) {
        const QString subject = QString::fromLatin1(subjects[random->bounded(int(std::size(subjects)))]);
        const QString problem = QString::fromLatin1(problems[random->bounded(int(std::size(problems)))]);
        const QString host = QStringLiteral("ws%1").arg(random->bounded(20000), 5, 10, QLatin1Char('0'));
        const int urgency = 1 + random->bounded(5);
        const int impact = 1 + random->bounded(5);
        const int priority = matrix.priority(urgency, impact);
        const QDateTime created = start.addSecs(qint64(i) * 365 * 86400 / count);
        // Nine in ten are resolved or closed, as in any helpdesk that has run for a year.
        const int fate = random->bounded(10);
        const bool done = fate < 9;
        const QString status = done ? (fate < 6 ? QStringLiteral("closed") : QStringLiteral("resolved"))
                                    : QString::fromLatin1(statuses[random->bounded(4)]);
        const QString assignee = status == QLatin1String("new") ? QString() : agents.at(random->bounded(agents.size() - 1));
        auto iso = [](const QDateTime &at) { return at.toString(Qt::ISODateWithMs); };
        ticket.addBindValue(QStringLiteral("%1 %2 on %3").arg(subject, problem, host));
        ticket.addBindValue(QStringLiteral("User reports that %1 %2 since this morning. Host %3, ticket %4.")
                                .arg(subject.toLower(), problem, host).arg(i));
        ticket.addBindValue(QStringLiteral("User %1").arg(random->bounded(5000)));
        ticket.addBindValue(QStringLiteral("user%1@example.org").arg(random->bounded(5000)));
        ticket.addBindValue(1 + random->bounded(8));
        ticket.addBindValue(urgency);
        ticket.addBindValue(impact);
        ticket.addBindValue(priority);
        ticket.addBindValue(status);
        ticket.addBindValue(assignee.isNull() ? QStringLiteral("") : assignee);
        ticket.addBindValue(iso(sla.dueFrom(created, priority)));
        ticket.addBindValue(done ? QString::fromLatin1(fixes[random->bounded(int(std::size(fixes)))]) : QStringLiteral(""));
        ticket.addBindValue(iso(created));
        ticket.addBindValue(status == QLatin1String("new") ? QVariant(QMetaType(QMetaType::QString)) : QVariant(iso(created.addSecs(1800))));
        ticket.addBindValue(done ? QVariant(iso(created.addSecs(7200))) : QVariant(QMetaType(QMetaType::QString)));
        ticket.addBindValue(fate < 6 ? QVariant(iso(created.addDays(3))) : QVariant(QMetaType(QMetaType::QString)));
        if (!ticket.exec()) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(ticket.lastError().text()));
            return 1;
        }
        const int entries = random->bounded(4); // 0..3, 1.5 on average
        for (int e = 0; e < entries; ++e) {
            log.addBindValue(i);
            log.addBindValue(agents.at(random->bounded(agents.size() - 1)));
            log.addBindValue(iso(created.addSecs(600 * (e + 1))));
            log.addBindValue(e == 0 ? QStringLiteral("Called the user about %1.").arg(host)
                                    : QString::fromLatin1(fixes[random->bounded(int(std::size(fixes)))]));
            log.addBindValue(5 * (1 + random->bounded(6)));
            log.addBindValue(random->bounded(2));
            if (!log.exec()) {
                std::fprintf(stderr, "work log: %s\n", qPrintable(log.lastError().text()));
                return 1;
            }
        }
        if (i % 50000 == 0) {
            db.commit();
            db.transaction();
            std::fprintf(stderr, "%d tickets\n", i);
        }
    }
    db.commit();
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    bench("generate_s", clock.elapsed() / 1000.0, "s");
    return 0;
}

// From setQuery to the first page, in ms.
double firstRows(TicketTableModel &model, const std::function<void()> &start)
{
    QSignalSpy loaded(&model, &TicketTableModel::pageLoaded);
    QElapsedTimer clock;
    clock.start();
    start();
    if (!loaded.wait(60000) || model.rowCount() == 0) {
        std::fprintf(stderr, "no rows arrived\n");
        return -1;
    }
    return clock.nsecsElapsed() / 1e6;
}

// Until a pane built just now shows its first rows.
bool waitForRows(TicketTableModel &model)
{
    if (QTest::qWaitFor([&] { return model.rowCount() > 0; }, 60000))
        return true;
    std::fprintf(stderr, "no rows arrived\n");
    return false;
}

int measure(const QString &path)
{
    // Cold: a new workspace thread (its connection opens on the first
    // request) and a new pane, which reads the view it restores.
    ActiveTicket active;
    QList<double> cold;
    for (int run = 0; run < 5; ++run) {
        QSettings().setValue(QStringLiteral("tickets/view"), int(TicketPanel::View::AllOpen));
        QElapsedTimer clock;
        clock.start();
        TicketPager pager(path);
        TicketPanel pane(&pager, &active);
        if (!waitForRows(*pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel"))))
            return 1;
        cold << clock.nsecsElapsed() / 1e6;
    }
    bench("first_rows_ms", median(cold), "ms");

    QSettings().setValue(QStringLiteral("tickets/view"), int(TicketPanel::View::All));
    TicketPager pager(path);
    TicketPanel pane(&pager, &active);
    if (!waitForRows(*pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel"))))
        return 1;
    // A rare word (a host name), a medium one, one in most resolved tickets, and two words.
    for (const char *word : {"ws01234", "certificate", "renewed", "renewed certificate"}) {
        TicketQuery query;
        query.view = TicketQuery::View::All;
        query.order = TicketQuery::Order::Newest;
        query.text = QString::fromLatin1(word);
        const QString name = QStringLiteral("fts_%1").arg(QString::fromLatin1(word).replace(QLatin1Char(' '), QLatin1Char('_')));
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            // Typed into a pane that is done with what it showed (its rows and their count).
            QSignalSpy counted(&pager, &TicketPager::countReady);
            pane.setSearchText(QString());
            firstRows(*pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel")), [] {});
            if (!counted.wait(60000))
                return 1;
            times << firstRows(*pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel")), [&] { pane.setSearchText(query.text); });
        }
        bench(qPrintable(name + QStringLiteral("_ms")), median(times), "ms");
        Workspace workspace;
        workspace.open(path);
        const TicketStore store = readBack([&] { return TicketStore(workspace.database()); }); // the query alone, for comparison
        auto timed = [&](const TicketQuery &q, int *found) {
            QList<double> direct;
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer clock;
                clock.start();
                *found = int(store.list(q).size());
                direct << clock.nsecsElapsed() / 1e6;
            }
            return median(direct);
        };
        int found = 0;
        bench(qPrintable(name + QStringLiteral("_store_ms")), timed(query, &found), "ms");
        bench(qPrintable(name + QStringLiteral("_rows")), found, "rows");
        TicketQuery byPriority = query;
        byPriority.order = TicketQuery::Order::PriorityThenDue;
        bench(qPrintable(name + QStringLiteral("_by_priority_ms")), timed(byPriority, &found), "ms");
    }
    pane.setSearchText(QString());
    firstRows(*pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel")), [] {});
    TicketTableModel &model = *pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel"));
    TicketQuery all = model.query();
    all.view = TicketQuery::View::All;
    for (const auto &[name, column] : {std::pair{"sort_priority_ms", int(TicketTableModel::PriorityColumn)},
                                       std::pair{"sort_due_ms", int(TicketTableModel::DueColumn)}}) {
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            all.order = TicketQuery::Order::Newest;
            firstRows(model, [&] { model.setQuery(all); });
            times << firstRows(model, [&] { model.sort(column); });
        }
        bench(name, median(times), "ms");
    }
    {
        // What the pane's "N tickets" costs for every ticket (reported, not a target).
        Workspace workspace;
        workspace.open(path);
        const TicketStore store = readBack([&] { return TicketStore(workspace.database()); });
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer clock;
            clock.start();
            store.count(all);
            times << clock.nsecsElapsed() / 1e6;
        }
        bench("count_all_ms", median(times), "ms");
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    bench("peak_rss_mb", usage.ru_maxrss / 1024.0, "MB");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the pane is a real widget; no screen needed
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the pane keeps its view in settings: not the user's
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("generate")) {
        const int index = int(args.indexOf(QStringLiteral("--tickets")));
        const int count = index > 0 ? args.value(index + 1).toInt() : 1000000;
        return generate(args.at(2), count);
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("measure"))
        return measure(args.at(2));
    std::fprintf(stderr, "usage: bench_tickets generate PATH [--tickets N] | measure PATH\n");
    return 2;
}
