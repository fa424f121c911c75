#pragma once

#include <QStringList>

namespace wb {

// werkbank-cli COMMAND [options]: import, export, hosts.
// Exit status: 0 done, 1 failed (the reason on stderr), 2 wrong usage.
int runCli(const QStringList &arguments);

} // namespace wb
