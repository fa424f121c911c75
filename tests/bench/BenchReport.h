#pragma once
// How a benchmark reports: one figure a line, "BENCH <name> <value> <unit>".

#include <QList>

#include <algorithm>
#include <cstdio>

namespace wbbench {

inline void bench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace wbbench
