#pragma once

#include <QString>

namespace wb {

// The system's text for an errno value, safe on any thread (strerror() is not:
// it may return a buffer another thread overwrites).
QString systemErrorText(int errnum);

} // namespace wb
