// Does the window stay responsive while a run on 1,000 hosts reports in?
// A run tab (RunView: progress, table, grouped view) runs `uname -a` on N
// targets against the sshd fixture while a 5 ms timer on the GUI thread
// records how late it fires; halfway the grouped view is shown, as a user
// would switch to it. Run through run-gui.sh.
//
//   bench_run_gui --user U --port P --key FILE --known-hosts FILE [-n N] [-f CONCURRENCY]
//
// Prints BENCH lines: wall time, hosts ok, the longest stall of the GUI
// thread and the 99th percentile of timer gaps, and how much of each gap the
// GUI thread itself was busy (the rest it waited for a core: the server
// shares the machine's two).
#include "tests/bench/FanoutTargets.h"
#include "tests/bench/Scheduling.h"
#include "widgets/run/RunView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace wb;
using wbbench::threadCpuMs;
using wbbench::threadRunDelayMs;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const wbbench::FanoutOptions fanout(QStringLiteral("1000"), QStringLiteral("64"));
    fanout.addTo(parser);
    const wbbench::AutogroupNice autogroupNice;
    parser.addOption(autogroupNice.option);
    parser.process(app);
    QString label = QStringLiteral("run_gui");
    if (!autogroupNice.apply(parser, &label))
        return 2;
    const QList<SshTarget> targets = fanout.targets(parser, QStringLiteral("host"));
    const int n = int(targets.size());
    const RunSpec spec = fanout.spec(parser);

    RunView view(new CommandRunner(targets, spec));
    view.resize(1400, 900);
    view.show();
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QList<double> gaps;
    QList<double> busy; // GUI thread CPU within each gap: work that held the event loop
    QElapsedTimer sinceTick;
    double cpuAtTick = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        gaps << double(sinceTick.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs();
        busy << cpu - cpuAtTick;
        cpuAtTick = cpu;
        sinceTick.restart();
    });
    bool switched = false;
    QObject::connect(view.runner(), &CommandRunner::hostChanged, &view, [&] {
        if (!switched && view.runner()->counts().ok >= n / 2) {
            switched = true;
            view.findChild<QTabWidget *>(QStringLiteral("runViews"))->setCurrentIndex(1);
        }
    });
    QElapsedTimer wall;
    QEventLoop loop;
    QObject::connect(view.runner(), &CommandRunner::finished, &loop, &QEventLoop::quit);
    wall.start();
    const double cpuAtStart = threadCpuMs();
    const double runDelayAtStart = threadRunDelayMs() / 1e3;
    cpuAtTick = cpuAtStart;
    sinceTick.start();
    ticker.start();
    view.start();
    if (view.isRunning())
        loop.exec();
    ticker.stop();
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double guiCpuSeconds = (threadCpuMs() - cpuAtStart) / 1e3;
    const double guiRunDelaySeconds = threadRunDelayMs() / 1e3 - runDelayAtStart;
    std::sort(busy.begin(), busy.end());

    QMap<QString, int> reasons; // what the hosts that did not succeed were told
    for (int i = 0; i < view.runner()->size(); ++i) {
        const HostRun &run = view.runner()->result(i);
        if (!run.succeeded())
            ++reasons[run.state == HostRun::State::Failed ? run.failure.message().section(QLatin1Char(':'), 1).trimmed()
                                                          : HostRun::stateName(run.state)];
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::printf("# %d hosts: %s\n", it.value(), qPrintable(it.key()));
    std::sort(gaps.begin(), gaps.end());
    const double worst = gaps.isEmpty() ? 0 : gaps.last();
    const double p99 = gaps.isEmpty() ? 0 : gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100));
    const QString base = QStringLiteral("%1_n%2_f%3").arg(label).arg(n).arg(spec.concurrency);
    std::printf("BENCH %s_wall_s %.3f s\n", qPrintable(base), wallSeconds);
    std::printf("BENCH %s_hosts_ok %d hosts\n", qPrintable(base), view.runner()->counts().ok);
    std::printf("BENCH %s_max_stall_ms %.1f ms\n", qPrintable(base), worst);
    std::printf("BENCH %s_p99_timer_gap_ms %.1f ms\n", qPrintable(base), p99);
    std::printf("BENCH %s_max_gui_busy_ms %.1f ms\n", qPrintable(base), busy.isEmpty() ? 0 : busy.last());
    std::printf("BENCH %s_p99_gui_busy_ms %.1f ms\n", qPrintable(base),
                busy.isEmpty() ? 0 : busy.at(std::min<qsizetype>(busy.size() - 1, busy.size() * 99 / 100)));
    std::printf("BENCH %s_gui_thread_cpu_s %.3f s\n", qPrintable(base), guiCpuSeconds);
    timespec process{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &process);
    std::printf("BENCH %s_process_cpu_s %.3f s\n", qPrintable(base), double(process.tv_sec) + double(process.tv_nsec) / 1e9);
    std::printf("BENCH %s_gui_thread_waiting_for_a_core_s %.3f s\n", qPrintable(base), guiRunDelaySeconds);
    std::printf("BENCH %s_grouped_view_shown %d bool\n", qPrintable(base), switched ? 1 : 0);
    return 0;
}
