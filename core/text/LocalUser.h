#pragma once

#include <QString>

namespace wb {

// The login name of this process's user (getpwuid, as OpenSSH's %u), or the
// uid as a number when the system has no name for it.
QString localUserName();

} // namespace wb
