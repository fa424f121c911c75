#pragma once
// How a benchmark reports: one figure a line, "BENCH <name> <value> <unit>".

#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace wbbench {

inline void bench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A count: a whole number, as "BENCH team_lost_updates 0 count".
inline void benchCount(const char *name, long long value)
{
    std::printf("BENCH %s %lld count\n", name, value);
    std::fflush(stdout);
}

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"); -1 when unreadable.
inline long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    return -1;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The value p percent of the values are at or under (p from 0 to 100).
inline double percentile(QList<double> values, int p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
}

} // namespace wbbench
