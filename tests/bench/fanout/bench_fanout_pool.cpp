// Cold and warm runs of one command on N targets in one process with a
// connection pool: the cold run logs in to every target, the warm runs open a
// channel on each kept connection. Run through fanout.sh (needs the sshd fixture).
//
//   bench_fanout_pool --user U --port P --key FILE --known-hosts FILE --server-pid PID
//                     [-n N] [-f CONCURRENCY] [--cold-f CONCURRENCY] [--runs R] [--name LABEL]
//
// Prints BENCH lines: wall and client CPU of the cold run and the median of
// the warm runs, server CPU of each, hosts ok and hosts accounted for.
#include "core/ssh/SshPool.h"
#include "tests/bench/FanoutTargets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace wb;

namespace {

double clientCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU ticks of a process: its own, its finished children's, and (recursively)
// its live children's, so connections still open are counted too.
// The whole of a small /proc file (their size reads as 0, so read to the end).
QByteArray readProcFile(const QString &path)
{
    QByteArray text;
    if (FILE *file = std::fopen(path.toLocal8Bit().constData(), "r")) {
        char buffer[4096];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
            text.append(buffer, qsizetype(n));
        std::fclose(file);
    }
    return text;
}

// CPU seconds of a process tree: each live process's own time from schedstat
// (in ns: a connection's few milliseconds vanish in stat's 10 ms ticks),
// plus what its finished children used (stat's cutime + cstime).
double processTreeCpu(int pid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty())
        return 0;
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After "(comm)": state(0) ppid(1) ... cutime(13) cstime(14).
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    double seconds = double(fields.value(13).toLongLong() + fields.value(14).toLongLong()) / ticksPerSecond;
    seconds += double(readProcFile(QStringLiteral("/proc/%1/schedstat").arg(pid)).split(' ').value(0).toLongLong()) / 1e9;
    for (const QByteArray &child : readProcFile(QStringLiteral("/proc/%1/task/%1/children").arg(pid)).split(' ')) {
        if (!child.trimmed().isEmpty())
            seconds += processTreeCpu(child.trimmed().toInt());
    }
    return seconds;
}

struct Figures
{
    double wall = 0;
    double clientCpu = 0;
    double serverCpu = 0;
    int ok = 0;
    int accounted = 0;
    int reused = 0;
};

Figures runOnce(const QList<SshTarget> &targets, const RunSpec &spec, SshPool *pool, int serverPid)
{
    const double serverBefore = processTreeCpu(serverPid);
    const double cpuBefore = clientCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    CommandRunner runner(targets, spec);
    runner.setPool(pool);
    QEventLoop loop;
    QObject::connect(&runner, &CommandRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    Figures figures;
    figures.wall = double(clock.nsecsElapsed()) / 1e9;
    figures.clientCpu = clientCpuSeconds() - cpuBefore;
    for (int i = 0; i < runner.size(); ++i) {
        const HostRun &run = runner.result(i);
        figures.ok += run.succeeded() && run.out.startsWith("Linux") ? 1 : 0;
        figures.accounted += run.state == HostRun::State::Done || run.state == HostRun::State::Failed ? 1 : 0;
    }
    figures.reused = runner.reusedCount();
    QEventLoop settle; // let the server finish its side of the closed channels, so its CPU is counted
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    figures.serverCpu = processTreeCpu(serverPid) - serverBefore;
    return figures;
}

void print(const QString &name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", qPrintable(name), value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const wbbench::FanoutOptions fanout(QStringLiteral("200"), QStringLiteral("50"));
    fanout.addTo(parser);
    const QCommandLineOption serverPid(QStringLiteral("server-pid"), QStringLiteral("sshd listener"), QStringLiteral("pid"));
    // The cold run opens the pool: at concurrency N every target gets a
    // connection of its own (at less, identical targets reuse each other's).
    const QCommandLineOption coldConcurrency(QStringLiteral("cold-f"), QStringLiteral("hosts at once in the cold run"),
                                             QStringLiteral("n"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("warm runs"), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption label(QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("label"), QStringLiteral("fanout_werkbank_pool"));
    parser.addOptions({serverPid, coldConcurrency, runs, label});
    parser.process(app);

    const QList<SshTarget> targets = fanout.targets(parser, QStringLiteral("t"));
    const int n = int(targets.size());
    const RunSpec spec = fanout.spec(parser);
    const int pid = parser.value(serverPid).toInt();
    const QString base = QStringLiteral("%1_n%2").arg(parser.value(label)).arg(n);

    SshPool pool;
    pool.setCapacity(std::max(1000, n));
    RunSpec coldSpec = spec;
    if (parser.isSet(coldConcurrency))
        coldSpec.concurrency = parser.value(coldConcurrency).toInt();
    const Figures cold = runOnce(targets, coldSpec, &pool, pid);
    print(base + QStringLiteral("_cold_wall_s"), cold.wall, "s");
    print(base + QStringLiteral("_cold_client_cpu_s"), cold.clientCpu, "s");
    print(base + QStringLiteral("_cold_server_cpu_s"), cold.serverCpu, "s");
    print(base + QStringLiteral("_cold_hosts_ok"), cold.ok, "hosts");
    print(base + QStringLiteral("_cold_hosts_accounted"), cold.accounted, "hosts");
    print(base + QStringLiteral("_kept_connections"), pool.idleCount(), "connections");

    QList<Figures> warm;
    for (int i = 0; i < parser.value(runs).toInt(); ++i)
        warm << runOnce(targets, spec, &pool, pid);
    auto median = [&warm](double Figures::*field) {
        QList<double> values;
        for (const Figures &f : warm)
            values << f.*field;
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
    };
    if (!warm.isEmpty()) {
        print(base + QStringLiteral("_warm_wall_s"), median(&Figures::wall), "s");
        print(base + QStringLiteral("_warm_client_cpu_s"), median(&Figures::clientCpu), "s");
        print(base + QStringLiteral("_warm_server_cpu_s"), median(&Figures::serverCpu), "s");
        int minOk = n, minReused = n, minAccounted = n;
        for (const Figures &f : warm) {
            minOk = std::min(minOk, f.ok);
            minReused = std::min(minReused, f.reused);
            minAccounted = std::min(minAccounted, f.accounted);
        }
        print(base + QStringLiteral("_warm_hosts_ok_min"), minOk, "hosts");
        print(base + QStringLiteral("_warm_hosts_accounted_min"), minAccounted, "hosts");
        print(base + QStringLiteral("_warm_reused_min"), minReused, "hosts");
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    print(base + QStringLiteral("_peak_rss_mb"), double(usage.ru_maxrss) / 1024.0, "MB");
    std::fflush(stdout);
    // A figure from a run where hosts failed is not a figure: say so and fail.
    int failedRuns = cold.ok == n ? 0 : 1;
    for (const Figures &f : warm)
        failedRuns += f.ok == n ? 0 : 1;
    if (failedRuns > 0 || cold.accounted != n) {
        std::fprintf(stderr, "bench_fanout_pool: %d of %d run(s) had hosts that failed (cold run: %d of %d ok)\n",
                     failedRuns, int(warm.size()) + 1, cold.ok, n);
        return 1;
    }
    return 0;
}
