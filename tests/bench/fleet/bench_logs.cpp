// A log tab under a chatty host: a thread of this program appends lines to a
// file at a steady rate (50,000 a second by default), a real LogView follows
// the file through the sshd fixture (tail -F over SSH, as Hosts → Logs
// does), and a 5 ms timer on the GUI thread records how late the event loop
// gets. Memory (RSS) is sampled once the ring is full and at the end.
//
//   bench_logs --user U --port P --key FILE --known-hosts FILE [--rate N] [--seconds S] [--ring N]
//
// Prints BENCH lines: lines written and shown per second, the longest
// event-loop stall and its 99th percentile (target ≤ 50 ms), and RSS when
// the ring had filled and at the end (target: flat). Run through logs.sh.
#include "core/fleet/LogStream.h"
#include "models/fleet/LogModel.h"
#include "tests/bench/BenchReport.h"
#include "widgets/fleet/LogView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace wb;
using namespace wbbench;

namespace {
// Appends `rate` lines a second to `path` in 10 ms slices until told to stop.
void writeLines(const QString &path, int rate, const std::atomic<bool> &stop, std::atomic<long long> &written)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "a");
    if (!file)
        return;
    const int perSlice = std::max(1, rate / 100);
    QElapsedTimer clock;
    clock.start();
    long long n = 0;
    while (!stop.load()) {
        const long long due = clock.elapsed() * rate / 1000;
        while (n < due) {
            for (int i = 0; i < perSlice && n < due; ++i, ++n)
                std::fprintf(file, "2026-12-07T10:00:%02lld.%06lldZ app[4242]: request %lld served in 3 ms from 127.0.0.1 (GET /api/v1/items?page=7)\n",
                             (n / 1000000) % 60, n % 1000000, n);
            std::fflush(file);
            written.store(n);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    std::fclose(file);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("user"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("port"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("file"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QString(), QStringLiteral("file"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QString(), QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QString(), QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption ringOption(QStringLiteral("ring"), QString(), QStringLiteral("n"), QString::number(LogModel::defaultCapacity));
    parser.addOptions({user, port, key, knownHosts, rateOption, secondsOption, ringOption});
    parser.process(app);
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther);
    const QString path = dir.filePath(QStringLiteral("chatty.log"));
    QFile(path).open(QIODevice::WriteOnly);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);

    SshTarget target;
    target.endpoint = SshEndpoint{QStringLiteral("chatty"), QStringLiteral("127.0.0.1"), quint16(parser.value(port).toUInt()),
                                  parser.value(user), {parser.value(key)}};
    target.options.knownHostsPath = parser.value(knownHosts);
    LogQuery query;
    query.file = path;
    query.follow = true;
    query.lines = 0;
    auto *stream = new LogStream({target}, query);
    LogView view(stream);
    view.model()->setCapacity(parser.value(ringOption).toInt());
    view.resize(1400, 900);
    view.show();

    // The event loop's gaps, from a 5 ms timer.
    QList<double> gaps;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (tick.isValid())
            gaps << tick.nsecsElapsed() / 1e6;
        tick.restart();
    });

    std::atomic<bool> stop{false};
    std::atomic<long long> written{0};
    std::thread writer;
    long rssFull = -1;
    qint64 shownAtFull = 0;
    QElapsedTimer clock;
    // Start writing once tail -F is following: a first line comes back.
    QObject::connect(stream, &LogStream::hostFailed, [](const QString &host, const QString &error) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(host), qPrintable(error));
        QCoreApplication::exit(1);
    });
    QFile ready(path);
    ready.open(QIODevice::Append);
    QTimer ping;
    QObject::connect(&ping, &QTimer::timeout, [&] {
        ready.write("ready\n");
        ready.flush();
    });
    ping.start(200);
    QObject::connect(stream, &LogStream::linesArrived, &app, [&] {
        if (writer.joinable() || view.model()->lineCount() == 0)
            return;
        ping.stop();
        view.model()->clear();
        clock.start();
        probe.start();
        writer = std::thread(writeLines, path, rate, std::cref(stop), std::ref(written));
        QTimer::singleShot(seconds * 1000, &app, [&] { QCoreApplication::quit(); });
    });
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 shown = view.model()->lineCount() + view.model()->droppedCount();
        if (rssFull < 0 && view.model()->droppedCount() > 0 && clock.isValid() && clock.elapsed() > seconds * 250) {
            rssFull = statusKb("VmRSS:");
            shownAtFull = shown;
        }
    });
    sampler.start(500);
    QTimer::singleShot((seconds + 60) * 1000, &app, [] {
        std::fprintf(stderr, "the stream never started\n");
        QCoreApplication::exit(1);
    });
    const int status = app.exec();
    probe.stop();
    stop = true;
    if (writer.joinable())
        writer.join();
    if (status != 0 || !clock.isValid())
        return 1;
    const double elapsed = clock.elapsed() / 1000.0;
    const qint64 shown = view.model()->lineCount() + view.model()->droppedCount();
    const long rssEnd = statusKb("VmRSS:");
    std::sort(gaps.begin(), gaps.end());
    std::printf("# %d lines/s for %d s through tail -F over SSH into a log tab (ring %d lines); %lld written, %lld shown\n", rate, seconds,
                view.model()->capacity(), static_cast<long long>(written.load()), static_cast<long long>(shown));
    bench("logs_written_rate", written.load() / elapsed, "lines/s");
    bench("logs_shown_rate", shown / elapsed, "lines/s");
    bench("logs_stall_max", gaps.isEmpty() ? 0 : gaps.last(), "ms");
    bench("logs_stall_p99", gaps.isEmpty() ? 0 : gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100)), "ms");
    bench("logs_rss_ring_full", rssFull / 1024.0, "MB");
    bench("logs_rss_end", rssEnd / 1024.0, "MB");
    std::printf("# lines shown when the ring had filled: %lld\n", static_cast<long long>(shownAtFull));
    return 0;
}
