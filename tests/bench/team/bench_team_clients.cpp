// Many writers on one team workspace (issue 15): separate processes editing
// the same hosts and tickets, adding work-log lines and audit records, with
// one more process as "the other window" (the window's own WorkspaceThread,
// LISTENing for wb_changes). Every write goes through the stores the window
// uses, with their version checks; afterwards the stored rows are compared
// with what every client was told was stored.
//
//   bench_team_clients prepare ADDRESS [--hosts N] [--tickets N]
//   bench_team_clients client ADDRESS --id K --seconds S --out FILE [--blind]
//   bench_team_clients window ADDRESS --seconds S --out FILE
//   bench_team_clients check ADDRESS DIR
//
// check prints "BENCH team_<name> <value> <unit>":
//   lost_updates        acknowledged writes that are not what is stored (a host or
//                       ticket saved twice at the same version, a version that is not
//                       the last one acknowledged, a work-log line or audit record that
//                       is missing); the target is 0
//   stale_refusals      saves refused because another client saved the row first
//   writes              acknowledged writes, of every kind
//   write_p95_ms        95th percentile of one write, from the call to the commit
//   change_seen_p95_ms  95th percentile from the start of a host or ticket save to the
//                       other window's notification of it
#include "core/audit/AuditLog.h"
#include "core/inventory/InventoryRepository.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceThread.h"
#include "core/tickets/TicketStore.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace wb;
using wbbench::bench;
using wbbench::benchCount;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int at = int(args.indexOf(name));
    return at > 0 ? args.value(at + 1, fallback) : fallback;
}

bool openWorkspace(Workspace *ws, const QString &address)
{
    if (ws->open(address))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(ws->errorString()));
    return false;
}

int prepare(const QString &address, int hosts, int tickets)
{
    Workspace ws;
    if (!ws.open(address) && !ws.create(address)) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorString()));
        return 1;
    }
    QString error;
    for (int i = 1; i <= hosts; ++i) {
        Host host;
        host.name = QStringLiteral("shared%1").arg(i, 3, 10, QLatin1Char('0'));
        host.address = host.name + QStringLiteral(".example.org");
        if (!InventoryRepository::insertHost(ws.database(), &host, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    TicketStore store(ws.database());
    for (int i = 1; i <= tickets; ++i) {
        Ticket ticket;
        ticket.title = QStringLiteral("Shared ticket %1").arg(i);
        if (!store.add(&ticket, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

// One line per acknowledged write or refusal:
//   host|ticket ID VERSION VALUE START_MS LATENCY_MS
//   stale host|ticket ID
//   worklog ID TICKET TEXT START_MS LATENCY_MS
//   audit ACTION_ID START_MS LATENCY_MS
// With `blind`, hosts are saved without the version check, as a shared
// database that overwrites does: the control run that shows check() finds
// lost updates when there are some.
int client(const QString &address, int id, int seconds, const QString &outPath, bool blind)
{
    Workspace ws;
    if (!openWorkspace(&ws, address))
        return 1;
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream out(&file);
    QSqlDatabase db = ws.database();
    QList<qint64> hostIds, ticketIds;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM hosts ORDER BY id"));
    while (q.next())
        hostIds << q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT id FROM tickets ORDER BY id"));
    while (q.next())
        ticketIds << q.value(0).toLongLong();
    q.finish();
    if (hostIds.isEmpty() || ticketIds.isEmpty())
        return 1;
    auto *random = QRandomGenerator::global();
    TicketStore tickets(db);
    AuditLog audit(db);
    QElapsedTimer run;
    run.start();
    int sequence = 0;
    while (run.elapsed() < qint64(seconds) * 1000) {
        const int dice = random->bounded(100);
        const QString value = QStringLiteral("c%1-%2").arg(id).arg(++sequence);
        QString error;
        const qint64 start = nowMs();
        QElapsedTimer clock;
        if (dice < 35) {
            const qint64 hostId = hostIds.at(random->bounded(int(hostIds.size())));
            std::optional<Host> host;
            if (!InventoryRepository::readHost(db, hostId, &host, &error) || !host)
                return 1;
            // What a person does between reading and saving, so that others save meanwhile.
            QThread::msleep(random->bounded(20));
            host->notes = value;
            clock.start();
            auto result = InventoryRepository::WriteResult::Failed;
            if (blind) {
                QSqlQuery overwrite(db);
                overwrite.prepare(QStringLiteral("UPDATE hosts SET notes = ?, row_version = row_version + 1 WHERE id = ?"));
                overwrite.addBindValue(value);
                overwrite.addBindValue(hostId);
                if (overwrite.exec()) {
                    ++host->rowVersion; // what the writer believes it stored
                    result = InventoryRepository::WriteResult::Written;
                }
            } else {
                result = InventoryRepository::updateHost(db, &*host, &error);
            }
            const double latency = clock.nsecsElapsed() / 1e6;
            if (result == InventoryRepository::WriteResult::Written)
                out << "host " << hostId << ' ' << host->rowVersion << ' ' << value << ' ' << start << ' ' << latency << '\n';
            else if (result == InventoryRepository::WriteResult::Stale)
                out << "stale host " << hostId << '\n';
            else
                std::fprintf(stderr, "host: %s\n", qPrintable(error));
        } else if (dice < 70) {
            const qint64 ticketId = ticketIds.at(random->bounded(int(ticketIds.size())));
            Ticket ticket;
            if (!tickets.load(ticketId, &ticket, &error))
                return 1;
            QThread::msleep(random->bounded(20));
            ticket.description = value;
            clock.start();
            const bool saved = tickets.update(&ticket, &error);
            const double latency = clock.nsecsElapsed() / 1e6;
            if (saved)
                out << "ticket " << ticketId << ' ' << ticket.rowVersion << ' ' << value << ' ' << start << ' ' << latency << '\n';
            else if (error.contains(QLatin1String("changed elsewhere")))
                out << "stale ticket " << ticketId << '\n';
            else
                std::fprintf(stderr, "ticket: %s\n", qPrintable(error));
        } else if (dice < 90) {
            WorkLogEntry entry;
            entry.ticketId = ticketIds.at(random->bounded(int(ticketIds.size())));
            entry.text = QStringLiteral("line-") + value;
            clock.start();
            if (tickets.addWorkLog(&entry, &error))
                out << "worklog " << entry.id << ' ' << entry.ticketId << ' ' << entry.text << ' ' << start << ' '
                    << clock.nsecsElapsed() / 1e6 << '\n';
            else
                std::fprintf(stderr, "work log: %s\n", qPrintable(error));
        } else {
            AuditRecord record;
            record.target.path = QStringLiteral("shared001");
            record.target.address = QStringLiteral("shared001.example.org:22");
            record.host = QStringLiteral("shared001");
            record.account = QStringLiteral("user-") + value;
            record.action = QStringLiteral("unlock");
            record.outcome = AuditRecord::Outcome::Ok;
            clock.start();
            if (audit.append(&record, &error))
                out << "audit " << record.actionId << ' ' << start << ' ' << clock.nsecsElapsed() / 1e6 << '\n';
            else
                std::fprintf(stderr, "audit: %s\n", qPrintable(error));
        }
    }
    return 0;
}

// The other window: the window's WorkspaceThread, LISTENing; one line per
// notified host or ticket: "host|ticket ID ARRIVAL_MS".
int window(const QString &address, int seconds, const QString &outPath)
{
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream out(&file);
    WorkspaceThread thread(address);
    QObject::connect(&thread, &WorkspaceThread::changedElsewhere, &thread, [&out](const QString &table, const QList<qint64> &ids) {
        const qint64 at = nowMs();
        const char *kind = table == QLatin1String("hosts") ? "host" : table == QLatin1String("tickets") ? "ticket" : nullptr;
        if (!kind)
            return;
        if (ids.isEmpty())
            out << kind << " * " << at << '\n';
        for (qint64 id : ids)
            out << kind << ' ' << id << ' ' << at << '\n';
    });
    bool opened = false;
    QObject asker;
    // The connection (and its LISTEN) opens with the first job.
    thread.read<int>(&asker, [](QSqlDatabase, QString *) { return 0; }, [&](int, const QString &error) {
        opened = error.isEmpty();
        if (!opened)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        std::fprintf(stdout, "listening\n");
        std::fflush(stdout);
    });
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    out.flush();
    return opened ? 0 : 1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

int check(const QString &address, const QString &dirPath)
{
    struct Ack { qint64 version; QString value; qint64 start; };
    QHash<qint64, QList<Ack>> hostAcks, ticketAcks;
    QHash<qint64, QString> worklogAcks;
    QStringList auditAcks;
    QList<double> latencies;
    int stale = 0, writes = 0;
    QHash<QString, QList<qint64>> arrivals; // "host 12" -> notification times
    const QDir dir(dirPath);
    for (const QString &name : dir.entryList({QStringLiteral("*.log")})) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const bool isWindow = name == QLatin1String("window.log");
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(' '));
            if (isWindow) {
                if (f.size() == 3)
                    arrivals[f.at(0) + QLatin1Char(' ') + f.at(1)] << f.at(2).toLongLong();
                continue;
            }
            if (f.value(0) == QLatin1String("stale")) {
                ++stale;
            } else if (f.value(0) == QLatin1String("host") || f.value(0) == QLatin1String("ticket")) {
                (f.at(0) == QLatin1String("host") ? hostAcks : ticketAcks)[f.at(1).toLongLong()]
                    << Ack{f.at(2).toLongLong(), f.at(3), f.at(4).toLongLong()};
                latencies << f.at(5).toDouble();
                ++writes;
            } else if (f.value(0) == QLatin1String("worklog")) {
                worklogAcks.insert(f.at(1).toLongLong(), f.at(3));
                latencies << f.at(5).toDouble();
                ++writes;
            } else if (f.value(0) == QLatin1String("audit")) {
                auditAcks << f.at(1);
                latencies << f.at(3).toDouble();
                ++writes;
            }
        }
    }
    Workspace ws;
    if (!openWorkspace(&ws, address))
        return 1;
    QSqlDatabase db = ws.database();
    int lost = 0;
    // Each row's acknowledged saves must be a chain of distinct versions whose
    // last one is what is stored: two saves told "stored" at one version mean
    // one overwrote the other unseen.
    auto checkRows = [&](const QHash<qint64, QList<Ack>> &acks, const QString &table, const QString &column) {
        for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
            QList<Ack> list = it.value();
            std::sort(list.begin(), list.end(), [](const Ack &a, const Ack &b) { return a.version < b.version; });
            for (int i = 1; i < list.size(); ++i)
                if (list.at(i).version == list.at(i - 1).version)
                    ++lost;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT %1, row_version FROM %2 WHERE id = ?").arg(column, table));
            q.addBindValue(it.key());
            if (!q.exec() || !q.next() || q.value(0).toString() != list.last().value || q.value(1).toLongLong() != list.last().version)
                ++lost;
        }
    };
    checkRows(hostAcks, QStringLiteral("hosts"), QStringLiteral("notes"));
    checkRows(ticketAcks, QStringLiteral("tickets"), QStringLiteral("description"));
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, text FROM ticket_worklog"));
        QHash<qint64, QString> stored;
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toString());
        for (auto it = worklogAcks.cbegin(); it != worklogAcks.cend(); ++it)
            if (stored.value(it.key()) != it.value())
                ++lost;
        q.exec(QStringLiteral("SELECT action_id FROM audit_log WHERE phase = 'outcome'"));
        QSet<QString> actions;
        while (q.next())
            actions.insert(q.value(0).toString());
        for (const QString &action : std::as_const(auditAcks))
            if (!actions.contains(action))
                ++lost;
    }
    // From each acknowledged save to the first notification of its row after it started.
    QList<double> seen;
    int unseen = 0;
    auto matchArrivals = [&](const QHash<qint64, QList<Ack>> &acks, const QString &kind) {
        for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
            QList<qint64> times = arrivals.value(kind + QLatin1Char(' ') + QString::number(it.key()))
                                  + arrivals.value(kind + QStringLiteral(" *"));
            std::sort(times.begin(), times.end());
            for (const Ack &ack : it.value()) {
                const auto at = std::lower_bound(times.cbegin(), times.cend(), ack.start);
                if (at == times.cend())
                    ++unseen;
                else
                    seen << double(*at - ack.start);
            }
        }
    };
    matchArrivals(hostAcks, QStringLiteral("host"));
    matchArrivals(ticketAcks, QStringLiteral("ticket"));
    benchCount("team_lost_updates", lost);
    benchCount("team_stale_refusals", stale);
    benchCount("team_writes", writes);
    bench("team_write_p50_ms", percentile(latencies, 0.5), "ms");
    bench("team_write_p95_ms", percentile(latencies, 0.95), "ms");
    bench("team_change_seen_p50_ms", percentile(seen, 0.5), "ms");
    bench("team_change_seen_p95_ms", percentile(seen, 0.95), "ms");
    benchCount("team_changes_not_seen", unseen);
    return lost == 0 ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const GuiThreadSqlAllowed tool; // a command-line program: no window to keep responsive
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const QString address = args.value(2);
    if (mode == QLatin1String("prepare"))
        return prepare(address, option(args, QStringLiteral("--hosts"), QStringLiteral("40")).toInt(),
                       option(args, QStringLiteral("--tickets"), QStringLiteral("40")).toInt());
    if (mode == QLatin1String("client"))
        return client(address, option(args, QStringLiteral("--id")).toInt(), option(args, QStringLiteral("--seconds"), QStringLiteral("60")).toInt(),
                      option(args, QStringLiteral("--out")), args.contains(QStringLiteral("--blind")));
    if (mode == QLatin1String("window"))
        return window(address, option(args, QStringLiteral("--seconds"), QStringLiteral("70")).toInt(), option(args, QStringLiteral("--out")));
    if (mode == QLatin1String("check"))
        return check(address, args.value(3));
    std::fprintf(stderr, "usage: bench_team_clients prepare|client|window|check ADDRESS …\n");
    return 2;
}
