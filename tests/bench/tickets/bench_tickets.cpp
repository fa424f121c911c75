// Ticket benchmark: a million generated tickets with work logs.
//
//   bench_tickets generate PATH [--tickets N]   writes the workspace (setup)
//   bench_tickets measure PATH                  the figures, in a fresh process
//
// Prints, one per line, "BENCH <name> <value> <unit>":
//   generate_s              writing the workspace with its FTS index (setup, not a target)
//   first_rows_ms           the real ticket pane (TicketPanel, offscreen): from opening it on
//                           the workspace to its first page of rows (All open, by priority and
//                           due date), read by TicketPager on its own thread and connection
//                           (median of 5, each a new pane: a cold connection)
//   fts_<word>_ms           a search typed into the pane (all tickets, newest first): from the
//                           search to the first rows (median of 5)
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

int generate(const QString &path, int count)
{
    const GuiThreadSqlAllowed tool; // the generator writes straight into the workspace
    Workspace workspace;
    if (!workspace.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.errorString()));
        return 1;
    }
    QSqlDatabase db = workspace.database();
    QElapsedTimer clock;
    clock.start();
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
    for (const char *word : {"ws01234", "certificate", "renewed"}) {
        TicketQuery query;
        query.view = TicketQuery::View::All;
        query.order = TicketQuery::Order::Newest;
        query.text = QString::fromLatin1(word);
        const QString name = QStringLiteral("fts_%1").arg(QLatin1String(word));
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            pane.setSearchText(QString());
            firstRows(*pane.findChild<TicketTableModel *>(QStringLiteral("ticketModel")), [] {});
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
