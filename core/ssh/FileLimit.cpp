#include "core/ssh/FileLimit.h"

#include <algorithm>
#include <climits>
#include <sys/resource.h>

namespace wb {

namespace {

int asInt(rlim_t value)
{
    return value == RLIM_INFINITY ? INT_MAX : int(std::min<rlim_t>(value, INT_MAX));
}

} // namespace

int openFileLimit()
{
    rlimit limit{};
    return getrlimit(RLIMIT_NOFILE, &limit) == 0 ? asInt(limit.rlim_cur) : 1024;
}

int raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return asInt(limit.rlim_cur);
}

} // namespace wb
