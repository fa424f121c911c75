#include "core/text/SystemError.h"

#include <QCoreApplication>

#include <cstring>

namespace wb {

namespace {

// glibc's GNU strerror_r returns the text (maybe a static one, not the
// buffer); the POSIX one fills the buffer and returns 0. Either compiles.
[[maybe_unused]] const char *textOf(const char *gnuResult, const char *)
{
    return gnuResult;
}

[[maybe_unused]] const char *textOf(int posixResult, const char *buffer)
{
    return posixResult == 0 ? buffer : nullptr;
}

} // namespace

QString systemErrorText(int errnum)
{
    char buffer[256] = {};
    const char *text = textOf(strerror_r(errnum, buffer, sizeof buffer), buffer);
    return text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("wb::SystemError", "system error %1").arg(errnum);
}

} // namespace wb
