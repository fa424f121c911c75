// A reachability sweep of 10,000 targets on loopback addresses: half answer
// with an SSH banner (a stub server forked here: one sshd cannot take 10,000
// connections at once), half are closed ports. Prints the sweep's time and the
// sweeping process's peak RSS as BENCH lines.
//
//   ./build/tests/bench/bench_reachability [TARGETS] [CONCURRENCY]
#include "core/fleet/ReachabilitySweep.h"
#include "core/ssh/FileLimit.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wb;

namespace {

// 127.1.x.y for the stub's addresses, 127.2.x.y for closed ports: nothing else listens there.
QString address(int net, int i)
{
    return QStringLiteral("127.%1.%2.%3").arg(net).arg(i / 250).arg(i % 250 + 1);
}

in_addr_t rawAddress(int net, int i)
{
    return htonl((127u << 24) | (unsigned(net) << 16) | (unsigned(i / 250) << 8) | unsigned(i % 250 + 1));
}

int listenOn(in_addr_t ip, quint16 port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = ip;
    sa.sin_port = htons(port);
    if (bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(fd, 1024) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// The stub: every listening socket in one epoll set; each accepted connection
// gets the banner and is closed. Tells the parent through `ready` once all listen.
[[noreturn]] void runStub(int count, quint16 port, int ready)
{
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    for (int i = 0; i < count; ++i) {
        const int fd = listenOn(rawAddress(1, i), port);
        if (fd < 0) {
            std::perror("stub: listen");
            _exit(1);
        }
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &ev);
    }
    const char ok = 1;
    if (write(ready, &ok, 1) != 1)
        _exit(1);
    static const char banner[] = "SSH-2.0-WerkbankBenchStub\r\n";
    epoll_event events[256];
    while (true) {
        const int n = epoll_wait(epoll, events, 256, -1);
        for (int e = 0; e < n; ++e) {
            int client;
            while ((client = accept4(events[e].data.fd, nullptr, nullptr, SOCK_CLOEXEC)) >= 0) {
                (void)!write(client, banner, sizeof banner - 1);
                close(client);
            }
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    const int total = argc > 1 ? std::max(2, std::atoi(argv[1])) : 10000;
    const int concurrency = argc > 2 ? std::max(1, std::atoi(argv[2])) : ReachabilitySweep::Options().concurrency;
    const int open = total / 2;
    const int fileLimit = raiseOpenFileLimit();
    QTextStream out(stdout);
    if (open > 250 * 250) {
        out << "at most 125000 targets" << Qt::endl;
        return 2;
    }

    // A port free on the first stub address is free on the others (nothing else uses 127.1/16).
    quint16 port = 0;
    {
        const int fd = listenOn(rawAddress(1, 0), 0);
        sockaddr_in sa{};
        socklen_t len = sizeof sa;
        getsockname(fd, reinterpret_cast<sockaddr *>(&sa), &len);
        port = ntohs(sa.sin_port);
        close(fd);
    }
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return 1;
    const pid_t stub = fork();
    if (stub == 0) {
        close(pipeFds[0]);
        runStub(open, port, pipeFds[1]);
    }
    close(pipeFds[1]);
    char ready = 0;
    if (read(pipeFds[0], &ready, 1) != 1) {
        out << "the stub server did not start" << Qt::endl;
        waitpid(stub, nullptr, 0);
        return 1;
    }

    QCoreApplication app(argc, argv);
    QList<ProbeTarget> targets;
    targets.reserve(total);
    for (int i = 0; i < total; ++i) {
        ProbeTarget t;
        t.name = QStringLiteral("host%1").arg(i);
        const bool isOpen = i % 2 == 0 && i / 2 < open;
        t.address = isOpen ? address(1, i / 2) : address(2, i / 2);
        t.port = port;
        targets.append(t);
    }
    const long rssBefore = wbbench::statusKb("VmRSS:");
    ReachabilitySweep::Options options;
    options.concurrency = concurrency;
    options.timeoutMs = 5000;
    ReachabilitySweep sweep(targets, options);
    QObject::connect(&sweep, &ReachabilitySweep::finished, &app, &QCoreApplication::quit);
    QElapsedTimer clock;
    clock.start();
    sweep.start();
    if (!sweep.isFinished())
        app.exec();
    const qint64 ms = clock.elapsed();
    const ReachabilitySweep::Counts counts = sweep.counts();
    kill(stub, SIGTERM);
    waitpid(stub, nullptr, 0);

    out << "# " << total << " targets (" << open << " banner stubs, " << (total - open) << " closed ports), concurrency "
        << concurrency << ", ulimit -n " << fileLimit << ", RSS before the sweep " << rssBefore / 1024 << " MB" << Qt::endl;
    out << "# up " << counts.up << ", down " << counts.down << ", unknown " << counts.unknown << Qt::endl;
    for (int i = 0; i < sweep.size(); ++i) {
        if ((sweep.result(i).state == ProbeResult::State::Up) != (i % 2 == 0 && i / 2 < open)) {
            out << "# wrong answer for " << sweep.target(i).address << ": " << sweep.result(i).error << Qt::endl;
            return 1;
        }
    }
    out << "BENCH reachability_sweep_" << total << " " << ms << " ms" << Qt::endl;
    out << "BENCH reachability_sweep_rate " << qRound64(total * 1000.0 / std::max<qint64>(1, ms)) << " targets/s" << Qt::endl;
    out << "BENCH reachability_sweep_peak_rss " << QString::number(wbbench::statusKb("VmHWM:") / 1024.0, 'f', 1) << " MB" << Qt::endl;
    return 0;
}
