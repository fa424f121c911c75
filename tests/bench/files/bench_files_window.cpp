// The window's event loop while the file tab's session moves 1 GiB: the
// transfer queue (the real TransferQueueView) over an SftpSession on the
// GUI thread, as the file tab has them, offscreen. A 2 ms timer on the GUI
// thread records every gap between its ticks; the longest gap is the worst
// stall a user could feel. Run through files/window.sh (the fixture's sshd).
//
//   bench_files_window REMOTE_FILE LOCAL_FOLDER UPLOAD_SOURCE REMOTE_FOLDER
#include "tests/bench/BenchReport.h"

#include "core/files/SftpSession.h"
#include "widgets/files/TransferQueueView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

using namespace wb;

namespace {

struct Stalls
{
    QList<double> gaps;
    QElapsedTimer clock;
    qint64 last = 0;
};

// Runs one transfer, ticking meanwhile; returns seconds, fills the gaps.
double timed(TransferQueueView &queue, const TransferRequest &request, Stalls &stalls)
{
    QEventLoop loop;
    bool ok = false;
    int id = 0;
    QObject::connect(&queue, &TransferQueueView::finished, &loop, [&](int finished, bool success) {
        if (finished == id) {
            ok = success;
            loop.quit();
        }
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = stalls.clock.nsecsElapsed();
        stalls.gaps << double(now - stalls.last) / 1e6;
        stalls.last = now;
    });
    QElapsedTimer took;
    took.start();
    stalls.clock.start();
    stalls.last = 0;
    tick.start();
    id = queue.start(request, QStringLiteral("bench"));
    loop.exec();
    tick.stop();
    if (!ok) {
        std::fprintf(stderr, "the transfer failed\n");
        std::exit(1);
    }
    return double(took.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bench_files_window REMOTE_FILE LOCAL_FOLDER UPLOAD_SOURCE REMOTE_FOLDER\n");
        return 2;
    }
    const QString dir = qEnvironmentVariable("WERKBANK_SSHD_DIR");
    SshEndpoint target{QStringLiteral("bench"), QStringLiteral("127.0.0.1"), quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_PORT")),
                       qEnvironmentVariable("WERKBANK_SSHD_USER"), {dir + QStringLiteral("/client/id_ed25519")}};
    SshConnectOptions options;
    options.knownHostsPath = qEnvironmentVariable("WB_BENCH_KNOWN_HOSTS");
    options.useAgent = false;
    options.useKeychain = false;
    SftpSession session(target, options);
    TransferQueueView queue;
    queue.resize(900, 240);
    queue.show();
    queue.setSession(&session);
    QEventLoop ready;
    QObject::connect(&session, &SftpSession::ready, &ready, &QEventLoop::quit);
    QObject::connect(&session, &SftpSession::failed, [](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    });
    session.open();
    ready.exec();

    const qint64 size = QFileInfo(args.at(3)).size();
    TransferRequest get;
    get.direction = SftpFileTransfer::Direction::Download;
    get.sources = {args.at(1)};
    get.destination = args.at(2);
    Stalls getStalls;
    const double getSeconds = timed(queue, get, getStalls);
    TransferRequest put;
    put.direction = SftpFileTransfer::Direction::Upload;
    put.sources = {args.at(3)};
    put.destination = args.at(4);
    Stalls putStalls;
    const double putSeconds = timed(queue, put, putStalls);

    std::printf("# %lld MiB each way on loopback through an SftpSession and the transfer queue on the GUI thread; a 2 ms timer ticking there\n",
                size >> 20);
    wbbench::bench("files_window_get_throughput", double(size) / getSeconds / 1e6, "MB/s");
    wbbench::bench("files_window_get_max_stall", *std::max_element(getStalls.gaps.cbegin(), getStalls.gaps.cend()), "ms");
    wbbench::bench("files_window_get_p99_tick_gap", wbbench::percentile(getStalls.gaps, 99), "ms");
    wbbench::bench("files_window_put_throughput", double(size) / putSeconds / 1e6, "MB/s");
    wbbench::bench("files_window_put_max_stall", *std::max_element(putStalls.gaps.cbegin(), putStalls.gaps.cend()), "ms");
    wbbench::bench("files_window_put_p99_tick_gap", wbbench::percentile(putStalls.gaps, 99), "ms");
    return 0;
}
