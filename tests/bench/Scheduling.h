#pragma once
// What the benchmarked thread got from the scheduler, and the session
// priority the GUI benchmarks' second pass runs at.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <ctime>

namespace wbbench {

// CPU time of the calling thread: what the GUI thread itself spent, as
// opposed to the wall time it waited for a core (the sshd shares both).
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Time the calling thread spent runnable but waiting for a core (schedstat's second field).
inline double threadRunDelayMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return double(file.readLine().split(' ').value(1).toLongLong()) / 1e6;
}

// --autogroup-nice N. Linux schedules each session (autogroup) as one: every
// sshd connection calls setsid(), so with the server on this machine hundreds
// of sessions share the two cores with our one. A nice value for our session
// stands in for servers that are other machines.
struct AutogroupNice
{
    QCommandLineOption option{QStringLiteral("autogroup-nice"), QStringLiteral("nice of this process's session"), QStringLiteral("n")};

    // Sets it when asked, and names it in *label ("_autogroup_nice-20");
    // false (with a message) when it cannot be set. The third pass, with the
    // fixture's servers in one cgroup of their own (servers-aside.sh, which
    // says where in WERKBANK_SERVERS_ASIDE), adds "_servers_aside".
    bool apply(const QCommandLineParser &parser, QString *label) const
    {
        if (parser.isSet(option)) {
            QFile autogroup(QStringLiteral("/proc/self/autogroup"));
            if (!autogroup.open(QIODevice::WriteOnly) || autogroup.write(parser.value(option).toLatin1()) < 0) {
                std::fprintf(stderr, "cannot set the autogroup nice value\n");
                return false;
            }
            *label += QStringLiteral("_autogroup_nice%1").arg(parser.value(option));
        }
        if (const QString aside = qEnvironmentVariable("WERKBANK_SERVERS_ASIDE"); !aside.isEmpty()) {
            QFile procs(aside + QStringLiteral("/cgroup.procs"));
            if (!procs.open(QIODevice::ReadOnly) || procs.readAll().trimmed().isEmpty()) {
                std::fprintf(stderr, "WERKBANK_SERVERS_ASIDE names no cgroup with the servers in it\n");
                return false;
            }
            *label += QStringLiteral("_servers_aside");
        }
        return true;
    }
};

} // namespace wbbench
