// Inventory benchmark: 100,000 hosts in 1,000 groups.
//
// Prints, one per line, "BENCH <name> <value> <unit>":
//   generate_ms        writing the workspace (setup, not a target)
//   open_to_model_ms   Workspace::open + load + Inventory + populated InventoryModel (median of 3)
//   open_<part>_ms     its parts (medians): file (open and migrate), read (the rows into a
//                      snapshot), tables (the Inventory's indexes), model (the tree's nodes)
//   filter_<query>_ms  setting the filter text on InventoryFilterProxy (median of 5)
//   filter_<query>_walk_ms  the same plus walking every visible row, as an expanded view would
//   peak_rss_mb        peak resident memory of this process
// Targets (issue 2): open <= 1000 ms, filter <= 50 ms, RSS <= 250 MB.
//
// Usage: bench_inventory [--hosts N] [--groups N] [--keep PATH | --workspace ADDRESS]
// --workspace: an empty PostgreSQL database to lay out and fill (tests/bench/team/team.sh).
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryRepository.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/Workspace.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace wb;
using wbbench::bench;
using wbbench::median;

namespace {

// Sites, each with role groups below it; hosts spread evenly over the role groups.
// Written with plain SQL so the generator's own memory does not count.
bool generate(const QString &path, int hostCount, int groupCount)
{
    Workspace ws;
    if (!ws.create(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorString()));
        return false;
    }
    QSqlDatabase db = ws.database();
    db.transaction();
    const int sites = std::max(1, groupCount / 100);
    const int rolesPerSite = std::max(1, (groupCount - sites) / sites);
    static const char *roles[] = {"web", "db", "cache", "mq", "lb", "k8s", "ci", "mail", "dns", "backup"};
    static const char *kinds[] = {"server", "server", "server", "workstation", "router", "switch", "firewall", "other"};
    static const char *oses[] = {"Debian 12", "Ubuntu 22.04", "Rocky Linux 9", "Windows Server 2022", "FreeBSD 14", "RouterOS 7"};
    QSqlQuery groupInsert(db), hostInsert(db);
    groupInsert.prepare(QStringLiteral("INSERT INTO groups (parent_id, name) VALUES (?, ?) RETURNING id"));
    hostInsert.prepare(QStringLiteral("INSERT INTO hosts (group_id, name, address, port, kind, os, tags, ssh_user, location)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> leaves;
    for (int s = 0; s < sites; ++s) {
        groupInsert.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        groupInsert.addBindValue(QStringLiteral("site-%1").arg(s, 2, 10, QLatin1Char('0')));
        groupInsert.exec();
        const qint64 site = sql::returnedId(groupInsert);
        for (int r = 0; r < rolesPerSite; ++r) {
            groupInsert.addBindValue(site);
            groupInsert.addBindValue(QStringLiteral("%1-%2").arg(QLatin1String(roles[r % 10])).arg(r, 3, 10, QLatin1Char('0')));
            groupInsert.exec();
            leaves.append(sql::returnedId(groupInsert));
        }
    }
    for (int i = 0; i < hostCount; ++i) {
        const qint64 group = leaves[i % leaves.size()];
        hostInsert.addBindValue(group);
        hostInsert.addBindValue(QStringLiteral("host-%1").arg(i, 6, 10, QLatin1Char('0')));
        hostInsert.addBindValue(QStringLiteral("10.%1.%2.%3").arg(i >> 16 & 255).arg(i >> 8 & 255).arg(i & 255));
        hostInsert.addBindValue(i % 17 == 0 ? 2222 : 22);
        hostInsert.addBindValue(QString::fromLatin1(kinds[i % 8]));
        hostInsert.addBindValue(QString::fromLatin1(oses[i % 6]));
        hostInsert.addBindValue(i % 2 ? QStringLiteral("prod,monitored") : QStringLiteral("test"));
        hostInsert.addBindValue(i % 3 ? QStringLiteral("deploy") : QString(QStringLiteral("")));
        hostInsert.addBindValue(QStringLiteral("DC%1").arg(i % 4));
        if (!hostInsert.exec()) {
            std::fprintf(stderr, "insert failed\n");
            return false;
        }
    }
    return db.commit();
}

int countVisible(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        count += 1 + countVisible(model, index);
    }
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int hostCount = 100000;
    int groupCount = 1000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--hosts"))
            hostCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--groups"))
            groupCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep") || args[i] == QLatin1String("--workspace"))
            keep = args[i + 1];
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    if (!WorkspaceLocation::looksLikePostgreSql(path))
        QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    if (!generate(path, hostCount, groupCount))
        return 1;
    bench("generate_ms", timer.nsecsElapsed() / 1e6, "ms");

    // Open to a populated model, three times from scratch; the last set is kept for filtering.
    QList<double> openTimes;
    QList<double> fileTimes, readTimes, tableTimes, modelTimes;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Inventory> inventory;
    std::unique_ptr<InventoryModel> model;
    for (int round = 0; round < 3; ++round) {
        model.reset();
        inventory.reset();
        ws.reset();
        timer.restart();
        QElapsedTimer part;
        part.start();
        const auto lap = [&part](QList<double> &times) { times.append(part.nsecsElapsed() / 1e6); part.restart(); };
        ws = std::make_unique<Workspace>();
        if (!ws->open(path))
            return 1;
        lap(fileTimes);
        InventorySnapshot snapshot;
        QString error;
        if (!InventoryRepository::load(ws->database(), &snapshot, &error))
            return 1;
        lap(readTimes);
        inventory = std::make_unique<Inventory>();
        inventory->setDatabase(ws->database());
        inventory->reset(snapshot);
        lap(tableTimes);
        model = std::make_unique<InventoryModel>(inventory.get());
        lap(modelTimes);
        openTimes.append(timer.nsecsElapsed() / 1e6);
    }
    if (inventory->hostCount() != hostCount) {
        std::fprintf(stderr, "loaded %d hosts, expected %d\n", inventory->hostCount(), hostCount);
        return 1;
    }
    bench("open_to_model_ms", median(openTimes), "ms");
    bench("open_file_ms", median(fileTimes), "ms");
    bench("open_read_ms", median(readTimes), "ms");
    bench("open_tables_ms", median(tableTimes), "ms");
    bench("open_model_ms", median(modelTimes), "ms");
    std::printf("# loaded %d hosts in %d groups\n", inventory->hostCount(), inventory->groupCount());

    InventoryFilterProxy proxy;
    proxy.setSourceModel(model.get());
    const struct {
        const char *name;
        QString text;
    } queries[] = {
        {"name", QStringLiteral("host-04217")},             // one host
        {"tag", QStringLiteral("tag:prod")},                // half of everything
        {"os_address", QStringLiteral("os:debian 10.1.")},  // two fields combined
    };
    for (const auto &query : queries) {
        QList<double> applyTimes, walkTimes;
        int visible = 0;
        for (int round = 0; round < 5; ++round) {
            proxy.clear();
            timer.restart();
            proxy.setText(query.text);
            applyTimes.append(timer.nsecsElapsed() / 1e6);
            visible = countVisible(proxy);
            walkTimes.append(timer.nsecsElapsed() / 1e6);
        }
        std::printf("# filter \"%s\": %d hosts match, %d rows visible\n", qPrintable(query.text), proxy.matchingHostCount(), visible);
        bench(qPrintable(QStringLiteral("filter_%1_ms").arg(QLatin1String(query.name))), median(applyTimes), "ms");
        bench(qPrintable(QStringLiteral("filter_%1_walk_ms").arg(QLatin1String(query.name))), median(walkTimes), "ms");
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    bench("peak_rss_mb", usage.ru_maxrss / 1024.0, "MB");
    return 0;
}
